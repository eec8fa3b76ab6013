"""Files and rows a crash or a deletion can leave behind in a library folder, found and removed.

What can be left:
- temporary files (`images/xx/.tmp-*`, `drafts.json.tmp`, `*.erasing-*`): a process killed while writing one;
- image files that no `images` row names: the process was killed after writing a card's photo (files are
  written before the commit) and before its transaction committed;
- `images` rows (with their files) that no card uses any more: every card of that photo was deleted.

On a server library (contacts/server_images.py) the files are this machine's copies, and one more thing can be
left: chunks in the database that no `images` row lists. A copy no row names is most often an image another
member deleted or erased: removing it is what takes that person's picture off this machine too.

Removing them is safe while other processes work on the library because it happens under the library's write
lock: a card being stored writes its files inside its own write transaction (card_import.py), so no file of a
transaction in progress can be seen here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from cardbook.domain.text import counted
from cardbook.storage.library import Library
from cardbook.storage.models import CardImageRow, StoredImageRow

TEMPORARY_PATTERNS = (".tmp-*",)
ROOT_TEMPORARY_PATTERNS = ("drafts.json.tmp", "*.erasing-*")


@dataclass(slots=True)
class Leftovers:
    temporary: list[Path] = field(default_factory=list)  # half-written files
    unreferenced_files: list[Path] = field(default_factory=list)  # image files with no row
    unused_images: list[tuple[int, Path]] = field(default_factory=list)  # rows (id, file) no card uses
    orphan_chunks: list[str] = field(default_factory=list)  # a server library: images (sha256) with chunks, no row
    copies: bool = False  # the files are this machine's copies of a server library's images

    @property
    def count(self) -> int:
        return len(self.temporary) + len(self.unreferenced_files) + len(self.unused_images) + len(self.orphan_chunks)

    def problems(self) -> list[str]:
        lines = [f"files: leftover temporary file {path}" for path in self.temporary[:20]]
        if self.copies:
            lines += [f"images: this machine's copy {p.name} belongs to no card" for p in self.unreferenced_files[:20]]
        else:
            lines += [f"images: file {path.name} belongs to no card" for path in self.unreferenced_files[:20]]
        lines += [f"images: image {path.name} is used by no card" for _, path in self.unused_images[:20]]
        lines += [f"images: the database holds chunks of {sha} for no image" for sha in self.orphan_chunks[:20]]
        hidden = self.count - len(lines)
        if hidden > 0:
            lines.append(f"files: {counted(hidden, 'more leftover file')}")
        return lines


def find_leftovers(library: Library, session: Session) -> Leftovers:
    """What is left behind, as seen by `session` (hold the write lock to act on it: `remove_leftovers`)."""
    found = Leftovers(copies=library.is_server)
    root = library.images.root
    if root.is_dir():
        for pattern in TEMPORARY_PATTERNS:
            found.temporary.extend(sorted(root.glob(f"*/{pattern}")))
    for pattern in ROOT_TEMPORARY_PATTERNS:
        found.temporary.extend(sorted(path for path in library.root.glob(pattern) if path.is_file()))
    known: dict[str, int] = {}
    used = set(
        session.scalars(
            select(StoredImageRow.id).where(
                or_(
                    StoredImageRow.id.in_(select(CardImageRow.original_image_id)),
                    StoredImageRow.id.in_(select(CardImageRow.crop_image_id)),
                )
            )
        )
    )
    for image_id, sha, extension in session.execute(
        select(StoredImageRow.id, StoredImageRow.sha256, StoredImageRow.extension)
    ):
        path = library.images.local_path(sha, extension)
        known[path.name] = image_id
        if image_id not in used:
            found.unused_images.append((image_id, path))
    if root.is_dir():
        for path in sorted(root.glob("*/*")):
            if path.is_file() and not path.name.startswith(".") and path.name not in known:
                found.unreferenced_files.append(path)
    if library.is_server:
        from cardbook.storage.contacts.server_images import orphan_chunks

        found.orphan_chunks = orphan_chunks(session)
    return found


def remove_leftovers(library: Library) -> int:
    """Remove every leftover under the write lock; returns how many were removed."""
    with library.writing() as session:
        found = find_leftovers(library, session)
        if found.unused_images:
            ids = [image_id for image_id, _ in found.unused_images]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for row in session.scalars(select(StoredImageRow).where(StoredImageRow.id.in_(chunk))):
                    session.delete(row)
            session.flush()
            library.images.discard(session, [path.stem for _, path in found.unused_images])
        if found.orphan_chunks:
            from cardbook.storage.contacts.server_images import remove_chunks

            remove_chunks(session, found.orphan_chunks)
        # Files go before the commit, while the lock still keeps other writers out (a photo stored again right
        # after the commit would reuse the same file name). A crash in between leaves unused rows whose files
        # are gone: still unused, removed next time.
        for path in [*found.temporary, *found.unreferenced_files, *(path for _, path in found.unused_images)]:
            path.unlink(missing_ok=True)
    return found.count
