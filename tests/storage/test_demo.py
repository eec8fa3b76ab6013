"""The demo library: counts, determinism, realistic French/English cards, and caches equal to the services' own."""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import selectinload

from cardbook.app import sample_data as demo
from cardbook.app.sample_data import DemoSummary, generate_demo
from cardbook.domain.enums import ContactStatus, PhoneKind, ReferralOutcome
from cardbook.domain.text import fold
from cardbook.storage.contacts.records import count_contacts, get_contact, refresh_summary, search
from cardbook.storage.ledger.encounters import cards_i_owe_ids, one_way_giver_ids, prescriber_ids, reason_unrecorded_ids
from cardbook.storage.ledger.events import list_events
from cardbook.storage.ledger.networks import list_networks
from cardbook.storage.library import Library
from cardbook.storage.models import ContactRow, EncounterRow, FollowUpRow, PhoneRow, ReferralRow
from cardbook.storage.upkeep.integrity import check_library
from tests.storage.conftest import BOTH

ENGINES = BOTH  # tests/storage/conftest.py

TODAY = date(2026, 11, 27)
REGIONS = {"+33": "FR", "+44": "GB", "+1": "US"}


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, DemoSummary]]:
    """One 400-contact demo shared by the tests that only read it."""
    library = Library.open(tmp_path_factory.mktemp("demo") / "lib")
    summary = generate_demo(library, 400, today=TODAY)
    yield library, summary
    library.close()


def _count(library: Library, model: type[object]) -> int:
    with library.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _names(library: Library) -> list[str]:
    with library.session() as session:
        return list(session.scalars(select(ContactRow.full_name).order_by(ContactRow.id)))


def test_counts_match_the_library(filled: tuple[Library, DemoSummary]) -> None:
    library, summary = filled
    assert summary.contacts == count_contacts(library) == 400
    assert 5 <= summary.networks == len(list_networks(library)) <= 8
    events = list_events(library)
    assert 24 <= summary.events == len(events) <= 48  # 2-4 a month over a year
    assert all(TODAY - timedelta(days=366) <= e.date < TODAY for e in events if e.date)
    assert summary.encounters == _count(library, EncounterRow)
    assert summary.referrals == _count(library, ReferralRow) > 0
    assert summary.follow_ups == _count(library, FollowUpRow) > 0
    with library.session() as session:
        meetings = Counter(session.scalars(select(ContactRow.meeting_count)))
    assert set(meetings) <= {1, 2, 3, 4, 5}
    assert meetings[1] > summary.contacts / 2 and meetings[2] + meetings[3] > 0  # most met once, some again


def test_networks_have_kinds_costs_and_dates(filled: tuple[Library, DemoSummary]) -> None:
    networks = list_networks(filled[0])
    assert len({n.kind for n in networks}) >= 4
    assert any(n.yearly_cost is None for n in networks)  # a free informal meetup
    assert any(n.yearly_cost and n.yearly_cost >= 1000 for n in networks)
    assert all(n.member_since and n.member_since < TODAY for n in networks)


def test_same_seed_same_data_and_another_seed_other_data(tmp_path: Path) -> None:
    first, second, other = (Library.open(tmp_path / name) for name in ("a", "b", "c"))
    generate_demo(first, 60, seed=7, today=TODAY)
    generate_demo(second, 60, seed=7, today=TODAY)
    generate_demo(other, 60, seed=8, today=TODAY)
    assert _names(first) == _names(second)
    assert [e.name for e in list_events(first)] == [e.name for e in list_events(second)]
    assert _names(first) != _names(other)


