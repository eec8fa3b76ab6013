"""The scoring rules of docs/EVALUATION_FORMAT.md, as ``python -m cardbook.ocr.evaluate`` applies them."""

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
    assert same_text("Norvale, Inc", "Norvale Inc.")
    assert not same_text("Helene Leroy", "Hélène Leroy")  # accents are part of the text
    assert same_phone("+33 (0)7 41 43 33 77", "07 41 43 33 77")
    assert same_phone("+1 617 432 7700", "(617) 432-7700")
    assert not same_phone("617 432 7701", "(617) 432-7700")
    assert same_website("https://www.Example.fr/", "example.fr")
    assert same_address("The Grill Salem Salem MA 01970", "Salem MA 01970")
    assert not same_address("12 rue de la Paix", "26 rue du Faubourg Saint-Honoré, 35000 Rennes")


def test_card_score_counts_and_no_edit() -> None:
    truth = {
        "name": "Ben Walker",
        "title": None,
        "company": "webfalcon",
        "emails": ["bw@webfalcon.com"],
        "phones": [{"number": "(703) 555-0148", "kind": "mobile"}],
        "websites": ["www.webfalcon.com"],
        "address": None,
    }
    perfect = {
        "name": "Ben Walker",
        "title": None,
        "company": "WEBFALCON",
        "emails": ["BW@webfalcon.com"],
        "phones": [{"number": "+1 703-555-0148", "e164": None, "kind": "other"}],
        "websites": ["http://webfalcon.com/"],
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


def test_the_card_scored_is_the_one_the_truth_describes_not_the_longest() -> None:
    from cardbook.ocr.evaluate import pick_card

    truth = ["Hélène Leroy", "Directrice commerciale", "helene.leroy@quadrant.example"]
    described = {"text": "Hélène Leroy\nDirectrice commerciale\nhelene.leroy@quadrant.example"}
    beside = {"text": "Atelier Vauban\nOdile Ferrand, architecte DPLG\n12 rue des Tanneurs\n67000 Strasbourg"}
    assert pick_card([beside, described], truth) is described
    half = {"text": "Hélène Leroy"}  # a card cut in two: the half holding more of the truth's words
    assert pick_card([half, described], truth) is described
    assert pick_card([{"text": ""}, {"text": "x"}], ["y"]) == {"text": "x"}  # a tie: the one with more text
