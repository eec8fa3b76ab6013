"""``cardbook scan`` as specified in docs/CLI.md, through its own parser and `run_scan`, or in a subprocess."""

from __future__ import annotations

import argparse
import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from cardbook.cli.scan import add_scan_arguments, run_scan
from cardbook.storage.contacts.records import all_contact_ids, get_contact
from cardbook.storage.library import Library
from tests.ocr.render import FRENCH_CARD, photograph, render, save

KEYS = [
    "image",
    "card_index",
    "name",
    "title",
    "company",
    "department",
    "emails",
    "phones",
    "websites",
    "address",
    "social",
    "text",
    "confidence",
    "seconds",
]
REPO = Path(__file__).resolve().parents[2]


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cardbook scan")
    parser.add_argument("--library", default=None)
    add_scan_arguments(parser)
    return parser.parse_args(argv)


@pytest.fixture(scope="module")
def card_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("cards")
    return save(str(folder / "IMG_0412.jpg"), photograph(render(FRENCH_CARD), seed=21))


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run_scan(parse(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_json_lines_with_the_documented_keys(card_path: str) -> None:
    status, out, err = run([card_path, "--json", "--jobs", "1"])
    assert status == 0, err
    lines = out.splitlines()
    assert len(lines) == 1
    card = json.loads(lines[0])
    assert list(card)[: len(KEYS)] == KEYS
    assert card["image"] == card_path and card["card_index"] == 0
    assert card["name"] == "Hélène Leroy"
    assert card["company"] == "Quadrant Ingénierie SAS"
    assert card["department"] is None
    assert card["emails"] == ["helene.leroy@quadrant-ingenierie.fr"]
    assert card["phones"] == [
        {"number": "02 99 12 34 56", "e164": "+33299123456", "kind": "work"},
        {"number": "06 12 34 56 78", "e164": "+33612345678", "kind": "mobile"},
    ]
    assert card["social"] == []
    assert "Directrice commerciale" in card["text"].split("\n")
    assert set(card["confidence"]) >= {"name", "company", "emails", "phones"}
    assert all(0 <= value <= 1 for value in card["confidence"].values())
    assert isinstance(card["seconds"], float)
    # Unknown values are null or [], never "".
    assert all(value != "" for value in card.values())


def test_bad_files_report_one_line_each_and_the_rest_goes_on(tmp_path: Path, card_path: str) -> None:
    pdf = tmp_path / "facture.jpg"
    pdf.write_bytes(b"%PDF-1.5\n")
    missing = str(tmp_path / "absent.png")
    status, out, err = run([str(pdf), card_path, missing, "--json", "--jobs", "2"])
    assert status == 1
    assert err.splitlines() == [
        f"cardbook: {pdf}: not an image (looks like a PDF)",
        f"cardbook: {missing}: no such file",
    ]
    objects = [json.loads(line) for line in out.splitlines()]
    assert [o["image"] for o in objects] == [str(pdf), card_path, missing]  # input order
    assert objects[0]["error"] == "not an image (looks like a PDF)"
    assert objects[0]["emails"] == [] and objects[0]["name"] is None
    assert objects[1]["name"] == "Hélène Leroy" and "error" not in objects[1]


def test_readable_summary_and_warning_for_a_blank_image(tmp_path: Path, card_path: str) -> None:
    blank = save(str(tmp_path / "blank.png"), np.full((300, 500, 3), 255, np.uint8))
    status, out, _ = run([card_path, blank, "--jobs", "1"])
    assert status == 0
    assert "Name:        Hélène Leroy" in out
    assert "Phone:       06 12 34 56 78 (mobile)" in out
    assert f"Warning:     no card found in {blank}" in out


def test_import_options_store_the_card_with_its_exchange(tmp_path: Path, card_path: str) -> None:
    library_path = tmp_path / "lib"
    argv = [
        card_path,
        "--library",
        str(library_path),
        "--import",
        "--event",
        "Salon des entrepreneurs",
        "--date",
        "2026-03-14",
        "--offered-by",
        "them",
        "--reciprocated",
        "yes",
        "--jobs",
        "1",
        "--region",
        "be",
    ]
    args = parse(argv)
    assert (args.event, args.date.isoformat(), args.offered_by, args.reciprocated, args.region) == (
        "Salon des entrepreneurs",
        "2026-03-14",
        "them",
        "yes",
        "BE",
    )
    status, _, err = run(argv)
    assert status == 0
    assert err.splitlines()[-1] == "Imported 1 card(s), awaiting review in the library."
    library = Library.open(library_path)
    try:
        (contact_id,) = all_contact_ids(library)
        assert get_contact(library, contact_id).full_name == "Hélène Leroy"
    finally:
        library.close()


@pytest.mark.parametrize(
    "argv",
    [
        ["x.jpg", "--date", "14/03/2026"],
        ["x.jpg", "--jobs", "0"],
        ["x.jpg", "--offered-by", "nobody"],
        ["x.jpg", "--lang", "fra eng"],
    ],
)
def test_bad_options_are_usage_errors(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        parse(argv)
    assert caught.value.code == 2


def test_folder_arguments_expand_to_their_images(tmp_path: Path, card_path: str) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a card")
    save(str(folder / "b.png"), np.full((200, 300, 3), 255, np.uint8))
    os.link(card_path, folder / "a.jpg")
    status, out, _ = run([str(folder), "--json", "--jobs", "1"])
    assert status == 0
    assert [json.loads(line)["image"] for line in out.splitlines()] == [
        str(folder / "a.jpg"),
        str(folder / "b.png"),
    ]


def test_ctrl_c_stops_cleanly_with_status_130(tmp_path: Path, card_path: str) -> None:
    script = "import sys; from cardbook.cli.main import main; sys.exit(main(['scan', *sys.argv[1:]]))"
    images = []
    for number in range(40):  # distinct files: the same path given twice is read once
        os.link(card_path, tmp_path / f"card-{number}.jpg")
        images.append(str(tmp_path / f"card-{number}.jpg"))
    process = subprocess.Popen(
        [sys.executable, "-c", script, *images, "--json", "--jobs", "2"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert process.stdout is not None
    first = process.stdout.readline()  # wait until work is under way
    assert json.loads(first)["name"] == "Hélène Leroy"
    os.killpg(process.pid, signal.SIGINT)  # like Ctrl+C in a terminal: the parent and its workers
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert err.strip().splitlines()[-1] == "cardbook: interrupted"
    assert len(out.splitlines()) < len(images) - 1
