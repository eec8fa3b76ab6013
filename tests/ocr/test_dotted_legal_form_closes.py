"""A firm's name ending with a dotted legal form ("a.s.", "S.r.l.", "B.V.") is complete: the tagline set under it
is not joined to it (cardbook.ocr.parse_company._grow_block, as an undotted "LTDA" already did)."""

from __future__ import annotations

import pytest

from cardbook.ocr.fields import CardLine
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.types import Box

# A firm's line over its tagline (products named after a colon, as an exhibitor prints them), the person below.
_TAGLINE = "Ocelové konstrukce : Svařování"


def _company(firm: str, region: str) -> str | None:
    # Made-up people and firms; boxes as a 300 dpi scan measures them.
    rows = [
        (firm, (192, 66, 390, 42), 33.0),
        (_TAGLINE, (192, 123, 504, 28), 27.0),
        ("Dana Whitlow", (63, 212, 436, 44), 44.0),
        ("Obchodní ředitel", (68, 282, 260, 26), 26.0),
        ("+420 206 555 018", (696, 352, 249, 23), 22.0),
        ("E-Mail dwhitlow@norvale-stavby.cz", (406, 434, 539, 30), 30.0),
    ]
    lines = [CardLine(index, text, Box(*box), height) for index, (text, box, height) in enumerate(rows)]
    fields = parse_lines(lines, region)
    return fields.company.value if fields.company else None


@pytest.mark.parametrize("firm", ["Norvale Stavby a.s.", "Norvale Stavby s.r.o.", "Norvale Stavby A.S."])
def test_a_dotted_legal_form_closes_the_name(firm: str) -> None:
    assert _company(firm, "CZ") == firm


def test_an_undotted_legal_form_closed_it_already() -> None:
    assert _company("Norvale Stavby AS", "CZ") == "Norvale Stavby AS"
