"""The card's own country and its phone numbers, through the real parser (no mocks)."""

from __future__ import annotations

import pytest

from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.parse_phones import find_phones
from cardbook.ocr.region import decide_region, default_region

from .region_cases import NOT_PHONES, RegionCase, cases

CASES = cases(seed=3, per_country=3)


@pytest.mark.parametrize("case", CASES, ids=[f"{c.country}-{i}" for i, c in enumerate(CASES)])
@pytest.mark.parametrize("default", ["FR", "US", "BR"])
def test_each_country_is_decided_from_the_card_and_its_numbers_normalised(case: RegionCase, default: str) -> None:
    fields = parse_text("\n".join(case.lines), region=default)
    assert fields.region is not None
    assert (fields.region.region, fields.region.source) == (case.country, "card"), fields.region.why()
    assert [(p.number, p.e164) for p in fields.phones] == list(case.phones)


@pytest.mark.parametrize(("country", "line"), [(c, line) for c, lines in NOT_PHONES.items() for line in lines])
def test_postcodes_identifiers_and_dates_are_never_phones(country: str, line: str) -> None:
    decision = decide_region(["Someone", line], country)
    assert find_phones(line, decision) == []


def test_zip_plus_four_is_no_french_fax() -> None:
    fields = parse_text("Jane Roe\n73 Library Way, Palo Alto\nCA 94110-2233\nFax (650) 253-0001")
    assert fields.region is not None and fields.region.region == "US"
    assert [(p.number, p.kind, p.e164) for p in fields.phones] == [("(650) 253-0001", "fax", "+16502530001")]


def test_a_brazilian_mobile_is_not_forced_into_france() -> None:
    fields = parse_text("Ótica da Jô\nRua das Flores, 994 - Jd. Fernandes - SP\nCel 9.4000-4561", region="FR")
    assert [(p.number, p.kind, p.e164) for p in fields.phones] == [("9.4000-4561", "mobile", None)]


def test_numbers_with_their_country_code_keep_their_country() -> None:
    fields = parse_text(
        "Ana Souza\nRua Boa Vista, 254\nCEP 01014-000 São Paulo\nTel +1 650 253 0000\nCel 0033 6 12 34 56 78"
    )
    assert [p.e164 for p in fields.phones] == ["+16502530000", "+33612345678"]


def test_country_names_in_other_languages_and_domains_decide() -> None:
    assert decide_region(["Musterweg 4", "1010 Wien, Österreich"], "FR").region == "AT"
    assert decide_region(["Calle 5", "Ciudad de México, México"], "FR").region == "MX"
    assert decide_region(["Maria", "maria@loja.com.br"], "FR").region == "BR"
    assert decide_region(["Maria", "www.studio.io"], "DE").source == "default"


def test_language_decides_when_nothing_else_does() -> None:
    decision = decide_region(["Entregamos em domicílio de segunda a sábado", "Flores e presentes"], "FR")
    assert (decision.region, decision.source) == ("BR", "card")
    assert any(item.kind == "language" for item in decision.evidence)


def test_default_region_only_when_the_card_says_nothing() -> None:
    fields = parse_text("Kim Lee\n2294 9484", region="BR")
    assert fields.region is not None
    assert (fields.region.region, fields.region.source) == ("BR", "default")
    assert "default region" in fields.region.why()
    # The default is a guess: the number keeps no country the card does not show.
    assert [p.e164 for p in fields.phones] == [None]


def test_default_region_follows_the_system_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "pt_BR.UTF-8")
    assert default_region() == "BR"
    monkeypatch.setenv("LC_ALL", "C")
    monkeypatch.setenv("LC_CTYPE", "")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert default_region() == "DE"


def test_labels_give_the_kind_in_many_languages() -> None:
    decision = decide_region(["Rua X, 1 - SP"], "BR")
    kinds = [p.kind for p in find_phones("WhatsApp (11) 98834-2207 Fone (11) 2745-3310", decision)]
    assert kinds == ["mobile", "work"]
    assert [p.kind for p in find_phones("Handy 0151 23456789", ["DE"])] == ["mobile"]
    assert [p.kind for p in find_phones("Móvil 612 345 678", ["ES"])] == ["mobile"]
    assert [p.kind for p in find_phones("Cellulare 347 123 4567", ["IT"])] == ["mobile"]


def test_language_identifier_keeps_only_the_languages_it_is_asked_about() -> None:
    # Memory: the full model (every language py3langid knows) must not stay alive beside the restricted one.
    from cardbook.ocr import region

    identifier = region._language_identifier()
    kept_weights = identifier._full_model[0]  # type: ignore[attr-defined]
    assert kept_weights is identifier.nb_ptc  # type: ignore[attr-defined]
    assert kept_weights.shape[1] == len(set(region.LANGUAGE_REGIONS))
    assert region.language_of(["Nous sommes heureux de vous accueillir dans notre magasin"])[0] == "fr"
