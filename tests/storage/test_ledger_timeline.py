"""A contact's timeline and relationship strength read from the library."""

from __future__ import annotations

from datetime import date

import pytest

from cardbook.domain.enums import ReferralDirection
from cardbook.storage.errors import NotFoundError
from cardbook.storage.ledger.strength import contact_strength, strengths
from cardbook.storage.ledger.timeline import (
    CardEntry,
    EncounterEntry,
    FollowUpEntry,
    ReferralEntry,
    TimelineKind,
    timeline,
)
from cardbook.storage.library import Library
from cardbook.storage.models import CardImageRow, StoredImageRow
from tests.storage.conftest import BOTH
from tests.storage.test_ledger_library import TODAY, build_small_library

ENGINES = BOTH  # tests/storage/conftest.py


def test_anne_strength(library: Library) -> None:
    small = build_small_library(library)
    # Met 15 Jan and 12 Mar (56 days: 8 weeks), both mutual; sent 2 referrals, 1 won (10 + 5); last seen 12 March,
    # 39 days before 20 April (≤ 90 days: 15). 2×6 + 20 + 15 + 15 = 62 → 4 dots.
    strength = contact_strength(library, small.anne, TODAY)
    assert (strength.score, strength.dots) == (62, 4)
    assert strength.sentence() == (
        "Met twice in 8 weeks, always a mutual exchange, sent me 2 referrals (1 won), last seen 5 weeks ago."
    )


def test_strengths_for_many(library: Library) -> None:
    small = build_small_library(library)
    found = strengths(library, [small.claire, 999, small.bruno], TODAY)
    assert set(found) == {small.claire, small.bruno}
    # Claire: met once (6), one way (0), 39 days ago (15) = 21. Bruno: 12 + 20×1/2 + 10 (I sent a won one)
    # + 69 days ago (15) = 47.
    assert (found[small.claire].score, found[small.bruno].score) == (21, 47)
    with pytest.raises(NotFoundError):
        contact_strength(library, 999, TODAY)


def test_timeline_in_one_list_newest_first(library: Library) -> None:
    small = build_small_library(library)
    with library.writing() as session:
        image = StoredImageRow(sha256="ab" * 32, extension="png", byte_size=3)
        session.add(image)
        session.flush()
        session.add(CardImageRow(contact_id=small.anne, crop_image_id=image.id, captured_at=date(2026, 1, 16)))
    entries = timeline(library, small.anne)
    assert [(e.kind, e.date) for e in entries] == [
        (TimelineKind.REFERRAL, date(2026, 3, 20)),
        (TimelineKind.ENCOUNTER, date(2026, 3, 12)),
        (TimelineKind.REFERRAL, date(2026, 3, 1)),
        (TimelineKind.FOLLOW_UP, date(2026, 3, 1)),
        (TimelineKind.REFERRAL, date(2026, 2, 1)),
        (TimelineKind.CARD, date(2026, 1, 16)),
        (TimelineKind.ENCOUNTER, date(2026, 1, 15)),
    ]
    meeting = entries[1]
    assert isinstance(meeting, EncounterEntry)
    assert (meeting.event_name, meeting.network_name) == ("Club Alpha breakfast", "Club Alpha")
    between = entries[2]
    assert isinstance(between, ReferralEntry) and between.line.direction is ReferralDirection.BETWEEN_CONTACTS
    assert between.line.to_name == "Bruno Petit"
    done = entries[3]
    assert isinstance(done, FollowUpEntry) and done.follow_up.note == "Call"
    card = entries[5]
    assert isinstance(card, CardEntry) and card.card.crop_sha256 == "ab" * 32 and card.card.original_sha256 is None


def test_timeline_of_a_missing_contact(library: Library) -> None:
    with pytest.raises(NotFoundError):
        timeline(library, 31337)
