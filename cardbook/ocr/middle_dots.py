"""A middle dot or a bullet between the parts of a line, read by OCR as "+".

Fine print and one-line addresses set their parts apart with "·" or "•" ("Firm PLC · 72 Street · Town ·
Country"). Small type's dot is often read as "+", and the parser's marks of a part's end ("·", "•", "|") then
miss it: the firm's legal name stays inside the address. A "+" with a space on each side is no phone's "+"
(that one touches its digits) and seldom joins words ("Venda + Instalação" on a shop's card does); a line
holding it ``MIN_PLUS_SEPARATORS`` times or more and a digit (a street number or a postcode: the fine print
of an address, not a list of services) is a line of parts, each "+" a dot.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from cardbook.ocr.fields import CardLine

# Two "+" between words on one line make it a line of parts: a trade's list may join two words with one "+".
MIN_PLUS_SEPARATORS = 2
_PLUS = " + "
_DOT = " · "


def plus_read_for_dots(lines: Sequence[CardLine]) -> list[CardLine]:
    """``lines`` with each line of parts whose dots OCR read as "+" written with "·" (see the docstring)."""
    result: list[CardLine] = []
    for line in lines:
        text = line.text
        if text.count(_PLUS) >= MIN_PLUS_SEPARATORS and any(ch.isdigit() for ch in text):
            line = dataclasses.replace(line, text=text.replace(_PLUS, _DOT))
        result.append(line)
    return result