def test_cards_look_french_and_english(filled: tuple[Library, DemoSummary]) -> None:
    library, _ = filled
    names = _names(library)
    assert sum(not n.isascii() for n in names) > len(names) / 4  # Émilie, Hélène, Lefèvre, Cœur...
    assert any(n.split()[0].isupper() and len(n.split()[0]) > 2 for n in names)  # "DUPONT Jean" as printed
    with library.session() as session:
        e164 = list(session.scalars(select(PhoneRow.e164)))
        titles = set(session.scalars(select(ContactRow.title)))
        addresses = [a for a in session.scalars(select(ContactRow.address)) if a]
    assert any(p and p.startswith("+33") for p in e164) and any(p and p.startswith(("+44", "+1")) for p in e164)
    assert titles & {"Directrice commerciale", "Directeur commercial", "Gérant", "Gérante", "Expert-comptable"}
    assert titles & {"Head of Sales", "Managing Director", "Founder & CEO", "CEO"}
    assert any(a.endswith(" Lyon") and ", 690" in a for a in addresses)  # "26 rue Garibaldi, 69003 Lyon"


def test_phone_numbers_are_valid_and_typed(filled: tuple[Library, DemoSummary]) -> None:
    with filled[0].session() as session:
        phones = session.scalars(select(PhoneRow).order_by(PhoneRow.id).limit(300)).all()
        for phone in phones:
            assert phone.e164 is not None
            region = next(r for prefix, r in REGIONS.items() if phone.e164.startswith(prefix))
            parsed = phonenumbers.parse(phone.number, region)
            assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == phone.e164
            assert phonenumbers.is_valid_number(parsed), phone.number
            if phone.kind == PhoneKind.MOBILE.value and region == "FR":
                assert phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE


def test_emails_come_from_the_name_without_accents(filled: tuple[Library, DemoSummary]) -> None:
    library, _ = filled
    full_form = 0
    for contact_id in range(1, 61):
        contact = get_contact(library, contact_id)
        assert contact.emails and all(e.isascii() and "@" in e for e in contact.emails)
        given = re.sub(r"[^a-z0-9]+", "-", fold(contact.given_name or "")).strip("-")
        family = re.sub(r"[^a-z0-9]+", "", fold(contact.family_name or ""))
        locals_ = [e.split("@")[0] for e in contact.emails]
        assert any(family in x or x == given for x in locals_), (contact.full_name, contact.emails)
        full_form += f"{given}.{family}" in locals_  # emilie.lefevre@horizon-conseil.fr
    assert full_form > 20


def test_cached_columns_equal_what_the_services_compute(filled: tuple[Library, DemoSummary]) -> None:
    library, _ = filled
    with library.session() as session:
        rows = session.scalars(
            select(ContactRow).where(ContactRow.id % 7 == 0).options(selectinload(ContactRow.emails))
        ).all()
        assert rows
        for row in rows:
            cached = (row.meeting_count, row.first_met, row.last_met, row.reciprocity)
            refresh_summary(session, row)
            assert cached == (row.meeting_count, row.first_met, row.last_met, row.reciprocity)
            contact = get_contact(library, row.id)
            assert row.sort_name == fold(contact.display_name)  # as convert.apply_contact sets it
            assert row.sort_company == fold(contact.company or "")
        session.rollback()
    # `cardbook check` compares every summary and every index entry with search_index.document.
    report = check_library(library)
    assert report.ok, report.problems


def test_every_contact_is_indexed_and_searchable(filled: tuple[Library, DemoSummary]) -> None:
    library, summary = filled
    with library.session() as session:
        indexed = session.execute(text("SELECT count(*) FROM contacts_fts")).scalar_one()
    assert indexed == summary.contacts
    assert search(library, "lyon")
    assert search(library, "LYON") == search(library, "lyon")


def test_exchange_lists_have_people(filled: tuple[Library, DemoSummary]) -> None:
    library, _ = filled
    givers = one_way_giver_ids(library)
    owed = cards_i_owe_ids(library)
    # Two lists with their own rules: people who did not ask for my card, and my own lapses. They differ.
    assert givers and owed and set(owed) != set(givers)
    assert set(givers) - set(owed) and set(owed) - set(givers)
    assert reason_unrecorded_ids(library)
    assert prescriber_ids(library)


