"""Every front end records a review the same way: storage does it when a contact leaves "awaiting review"."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from cardbook.domain.contact import Contact
from cardbook.domain.enums import ContactStatus
from cardbook.domain.scanned import FieldProposal, ScannedCard
from cardbook.storage.contacts.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.contacts.corrections import clear_corrections, count_corrections, load_corrections
from cardbook.storage.contacts.records import create_contact, delete_contact, get_contact, update_contact
from cardbook.storage.library import Library

TEXT = "Ana Lima\nOwner\nCasa Lima Ltda.\nana@casalima.com.br"


def _stored(library: Library) -> Contact:
    card = ScannedCard(
        contact=Contact(full_name="Ana Lima", title="Casa Lima Ltda.", emails=["ana@casalima.com.br"]),
        ocr_text=TEXT,
        proposals={
            "name": [FieldProposal("Ana Lima", 0.9, (0,))],
            "title": [FieldProposal("Casa Lima Ltda.", 0.5, (2,))],
            "emails": [FieldProposal("ana@casalima.com.br", 0.95, (3,))],
        },
    )
    return get_contact(library, store_scanned_card(library, card, ExchangeDefaults()))


def test_accepting_records_each_field_with_the_lines_it_came_from(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "lib")
    contact = _stored(library)
    kept = dataclasses.replace(contact, title="Owner", company="Casa Lima Ltda.", status=ContactStatus.ACTIVE)
    update_contact(library, kept)
    rows = {r.correction.field: r for r in load_corrections(library)}
    assert set(rows) == {"name", "title", "company", "emails"}
    title, company = rows["title"].correction, rows["company"].correction
    assert (title.proposed, title.kept, title.lines) == ("Casa Lima Ltda.", "Owner", ("Casa Lima Ltda.",))
    assert (company.proposed, company.kept) == (None, "Casa Lima Ltda.")
    assert company.domains == ("casalima.com.br",)
    assert [(r.proposed, r.kept) for r in company.relabelled] == [("title", "company")]
    assert [(r.proposed, r.kept) for r in title.relabelled] == [("other", "title")]
    assert rows["name"].contact_id == contact.id and len({r.recorded_at for r in rows.values()}) == 1

    delete_contact(library, contact.id or 0)
    assert count_corrections(library) == 4, "learning outlives the contact"
    assert clear_corrections(library) == 4 and count_corrections(library) == 0
    library.close()


def test_contacts_without_a_read_card_record_nothing(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "lib")
    typed = create_contact(library, Contact(full_name="Rui Costa", status=ContactStatus.AWAITING_REVIEW))
    update_contact(library, dataclasses.replace(typed, status=ContactStatus.ACTIVE))
    assert load_corrections(library) == []
    library.close()
