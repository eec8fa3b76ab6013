"""A newer card from a known person updates the role and keeps the old one in the contact's story."""

from __future__ import annotations

from datetime import date

from cardbook.domain.contact import Contact
from cardbook.domain.exchange import Encounter
from cardbook.storage.contacts.cards import add_to_existing
from cardbook.storage.contacts.records import create_contact, get_contact
from cardbook.storage.contacts.snapshots import restore_contacts, snapshot_contacts
from cardbook.storage.ledger.encounters import record_encounter
from cardbook.storage.ledger.timeline import RoleEntry, timeline
from cardbook.storage.library import Library
from tests.storage.conftest import BOTH

ENGINES = BOTH  # tests/storage/conftest.py


def _known(library: Library) -> int:
    made = create_contact(
        library, Contact(full_name="Émilie Lefèvre", title="Directrice commerciale", company="Horizon Conseil")
    )
    assert made.id is not None
    record_encounter(library, Encounter(contact_id=made.id, date=date(2026, 3, 1)))
    return made.id


def _card(library: Library, met: date, title: str | None, company: str | None) -> int:
    made = create_contact(library, Contact(full_name="Emilie Lefevre", title=title, company=company))
    assert made.id is not None
    record_encounter(library, Encounter(contact_id=made.id, date=met))
    return made.id


def test_newer_card_with_another_company_is_a_job_change(library: Library) -> None:
    known = _known(library)
    new = _card(library, date(2026, 10, 5), "Directrice générale", "Quadrant SAS")
    merged = add_to_existing(library, new, known)
    assert (merged.title, merged.company) == ("Directrice générale", "Quadrant SAS")
    roles = [e for e in timeline(library, known) if isinstance(e, RoleEntry)]
    assert [(r.title, r.company, r.date) for r in roles] == [
        ("Directrice commerciale", "Horizon Conseil", date(2026, 10, 5))
    ]


def test_older_card_or_same_role_changes_nothing(library: Library) -> None:
    known = _known(library)
    add_to_existing(library, _card(library, date(2025, 6, 1), "Chargée d'affaires", "Ancienne Boîte"), known)
    add_to_existing(library, _card(library, date(2026, 11, 1), "DIRECTRICE COMMERCIALE", None), known)
    contact = get_contact(library, known)
    assert (contact.title, contact.company) == ("Directrice commerciale", "Horizon Conseil")
    assert not [e for e in timeline(library, known) if isinstance(e, RoleEntry)]


def test_undoing_met_again_removes_the_recorded_role(library: Library) -> None:
    known = _known(library)
    new = _card(library, date(2026, 10, 5), "Directrice générale", "Quadrant SAS")
    before = snapshot_contacts(library, [known, new])
    add_to_existing(library, new, known)
    restore_contacts(library, before, replace=True)
    assert get_contact(library, known).company == "Horizon Conseil"
    assert get_contact(library, new).company == "Quadrant SAS"
    assert not [e for e in timeline(library, known) if isinstance(e, RoleEntry)]