def test_referrals_follow_ups_and_review(filled: tuple[Library, DemoSummary]) -> None:
    library, _ = filled
    with library.session() as session:
        referrals = session.scalars(select(ReferralRow)).all()
        follow_ups = session.scalars(select(FollowUpRow)).all()
        reciprocated_later = session.scalar(select(func.count()).where(EncounterRow.reciprocated_on.is_not(None)))
        elsewhere = session.scalar(select(func.count()).where(EncounterRow.event_id.is_(None)))
    assert any(r.to_contact_id is None and r.to_name is None for r in referrals)  # business sent to me
    assert any(r.from_contact_id is None for r in referrals)  # business I sent
    assert {r.outcome for r in referrals} == {o.value for o in ReferralOutcome}
    assert any(r.outcome == "won" and r.value for r in referrals)
    assert any(f.done_on is None and f.due and f.due <= TODAY for f in follow_ups)  # overdue
    assert any(f.done_on is None and f.due and f.due > TODAY for f in follow_ups)  # upcoming
    assert any(f.done_on is not None for f in follow_ups) and any(f.every_weeks for f in follow_ups)
    assert reciprocated_later and elsewhere
    assert 1 <= count_contacts(library, ContactStatus.AWAITING_REVIEW) <= 10


def test_runs_are_additive_and_reuse_networks(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "CHUNK", 40)  # several chunks, each committed on its own
    seen: list[tuple[int, int]] = []
    generate_demo(library, 100, today=TODAY, progress=lambda done, total: seen.append((done, total)))
    networks = {n.name for n in list_networks(library)}
    first_names = _names(library)
    again = generate_demo(library, 50, today=TODAY)
    assert seen == [(0, 100), (40, 100), (80, 100), (100, 100)]
    assert count_contacts(library) == 150 and again.contacts == 50
    assert {n.name for n in list_networks(library)} >= networks  # no duplicates: names are unique
    assert _names(library)[100:] != first_names[:50]  # a second run brings other people
    report = check_library(library)
    assert report.ok, report.problems


def test_zero_and_negative(library: Library) -> None:
    summary = generate_demo(library, 0, today=TODAY)
    assert summary.contacts == 0 and summary.events > 0 and count_contacts(library) == 0
    with pytest.raises(ValueError):
        generate_demo(library, -1)


def test_two_thousand_contacts(library: Library) -> None:
    start = time.perf_counter()
    summary = generate_demo(library, 2000, today=TODAY)
    print(f"\n2000-contact demo: {time.perf_counter() - start:.2f} s, {summary}")
    assert count_contacts(library) == 2000
    assert len(one_way_giver_ids(library)) > 100


def test_on_a_server_the_next_contact_after_the_demo_gets_a_new_id(pg_library: Library) -> None:
    """The demo inserts contacts with their ids; PostgreSQL's sequence must follow them (SQLite's rowid does)."""
    from cardbook.domain.contact import Contact
    from cardbook.storage.contacts.records import create_contact

    generate_demo(pg_library, 30)
    added = create_contact(pg_library, Contact(full_name="Ajoutée Après"))
    assert added.id == 31 and count_contacts(pg_library) == 31


def test_some_repeat_meetings_went_without_cards(filled: tuple[Library, DemoSummary]) -> None:
    """docs/MEETINGS.md: met again, no cards changed hands — never at a person's first meeting, and with the
    fields the outcome stores (no reason, nothing owed)."""
    library, _summary = filled
    with library.session() as session:
        rows = session.execute(
            select(EncounterRow.contact_id, EncounterRow.date, EncounterRow.id, EncounterRow.offered_by,
                   EncounterRow.reciprocated, EncounterRow.why_no_card, EncounterRow.reciprocated_on)
        ).all()  # fmt: skip
    per_contact: dict[int, list[Any]] = {}
    for row in rows:
        per_contact.setdefault(row.contact_id, []).append(row)
    again = [r for r in rows if r.offered_by == "none"]
    repeat_meetings = sum(len(found) - 1 for found in per_contact.values())
    assert 0.2 * repeat_meetings < len(again) < 0.6 * repeat_meetings
    assert all((r.reciprocated, r.why_no_card, r.reciprocated_on) == ("no", None, None) for r in again)
    for found in per_contact.values():
        first = min(found, key=lambda r: (r.date, r.id))
        assert first.offered_by != "none"
