"""A title's scope line whose OCR box is far taller than its letters still joins the title when its letters
are as wide and it starts in the title's column right under it (cardbook.ocr.title_scope_boxes); narrower
letters, a line further down, a department or another column stay apart."""

from __future__ import annotations

import pytest

from cardbook.ocr.fields import CardLine
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.types import Box

from .line_cards import stacked_lines

# Made-up people and firms.
_ROWS = [
    ("Norvale Systems", 34.0),
    ("Dana Whitlow", 30.0),
    ("Vice President", 20.0),
    ("Business Development", 20.0),
    ("+1 312 555 0147", 16.0),
    ("dana@norvale.example", 16.0),
]
_SCOPE = 3
# How much taller than its letters OCR measured the scope's box on the scans (2.6 times at worst).
_INFLATION = 2.6


def _inflated(lines: list[CardLine], index: int, width_scale: float = 1.0, drop: int = 0) -> list[CardLine]:
    """The line at ``index`` with a box ``_INFLATION`` times its letters' height, grown downwards (as OCR
    grew it), its letters ``width_scale`` as wide, moved ``drop`` pixels down."""
    line = lines[index]
    assert line.box is not None
    height = line.height * _INFLATION
    box = Box(line.box.left, line.box.top + drop, int(line.box.width * width_scale), int(height * 1.2))
    return [*lines[:index], CardLine(line.index, line.text, box, height), *lines[index + 1 :]]


def _title(lines: list[CardLine]) -> str | None:
    fields = parse_lines(lines, "US")
    return fields.title.value if fields.title is not None else None


def test_the_scope_joins_when_its_box_alone_is_taller() -> None:
    lines = _inflated(stacked_lines(_ROWS), _SCOPE)
    assert _title(lines) == "Vice President, Business Development"


def test_a_smaller_type_stays_apart() -> None:
    # Letters two-thirds as wide: another type (a tagline, a department in small print), whatever the box.
    lines = _inflated(stacked_lines(_ROWS), _SCOPE, width_scale=0.68)
    assert _title(lines) == "Vice President"


def test_a_line_further_down_stays_apart() -> None:
    lines = _inflated(stacked_lines(_ROWS), _SCOPE, drop=60)  # three letters of gap under the title
    assert _title(lines) == "Vice President"


@pytest.mark.parametrize("under", ["Human Resources", "Sales Department"])
def test_a_department_with_a_tall_box_stays_apart(under: str) -> None:
    rows = [*_ROWS[:_SCOPE], (under, 20.0), *_ROWS[_SCOPE + 1 :]]
    lines = _inflated(stacked_lines(rows), _SCOPE)
    assert _title(lines) == "Vice President"


def test_another_column_stays_apart() -> None:
    lines = _inflated(stacked_lines(_ROWS), _SCOPE)
    scope = lines[_SCOPE]
    assert scope.box is not None
    moved = Box(scope.box.left + 400, scope.box.top, scope.box.width, scope.box.height)
    lines[_SCOPE] = CardLine(scope.index, scope.text, moved, scope.height)
    assert _title(lines) == "Vice President"
