"""An "E"/"Mail" label OCR glued before an e-mail's local part is taken off when the name the card prints
spells the rest (particles and initials included), and kept otherwise (cardbook.ocr.mail_labels)."""

from __future__ import annotations

from cardbook.ocr.mail_labels import name_forms, without_glued_label
from cardbook.ocr.parse_card import parse_text

PEOPLE = (("Henrik", "van Dalen"), ("Sabine", "von der Mühl"), ("Tomas", "de la Vega"))


def _card(first: str, last: str, printed: str) -> list[str]:
    card = f"{first} {last}\nPartner\nHolm & Berg Advocaten\n{printed}\nT +31 20 123 4567"
    return [email.value for email in parse_text(card, "NL").emails]


def _local(first: str, last: str) -> str:
    squashed = "".join(last.lower().replace("ü", "u").split())
    return f"{first[0].lower()}.{squashed}"


def test_a_glued_label_before_an_initial_and_a_particle_name() -> None:
    for first, last in PEOPLE:
        local = _local(first, last)
        for label in ("E", "Mail"):
            assert _card(first, last, f"{label}{local}@holmberg.nl") == [f"{local}@holmberg.nl"], label


def test_a_mailbox_the_name_spells_with_its_first_letter_keeps_it() -> None:
    # "Ed Kenneth": "ekenneth" is the initial and the family name, no label
    assert without_glued_label("ekenneth@firm.com", "ekenneth", ["Ed Kenneth"]) == "ekenneth@firm.com"
    assert without_glued_label("emma@firm.com", "emma", ["Emma Stone"]) == "emma@firm.com"


def test_a_mailbox_no_name_spells_is_left_as_read() -> None:
    assert without_glued_label("esales@firm.com", "esales", ["Ana Lima"]) == "esales@firm.com"
    assert "svonstey" in name_forms(["Dr. Stanislaw von Stey"])
