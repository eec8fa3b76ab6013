"""A firm's line with an umlaut matches its host written with "ae"/"oe"/"ue" (firm_evidence.umlaut_spellings),
and a bare handle with a hyphen is a handle, never the firm (parse_contacts' bare handles)."""

from __future__ import annotations

from cardbook.ocr.firm_evidence import domain_affinity
from cardbook.ocr.lexicon import words_of
from cardbook.ocr.parse_card import parse_text


def test_an_umlaut_matches_its_two_letter_spelling_in_the_host() -> None:
    for firm, host in (("Kern Müller Steuerberater", "mueller-steuerberater"), ("Bäcker Hölzl", "baeckerhoelzl")):
        assert domain_affinity(words_of(firm), [host]) >= 0.85, firm
        assert domain_affinity(words_of(firm), ["bluewater-partners"]) < 0.5, firm


def test_a_hyphenated_handle_is_no_firm_and_the_printed_firm_is() -> None:
    card = (
        "Kern Müller Steuerberater\nJONAS WEBER\nSteuerberater\nT +49 30 1234567\n@mueller-steuerberater\n"
        "E jonas@mueller-steuerberater.de\nwww.mueller-steuerberater.de"
    )
    fields = parse_text(card, "DE")
    assert fields.company is not None and fields.company.value == "Kern Müller Steuerberater"
    assert "@mueller-steuerberater" in [value.value for value in fields.social]
