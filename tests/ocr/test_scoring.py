"""The scoring rules of cards/SCHEMA.md, as ``python -m cardbook.ocr.evaluate`` applies them."""

from __future__ import annotations

from cardbook.ocr.scoring import (
    same_address,
    same_phone,
    same_text,
    same_website,
    score_card,
    text_errors,
)


def test_field_equality_rules() -> None:
    assert same_text("Hélène LEROY", "hélène leroy")
    assert same_text("Fabrikam, Inc", "Fabrikam Inc.")
    assert not same_text("Helene Leroy", "Hélène Leroy")  # accents are part of the text
    assert same_phone("+33 (0)7 41 43 33 77", "07 41 43 33 77")
    assert same_phone("+1 650 853 3000", "(650) 853-3000")
    assert not same_phone("650 853 3001", "(650) 853-3000")
    assert same_website("https://www.Example.fr/", "example.fr")
    assert same_address("The Counter Palo Alto Palo Alto CA 94306", "Palo Alto CA 94306")
    assert not same_address("12 rue de la Paix", "26 rue du Faubourg Saint-Honoré, 35000 Rennes")


def test_card_score_counts_and_no_edit() -> None:
    truth = {
        "name": "Ben Congleton",
        "title": None,
        "company": "nethernet",
        "emails": ["bc@nethernet.com"],
        "phones": [{"number": "(703) 867-0135", "kind": "mobile"}],
        "websites": ["www.nethernet.com"],
        "address": None,
    }
    perfect = {
        "name": "Ben Congleton",
        "title": None,
        "company": "NETHERNET",
        "emails": ["BC@nethernet.com"],
        "phones": [{"number": "+1 703-867-0135", "e164": None, "kind": "other"}],
        "websites": ["http://nethernet.com/"],
        "address": None,
    }
    assert score_card(perfect, truth).needs_no_edit
    wrong = dict(perfect, title="Web solutions", emails=[])
    score = score_card(wrong, truth)
    assert not score.needs_no_edit
    assert (score.counts["title"].fp, score.counts["title"].fn) == (1, 0)
    assert (score.counts["emails"].tp, score.counts["emails"].fn) == (0, 1)
    assert score.counts["phones"].tp == 1


def test_text_errors_are_order_free_word_edits() -> None:
    assert text_errors("Phone 555 Jean Dupont", ["Jean Dupont", "Phone 555"]) == (0, 18)
    edits, total = text_errors("Jean Dupomt", ["Jean Dupont"])
    assert (edits, total) == (1, 10)
    # A missing word costs its length; an invented word costs its length too.
    assert text_errors("Jean", ["Jean Dupont"]) == (6, 10)
    assert text_errors("Jean Dupont xyz", ["Jean Dupont"]) == (3, 10)
