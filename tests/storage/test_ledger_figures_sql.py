"""The ledger figures computed by SQL aggregation equal the domain's computations, figure for figure.

storage/reports.network_report and storage/ledger/events.event_overviews / event_page compute their figures in
SQL (GROUP BY, SUM(CASE …)) instead of loading every encounter as an object; storage/ledger/rules.py writes the
domain rules they rely on as SQL expressions. Here each is checked against an oracle that loads everything and
runs the domain's own functions — the implementations those services had before (kept verbatim below) — on
varied libraries: the small hand-made one, the historical fixture, and generated demos with random additions
that reach the corners (undated events and encounters, a first meeting recorded after a later one, referrals
of every direction, values in cents whose float sum depends on its order, archived networks, …).
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import product
from pathlib import Path

import pytest
from sqlalchemy import insert, literal, select, union_all
from sqlalchemy.orm import aliased

from cardbook.app.sample_data import generate_demo
from cardbook.domain.contact import Contact
from cardbook.domain.enums import NoCardReason, OfferedBy, Reciprocated, ReferralDirection, ReferralOutcome
from cardbook.domain.exchange import (
    Encounter,
    encounter_reciprocity,
    is_one_way_giver,
    owes_card,
    reason_unrecorded,
)
from cardbook.domain.network import Event, Network
from cardbook.domain.referral import Referral
from cardbook.domain.reports import (
    ExchangeCounts,
    MetPerson,
    NetworkValue,
    Period,
    ReferralFigures,
    count_exchanges,
    happened_before,
    network_values,
)
from cardbook.storage.contacts.records import create_contact
from cardbook.storage.convert import encounter_from_row, event_from_row, network_from_row, referral_from_row
from cardbook.storage.errors import NotFoundError
from cardbook.storage.ledger import rules as ledger_rules
from cardbook.storage.ledger.encounters import record_encounter
from cardbook.storage.ledger.events import EventCard, EventOverview, EventPage, event_overviews, event_page, save_event
from cardbook.storage.ledger.networks import save_network, set_network_archived
from cardbook.storage.ledger.referrals import save_referral
from cardbook.storage.ledger.reports import network_report
from cardbook.storage.library import Library
from cardbook.storage.models import ContactRow, EncounterRow, EventRow, NetworkRow, ReferralRow
from tests.storage.conftest import BOTH
from tests.storage.test_ledger_library import build_small_library

ENGINES = BOTH  # tests/storage/conftest.py

FIXTURES = Path(__file__).parent / "fixtures"
DEMO_TODAY = dt.date(2026, 6, 30)

# ---- the oracles: the implementations before the SQL aggregation, verbatim (only renamed) ---------------------


def _old_first_met_event(encounters: Iterable[Encounter]) -> dict[int, int | None]:
    first: dict[int, Encounter] = {}
    for enc in encounters:
        if enc.contact_id is None:
            continue
        known = first.get(enc.contact_id)
        if known is None or happened_before(enc, known):
            first[enc.contact_id] = enc
    return {cid: enc.event_id for cid, enc in first.items()}


def _old_referral_figures(items: list[Referral]) -> ReferralFigures:
    won = [r for r in items if r.outcome is ReferralOutcome.WON]
    return ReferralFigures(len(items), len(won), float(sum(r.value or 0.0 for r in won)))


def _old_network_values(
    networks: Iterable[Network],
    events: Iterable[Event],
    encounters: Iterable[Encounter],
    referrals: Iterable[Referral],
    period: Period | None = None,
) -> list[NetworkValue]:
    from cardbook.domain.enums import Reciprocity

    period = period or Period()
    all_encounters = list(encounters)
    event_network = {e.id: e.network_id for e in events if e.id is not None}
    in_period = {e.id for e in events if e.id is not None and period.contains(e.date)}
    attribution = _old_first_met_event(all_encounters)

    events_per: dict[int | None, int] = defaultdict(int)
    for event_id in in_period:
        events_per[event_network[event_id]] += 1
    met: dict[int | None, list[Encounter]] = defaultdict(list)
    for enc in all_encounters:
        if enc.event_id in in_period:
            met[event_network[enc.event_id]].append(enc)
    received: dict[int | None, list[Referral]] = defaultdict(list)
    given: dict[int | None, list[Referral]] = defaultdict(list)
    for ref in referrals:
        if not period.contains(ref.date):
            continue
        direction = ref.direction
        contact = ref.from_contact_id if direction is ReferralDirection.RECEIVED else ref.to_contact_id
        if contact is None or direction is ReferralDirection.BETWEEN_CONTACTS:
            continue
        first_event = attribution.get(contact)
        if first_event is None:
            continue
        target = received if direction is ReferralDirection.RECEIVED else given
        target[event_network.get(first_event)].append(ref)

    def line(network: Network | None) -> NetworkValue:
        key = network.id if network else None
        items = met.get(key, [])
        per_contact: dict[int, list[Encounter]] = defaultdict(list)
        for enc in items:
            per_contact[enc.contact_id or 0].append(enc)
        return NetworkValue(
            network=network,
            events_attended=events_per.get(key, 0),
            cards_collected=sum(e.reciprocity is not Reciprocity.NO_CARDS for e in items),  # no card, no card collected
            exchanges=count_exchanges(e.reciprocity for e in items),
            contacts_met=len(per_contact),
            mutual_contacts=sum(any(e.reciprocity is Reciprocity.MUTUAL for e in es) for es in per_contact.values()),
            repeat_contacts=sum(len(es) >= 2 for es in per_contact.values()),
            received=_old_referral_figures(received.get(key, [])),
            given=_old_referral_figures(given.get(key, [])),
            one_way_givers=sum(any(e.reason is NoCardReason.NOT_ASKED for e in es) for es in per_contact.values()),
            prescribers=len({r.from_contact_id for r in received.get(key, [])}),
        )

    lines = [line(n) for n in sorted(networks, key=lambda n: (n.name.casefold(), n.id or 0))]
    if events_per.get(None) or received.get(None) or given.get(None):
        lines.append(line(None))
    return lines


def _load_everything(library: Library) -> tuple[list[Network], list[Event], list[Encounter], list[Referral]]:
    with library.session() as session:
        networks = [network_from_row(r) for r in session.scalars(select(NetworkRow))]
        events = [event_from_row(r) for r in session.scalars(select(EventRow))]
        encounters = [
            Encounter(
                id=eid,
                contact_id=cid,
                event_id=event_id,
                date=day,
                offered_by=OfferedBy(offered_by),
                reciprocated=Reciprocated(reciprocated),
                why_no_card=NoCardReason(why) if why else None,
            )
            for eid, cid, event_id, day, offered_by, reciprocated, why in session.execute(
                select(
                    EncounterRow.id,
                    EncounterRow.contact_id,
                    EncounterRow.event_id,
                    EncounterRow.date,
                    EncounterRow.offered_by,
                    EncounterRow.reciprocated,
                    EncounterRow.why_no_card,
                )
            )
        ]
        referrals = [referral_from_row(r) for r in session.scalars(select(ReferralRow))]
    return networks, events, encounters, referrals


def old_network_report(library: Library, period: Period | None = None) -> list[NetworkValue]:
    networks, events, encounters, referrals = _load_everything(library)
    return _old_network_values(networks, events, encounters, referrals, period)


def old_event_overviews(library: Library) -> list[EventOverview]:
    with library.session() as session:
        events = [
            (event_from_row(e), name)
            for e, name in session.execute(
                select(EventRow, NetworkRow.name)
                .outerjoin(NetworkRow, NetworkRow.id == EventRow.network_id)
                .order_by(EventRow.date.desc().nulls_last(), EventRow.name, EventRow.id)
            )
        ]
        tags = session.execute(
            select(EncounterRow.event_id, EncounterRow.offered_by, EncounterRow.reciprocated).where(
                EncounterRow.event_id.is_not(None)
            )
        ).all()
    per_event = defaultdict(list)
    for event_id, offered_by, reciprocated in tags:
        per_event[event_id].append(encounter_reciprocity(OfferedBy(offered_by), Reciprocated(reciprocated)))
    return [EventOverview(e, name, count_exchanges(per_event.get(e.id, []))) for e, name in events]


def old_event_page(library: Library, event_id: int) -> EventPage:
    with library.session() as session:
        event_row = session.get(EventRow, event_id)
        if event_row is None:
            raise NotFoundError(f"no event with id {event_id}")
        event = event_from_row(event_row)
        network_row = session.get(NetworkRow, event.network_id) if event.network_id is not None else None
        network = network_from_row(network_row) if network_row is not None else None
        here = session.execute(
            select(EncounterRow, ContactRow.full_name, ContactRow.company)
            .join(ContactRow, ContactRow.id == EncounterRow.contact_id)
            .where(EncounterRow.event_id == event_id)
            .order_by(ContactRow.sort_name, EncounterRow.id)
        ).all()
        contact_ids = list({row.contact_id for row, _, _ in here})
        history: dict[int, list[Encounter]] = defaultdict(list)
        for row in session.scalars(select(EncounterRow).where(EncounterRow.contact_id.in_(contact_ids))):
            history[row.contact_id].append(encounter_from_row(row))
        cards = []
        for row, name, company in here:
            encounter = encounter_from_row(row)
            mine = history[row.contact_id]
            person = MetPerson(
                contact_id=row.contact_id,
                name=name or company or "",
                company=company,
                encounter_id=row.id,
                exchange=encounter.reciprocity,
                earlier_meetings=sum(happened_before(other, encounter) for other in mine),
                owes_card=owes_card(mine),
                one_way_giver=is_one_way_giver(mine),
                reason_unrecorded=reason_unrecorded(mine),
            )
            cards.append(EventCard(encounter, person))
    return EventPage(event, network, tuple(cards), count_exchanges(c.encounter.reciprocity for c in cards))


# ---- varied libraries ------------------------------------------------------------------------------------------


def _id(value: int | None) -> int:
    assert value is not None
    return value


def add_corners(library: Library, rng: random.Random, extra: int) -> None:
    """Random additions through the services, reaching what the demo never makes: undated events, encounters
    without a date (some recorded before a dated one, which makes them the person's "first" meeting), a person met
    twice at the same event, owed cards dismissed, referrals with to_name, undated ones, values in cents, a
    referral from someone never met, an archived network, a network without events."""
    archived = save_network(library, Network(name="Old Rotary", yearly_cost=480.0))
    save_network(library, Network(name="Never went", yearly_cost=90.0))
    set_network_archived(library, _id(archived.id))
    with library.session() as session:
        network_ids = [None, *session.scalars(select(NetworkRow.id))]
        contact_ids = list(session.scalars(select(ContactRow.id)))
    events = [_id(e) for e in _event_ids(library)]
    for n in range(4):
        day = None if n % 2 == 0 else dt.date(2026, 1 + n, 10)
        event = save_event(library, Event(name=f"Corner {n}", date=day, network_id=rng.choice(network_ids)))
        events.append(_id(event.id))
    newcomers = [
        _id(create_contact(library, Contact(full_name=f"Nouveau {n}", company=rng.choice([None, "SA"]))).id)
        for n in range(max(3, extra // 10))
    ]
    people = contact_ids + newcomers
    for _ in range(extra):
        cid = rng.choice(people)
        event_id = rng.choice([None, *events, *events])
        day: dt.date | None = None
        if rng.random() < 0.6:
            day = dt.date(2025, 6, 1) + dt.timedelta(days=rng.randrange(500))
        encounter = Encounter(
            contact_id=cid,
            event_id=event_id,
            date=day,
            offered_by=rng.choice(list(OfferedBy)),
            reciprocated=rng.choice(list(Reciprocated)),
            owe_dismissed=rng.random() < 0.3,
            why_no_card=rng.choice([None, *NoCardReason]),
        )
        saved = record_encounter(library, encounter)
        if day is None and saved.date is not None and rng.random() < 0.5:
            _clear_date(library, _id(saved.id))  # an event's date is taken when none is given: undo it sometimes
        if event_id is not None and rng.random() < 0.1:
            record_encounter(library, replace(encounter, id=None))  # twice at the same event
    for _ in range(extra):
        kind = rng.randrange(5)
        a, b = rng.sample(people, 2)
        frm, to, to_name = (a, None, None) if kind <= 1 else (None, a, None) if kind == 2 else (a, b, None)
        if kind == 4:
            frm, to, to_name = rng.choice([(a, None, "Someone outside"), (None, None, "Outside Ltd")])
        outcome = rng.choice(list(ReferralOutcome))
        value = rng.choice([None, round(rng.uniform(0, 9000), 2), 0.1, 0.2, 0.7, 1e-3])
        day = None if rng.random() < 0.15 else dt.date(2025, 6, 1) + dt.timedelta(days=rng.randrange(500))
        save_referral(library, Referral(from_contact_id=frm, to_contact_id=to, to_name=to_name, date=day,
                                        outcome=outcome, value=value))  # fmt: skip
    # Won values whose float sum depends on the order they are added in: 0.1 + 0.2 + 0.7 is 1.0 in that order,
    # 0.9999999999999999 the other way round; the report adds them in the order they were recorded.
    cents = save_network(library, Network(name="Cents Club", yearly_cost=10.0))
    cents_event = save_event(library, Event(name="Cents night", date=dt.date(2026, 2, 2), network_id=cents.id))
    regular = _id(create_contact(library, Contact(full_name="Zoé Centime")).id)
    record_encounter(library, Encounter(contact_id=regular, event_id=cents_event.id, reciprocated=Reciprocated.YES))
    for value in (0.1, 0.2, 0.7):
        save_referral(
            library,
            Referral(from_contact_id=regular, date=dt.date(2026, 3, 1), outcome=ReferralOutcome.WON, value=value),
        )


def _event_ids(library: Library) -> list[int]:
    with library.session() as session:
        return list(session.scalars(select(EventRow.id)))


def _clear_date(library: Library, encounter_id: int) -> None:
    with library.writing() as session:
        row = session.get(EncounterRow, encounter_id)
        assert row is not None
        row.date = None


def _small(path: Path) -> Library:
    library = Library.open(path)
    build_small_library(library)
    return library


def _small_with_corners(path: Path) -> Library:
    library = _small(path)
    add_corners(library, random.Random(7), 80)
    return library


def _fixture(path: Path) -> Library:
    path.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "library-0001.sqlite3", path / "cardbook.sqlite3")
    return Library.open(path)


def _demo(path: Path) -> Library:
    library = Library.open(path)
    generate_demo(library, 300, seed=11, today=DEMO_TODAY)
    return library


def _demo_with_corners(path: Path) -> Library:
    library = Library.open(path)
    generate_demo(library, 250, seed=5, today=DEMO_TODAY)
    add_corners(library, random.Random(2026), 150)
    return library


LIBRARIES = {
    "small": _small,
    "small+corners": _small_with_corners,
    "fixture-0001": _fixture,
    "demo": _demo,
    "demo+corners": _demo_with_corners,
}


@pytest.fixture(scope="module", params=sorted(LIBRARIES))
def varied(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    library = LIBRARIES[request.param](tmp_path_factory.mktemp(request.param.replace("+", "-")))
    yield library
    library.close()


def _periods(library: Library) -> list[Period]:
    with library.session() as session:
        days = sorted(d for d in session.scalars(select(EventRow.date)) if d is not None)
    periods = [Period(), Period(dt.date(2026, 2, 1), dt.date(2026, 3, 31)), Period(dt.date(2030, 1, 1))]
    if days:
        middle = days[len(days) // 2]
        periods += [Period(middle), Period(None, middle), Period(days[0], middle), Period(middle, middle)]
    return periods


# ---- the equality tests --------------------------------------------------------------------------------------


def test_network_report_equals_the_domain_computation(varied: Library) -> None:
    for period in _periods(varied):
        expected = old_network_report(varied, period)
        assert network_report(varied, period) == expected, period
        # The domain function (refactored to share its line assembly with storage) still says the same.
        networks, events, encounters, referrals = _load_everything(varied)
        assert network_values(networks, events, encounters, referrals, period) == expected, period


def test_the_varied_libraries_reach_the_corners(varied: Library) -> None:
    """A guard on the test data: the equality above means something only if the figures are not all zero."""
    lines = old_network_report(varied)
    assert sum(v.cards_collected for v in lines) > 0
    assert sum(v.received.count + v.given.count for v in lines) > 0
    cents = [v for v in lines if v.name == "Cents Club"]  # in the libraries with corners
    assert all((v.received.won, v.received.won_value) == (3, 1.0) for v in cents)


def test_event_overviews_equal_the_domain_computation(varied: Library) -> None:
    assert event_overviews(varied) == old_event_overviews(varied)


def test_event_pages_equal_the_domain_computation(varied: Library) -> None:
    for event_id in _event_ids(varied):
        assert event_page(varied, event_id) == old_event_page(varied, event_id), event_id
    with pytest.raises(NotFoundError):
        event_page(varied, 10**9)


# ---- each SQL rule against its domain rule, case by case -----------------------------------------------------


def test_reciprocity_in_sql_is_the_domain_rule(library: Library) -> None:
    """rules.reciprocity mirrors domain/exchange.encounter_reciprocity, for every pair of tags."""
    pairs = list(product(OfferedBy, Reciprocated))
    rows = union_all(*(select(literal(o.value).label("o"), literal(r.value).label("r")) for o, r in pairs)).subquery()
    with library.session() as session:
        found = session.execute(select(rows.c.o, rows.c.r, ledger_rules.reciprocity(rows.c.o, rows.c.r))).all()
    assert {(o, r): state for o, r, state in found} == {
        (o.value, r.value): encounter_reciprocity(o, r).value for o, r in pairs
    }


def test_period_in_sql_is_the_domain_rule(library: Library) -> None:
    days = [None, dt.date(2025, 12, 31), dt.date(2026, 1, 1), dt.date(2026, 1, 15), dt.date(2026, 1, 31),
            dt.date(2026, 2, 1)]  # fmt: skip
    bounds = [None, dt.date(2026, 1, 1), dt.date(2026, 1, 31)]
    with library.writing() as session:
        for n, day in enumerate(days):
            session.add(EventRow(id=n + 1, name=f"e{n}", date=day))
    for start, end in product(bounds, bounds):
        period = Period(start, end)
        with library.session() as session:
            inside = set(session.scalars(select(EventRow.id).where(ledger_rules.within(EventRow.date, period))))
        assert inside == {n + 1 for n, day in enumerate(days) if period.contains(day)}, period


def test_referral_direction_in_sql_is_the_domain_rule(library: Library) -> None:
    a = _id(create_contact(library, Contact(full_name="A")).id)
    b = _id(create_contact(library, Contact(full_name="B")).id)
    shapes = [(f, t, n) for f, t, n in product([None, a], [None, b], [None, "", "Outside"])]
    with library.writing() as session:  # raw rows: the services would refuse some shapes, SQL must not care
        session.execute(
            insert(ReferralRow), [{"from_contact_id": f, "to_contact_id": t, "to_name": n} for f, t, n in shapes]
        )
    with library.session() as session:
        found = session.execute(
            select(
                ReferralRow.from_contact_id,
                ReferralRow.to_contact_id,
                ReferralRow.to_name,
                ledger_rules.referral_direction(),
                ledger_rules.referral_contact(),
            )
        ).all()
    assert len(found) == len(shapes)
    for frm, to, name, direction, contact in found:
        ref = Referral(from_contact_id=frm, to_contact_id=to, to_name=name)
        assert direction == ref.direction.value
        expected = frm if ref.direction is ReferralDirection.RECEIVED else to
        assert contact == (None if ref.direction is ReferralDirection.BETWEEN_CONTACTS else expected)


def test_happened_before_and_first_meeting_in_sql_are_the_domain_rules(library: Library) -> None:
    """Every order of dated and undated meetings, on the same day or not: rules.happened_before against
    domain/reports.happened_before pair by pair, and rules.first_met_event against the first meeting the
    domain finds when it is handed a person's encounters in the order they were recorded (as storage does)."""
    days = [None, dt.date(2026, 1, 1), dt.date(2026, 2, 1)]
    events = [_id(save_event(library, Event(name=f"e{n}")).id) for n in range(3)]
    people: list[int] = []
    for n, plan in enumerate(product(days, repeat=3)):
        cid = _id(create_contact(library, Contact(full_name=f"P{n}")).id)
        people.append(cid)
        with library.writing() as session:
            session.execute(
                insert(EncounterRow),
                [{"contact_id": cid, "event_id": events[i], "date": day} for i, day in enumerate(plan)],
            )
    mine, other = aliased(EncounterRow), aliased(EncounterRow)
    with library.session() as session:
        pairs = session.execute(
            select(mine.id, mine.date, other.id, other.date, ledger_rules.happened_before(mine, other)).join(
                other, other.contact_id == mine.contact_id
            )
        ).all()
        firsts = dict(session.execute(select(ContactRow.id, ledger_rules.first_met_event(ContactRow.id))).all())
        recorded = [
            Encounter(id=eid, contact_id=cid, event_id=event_id, date=day)
            for eid, cid, event_id, day in session.execute(
                select(EncounterRow.id, EncounterRow.contact_id, EncounterRow.event_id, EncounterRow.date).order_by(
                    EncounterRow.id
                )
            )
        ]
    assert len(pairs) == 27 * 9
    for a_id, a_day, b_id, b_day, before in pairs:
        assert bool(before) == happened_before(Encounter(id=a_id, date=a_day), Encounter(id=b_id, date=b_day))
    assert firsts == _old_first_met_event(recorded)
    assert {firsts[p] for p in people} == set(events)  # every position wins somewhere


def test_exchange_counts_default_is_the_count_of_nothing() -> None:
    assert ExchangeCounts() == count_exchanges([])
