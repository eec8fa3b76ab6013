"""A team library's images, in its database: `image_chunks (sha256, seq, data)`, 1 MiB a chunk (docs/TEAM_LIBRARY.md,
"Images in the database").

- Content-addressed and deduplicated: an image's key is the SHA-256 of its bytes, as in a folder. `put` writes the
  chunks with `INSERT … ON CONFLICT DO NOTHING` in the caller's write session, the one that adds the `images` row
  listing them: chunks and row commit together (never an image half-written, never a row without its bytes), and
  two members storing the same photo at once do not fail nor store it twice (the second insert waits for the
  first transaction and then does nothing).
- Streamed: one statement per chunk, written and read; never a whole photo in one statement.
- This machine keeps a copy of each image it has used (`ImageStore.local_path`, the same layout as a folder
  library's), because the OCR, the window and the thumbnails read files. `path_for` fills it on first use: the
  chunks are read one by one into a temporary file, checked against the hash, then renamed into place.
- An image's chunks go with its last `images` row (`discard`, in the same transaction). `cardbook check` compares
  every row with its chunks in SQL (counts and sizes, no bytes read), hashes them when asked (`--repair`), and
  reports chunks no row lists (`check --repair` removes them).

bytea rows rather than large objects: `pg_dump`, `DELETE` and erasure treat them like any other row.

Compression: PostgreSQL tries to compress every value over 2 kB before it stores it out of line, by default with
pglz, which on a JPEG works through the whole chunk and then keeps it uncompressed: 80-90 ms of the server's time
per phone photo, four times the rest of the image's cost (measured with tests/storage/server_images_measure.py).
Where the server has lz4 (PostgreSQL 14 and later, built with it, as Debian's is), the chunks are written with
`default_toast_compression = lz4` for their statements only: it gives up on a JPEG at once. A later revision
could rather say `ALTER COLUMN data SET STORAGE EXTERNAL` (never compress).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import Connection, Engine, Table, delete, exists, func, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from cardbook.storage.contacts.images import ImageStore, write_file_atomically
from cardbook.storage.models import ImageChunkRow, StoredImageRow

CHUNK_SIZE = 1024 * 1024  # 1 MiB: a phone photo in 2 to 5 statements, each well under any server's limits
COMPRESSION = "default_toast_compression"
CHUNKS = cast(Table, ImageChunkRow.__table__)
IMAGES = cast(Table, StoredImageRow.__table__)


def expected_chunks(byte_size: int) -> int:
    """How many chunks an image of `byte_size` bytes is stored in (an empty image still has one, empty)."""
    return max(1, -(-byte_size // CHUNK_SIZE))


def _pieces(data: bytes) -> Iterator[bytes]:
    for start in range(0, max(len(data), 1), CHUNK_SIZE):
        yield data[start : start + CHUNK_SIZE]


class _NotWhole(Exception):
    """The chunks read do not make the image (missing, or not matching its hash)."""


class ServerImageStore(ImageStore):
    """`root` is this machine's folder of copies; `engine()` the library's engine (for reads outside a session)."""

    def __init__(self, root: Path, engine: Callable[[], Engine]) -> None:
        super().__init__(root)
        self._engine = engine
        self._lz4: bool | None = None  # whether the server can compress with lz4 (asked once)

    def put(self, data: bytes, extension: str, session: Session | None = None) -> tuple[str, Path]:
        if session is None:
            raise ValueError("a server library stores an image in the write session that adds its images row")
        sha = hashlib.sha256(data).hexdigest()
        count, size = session.execute(
            select(func.count(), func.coalesce(func.sum(func.length(CHUNKS.c.data)), 0)).where(CHUNKS.c.sha256 == sha)
        ).one()
        if (count, size) != (expected_chunks(len(data)), len(data)):
            if count:  # a damaged set (check reports it): these bytes, which match the hash, replace it
                session.execute(delete(CHUNKS).where(CHUNKS.c.sha256 == sha))
            previous = self._compress_with_lz4(session)
            for seq, piece in enumerate(_pieces(data)):
                session.execute(
                    pg_insert(CHUNKS)
                    .values(sha256=sha, seq=seq, data=piece)
                    .on_conflict_do_nothing(index_elements=[CHUNKS.c.sha256, CHUNKS.c.seq])
                )
            if previous is not None:  # the rest of the transaction as it was
                session.execute(select(func.set_config(COMPRESSION, previous, True)))
        path = self.local_path(sha, extension)
        if not (path.is_file() and path.stat().st_size == len(data)):
            # This machine's copy now: the bytes are at hand. Should the transaction roll back, the copy is
            # still these bytes under their own hash; `check` lists it as belonging to no card.
            write_file_atomically(path, [data])
        return sha, path

    def _compress_with_lz4(self, session: Session) -> str | None:
        """Switch this transaction's compression of new values to lz4 when the server has it (module docstring);
        returns the setting it had, or None when nothing was changed."""
        if self._lz4 is None:
            offered = session.execute(
                text("SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = :name"), {"name": COMPRESSION}
            ).scalar()
            self._lz4 = bool(offered)
        if not self._lz4:
            return None
        previous = str(session.execute(select(func.current_setting(COMPRESSION))).scalar_one())
        session.execute(select(func.set_config(COMPRESSION, "lz4", True)))
        return previous

    def path_for(self, sha256: str, extension: str) -> Path:
        path = self.local_path(sha256, extension)
        if path.is_file():
            return path
        try:
            with self._engine().connect() as connection:
                write_file_atomically(path, _verified(connection, sha256))
        except _NotWhole:
            pass  # the caller finds no file, as for a folder library's missing file (check reports it)
        return path

    def exists(self, sha256: str, extension: str, session: Session | None = None) -> bool:
        query = select(CHUNKS.c.seq).where(CHUNKS.c.sha256 == sha256, CHUNKS.c.seq == 0)
        if session is not None:
            return session.execute(query).first() is not None
        with self._engine().connect() as connection:
            return connection.execute(query).first() is not None

    def discard(self, session: Session, sha256s: Iterable[str]) -> None:
        """The chunks of these images, unless an `images` row still lists them."""
        wanted = sorted(set(sha256s))
        for start in range(0, len(wanted), 500):
            session.execute(
                delete(CHUNKS).where(
                    CHUNKS.c.sha256.in_(wanted[start : start + 500]),
                    ~exists().where(IMAGES.c.sha256 == CHUNKS.c.sha256),
                )
            )


def _chunks_of(connection: Connection | Session, sha256: str) -> Iterator[bytes]:
    """The image's chunks in order, one statement each, until the next one is missing."""
    seq = 0
    while True:
        piece = connection.execute(
            select(CHUNKS.c.data).where(CHUNKS.c.sha256 == sha256, CHUNKS.c.seq == seq)
        ).scalar_one_or_none()
        if piece is None:
            return
        yield bytes(piece)
        seq += 1


