"""The repairs of a line's text that run on every card line before the parser and the card's text see it.

Each repair reads only the line's own shape or a data list and leaves every other word as read: the letters
read inside numbers and the spaces lost before them (``number_letters``), a German "ß" read as "B" or "$"
(``sharp_s``). What each mends and breaks: ``python -m tests.ocr.repair_measure`` (docs/MEASURING.md, "Text the
engines read wrong").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from cardbook.ocr.fields import CardLine
from cardbook.ocr.number_letters import repaired_number_text
from cardbook.ocr.sharp_s import with_sharp_s


def repaired_text(text: str) -> str:
    """One line's text with every repair applied."""
    return with_sharp_s(repaired_number_text(text))


def with_line_repairs(lines: Sequence[CardLine]) -> list[CardLine]:
    """The card's lines with their text repaired; a line no repair changes is the same object."""
    out: list[CardLine] = []
    for line in lines:
        text = repaired_text(line.text)
        out.append(line if text == line.text else replace(line, text=text))
    return out
