"""The card's region kept with the stored card (inside fields_json, no migration) and the library's default
region setting (real SQLite library)."""

from __future__ import annotations

import dataclasses

import pytest

from cardbook.app.region_setting import get_default_region, set_default_region
from cardbook.domain.scanned import CardRegion
from cardbook.ocr.region import default_region
from cardbook.storage.contacts import cards
from cardbook.storage.contacts.card_fields import fields_to_json, proposals_from_json, region_from_json
from cardbook.storage.contacts.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.contacts.cards import CardReading
from cardbook.storage.library import Library
from tests.storage.conftest import BOTH
from tests.storage.test_cards import scanned

ENGINES = BOTH  # tests/storage/conftest.py

BRAZIL = CardRegion("BR", "card", 0.97, (("CEP", "CEP 01310-100"), ("domain", ".com.br")))


def test_the_region_is_stored_with_the_card_beside_its_proposals(library: Library) -> None:
    contact_id = store_scanned_card(library, dataclasses.replace(scanned(), region=BRAZIL), ExchangeDefaults())
    [card] = cards.cards_of(library, contact_id)
    assert card.region == BRAZIL
    assert set(card.proposals) == {"name", "company"}  # the reserved key is not taken for a field
    assert cards.card_region_of(library, contact_id) == BRAZIL


def test_a_card_stored_without_a_region_has_none_and_a_new_reading_sets_it(library: Library) -> None:
    contact_id = store_scanned_card(library, scanned(), ExchangeDefaults())
    [card] = cards.cards_of(library, contact_id)
    assert card.region is None and cards.card_region_of(library, contact_id) is None
    united_states = CardRegion("US", "card", 0.9, (("state and ZIP", "CA 94025-1234"),))
    cards.update_card_reading(library, card.id, CardReading(None, "text", region=united_states))
    assert cards.card_region_of(library, contact_id) == united_states
    assert cards.card_region_of(library, 999) is None


def test_damaged_or_old_fields_json_gives_no_region_and_keeps_the_proposals() -> None:
    assert region_from_json('{"name": []}') is None
    assert region_from_json('{"_region": {"code": 5}}') is None
    assert region_from_json("not json") is None
    text = fields_to_json({}, CardRegion("pt", "default", 0.15))
    assert region_from_json(text) == CardRegion("PT", "default", 0.15)
    assert proposals_from_json(text) == {}


def test_the_default_region_follows_the_system_until_the_user_chooses(library: Library) -> None:
    assert get_default_region(library) == default_region()
    assert set_default_region(library, "br") == "BR"
    assert get_default_region(library) == "BR"
    with pytest.raises(ValueError):
        set_default_region(library, "XX")
    assert get_default_region(library) == "BR"
