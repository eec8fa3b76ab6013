"""`cardbook scan --import`: a photographed card becomes a contact awaiting review, with its exchange."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from tests.cli.test_cli import run

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _photo(path: Path) -> Path:
    card = Image.new("RGB", (1050, 600), "white")
    draw = ImageDraw.Draw(card)
    draw.text((60, 60), "Hélène Leroy", font=ImageFont.truetype(BOLD, 56), fill="black")
    draw.text((60, 140), "Directrice commerciale", font=ImageFont.truetype(FONT, 34), fill="black")
    draw.text((60, 200), "Quadrant Ingénierie SAS", font=ImageFont.truetype(FONT, 34), fill="black")
    draw.text((60, 330), "Port. 07 41 43 33 77", font=ImageFont.truetype(FONT, 30), fill="black")
    draw.text((60, 380), "helene.leroy@quadrant-ingenierie.fr", font=ImageFont.truetype(FONT, 30), fill="black")
    desk = Image.new("RGB", (1600, 1200), (90, 110, 95))
    desk.paste(card, (250, 280))
    desk.save(path, quality=90)
    return path


def test_scan_import_stores_contact_images_and_exchange(tmp_path: Path) -> None:
    photo = _photo(tmp_path / "IMG_0412.jpg")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"%PDF-1.7\n")
    lib = tmp_path / "lib"
    result = run(
        lib,
        "scan",
        str(photo),
        str(broken),
        "--json",
        "--import",
        "--event",
        "Club Rennes",
        "--date",
        "2026-11-20",
        "--offered-by",
        "them",
        "--reciprocated",
        "no",
    )
    assert result.returncode == 1, "one file failed, so the status says so"
    assert f"cardbook: {broken}:" in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    good = [r for r in records if r["image"] == str(photo)]
    assert good and good[0]["name"] == "Hélène Leroy"

    found = run(lib, "search", "quadrant", "--json")
    [contact] = [json.loads(line) for line in found.stdout.splitlines()]
    assert contact["name"] == "Hélène Leroy"
    assert contact["status"] == "review"
    assert contact["exchange"] == "from_them" and contact["last_met"] == "2026-11-20"

    con = sqlite3.connect(lib / "cardbook.sqlite3")
    [(text, words, fields)] = con.execute("SELECT ocr_text, words_json, fields_json FROM card_images").fetchall()
    [(event,)] = con.execute("SELECT name FROM events").fetchall()
    con.close()
    assert "Quadrant" in text and json.loads(words) and "name" in json.loads(fields)
    assert event == "Club Rennes"
    assert len(list((lib / "images").rglob("*.*"))) == 2, "the photo and the straightened card"
    assert run(lib, "check").returncode == 0
