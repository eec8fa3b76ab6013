"""Accented letters misread as another letter on photos, written back from the language's data
(cardbook.ocr.accent_misreads)."""

from __future__ import annotations

from cardbook.ocr import accent_misreads, card_spellings
from cardbook.ocr.parse_card import parse_text


def test_an_acute_e_read_as_o_comes_back_where_only_the_accented_word_exists() -> None:
    assert accent_misreads.respelled_word("Solidarito", "fr") == "Solidarité"
    assert accent_misreads.respelled_word("RANDONNOE", "fr") == "RANDONNÉE"
    # One accent read for another ("ê" read "é": letter_confusions' DEFAULT_READINGS).
    assert accent_misreads.respelled_word("fétes", "fr") == "fêtes"


def test_words_read_as_words_stay() -> None:
    # "logo" and "stylo" are French words beside "logé" and "stylé"; "radio" English and French.
    for word in ("logo", "Stylo", "Radio", "Bistro", "Photo"):
        assert accent_misreads.respelled_word(word, "fr") == word
    # Short words are left: "Pro" beside "pré".
    assert accent_misreads.respelled_word("Pro", "fr") == "Pro"
    # A first name in a firm is no misread word.
    assert accent_misreads.respelled_word("Mario", "fr") == "Mario"


def test_a_first_name_read_with_a_misread_accent_is_spelled_as_france_writes_it() -> None:
    assert accent_misreads.respelled_name("Gorard") == "Gérard"
    assert accent_misreads.respelled_name("ANDRO") == "ANDRÉ"
    assert accent_misreads.respelled_name("Noél") == "Noël"
    # Names France lists as read, and surnames with no French first name among their respellings, stay.
    for word in ("Hugo", "Bruno", "Roger", "Morel", "Dupont", "Léo"):
        assert accent_misreads.respelled_name(word) == word


def test_only_the_measured_language_is_respelled() -> None:
    assert accent_misreads.with_misread_accents("Solidarito", "pt") == "Solidarito"
    assert accent_misreads.with_misread_accents("Gorard", "es", name=True) == "Gorard"


def test_a_french_cards_name_title_and_firm_get_their_accents_back() -> None:
    card = (
        "Gorard-Andro MOREL\nCharge de mission\nComité de Solidarito\n12 rue des Lilas\n75011 Paris\n"
        "Tél. 01 43 55 12 34\ng.morel@solidarite-morel.fr"
    )
    fields = parse_text(card)
    assert fields.name is not None and fields.name.value == "Gérard-André MOREL"
    assert fields.company is not None and fields.company.value == "Comité de Solidarité"
    # The same lines on a card whose country nobody can tell stay as read.
    bare = parse_text("Gorard MOREL\nComité de Solidarito\ng.morel@example.com")
    assert bare.name is not None and bare.name.value == "Gorard MOREL"


def test_a_word_the_card_prints_with_its_accents_elsewhere_gets_them_back() -> None:
    card = (
        "Ville de Saint Eloi\nMarion LEFORT\nAdjointe au Maire\nPlace de la Mairie - 21130 SAINT ÉLOI\n"
        "Tél. 03 80 12 34 56\nwww.mairie-saint-eloi.fr"
    )
    fields = parse_text(card)
    assert fields.company is not None and fields.company.value == "Ville de Saint Éloi"
    # Two accented spellings of the same letters on the card: neither is taken.
    assert card_spellings.card_spellings(["SAINT ÉLOI", "Saint Èloi"]) == {}
    assert card_spellings.with_card_spellings("Saint Eloi", {"eloi": "éloi"}) == "Saint Éloi"
