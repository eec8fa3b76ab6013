"""``tests.ocr.parse_cache``: cached lines re-parsed give what the parser gives on the lines themselves, and
are scored as ``evaluate`` scores a card."""

from __future__ import annotations

import json
from pathlib import Path

from cardbook.ocr.fields import CardLine
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.types import Box

from .parse_cache import _line_record, card_lines, field_f1, load, reparse, score

ROWS = [
    ("Quillfern Joinery Ltd", 40.0),
    ("Oriane Valcourt", 28.0),
    ("Head of Procurement", 18.0),
    ("12 Mossgate Lane", 16.0),
    ("Leeds LS1 4AB", 16.0),
    ("Tel. 0113 496 0123", 16.0),
    ("oriane.valcourt@quillfern.co.uk", 16.0),
]


def _lines() -> list[CardLine]:
    lines, top = [], 30
    for index, (text, height) in enumerate(ROWS):
        box = Box(50, top, int(0.55 * height * len(text)), int(height * 1.2))
        lines.append(CardLine(index, text, box, height, 0.9))
        top += int(height * 1.7)
    return lines


def test_cached_lines_parse_as_the_lines_themselves(tmp_path: Path) -> None:
    lines = _lines()
    records = [_line_record(line) for line in lines]
    assert card_lines(json.loads(json.dumps(records))) == lines  # the JSON round trip keeps every line
    expected = parse_lines(lines, "GB")
    assert expected.name is not None and expected.company is not None
    truth = {
        "name": expected.name.value,
        "title": expected.title.value if expected.title else None,
        "company": "Another Firm Ltd",  # scored as a miss
        "emails": [item.value for item in expected.emails],
        "phones": [{"number": phone.number} for phone in expected.phones],
        "websites": [],
        "address": expected.address.value if expected.address else None,
        "lines": [text for text, _ in ROWS],
    }
    card = {"lines": records, "region": "GB", "qr": []}
    record = {"path": "card.jpg", "folder": ".", "truth": truth, "cards": [card]}
    outcome = reparse(record)
    assert outcome.predicted["name"] == expected.name.value
    assert outcome.predicted["company"] == expected.company.value
    assert outcome.score.counts["name"].tp == 1 and outcome.score.counts["company"].fn == 1
    cache = tmp_path / "cache.json"
    cache.write_text(json.dumps([record]), encoding="utf-8")
    figures = field_f1(score(load([cache])))
    assert figures["name"] == 1.0 and figures["company"] == 0.0 and figures["no_edit"] == 0
