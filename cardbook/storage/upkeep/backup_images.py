"""The card images of the library's database backups, kept once each, by content hash.

<library>/backups/images/ab/<sha256>.<ext>   every image that some `backups/cardbook-*.sqlite3` lists

A database backup already names the images it knows by their content hash (its `images` table), so it keeps
them by reference: taking one (backup.backup_database) puts each of those files here unless it is already
here, as a hard link to the library's own file when the file system allows it (no space used at all), else
as a copy. Twenty backups of a library with 2 GB of photos so cost 2 GB at most, once, not 40 GB; and when an
image is lost from the library (deleted by mistake, a disk error), `restore` brings it back from here, each
file checked against the hash its name claims. Pruning old backups removes the images no remaining backup
lists, and erasing a person from the backups (erasure_backups.py) removes theirs.

Taking, pruning and erasing hold `backups/.images.lock`, so that one process never prunes an image another
has just linked for a backup it has not finished writing. A backup that cannot be read stops a prune: an image
is only removed when every backup is known not to need it.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from cardbook.storage.contacts.images import FolderImageStore, ImageStore
from cardbook.storage.lockfile import file_lock

STORE_NAME = "images"
LOCK_NAME = ".images.lock"
BACKUP_GLOB = "cardbook-*.sqlite3"
_NAME = re.compile(r"^([0-9a-f]{64})\.([a-z0-9]{1,8})$")

Image = tuple[str, str]  # (sha256, extension)


def store_of(backups_dir: Path) -> ImageStore:
    return FolderImageStore(backups_dir / STORE_NAME)


def listed_images(database: Path) -> set[Image]:
    """The (hash, extension) of every image a backup database lists. Raises sqlite3.Error."""
    con = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT sha256, extension FROM images").fetchall()
    finally:
        con.close()
    return {(str(sha), str(ext).lstrip(".").lower()) for sha, ext in rows if sha and ext}


def keep_images(backup: Path, images: ImageStore, backups_dir: Path) -> int:
    """Put the images `backup` lists into the backups' store (under the store's lock); returns how many were
    added. An image the library itself has lost is skipped: the backup is still worth having without it."""
    added = 0
    store = store_of(backups_dir)
    with file_lock(backups_dir / LOCK_NAME):
        for sha, extension in sorted(listed_images(backup)):
            target = store.path_for(sha, extension)
            source = images.path_for(sha, extension)
            if target.is_file() or not source.is_file():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            _link_or_copy(source, target)
            added += 1
    return added


def _link_or_copy(source: Path, target: Path) -> None:
    """A hard link (the files never change: a new content is a new name), else a copy written whole then
    renamed, so a kill never leaves half a file under a hash's name."""
    partial = target.with_name(f".tmp-{target.name}")
    try:
        try:
            os.link(source, partial)
        except OSError:  # another file system, or one without hard links (FAT, some network shares)
            shutil.copyfile(source, partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _all_listed(backups_dir: Path) -> set[Image] | None:
    """Every image some backup lists; None when a backup cannot be read (then nothing may be pruned)."""
    listed: set[Image] = set()
    for backup in backups_dir.glob(BACKUP_GLOB):
        try:
            listed |= listed_images(backup)
        except sqlite3.Error:
            return None
    return listed


def stored_images(backups_dir: Path) -> Iterable[tuple[Image, Path]]:
    root = backups_dir / STORE_NAME
    if not root.is_dir():
        return
    for path in root.glob("*/*"):
        match = _NAME.match(path.name)
        if match is not None and path.is_file():
            yield (match.group(1), match.group(2)), path


def prune_store(backups_dir: Path) -> int:
    """Remove the store's images that no backup lists (and leftovers of an interrupted copy); returns how many
    files were removed. Does nothing when a backup cannot be read."""
    root = backups_dir / STORE_NAME
    if not root.is_dir():
        return 0
    removed = 0
    with file_lock(backups_dir / LOCK_NAME):
        listed = _all_listed(backups_dir)
        if listed is None:
            return 0
        for image, path in list(stored_images(backups_dir)):
            if image not in listed:
                path.unlink(missing_ok=True)
                removed += 1
        for leftover in root.glob("*/.tmp-*"):
            leftover.unlink(missing_ok=True)
        for folder in root.iterdir():
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
    return removed


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, read in pieces (a photo may be tens of megabytes)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for piece in iter(lambda: handle.read(1 << 20), b""):
            digest.update(piece)
    return digest.hexdigest()


def holds_intact(images: ImageStore, sha: str, extension: str) -> bool:
    """Whether the library holds the image with the bytes its name promises (not a copy damaged on disk)."""
    path = images.path_for(sha, extension)
    return path.is_file() and file_sha256(path) == sha


def put_back(images: ImageStore, data: bytes, extension: str) -> None:
    """Put a backup's copy, already checked against its hash, in the library: over a damaged copy too, which
    holds nothing the backup's does not (its name is the hash of the bytes it lost) and which `put` would
    otherwise keep when its size happens to be right."""
    sha = hashlib.sha256(data).hexdigest()
    images.path_for(sha, extension).unlink(missing_ok=True)
    images.put(data, extension)


def restore_listed_images(database: Path, stores: Iterable[ImageStore], images: ImageStore) -> tuple[int, int]:
    """Put back into the library the images `database` lists that the library lacks or holds damaged, from the
    first store that has them; returns (restored, refused because their bytes do not match their hash)."""
    restored = refused = 0
    try:
        wanted = listed_images(database)
    except sqlite3.Error:
        return 0, 0
    stores = list(stores)
    for sha, extension in sorted(wanted):
        if holds_intact(images, sha, extension):
            continue
        for store in stores:
            source = store.path_for(sha, extension)
            if not source.is_file():
                continue
            data = source.read_bytes()
            if hashlib.sha256(data).hexdigest() != sha:
                refused += 1
                continue
            put_back(images, data, extension)
            restored += 1
            break
    return restored, refused
