"""Learning from the user's corrections: a real library, the real parser, the review accepted through the same
storage service the window uses (`update_contact` with status active)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cardbook.app.learning import learned_summary, load_hints, reset_learning
from cardbook.app.scanned_card import scanned_card
from cardbook.domain.contact import Contact
from cardbook.domain.corrections import Relabel, card_domains, person_names, web_domain
from cardbook.domain.enums import ContactStatus
from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.pipeline import CardResult
from cardbook.storage.contacts.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.contacts.corrections import load_corrections
from cardbook.storage.contacts.records import delete_contact, get_contact, update_contact
from cardbook.storage.library import Library

NORDVIK = """Ingrid Solberg
Head of Operations
Tel: +47 22 33 44 55
ingrid.solberg@nordvik-ops.no"""

NORDVIK_AGAIN = """Lars Berg
Field Technician
Tel: +47 22 33 44 66
lars.berg@nordvik-ops.no"""


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "lib")
    yield lib
    lib.close()


def _import(library: Library, text: str) -> Contact:
    """A card read from ``text`` by the real parser (with what the library learned), stored for review."""
    fields = parse_text(text, "FR", load_hints(library))
    card = scanned_card(CardResult(image_path="", card_index=0, fields=fields, text=text))
    return get_contact(library, store_scanned_card(library, card, ExchangeDefaults()))


def _accept(library: Library, contact: Contact, **kept: Any) -> Contact:
    """The review page's Accept: the form's values saved with status active."""
    return update_contact(library, dataclasses.replace(contact, status=ContactStatus.ACTIVE, **kept))


def test_domains_are_registrable_and_names_split() -> None:
    assert web_domain("jo@mail.acme.co.uk") == "acme.co.uk"
    assert web_domain("https://www.acme.fr/contact") == "acme.fr"
    assert web_domain("localhost") == ""
    assert card_domains(["a@x.acme.fr"], ["www.acme.fr", "acme.de"]) == ("acme.fr", "acme.de")
    assert person_names("Tsegaye Bekele") == (["tsegaye"], ["bekele"])
    assert person_names("DUPONT Jean") == (["jean"], ["dupont"])
    assert person_names("Ana Lima, MBA", given="Ana Maria") == (["ana maria"], [])


def test_accepting_a_reviewed_card_records_what_was_proposed_and_kept(library: Library) -> None:
    contact = _import(library, NORDVIK)
    assert contact.company == "Nordvik Ops"  # the reader's guess from the domain
    _accept(library, contact, company="Nordvik Operations AS")

    rows = {r.correction.field: r.correction for r in load_corrections(library)}
    company = rows["company"]
    assert (company.proposed, company.kept, company.changed) == ("Nordvik Ops", "Nordvik Operations AS", True)
    assert company.domains == ("nordvik-ops.no",)
    assert rows["name"].kept == "Ingrid Solberg" and not rows["name"].changed
    assert rows["name"].lines == ("Ingrid Solberg",), "the line texts the proposal came from"
    assert rows["emails"].kept == "ingrid.solberg@nordvik-ops.no"


def test_editing_in_review_records_nothing_and_undo_forgets(library: Library) -> None:
    contact = _import(library, NORDVIK)
    still = update_contact(library, dataclasses.replace(contact, title="COO"))  # saved, still awaiting review
    assert load_corrections(library) == []
    accepted = _accept(library, still)
    assert load_corrections(library)
    undone = update_contact(library, dataclasses.replace(accepted, status=ContactStatus.AWAITING_REVIEW))  # undo
    assert load_corrections(library) == []
    # Redo: the accepted values again, from the version the undo left (as the window's undo steps do).
    _accept(library, dataclasses.replace(accepted, version=undone.version))  # one review, not two
    assert learned_summary(library).reviews == 1


def test_company_corrected_for_a_domain_is_proposed_for_the_next_card(library: Library) -> None:
    _accept(library, _import(library, NORDVIK), company="Nordvik Operations AS")
    fields = parse_text(NORDVIK_AGAIN, "FR", load_hints(library))
    assert fields.company is not None
    assert (fields.company.value, fields.company.source) == ("Nordvik Operations AS", "learned")
    # Stored with its source, so the review page can say "from your earlier correction".
    stored = _import(library, NORDVIK_AGAIN)
    assert stored.company == "Nordvik Operations AS"
    from cardbook.storage.contacts.cards import cards_of

    [card] = cards_of(library, stored.id or 0)
    assert card.proposals["company"][0].source == "learned"


def test_a_company_with_its_legal_form_on_the_card_beats_the_learned_one(library: Library) -> None:
    _accept(library, _import(library, NORDVIK), company="Nordvik Operations AS")
    reseller = NORDVIK_AGAIN.replace("Field Technician", "Field Technician\nPolar Service Partner GmbH")
    fields = parse_text(reseller, "FR", load_hints(library))
    assert fields.company is not None and fields.company.source == "ocr"
    assert fields.company.value == "Polar Service Partner GmbH"


def test_webmail_domains_teach_no_company(library: Library) -> None:
    card = "Paul Girard\nSales Manager\npaul.girard@gmail.com"
    _accept(library, _import(library, card), company="Girard Conseil")
    assert learned_summary(library).companies == ()
    fields = parse_text("Anne Morel\nparis.anne@gmail.com", "FR", load_hints(library))
    assert fields.company is None


def test_a_name_the_user_typed_joins_the_names_the_reader_knows(library: Library) -> None:
    card = "Tsegaye Bekele\nStrategy and growth\nTel: +33 1 23 45 67 89\ncontact@lumenbridge.fr"
    first = _import(library, card)
    assert first.full_name == "", "a first name the shipped data does not know: the reader misses it"
    _accept(library, first, full_name="Tsegaye Bekele", company="Lumenbridge")
    names = {(n.name, n.kind) for n in learned_summary(library).names}
    assert {("tsegaye", "first"), ("bekele", "family")} <= names

    other = "Tsegaye Alemu\nTel: +33 1 23 45 67 80\nhello@alemu-design.fr"
    assert parse_text(other, "FR").name is None
    fields = parse_text(other, "FR", load_hints(library))
    assert fields.name is not None and (fields.name.value, fields.name.source) == ("Tsegaye Alemu", "learned")


def test_a_line_moved_from_title_to_company_teaches_the_labeller(library: Library) -> None:
    card = "Jonas Weber\nDigital Strategy Partners\njonas@wbr.de"
    first = _import(library, card)
    assert first.title == "Digital Strategy Partners" and first.company == "Wbr"
    _accept(library, first, title=None, company="Digital Strategy Partners")
    [moved] = learned_summary(library).lines
    assert (moved.text, moved.proposed, moved.kept) == ("Digital Strategy Partners", "title", "company")
    company = next(r.correction for r in load_corrections(library) if r.correction.field == "company")
    assert company.relabelled == (Relabel("Digital Strategy Partners", "title", "company"),)

    second = "Lena Koch\nDIGITAL STRATEGY PARTNERS\nlena@dsp-consult.de"
    before = parse_text(second, "FR")
    assert before.title is not None and before.title.value == "DIGITAL STRATEGY PARTNERS", "the reader's mistake"
    learned = parse_text(second, "FR", load_hints(library))
    assert learned.company is not None and learned.company.value == "DIGITAL STRATEGY PARTNERS"
    assert learned.company.source == "learned" and learned.company.lines == (1,)
    assert learned.title is None, "a line holds one field"


def test_a_line_taken_out_of_its_field_is_left_out_next_time(library: Library) -> None:
    card = "Jonas Weber\nDigital Strategy Partners\njonas@wbr.de"
    _accept(library, _import(library, card), title=None)  # not a title; the user leaves the title empty
    [moved] = learned_summary(library).lines
    assert (moved.proposed, moved.kept) == ("title", "other")
    fields = parse_text("Mia Roth\nDigital Strategy Partners\nmia@roth.de", "FR", load_hints(library))
    assert fields.title is None and 1 in fields.other_lines


def test_deleting_the_contact_keeps_what_was_learned_and_reset_clears_it(library: Library) -> None:
    contact = _accept(library, _import(library, NORDVIK), company="Nordvik Operations AS")
    delete_contact(library, contact.id or 0)
    summary = learned_summary(library)
    assert [(c.domain, c.company) for c in summary.companies] == [("nordvik-ops.no", "Nordvik Operations AS")]
    assert all(r.contact_id is None for r in load_corrections(library))

    removed = reset_learning(library)
    assert removed.reviews == 1 and removed.companies
    assert load_corrections(library) == [] and load_hints(library) is None
    company = parse_text(NORDVIK_AGAIN, "FR", load_hints(library)).company
    assert company is not None and company.value != "Nordvik Operations AS" and company.source == "ocr"


def test_fixing_a_learned_company_holds_from_the_next_card(library: Library) -> None:
    _accept(library, _import(library, NORDVIK), company="Nordvik Ops AS")
    second = _import(library, NORDVIK_AGAIN)
    assert second.company == "Nordvik Ops AS"
    _accept(library, second, company="Nordvik Operations AS")
    [learned] = learned_summary(library).companies
    assert (learned.company, learned.count) == ("Nordvik Operations AS", 1)
    third = _import(library, NORDVIK_AGAIN.replace("Lars Berg", "Kari Nilsen"))
    assert third.company == "Nordvik Operations AS"
    from cardbook.app.learning import learned_fields
    from cardbook.storage.contacts.cards import cards_of

    [card] = cards_of(library, third.id or 0)
    assert learned_fields(card.proposals) == ["company"]
