"""Front and back on the command line: `scan --import --two-sided` pairs photos, a nameless back is proposed on
stderr (never joined silently) and `cardbook back FRONT_ID BACK_ID` joins it. Real photos through Tesseract."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.app.test_two_sided_scan import BACK, FRONT
from tests.cli.test_cli import run
from tests.ocr.render import Card, photograph, render, save


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    folder = tmp_path_factory.mktemp("pair")
    return (
        save(str(folder / "IMG_0001.jpg"), photograph(render(FRONT))),
        save(str(folder / "IMG_0002.jpg"), photograph(render(BACK), seed=9)),
    )


def _sides(lib: Path) -> list[tuple[int, str]]:
    con = sqlite3.connect(lib / "cardbook.sqlite3")
    try:
        return con.execute("SELECT contact_id, side FROM card_images ORDER BY id").fetchall()
    finally:
        con.close()


def test_two_sided_import_makes_one_contact_with_both_sides(pair: tuple[str, str], tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    result = run(lib, "scan", *pair, "--json", "--import", "--two-sided")
    assert result.returncode == 0, result.stderr
    front, back = (json.loads(line) for line in result.stdout.splitlines())
    assert front["back_of"] is None and back["back_of"] == front["contact_id"] == back["contact_id"]
    assert "Imported 1 card (1 back joined to its front), awaiting review" in result.stderr
    assert _sides(lib) == [(front["contact_id"], "front"), (front["contact_id"], "back")]
    shown = json.loads(run(lib, "contact", str(front["contact_id"]), "--json").stdout)
    assert shown["name"] == "Margaux Vidal" and "+33299001122" in [p["e164"] for p in shown["phones"]]
    assert "Title on the back: Purchasing Manager" in shown["notes"]


def test_a_nameless_back_is_proposed_and_joined_with_cardbook_back(pair: tuple[str, str], tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    result = run(lib, "scan", *pair, "--json", "--import")
    assert result.returncode == 0, result.stderr
    front, back = (json.loads(line) for line in result.stdout.splitlines())
    assert back["back_proposal"] == {"contact_id": front["contact_id"], "reason": "same domain atelier-brunel.fr"}
    hint = f"to join them: cardbook back {front['contact_id']} {back['contact_id']}"
    assert f"{pair[1]}: looks like the back of the previous card" in result.stderr and hint in result.stderr
    assert len({contact for contact, _ in _sides(lib)}) == 2, "proposed only: still two contacts"

    joined = run(lib, "back", str(front["contact_id"]), str(back["contact_id"]))
    assert joined.returncode == 0, joined.stderr
    assert joined.stdout.strip() == (
        f"Card of {back['contact_id']} added as the back of {front['contact_id']} (Margaux Vidal)."
    )
    assert _sides(lib) == [(front["contact_id"], "front"), (front["contact_id"], "back")]
    again = run(lib, "back", str(front["contact_id"]), str(back["contact_id"]))
    assert again.returncode == 1 and again.stderr.count("\n") == 1, "the back is gone: one line, no traceback"
    assert run(lib, "check").returncode == 0


def test_two_sided_without_import_is_refused(pair: tuple[str, str], tmp_path: Path) -> None:
    result = run(tmp_path / "lib", "scan", *pair, "--two-sided")
    assert result.returncode == 2
    assert "--two-sided only apply with --import" in result.stderr


def test_a_back_without_its_front_is_kept_on_its_own_and_a_lone_last_photo_is_said(
    pair: tuple[str, str], tmp_path: Path
) -> None:
    blank = save(str(tmp_path / "IMG_0000.jpg"), photograph(render(Card([]))))  # a front where nothing is read
    lib = tmp_path / "lib"
    result = run(lib, "scan", blank, pair[1], pair[0], "--json", "--import", "--two-sided")
    assert result.returncode == 0, result.stderr
    assert "--two-sided: 3 photos, the last one has no back" in result.stderr
    assert f"{pair[1]}: no card was read on the photo before it (its front): stored as a card of its own" in (
        result.stderr
    )
    records = {r["image"]: r for r in (json.loads(line) for line in result.stdout.splitlines())}
    assert "contact_id" not in records[blank]
    assert records[pair[1]]["back_of"] is None and records[pair[0]]["back_of"] is None
    assert [side for _, side in _sides(lib)] == ["front", "front"], "nothing joined to a card it is not the back of"
