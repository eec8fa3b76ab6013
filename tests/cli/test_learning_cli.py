"""`cardbook learned [--json] [--reset]` on a library where one reviewed card was corrected."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from cardbook.app.scanned_card import scanned_card
from cardbook.cli import main as cli
from cardbook.domain.enums import ContactStatus
from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.pipeline import CardResult
from cardbook.storage.contacts.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.contacts.records import get_contact, update_contact
from cardbook.storage.library import Library
from tests.cli.test_cli import run as run_process

CARD = "Jonas Weber\nDigital Strategy Partners\nTel: +49 30 1234567\njonas@wbr.de"


@pytest.fixture
def reviewed(tmp_path: Path) -> Path:
    path = tmp_path / "lib"
    library = Library.open(path)
    fields = parse_text(CARD, "DE")
    card = scanned_card(CardResult(image_path="", card_index=0, fields=fields, text=CARD))
    contact = get_contact(library, store_scanned_card(library, card, ExchangeDefaults()))
    update_contact(
        library,
        dataclasses.replace(contact, title=None, company="Digital Strategy Partners", status=ContactStatus.ACTIVE),
    )
    library.close()
    return path


def run(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> tuple[int, str]:
    status = cli.main(["--library", str(path), *args])
    return status, capsys.readouterr().out


def test_learned_prints_companies_names_and_moved_lines(capsys: pytest.CaptureFixture[str], reviewed: Path) -> None:
    status, out = run(capsys, reviewed, "learned")
    assert status == 0
    assert "Learned from 1 reviewed card (2 fields corrected" in out
    assert "  wbr.de → Digital Strategy Partners (1 card)" in out
    assert "First names: jonas (1)" in out and "Family names: weber (1)" in out
    assert "  “Digital Strategy Partners”: title → company (1 card)" in out


def test_learned_json_then_reset(capsys: pytest.CaptureFixture[str], reviewed: Path) -> None:
    status, out = run(capsys, reviewed, "learned", "--json")
    [record] = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and record["reviews"] == 1
    assert record["companies"] == [{"domain": "wbr.de", "company": "Digital Strategy Partners", "count": 1}]
    assert {"text": "Digital Strategy Partners", "from": "title", "to": "company", "count": 1} in record["lines"]

    status, out = run(capsys, reviewed, "learned", "--reset")
    assert status == 0
    assert out.startswith("Forgot 1 reviewed card (")
    assert "1 company, 2 names, 1 moved line." in out
    status, out = run(capsys, reviewed, "learned")
    assert out.startswith("Nothing learned yet")


def test_learned_in_its_own_process(reviewed: Path) -> None:
    result = run_process(reviewed, "learned", "--reset", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["removed"]["companies"][0]["domain"] == "wbr.de"
