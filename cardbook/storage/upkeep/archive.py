"""Backups that hold the card images too: one uncompressed tar archive (`backup --with-images`).

<archive>.tar
    cardbook.sqlite3             a `VACUUM INTO` snapshot of the database (never a copy of the live file)
    images/ab/<sha256>.<ext>     every card image file, by content hash as in the library

Why tar and uncompressed: photos are already compressed, and a tar is one file any system can open without
Cardbook. Restoring reads only members with exactly these names (nothing else is ever extracted, so a hostile
archive cannot write outside the library) and checks each image's bytes against the hash its name claims.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import tarfile
import tempfile
from datetime import datetime
from pathlib import Path

from cardbook.storage.contacts.images import ImageStore
from cardbook.storage.errors import RestoreError
from cardbook.storage.upkeep.backup_images import holds_intact, put_back

DB_MEMBER = "cardbook.sqlite3"
_IMAGE_MEMBER = re.compile(r"^images/([0-9a-f]{2})/(\1[0-9a-f]{62})\.([a-z0-9]{1,8})$")
_COPY_CHUNK = 1 << 20


def is_archive(path: Path) -> bool:
    return path.is_file() and tarfile.is_tarfile(path)


def write_archive(db_path: Path, images: ImageStore, backups_dir: Path, reason: str = "manual") -> Path:
    """Write `<backups>/cardbook-<stamp>-<reason>.tar` with a snapshot of the database and every image."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    safe_reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "backup"
    target = backups_dir / f"cardbook-{stamp}-{safe_reason}.tar"
    partial = target.with_name(target.name + ".partial")
    with tempfile.TemporaryDirectory(dir=backups_dir, prefix=".snapshot-") as folder:
        snapshot = Path(folder) / DB_MEMBER
        con = sqlite3.connect(db_path)
        try:
            con.execute("VACUUM INTO ?", (str(snapshot),))
        finally:
            con.close()
        try:
            with tarfile.open(partial, "w", format=tarfile.PAX_FORMAT) as tar:
                tar.add(snapshot, arcname=DB_MEMBER)
                if images.root.is_dir():
                    for path in sorted(images.root.glob("*/*")):
                        if path.is_file() and _IMAGE_MEMBER.match(f"images/{path.parent.name}/{path.name}"):
                            tar.add(path, arcname=f"images/{path.parent.name}/{path.name}")
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
    return target


def extract_database(archive: Path, folder: Path) -> Path:
    """The archive's database, written into `folder`; RestoreError when the archive holds none."""
    with tarfile.open(archive, "r") as tar:
        try:
            member = tar.getmember(DB_MEMBER)
        except KeyError:
            raise RestoreError(f"{archive}: not a Cardbook backup (no {DB_MEMBER} inside)") from None
        source = tar.extractfile(member) if member.isfile() else None
        if source is None:
            raise RestoreError(f"{archive}: not a Cardbook backup ({DB_MEMBER} is not a file)")
        target = folder / DB_MEMBER
        with source, target.open("wb") as out:
            shutil.copyfileobj(source, out, _COPY_CHUNK)
    return target


def restore_images(archive: Path, images: ImageStore) -> tuple[int, int]:
    """Put back the archive's images the library lacks or holds damaged; returns (restored, refused as not
    matching their hash)."""
    restored = refused = 0
    with tarfile.open(archive, "r") as tar:
        for member in tar:
            match = _IMAGE_MEMBER.match(member.name)
            if match is None or not member.isfile():
                continue
            sha, extension = match.group(2), match.group(3)
            if holds_intact(images, sha, extension):
                continue
            source = tar.extractfile(member)
            if source is None:
                continue
            with source:
                data = source.read()
            if hashlib.sha256(data).hexdigest() != sha:
                refused += 1
                continue
            put_back(images, data, extension)
            restored += 1
    return restored, refused
