"""The repairs of a line's text that run on every card line before the parser and the card's text see it.

Each repair reads only the line's own shape or a data list and leaves every other word as read: the letters
read inside numbers and the spaces lost before them (``number_letters``), a German "ß" read as "B" or "$"
(``sharp_s``), and a separator glued to the word after it (rule "hyphen glued"): a bullet or a dash between a
line's parts ("Reformas • Vendas", "2482 - Parque Aurora") read as a "-" touching the next word ("-Parque"). A word
never begins with a hyphen (a word broken over two lines ends with one), so the hyphen after another word is
spaced from it; a number after it ("-5 %") is left. And an "l" in a bracketed two-capital code (rule "l in a
code"): Italian addresses end with their province's code in brackets ("50123 Firenze (FI)"), and the engines
read its "I" as "l" beside a capital ("(Fl)"); no such code holds a lower-case letter. What each mends and
breaks: ``python -m tests.ocr.repair_measure`` (docs/MEASURING.md, "Text the engines read wrong").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from cardbook.ocr.fields import CardLine
from cardbook.ocr.number_letters import repaired_number_text
from cardbook.ocr.sharp_s import with_sharp_s

# A hyphen at a word's start, after another word of the line (a separator stands between parts: at the line's
# start the "-" was a letter as often, a wordmark's capital read so on wordmark_set's held-out seed), then two
# letters at least (one letter after it may be a list's "-a" marker).
_GLUED_HYPHEN = re.compile(r"(?<=\S\s)-(?=[^\W\d_]{2})")


def spaced_leading_hyphen(text: str) -> str:
    """``text`` with a hyphen glued to the start of a word spaced from it (rule "hyphen glued")."""
    return _GLUED_HYPHEN.sub("- ", text)


# Two letters in brackets, one a capital and the other "l": a province's or a state's code. Not beside an "I":
# "(Il)" may as well be a numeral or a word.
_CODE_WITH_L = re.compile(r"\((?:([A-HJ-Z])l|l([A-HJ-Z]))\)")


def capital_i_in_code(text: str) -> str:
    """``text`` with the "l" of a bracketed two-capital code written "I" (rule "l in a code")."""
    return _CODE_WITH_L.sub(lambda m: f"({m.group(1)}I)" if m.group(1) else f"(I{m.group(2)})", text)


def repaired_text(text: str) -> str:
    """One line's text with every repair applied."""
    return capital_i_in_code(spaced_leading_hyphen(with_sharp_s(repaired_number_text(text))))


def with_line_repairs(lines: Sequence[CardLine]) -> list[CardLine]:
    """The card's lines with their text repaired; a line no repair changes is the same object."""
    out: list[CardLine] = []
    for line in lines:
        text = repaired_text(line.text)
        out.append(line if text == line.text else replace(line, text=text))
    return out
