"""The Cardbook library file (`.cardbook`): a whole library in one zip, to move it to another machine or merge it
into another library (docs/LIBRARY_FORMAT.md, "The library file").

    manifest.json             {"format": "cardbook-library", "version": 1, "tables": {name: rows}, ...}
    tables/<table>.jsonl      one JSON object a line: a row, column name -> value (dates as ISO text)
    images/<sha256>.<ext>     the card images, named by the SHA-256 of their content

Why rows rather than contacts as address books see them: the file must carry what no address book has a field
for (the exchange at each encounter, the card's word boxes, what reviews taught), and a column added to the
schema later must travel without anyone touching this code. So rows are written generically, column by
column, and a reader ignores (and reports) the columns it does not know. Keys starting with "_" are the
format's own (a contact's identity, `_uids`), never columns.

This module knows the container only: it streams rows in and out of the zip and guards against hostile files
(sizes capped while reading, not taken from the zip's headers; names in the zip are never used as paths; an
image must hash to its name). It knows nothing of the database (storage/upkeep/transfer_*.py do).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from cardbook.interop.records import InterchangeError

FORMAT_NAME = "cardbook-library"
FORMAT_VERSION = 1  # the newest this Cardbook writes and reads; a file with a larger one is refused
MANIFEST = "manifest.json"
EXTENSION = ".cardbook"

# Caps on what is read, whatever the zip's headers say (a zip bomb lies in its headers).
MAX_MANIFEST_BYTES = 1 << 20
MAX_ROW_BYTES = 16 << 20  # one row: a card's word boxes are the largest, ~100 kB
MAX_TABLE_BYTES = 8 << 30
MAX_IMAGE_BYTES = 64 << 20  # a card photo from a 200-megapixel phone is ~40 MB
MAX_RATIO = 200  # a member that expands more than this is not a library (its JSON compresses ~5-15x)
MAX_MEMBERS = 5_000_000

_TABLE_NAME = re.compile(r"^tables/([a-z][a-z0-9_]{0,62})\.jsonl$")
_IMAGE_NAME = re.compile(r"^images/([0-9a-f]{64})\.([a-z0-9]{1,8})$")


class LibraryFileError(InterchangeError):
    """The file cannot be used as a Cardbook library file (one line for the user)."""


@dataclass(slots=True)
class Manifest:
    version: int
    tables: dict[str, int]  # rows per table, as written
    images: int = 0
    schema: str = ""  # the library's schema revision when written
    app_version: str = ""
    exported_at: str = ""
    extra: dict[str, Any] = field(default_factory=dict)  # keys this Cardbook does not know, kept as read

    def to_json(self) -> bytes:
        data = {
            **self.extra,
            "format": FORMAT_NAME,
            "version": self.version,
            "schema": self.schema,
            "app_version": self.app_version,
            "exported_at": self.exported_at,
            "tables": self.tables,
            "images": self.images,
        }
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def is_library_file(path: Path) -> bool:
    """A regular file that is a zip with a Cardbook manifest (cheap: the zip's directory, not its content).

    Opened without blocking and checked on the open descriptor: a named pipe or a device given as a file must not
    hang the import (issue 15), and the file cannot be swapped between the check and the read."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        regular = stat.S_ISREG(os.fstat(fd).st_mode)
    except OSError:
        regular = False
    if not regular:  # a folder, a pipe or a device: fdopen itself would refuse a folder with a traceback
        os.close(fd)
        return False
    with os.fdopen(fd, "rb") as handle:
        try:
            if handle.read(4) != b"PK\x03\x04":
                return False
            with zipfile.ZipFile(handle) as archive:
                return MANIFEST in archive.NameToInfo
        except (OSError, zipfile.BadZipFile, ValueError):
            return False


class LibraryWriter:
    """Streams a library into a zip: one table at a time, row by row; images copied from their files."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._zip = zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6)
        self._images = 0

    def table(self, name: str) -> _TableWriter:
        if not _TABLE_NAME.match(f"tables/{name}.jsonl"):
            raise ValueError(f"not a table name: {name!r}")
        return _TableWriter(self._zip.open(f"tables/{name}.jsonl", "w", force_zip64=True))

    def image(self, sha256: str, extension: str, source: Path) -> None:
        # Photos are compressed already: stored as they are, streamed from the file (never all in memory).
        self._zip.write(source, f"images/{sha256}.{extension.lower()}", compress_type=zipfile.ZIP_STORED)
        self._images += 1

    def finish(self, manifest: Manifest) -> None:
        manifest.images = self._images
        self._zip.writestr(MANIFEST, manifest.to_json())
        self._zip.close()


class _TableWriter:
    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self.rows = 0

    def write(self, row: dict[str, Any]) -> None:
        self._stream.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n")
        self.rows += 1

    def __enter__(self) -> _TableWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stream.close()


@dataclass(frozen=True, slots=True)
class RowProblem:
    table: str
    line: int
    reason: str


class LibraryReader:
    """A library file opened for reading: the manifest checked, then rows and images read on demand."""

    def __init__(self, path: Path) -> None:
        try:
            self._zip = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            raise LibraryFileError("not a Cardbook library file (not a zip archive)") from None
        try:
            self.manifest = self._read_manifest()
            self._check_members()
        except BaseException:
            self._zip.close()
            raise

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> LibraryReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read_manifest(self) -> Manifest:
        info = self._zip.NameToInfo.get(MANIFEST)
        if info is None:
            raise LibraryFileError("not a Cardbook library file (no manifest.json in the archive)")
        try:
            data = json.loads(self._capped(info, MAX_MANIFEST_BYTES))
        except (ValueError, UnicodeDecodeError):
            raise LibraryFileError("damaged library file: manifest.json is not JSON") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
            raise LibraryFileError("not a Cardbook library file (its manifest names another format)")
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise LibraryFileError("damaged library file: its format version is missing")
        if version > FORMAT_VERSION:
            raise LibraryFileError(
                f"this library file is format {version}, from a newer Cardbook; this one reads format "
                f"{FORMAT_VERSION} and older: update Cardbook to import it"
            )
        tables = data.get("tables")
        if not isinstance(tables, dict) or not all(isinstance(v, int) for v in tables.values()):
            raise LibraryFileError("damaged library file: the manifest's table list is unreadable")
        known = {"format", "version", "schema", "app_version", "exported_at", "tables", "images"}
        return Manifest(
            version,
            {str(k): int(v) for k, v in tables.items()},
            int(data.get("images") or 0),
            str(data.get("schema") or ""),
            str(data.get("app_version") or ""),
            str(data.get("exported_at") or ""),
            {k: v for k, v in data.items() if k not in known},
        )

    def _check_members(self) -> None:
        members = self._zip.infolist()
        if len(members) > MAX_MEMBERS:
            raise LibraryFileError(f"refused: the archive holds {len(members)} members, more than a library has")
        for info in members:
            if info.compress_size and info.file_size > (1 << 20) and info.file_size / info.compress_size > MAX_RATIO:
                raise LibraryFileError(f"refused: {info.filename} expands {info.file_size // info.compress_size}"
                                       " times (a zip bomb?)")  # fmt: skip

    def _capped(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        with self._zip.open(info) as stream:
            data = stream.read(limit + 1)
        if len(data) > limit:
            raise LibraryFileError(f"refused: {info.filename} is larger than {limit >> 20} MB")
        return data

    def tables(self) -> list[str]:
        """The tables the file holds rows for (members under tables/; other names are never used)."""
        return [m.group(1) for name in self._zip.namelist() if (m := _TABLE_NAME.match(name))]

    def rows(self, table: str, problems: list[RowProblem]) -> Iterator[tuple[int, dict[str, Any]]]:
        """(line number, row) one at a time; a line that is not a JSON object is a RowProblem, and reading goes on."""
        info = self._zip.NameToInfo.get(f"tables/{table}.jsonl")
        if info is None:
            return
        total = 0
        with self._zip.open(info) as stream:
            for number, line in enumerate(iter(lambda: stream.readline(MAX_ROW_BYTES + 1), b""), start=1):
                total += len(line)
                if total > MAX_TABLE_BYTES:
                    raise LibraryFileError(f"refused: table {table} is larger than {MAX_TABLE_BYTES >> 30} GB")
                if len(line) > MAX_ROW_BYTES:
                    raise LibraryFileError(f"refused: a row of table {table} is larger than {MAX_ROW_BYTES >> 20} MB")
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except (ValueError, UnicodeDecodeError):
                    problems.append(RowProblem(table, number, "not a JSON row"))
                    continue
                if not isinstance(row, dict):
                    problems.append(RowProblem(table, number, "not a JSON object"))
                    continue
                yield number, row

    def images(self) -> set[tuple[str, str]]:
        """(sha256, extension) of every image in the file."""
        return {(m.group(1), m.group(2)) for name in self._zip.namelist() if (m := _IMAGE_NAME.match(name))}

    def image_bytes(self, sha256: str, extension: str) -> bytes | None:
        """An image's content, or None when the file does not hold it or it does not hash to its name."""
        info = self._zip.NameToInfo.get(f"images/{sha256}.{extension}")
        if info is None:
            return None
        data = self._capped(info, MAX_IMAGE_BYTES)
        return data if hashlib.sha256(data).hexdigest() == sha256 else None