def _verified(connection: Connection | Session, sha256: str) -> Iterator[bytes]:
    """The chunks, raising _NotWhole at the end when there were none or they do not hash to `sha256` (the
    temporary file is then thrown away: a wrong copy never takes the image's name)."""
    digest = hashlib.sha256()
    seen = False
    for piece in _chunks_of(connection, sha256):
        seen = True
        digest.update(piece)
        yield piece
    if not seen or digest.hexdigest() != sha256:
        raise _NotWhole(sha256)


@dataclass(frozen=True, slots=True)
class BrokenImage:
    sha256: str
    extension: str
    problem: str  # what `cardbook check` says after the image's name


def broken_images(session: Session) -> list[BrokenImage]:
    """`images` rows whose chunks are missing or do not add up to the row's size, from counts and sizes alone
    (`length` of a bytea reads its header, not its bytes)."""
    chunks = func.count(CHUNKS.c.seq)
    size = func.coalesce(func.sum(func.length(CHUNKS.c.data)), 0)
    last = func.coalesce(func.max(CHUNKS.c.seq), -1)
    wanted = func.greatest(1, func.ceil(IMAGES.c.byte_size / float(CHUNK_SIZE)))
    rows = session.execute(
        select(IMAGES.c.sha256, IMAGES.c.extension, IMAGES.c.byte_size, chunks, size, last)
        .select_from(IMAGES.outerjoin(CHUNKS, CHUNKS.c.sha256 == IMAGES.c.sha256))
        .group_by(IMAGES.c.id, IMAGES.c.sha256, IMAGES.c.extension, IMAGES.c.byte_size)
        .having((chunks != wanted) | (size != IMAGES.c.byte_size) | (last != chunks - 1))
        .order_by(IMAGES.c.sha256)
    ).all()
    broken = []
    for sha, extension, byte_size, count, total, top in rows:
        if count == 0:
            problem = "has no bytes in the database"
        elif top != count - 1 or count < expected_chunks(byte_size):
            problem = f"lacks chunks ({count} of {expected_chunks(byte_size)} in the database)"
        else:
            problem = f"holds {total} bytes in the database, not {byte_size}"
        broken.append(BrokenImage(sha, extension, problem))
    return broken


def misread_images(session: Session, skip: Collection[str] = ()) -> list[BrokenImage]:
    """The images whose chunks do not hash to their name: every byte read, chunk by chunk (`check --repair`);
    those in `skip` (already found broken) are not read."""
    found = []
    for sha, extension in session.execute(select(IMAGES.c.sha256, IMAGES.c.extension).order_by(IMAGES.c.sha256)):
        if sha in skip:
            continue
        digest = hashlib.sha256()
        for piece in _chunks_of(session, sha):
            digest.update(piece)
        if digest.hexdigest() != sha:
            found.append(BrokenImage(sha, extension, "does not match its SHA-256 in the database"))
    return found


def orphan_chunks(session: Session) -> list[str]:
    """The images (by hash) with chunks in the database but no `images` row: left by a deletion that did not
    take them, or written by hand."""
    listed = exists().where(IMAGES.c.sha256 == CHUNKS.c.sha256)
    return list(session.scalars(select(CHUNKS.c.sha256).where(~listed).distinct().order_by(CHUNKS.c.sha256)))


def remove_chunks(session: Session, sha256s: Iterable[str]) -> None:
    """Delete every chunk of these images (the caller holds the write lock: `check --repair`)."""
    wanted = sorted(set(sha256s))
    for start in range(0, len(wanted), 500):
        session.execute(delete(CHUNKS).where(CHUNKS.c.sha256.in_(wanted[start : start + 500])))


def mend_from_copies(session: Session, store: ImageStore, damaged: Iterable[BrokenImage]) -> int:
    """Write the damaged images again from this machine's copies (`check --repair`), each copy only when it hashes
    to the image's name; returns how many were mended. The others stay damaged: another member's machine may
    still have a copy, or a dump (docs/TEAM_LIBRARY.md, "Backups")."""
    mended = 0
    for image in damaged:
        path = store.local_path(image.sha256, image.extension)
        if not path.is_file():
            continue
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != image.sha256:
            continue
        remove_chunks(session, [image.sha256])
        store.put(data, image.extension, session)
        mended += 1
    return mended
