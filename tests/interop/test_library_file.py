"""The library file's container: rows and images in and out of a zip, and the files it refuses (a zip bomb, a
newer format, a manifest missing) in one line each. Names inside the zip are never used as paths."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path

import pytest

from cardbook.interop import library_file
from cardbook.interop.library_file import (
    FORMAT_VERSION,
    LibraryFileError,
    LibraryReader,
    LibraryWriter,
    Manifest,
    RowProblem,
    is_library_file,
)


def _write(path: Path, rows: dict[str, list[dict[str, object]]], image: bytes | None = None) -> str:
    sha = hashlib.sha256(image or b"").hexdigest()
    with open(path, "wb") as handle:
        writer = LibraryWriter(handle)
        for name, table in rows.items():
            with writer.table(name) as out:
                for row in table:
                    out.write(row)
        if image is not None:
            source = path.with_suffix(".png")
            source.write_bytes(image)
            writer.image(sha, "png", source)
        writer.finish(Manifest(FORMAT_VERSION, {n: len(t) for n, t in rows.items()}, extra={"later": "kept"}))
    return sha


def _zip(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _manifest(version: int = FORMAT_VERSION, format_name: str = "cardbook-library") -> bytes:
    return json.dumps({"format": format_name, "version": version, "tables": {"contacts": 1}}).encode()


def test_rows_and_images_come_back_as_written(tmp_path: Path) -> None:
    rows = {"contacts": [{"id": 1, "full_name": "Élise Marchal", "_uids": ["1@x"]}], "tags": [{"id": 3, "name": "É"}]}
    image = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    sha = _write(tmp_path / "a.cardbook", rows, image)
    assert is_library_file(tmp_path / "a.cardbook")
    problems: list[RowProblem] = []
    with LibraryReader(tmp_path / "a.cardbook") as reader:
        assert reader.manifest.tables == {"contacts": 1, "tags": 1}
        assert reader.manifest.images == 1 and reader.manifest.extra == {"later": "kept"}
        assert sorted(reader.tables()) == ["contacts", "tags"]
        assert [row for _, row in reader.rows("contacts", problems)] == rows["contacts"]
        assert reader.images() == {(sha, "png")}
        assert reader.image_bytes(sha, "png") == image
        assert reader.image_bytes("0" * 64, "png") is None
    assert problems == []


def test_a_damaged_line_is_reported_and_the_next_rows_are_read(tmp_path: Path) -> None:
    lines = b'{"id": 1}\n{"id": 2, broken\n[1, 2]\n{"id": 4}\n'
    path = _zip(tmp_path / "d.cardbook", {"manifest.json": _manifest(), "tables/contacts.jsonl": lines})
    problems: list[RowProblem] = []
    with LibraryReader(path) as reader:
        assert [(n, row["id"]) for n, row in reader.rows("contacts", problems)] == [(1, 1), (4, 4)]
    assert problems == [RowProblem("contacts", 2, "not a JSON row"), RowProblem("contacts", 3, "not a JSON object")]


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ({"tables/contacts.jsonl": b"{}"}, "not a Cardbook library file (no manifest.json in the archive)"),
        ({"manifest.json": b"{not json"}, "damaged library file: manifest.json is not JSON"),
        (
            {"manifest.json": _manifest(format_name="other")},
            "not a Cardbook library file (its manifest names another format)",
        ),
        (
            {"manifest.json": _manifest(version=FORMAT_VERSION + 1)},
            f"this library file is format {FORMAT_VERSION + 1}, from a newer Cardbook; this one reads format "
            f"{FORMAT_VERSION} and older: update Cardbook to import it",
        ),
    ],
)
def test_files_that_are_not_usable_library_files_are_one_line(
    tmp_path: Path, members: dict[str, bytes], message: str
) -> None:
    with pytest.raises(LibraryFileError) as caught:
        LibraryReader(_zip(tmp_path / "x.cardbook", members))
    assert str(caught.value) == message


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.cardbook"
    path.write_text("BEGIN:VCARD\r\nEND:VCARD\r\n", encoding="utf-8")
    assert not is_library_file(path)
    with pytest.raises(LibraryFileError, match=r"^not a Cardbook library file \(not a zip archive\)$"):
        LibraryReader(path)


def test_a_zip_bomb_is_refused_before_it_is_expanded(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.cardbook", {"manifest.json": _manifest(), "tables/contacts.jsonl": bytes(16 << 20)})
    info = zipfile.ZipFile(bomb).getinfo("tables/contacts.jsonl")
    assert info.file_size / info.compress_size > library_file.MAX_RATIO  # the file is what the test says it is
    with pytest.raises(LibraryFileError, match=r"^refused: tables/contacts\.jsonl expands \d+ times \(a zip bomb\?\)$"):
        LibraryReader(bomb)


def test_sizes_are_counted_as_read_not_taken_from_the_headers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A row longer than the cap stops the import, whatever the zip's directory claims (stored, ratio 1)."""
    monkeypatch.setattr(library_file, "MAX_ROW_BYTES", 1000)
    row = json.dumps({"id": 1, "notes": "x" * 5000}).encode()
    path = _zip(tmp_path / "long.cardbook", {"manifest.json": _manifest(), "tables/contacts.jsonl": row},
                compression=zipfile.ZIP_STORED)  # fmt: skip
    with LibraryReader(path) as reader, pytest.raises(LibraryFileError, match="a row of table contacts is larger"):
        list(reader.rows("contacts", []))


def test_names_that_would_leave_the_archive_are_never_used(tmp_path: Path) -> None:
    image = b"GIF89a" + bytes(100)
    sha = hashlib.sha256(image).hexdigest()
    members = {
        "manifest.json": _manifest(),
        "../../escape.jsonl": b"{}",
        "tables/../../contacts.jsonl": b"{}",
        f"images/../{sha}.gif": image,
        f"images/{sha}.gif": b"not what the name says",
        "/etc/tables/contacts.jsonl": b"{}",
    }
    with LibraryReader(_zip(tmp_path / "paths.cardbook", members)) as reader:
        assert reader.tables() == []
        assert reader.images() == {(sha, "gif")}
        assert reader.image_bytes(sha, "gif") is None  # does not hash to its name
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["paths.cardbook"]


def test_a_named_pipe_or_a_device_is_not_a_library_file_and_does_not_block(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.cardbook"
    os.mkfifo(pipe)  # nobody writes into it: reading it would wait forever
    assert not is_library_file(pipe)
    assert not is_library_file(Path("/dev/zero"))
    assert not is_library_file(tmp_path / "missing.cardbook")
