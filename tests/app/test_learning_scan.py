"""The whole loop on rendered photos: `scan_batch` (what `scan --import` and the window run) reads a card, the
user corrects it in review, and the next card of that domain is read with what was learned."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from cardbook.app.scanning import scan_batch
from cardbook.domain.enums import ContactStatus
from cardbook.ocr.pipeline import ReadOptions
from cardbook.storage.contacts.card_import import ExchangeDefaults
from cardbook.storage.contacts.cards import cards_of
from cardbook.storage.contacts.records import get_contact, update_contact
from cardbook.storage.library import Library
from tests.ocr.render import Card, Text, photograph, render, save

OPTIONS = ReadOptions(fallback_engine=None, choose_engine=False, region="FR")


def _card(name: str, title: str, phone: str, email: str) -> Card:
    return Card(
        [
            Text(name, 46, "DejaVuSans-Bold.ttf"),
            Text(title, 32),
            Text(f"Tel. {phone}", 30, y=420),
            Text(email, 30, y=475),
        ]
    )


def _scan_one(library: Library, path: str) -> int:
    [outcome] = list(scan_batch([path], OPTIONS, store=ExchangeDefaults(), library=library))
    assert outcome.contact_id is not None, outcome.error or outcome.skipped
    return outcome.contact_id


def test_second_card_of_a_domain_gets_the_company_corrected_on_the_first(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "lib")
    first = save(
        str(tmp_path / "first.jpg"),
        photograph(render(_card("Ingrid Solberg", "Head of Operations", "01 42 68 53 00", "ingrid@nordvik-ops.fr"))),
    )
    second = save(
        str(tmp_path / "second.jpg"),
        photograph(render(_card("Lars Berg", "Field Technician", "01 42 68 53 11", "lars@nordvik-ops.fr")), seed=9),
    )
    contact = get_contact(library, _scan_one(library, first))
    assert contact.company != "Nordvik Operations SAS"
    update_contact(library, dataclasses.replace(contact, company="Nordvik Operations SAS", status=ContactStatus.ACTIVE))

    again = get_contact(library, _scan_one(library, second))
    assert again.full_name == "Lars Berg"
    assert again.company == "Nordvik Operations SAS"
    [card] = cards_of(library, again.id or 0)
    assert card.proposals["company"][0].source == "learned", "the review page shows: from your earlier correction"
    library.close()
