"""The region decision of a parsed card, as it is stored with the card (real parser)."""

from __future__ import annotations

import pytest

from cardbook.app.scanned_card import card_region
from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.region import FALLBACK_REGION, default_region


def test_a_brazilian_card_keeps_its_country_and_the_clues_for_it() -> None:
    fields = parse_text("Ana Souza\nAv. Paulista 1000\nCEP 01310-100 São Paulo\nana@loja.com.br", "FR")
    region = card_region(fields)
    assert region is not None and region.code == "BR" and region.from_card
    assert ("domain", ".com.br") in region.clues
    assert all(len(clue) == 2 for clue in region.clues)


def test_a_card_naming_no_country_says_the_default_decided() -> None:
    region = card_region(parse_text("Jean Dupont\nDirecteur", "DE"))
    assert region is not None and region.code == "DE" and not region.from_card and region.clues == ()


def test_the_system_country_comes_from_the_locale_and_c_names_none(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")
    assert default_region() == "BR"
    monkeypatch.setenv("LANG", "C.UTF-8")  # Python's getlocale() would say en_US
    assert default_region() == FALLBACK_REGION
