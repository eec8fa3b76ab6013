"""Hostile input (issue 15): every file of a generated corpus of broken, absurd and special files goes through the
real entry points — the scan batch storing into a library, and the contact file import — in a child process,
within a time and a memory budget per file (tests/app/hostile_runner.py), and gives a one-line message or a
clean result: no traceback, no warning, no hang."""

from __future__ import annotations

from pathlib import Path

from tests.app.hostile_corpus import CONTACTS, IMAGES, make_contact_files, make_images, special_files
from tests.app.hostile_runner import BUDGETS, FileReport, run_corpus


def _check(reports: list[FileReport], kind: str, expected: int) -> dict[str, FileReport]:
    budget = BUDGETS[kind]
    assert len(reports) == expected, "every file was tried"
    problems = []
    for report in reports:
        if report.hung:
            problems.append(f"{report.name}: still running after {budget.seconds:.0f} s")
        elif report.crashed:
            problems.append(f"{report.name}: {report.crashed}")
        elif report.peak_mb > budget.megabytes:
            problems.append(f"{report.name}: peak {report.peak_mb:.0f} MB over {budget.megabytes:.0f} MB")
        elif not report.lines or any("\n" in line or not line.strip() for line in report.lines):
            problems.append(f"{report.name}: not one line per message: {report.lines!r}")
        if "Traceback" in report.stderr or "Warning" in report.stderr:
            problems.append(f"{report.name}: printed {report.stderr!r}")
    assert problems == []
    return {report.name: report for report in reports}


def test_hostile_images_through_the_scan_batch(tmp_path: Path) -> None:
    paths = make_images(tmp_path / IMAGES)
    found = _check(list(run_corpus(IMAGES, paths, tmp_path / "library")), IMAGES, len(paths))
    said = {name: " | ".join(report.lines) for name, report in found.items()}
    # What the user is told, file by file: the reason in their words, never "empty file" for an endless device.
    assert said["bomb.png"] == "error: image too large (20000×20000 px)"
    assert said["declared-huge.tif"] == "error: image too large (200000×200000 px)"
    assert said["invoice.jpg"] == "error: not an image (looks like a PDF)"
    assert said["empty.jpg"] == "error: empty file"
    assert said["pipe.jpg"] == "error: not an image file (a named pipe)"
    assert said["zero.jpg"] == said["urandom.jpg"] == "error: not an image file (a device)"
    assert said["folder.jpg"] == "error: is a folder, not an image"
    assert said["truncated.jpg"].startswith("error: truncated or corrupt JPEG")
    # The largest image allowed is read, within the memory budget: decoded reduced (ocr/loading.py).
    assert not said["eighty-megapixels.png"].startswith("error"), said["eighty-megapixels.png"]
    assert said["multipage.tif"].startswith("stored as #")  # its first page, a card


def test_hostile_contact_files_through_the_import(tmp_path: Path) -> None:
    paths = make_contact_files(tmp_path / CONTACTS)
    found = _check(list(run_corpus(CONTACTS, paths, tmp_path / "library")), CONTACTS, len(paths))
    said = {name: report.lines for name, report in found.items()}
    assert said["unbalanced-quote.csv"][-1] == "imported 500"  # every row, none swallowed
    assert said["unbalanced-quote.csv"][0].startswith("notice (unbalanced_quote): line 12: ")
    assert said["mixed-encodings.csv"][0].startswith("notice (mixed_encoding): lines 3, 4, 6")
    assert said["one-megabyte-line.vcf"][0].startswith("notice (value_cut): card 1 (line 1), “Dupont Dupont")
    assert said["one-megabyte-cell.csv"][0].startswith("notice (value_cut): row 1 (line 2), “Léa Moreau”: company")
    assert said["ten-thousand-emails.cardbook"] == [
        "warning: contacts: “Jean Dupont”: emails: 9,950 left out (at most 50 kept); "
        "tags: 1,800 left out (at most 200 kept)",
        "imported 1",
    ]
    assert said["nul-after-start.csv"] == ["imported 501"]  # NUL bytes dropped from the cells, not stored
    assert said["nul-bytes.csv"] == ["imported 50"]  # a few stray NUL bytes: a damaged text file, not binary
    assert said["binary.csv"][0].startswith("not imported (not_contacts)")
    for special in ("pipe", "zero", "urandom"):
        for suffix in (".vcf", ".csv"):
            assert said[special + suffix][0].startswith("not imported (unreadable): not a contacts file: a ")


def test_a_scanned_folder_names_no_special_file(tmp_path: Path) -> None:
    """A folder given to `scan` stands for its regular image files only: a pipe in it is never opened."""
    from cardbook.app.scanning import expand_image_paths

    folder = tmp_path / "photos"
    folder.mkdir()
    special_files(folder, ".jpg")
    (folder / "card.jpg").write_bytes(b"\xff\xd8\xff")
    assert expand_image_paths([folder]) == [str(folder / "card.jpg")]
