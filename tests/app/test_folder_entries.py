"""A folder given to `scan` names what it passes over, once each, with the reason (issue 15: a `.gif`, a file
without an extension and a named pipe were dropped without a word)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardbook.app.folder_entries import SHOWN_AT_MOST, describe_skipped, skipped_entries
from cardbook.cli.main import main
from tests.app.hostile_corpus import special_files


def test_each_skipped_entry_is_named_once_with_its_reason(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    (folder / "sub").mkdir(parents=True)
    (folder / ".thumbnails").mkdir()
    for name in ["card.jpg", "sub/back.PNG", "logo.gif", "IMG_0002", "sub/notes.txt", ".DS_Store", ".thumbnails/a.gif"]:
        (folder / name).write_bytes(b"x")
    special_files(folder, ".jpg")  # a pipe, /dev/zero and /dev/urandom links, a folder named .jpg

    skipped = {entry.path.relative_to(folder).as_posix(): entry.reason for entry in skipped_entries([folder, folder])}

    assert skipped == {
        "IMG_0002": "no file extension (photos are read from .jpg, .png, .webp, .tif, .heic and .bmp files)",
        "logo.gif": ".gif files are not read (photos are read from .jpg, .png, .webp, .tif, .heic and .bmp files)",
        "pipe.jpg": "not a photo: a named pipe",
        "sub/notes.txt": ".txt files are not read (photos are read from .jpg, .png, .webp, .tif, .heic and .bmp files)",
        "urandom.jpg": "not a photo: a device",
        "zero.jpg": "not a photo: a device",
    }  # hidden entries are the system's; photos, subfolders and files given by name are read, not skipped
    assert skipped_entries([folder / "logo.gif"]) == []


def test_a_folder_of_many_documents_is_summarised(tmp_path: Path) -> None:
    for index in range(SHOWN_AT_MOST + 5):
        (tmp_path / f"doc-{index:02d}.pdf").write_bytes(b"%PDF")
    lines = describe_skipped(skipped_entries([tmp_path]))
    assert len(lines) == SHOWN_AT_MOST + 1
    assert lines[0] == f"{tmp_path / 'doc-00.pdf'}: skipped, .pdf files are not read " + (
        "(photos are read from .jpg, .png, .webp, .tif, .heic and .bmp files)"
    )
    assert lines[-1] == "… and 5 more entries of the folder skipped"


def test_scan_says_why_a_folder_gave_no_photo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "IMG_0001").write_bytes(b"\xff\xd8\xff")
    (folder / "scan.gif").write_bytes(b"GIF89a")
    assert main(["scan", str(folder)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"cardbook: {folder / 'IMG_0001'}: skipped, no file extension "
        "(photos are read from .jpg, .png, .webp, .tif, .heic and .bmp files)",
        f"cardbook: {folder / 'scan.gif'}: skipped, .gif files are not read "
        "(photos are read from .jpg, .png, .webp, .tif, .heic and .bmp files)",
        "cardbook: no image files given",
    ]
