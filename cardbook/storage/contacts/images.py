"""The library's image store: images named by the SHA-256 of their content, so a photo is stored once.

Two implementations behind one interface, chosen by the library's backend (storage/backends.py):

- `FolderImageStore` (a personal library): the files themselves, in `<library>/images/ab/<sha>.jpg`.
- `ServerImageStore` (a team library, server_images.py): the bytes in the database's `image_chunks` table, 1 MiB
  a chunk, so that every member sees every card; this machine keeps a copy of each image it has used in its own
  folder (`Library.root/images`, the same layout), filled on first use (docs/TEAM_LIBRARY.md, "Images in the
  database").

Either way `path_for` gives a file on this machine, because the OCR, the window and the thumbnails read files.
`put` stores bytes inside the write session that adds the `images` row listing them (a server needs it: the
chunks and the row commit together); `discard` is called in the session that deletes an image's last row, and
`remove`, after the commit, takes this machine's copy and its thumbnails away.

Small copies of the images for the window's card wall live beside them in
`<library>/cache/thumbnails/WxH/ab/<sha>.jpg`, named by the same hash and the box they fit in. A cache file can be
deleted at any time (it is made again from the image); removing an image removes its thumbnails too, so an erased
person leaves no picture behind.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy.orm import Session

THUMBNAILS = Path("cache") / "thumbnails"  # under the library's folder, beside images/
TEMPORARY_PREFIX = ".tmp-"  # half-written files (leftovers.py finds those a crash left)


class ImageStore(ABC):
    """What both stores share: this machine's files (by hash, under `root`) and the thumbnails' cache."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.thumbnails_root = root.parent / THUMBNAILS

    def local_path(self, sha256: str, extension: str) -> Path:
        """Where the image's file is, or would be, on this machine (never fetched: for naming and deleting)."""
        return self.root / sha256[:2] / f"{sha256}.{extension.lstrip('.').lower()}"

    @abstractmethod
    def path_for(self, sha256: str, extension: str) -> Path:
        """The image's file on this machine, to read; it does not exist when the library lacks the image."""

    @abstractmethod
    def put(self, data: bytes, extension: str, session: Session | None = None) -> tuple[str, Path]:
        """Store bytes once (within `session`, the write session that adds their `images` row); returns
        (sha256, path of this machine's file)."""

    @abstractmethod
    def exists(self, sha256: str, extension: str, session: Session | None = None) -> bool:
        """Whether the library holds the image (as `session` sees it, when given)."""

    @abstractmethod
    def discard(self, session: Session, sha256s: Iterable[str]) -> None:
        """In the write session that deleted these images' rows (flushed): what the database holds of them goes
        in the same transaction."""

    def thumbnail_path(self, sha256: str, width: int, height: int) -> Path:
        """Where the image's small copy that fits in width × height pixels is cached (it may not exist yet)."""
        return self.thumbnails_root / f"{width}x{height}" / sha256[:2] / f"{sha256}.jpg"

    def remove(self, sha256: str, extension: str) -> None:
        """This machine's file of the image and its thumbnails (after the commit that deleted its row)."""
        self.local_path(sha256, extension).unlink(missing_ok=True)
        self.remove_thumbnails(sha256)

    def remove_thumbnails(self, sha256: str) -> None:
        """Every cached small copy of the image, whatever its size."""
        if not self.thumbnails_root.is_dir():
            return
        for size in self.thumbnails_root.iterdir():
            (size / sha256[:2] / f"{sha256}.jpg").unlink(missing_ok=True)


class FolderImageStore(ImageStore):
    """A personal library's images: the files are the store."""

    def path_for(self, sha256: str, extension: str) -> Path:
        return self.local_path(sha256, extension)

    def put(self, data: bytes, extension: str, session: Session | None = None) -> tuple[str, Path]:
        """Written to a temporary file then renamed: never half a file. The session is not needed: the caller
        writes inside its write transaction, before the commit (card_import.py says why)."""
        sha = hashlib.sha256(data).hexdigest()
        path = self.path_for(sha, extension)
        if path.exists() and path.stat().st_size == len(data):
            return sha, path
        write_file_atomically(path, [data])
        return sha, path

    def exists(self, sha256: str, extension: str, session: Session | None = None) -> bool:
        return self.path_for(sha256, extension).is_file()

    def discard(self, session: Session, sha256s: Iterable[str]) -> None:
        """Nothing in the database: the file goes with `remove`, after the commit."""


def write_file_atomically(path: Path, pieces: Iterable[bytes]) -> None:
    """Write `pieces` into `path` through a temporary file in the same folder, synced, then renamed over it: a
    reader never sees half a file, and a crash leaves only a `.tmp-*` file (leftovers.py)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TEMPORARY_PREFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            for piece in pieces:
                handle.write(piece)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
