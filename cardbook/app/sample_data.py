"""Sample data for trying Cardbook (`cardbook demo --contacts N`): a year of networking, true on every screen.

Why bulk SQL rather than the services: create_contact + record_encounter cost a transaction, a summary query and
an index write per call, so 100,000 contacts would take minutes. Here each chunk of contacts is generated in
memory, its cached summary columns come from `domain.exchange.meeting_stats` (the rule `refresh_summary`
applies), its index text is composed as `search_index.document` composes it, and rows go in by executemany.
`cardbook check` (storage.integrity) verifies both caches against the services' own functions.

Each chunk commits on its own: the write lock is released between chunks (the window stays usable) and the WAL
does not grow to the size of the database. Every committed chunk is whole: contacts, summaries and index entries.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from cardbook.app import sample_names as names
from cardbook.app import sample_needs as needs
from cardbook.domain.contact import Contact
from cardbook.domain.enums import (
    ContactStatus,
    ExchangeOutcome,
    NoCardReason,
    OfferedBy,
    Reciprocated,
    Reciprocity,
    ReferralOutcome,
)
from cardbook.domain.exchange import Encounter, meeting_stats, outcome_fields
from cardbook.domain.person_names import sort_keys
from cardbook.domain.text import fold
from cardbook.storage import models as m
from cardbook.storage.contacts import search_index
from cardbook.storage.library import Library

CHUNK = 5000
_T = TypeVar("_T")
_Row = dict[str, Any]
_People = list[tuple[Contact, list[Encounter]]]
Progress = Callable[[int, int], None]  # (contacts done, contacts asked for)
_MEETING_CUM = (62, 82, 92, 97, 100)  # met 1..5 times: most people once, a few become familiar faces


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What one run added; `networks` counts those its events belong to, reused by name when they already existed."""

    contacts: int
    networks: int
    events: int
    encounters: int
    referrals: int
    follow_ups: int


@dataclass(frozen=True, slots=True)
class _Event:
    id: int
    name: str
    date: dt.date
    city: str
    network_id: int | None
    weight: int  # a fair brings many more cards home than a club breakfast


def generate_demo(
    library: Library, contacts: int, *, seed: int = 2026, today: dt.date | None = None, progress: Progress | None = None
) -> DemoSummary:
    """Add `contacts` sample contacts with a year of events, exchanges, referrals and follow-ups before `today`."""
    if contacts < 0:
        raise ValueError("the number of contacts cannot be negative")
    today = today or dt.date.today()
    with library.writing() as session:
        existing = int(session.scalar(select(func.count()).select_from(m.ContactRow)) or 0)
        # Mixing in the library's size makes a second run add other people rather than the same ones again,
        # while an empty library with the same seed and day always gets the same data.
        rng = random.Random(f"cardbook-demo:{seed}:{existing}")
        network_ids = _networks(session, rng, today)
        events, new_events = _events(session, rng, today, contacts, network_ids)
    maker = _Maker(rng, today, events)
    # "Freshly scanned" cards awaiting review: a handful, all from the latest event.
    review = set(rng.sample(range(contacts), min(contacts, 3 + contacts // 400, 40)))
    totals = {"encounters": 0, "referrals": 0, "follow_ups": 0}
    report: Progress = progress or (lambda done, total: None)
    report(0, contacts)
    for start in range(0, contacts, CHUNK):
        count = min(CHUNK, contacts - start)
        with library.writing() as session:
            first_id = int(session.scalar(select(func.max(m.ContactRow.id))) or 0) + 1
            batch = maker.batch(first_id, [start + i in review for i in range(count)])
            _store(session, batch)
        for key in totals:
            totals[key] += len(batch[key])
        report(start + count, contacts)
    return DemoSummary(contacts, len(network_ids), new_events, **totals)


def _networks(session: Session, rng: random.Random, today: dt.date) -> dict[str, int]:
    """Five to eight networks, name -> id, reusing those that exist (names are unique, case-insensitively)."""
    existing = {name.casefold(): nid for nid, name in session.execute(select(m.NetworkRow.id, m.NetworkRow.name))}
    ids: dict[str, int] = {}
    for spec in names.NETWORKS[: rng.randint(5, len(names.NETWORKS))]:
        since = today - dt.timedelta(days=rng.randint(400, 2200))
        if spec.name.casefold() not in existing:
            row = m.NetworkRow(name=spec.name, kind=spec.kind.value, yearly_cost=spec.yearly_cost, notes=spec.notes)
            row.member_since = since
            session.add(row)
            session.flush()
            existing[spec.name.casefold()] = row.id
        ids[spec.name] = existing[spec.name.casefold()]
    return ids


def _events(
    session: Session, rng: random.Random, today: dt.date, contacts: int, network_ids: dict[str, int]
) -> tuple[list[_Event], int]:
    """Two to four events a month over the last twelve months, a few more for a big library."""
    extra = max(0, round(1.5 * (len(str(max(contacts, 1))) - 3)))  # +2 a month from 1,000 contacts, +4 from 100,000
    query = select(m.EventRow.id, m.EventRow.name, m.EventRow.date)
    existing = {(name.casefold(), day): eid for eid, name, day in session.execute(query)}
    specs = [s for s in names.NETWORKS if s.name in network_ids]
    events: list[_Event] = []
    created = 0
    fairs = rng.sample(names.STANDALONE_EVENTS, len(names.STANDALONE_EVENTS))  # each fair happens once a year
    for month in range(12):
        for _ in range(rng.randint(2, 4) + extra):
            day = today - dt.timedelta(days=365 - month * 365 // 12 - rng.randrange(30))
            if day.weekday() >= 5:
                day -= dt.timedelta(days=day.weekday() - 3)  # clubs and fairs meet on weekdays: move to Thursday
            day = min(day, today - dt.timedelta(days=1))
            network_id: int | None = None
            if rng.random() < 0.7 or not fairs:
                spec = rng.choices(specs, [s.frequency for s in specs])[0]
                name, place, city = rng.choice(spec.events)
                network_id, weight = network_ids[spec.name], 2
            else:
                fair = fairs.pop()
                name, place, city, weight = fair.name, fair.place, fair.city, 3 * fair.size
            if (name.casefold(), day) not in existing:
                row = m.EventRow(name=name, date=day, place=place, network_id=network_id, notes="")
                session.add(row)
                session.flush()
                existing[(name.casefold(), day)] = row.id
                created += 1
            events.append(_Event(existing[(name.casefold(), day)], name, day, city, network_id, weight))
    return events, created


NO_CARDS = ExchangeOutcome.NO_CARDS


def _exchange(rng: random.Random) -> tuple[OfferedBy, Reciprocated, NoCardReason | None]:
    """About 55% mutual, 20% one-way from them, 10% one-way from me, 15% unknown. Of the one-way cards from them,
    about half came from people who did not ask for mine (one-way givers), a third from my own lapse (cards I
    owe), the rest without a recorded reason — so the two lists differ, as they do in real life."""
    r = rng.random()
    if r < 0.55:
        return rng.choices((OfferedBy.ME, OfferedBy.THEM, OfferedBy.UNKNOWN), (45, 45, 10))[0], Reciprocated.YES, None
    if r < 0.75:
        reasons = (NoCardReason.NOT_ASKED, NoCardReason.MY_LAPSE, NoCardReason.UNKNOWN)
        return OfferedBy.THEM, Reciprocated.NO, rng.choices(reasons, (50, 35, 15))[0]
    if r < 0.85:
        return OfferedBy.ME, Reciprocated.NO, None
    offered = rng.choices((OfferedBy.UNKNOWN, OfferedBy.THEM, OfferedBy.ME), (70, 20, 10))[0]
    return offered, Reciprocated.UNKNOWN, None


def _weighted_sample(rng: random.Random, items: Sequence[_T], weights: Sequence[float], k: int) -> list[_T]:
    """k distinct items, heavier ones likelier (Efraimidis–Spirakis keys)."""
    keyed = sorted(((rng.random() ** (1.0 / w), i) for i, w in enumerate(weights)), reverse=True)
    return [items[i] for _, i in keyed[:k]]


class _Maker:
    """Generates chunks of contacts with everything that hangs off them, as rows ready for executemany."""

    def __init__(self, rng: random.Random, today: dt.date, events: list[_Event]) -> None:
        self.rng, self.today, self.events = rng, today, events
        # Whether a repeat meeting went without cards (docs/MEETINGS.md) is drawn from a stream of its own, seeded
        # from the main one without consuming it: the rest of the generated library stays what it was.
        self.again = random.Random(repr(rng.getstate()[1][:8]))
        self.event_cum: list[int] = []
        self.by_network: dict[int, list[int]] = {}
        for i, event in enumerate(events):
            self.event_cum.append(event.weight + (self.event_cum[-1] if self.event_cum else 0))
            if event.network_id is not None:
                self.by_network.setdefault(event.network_id, []).append(i)
        self.latest = max(range(len(events)), key=lambda i: (events[i].date, i))

    def _pick_event(self) -> int:
        return self.rng.choices(range(len(self.events)), cum_weights=self.event_cum)[0]

    def _event_plan(self, review: bool) -> list[int | None]:
        """Indices of the events where the person was met; None for a meeting elsewhere."""
        if review:
            return [self.latest]
        rng = self.rng
        plan: list[int | None] = [self._pick_event() if rng.random() < 0.9 else None]
        home = self.events[plan[0]].network_id if plan[0] is not None else None
        same_club = self.by_network.get(home) if home is not None else None
        for _ in range(rng.choices((0, 1, 2, 3, 4), cum_weights=_MEETING_CUM)[0]):
            choice: int | None = None
            if rng.random() >= 0.15:
                # Trust comes from meeting the same people again: repeat meetings happen mostly in the same club.
                for _attempt in range(3):
                    candidate = rng.choice(same_club) if same_club and rng.random() < 0.7 else self._pick_event()
                    if candidate not in plan:
                        choice = candidate
                        break
            plan.append(choice)
        return plan

    def _encounters(self, cid: int, plan: list[int | None], city: str, company: str | None) -> list[Encounter]:
        rng, today = self.rng, self.today
        found: list[Encounter] = []
        for index in plan:
            offered, answered, why = _exchange(rng)
            encounter = Encounter(contact_id=cid, offered_by=offered, reciprocated=answered, why_no_card=why)
            if index is None:
                day = today - dt.timedelta(days=rng.randint(1, 365))
                encounter.place = rng.choice(names.ELSEWHERE_PLACES).format(city=city, company=company or "la CCI")
            else:
                encounter.event_id, day = self.events[index].id, self.events[index].date
            encounter.date = day
            if answered is Reciprocated.YES and offered is OfferedBy.THEM and rng.random() < 0.15:
                # "Sent my card by email a few days later": the exchange was completed after the meeting.
                encounter.reciprocated_on = min(day + dt.timedelta(days=rng.randint(1, 21)), today)
            if why is NoCardReason.MY_LAPSE and rng.random() < 0.1:
                encounter.owe_dismissed = True  # a card the user never meant to answer
            if rng.random() < 0.06:
                encounter.note = rng.choice(names.ENCOUNTER_NOTES)
            found.append(encounter)
        first = min(range(len(found)), key=lambda i: (found[i].date or dt.date.min, i))
        for i, encounter in enumerate(found):
            if i != first and self.again.random() < 0.4:
                # Met again: their card is in the library already, so often no cards change hands this time.
                encounter.offered_by, encounter.reciprocated, encounter.why_no_card = outcome_fields(NO_CARDS)
                encounter.reciprocated_on, encounter.owe_dismissed = None, False
        return found

    def batch(self, first_id: int, review: list[bool]) -> dict[str, list[_Row]]:
        rng = self.rng
        people: _People = []
        for offset, is_review in enumerate(review):
            plan = self._event_plan(is_review)
            card = names.make_card(rng, self.events[plan[0]].city if plan[0] is not None else None)
            contact = card.contact
            contact.id = first_id + offset
            if is_review:
                contact.status = ContactStatus.AWAITING_REVIEW  # freshly scanned: no notes or tags yet
            else:
                if rng.random() < 0.18:
                    note = rng.choice(names.ENGLISH_NOTES if card.english else names.FRENCH_NOTES)
                    contact.notes = note.format(city=card.city)
                if rng.random() < 0.4:
                    contact.tags = sorted(set(rng.choices(names.TAG_NAMES, names.TAG_WEIGHTS, k=rng.randint(1, 2))))
                self._needs_and_offers(contact)
            people.append((contact, self._encounters(contact.id, plan, card.city, contact.company)))
        referrals, follow_ups = self._referrals(people), self._follow_ups(people)  # before _rows: adds tags
        out = self._rows(people)  # keyed by table, contacts first: _store inserts in this order
        out.update(referrals=referrals, follow_ups=follow_ups)
        return out

    def _needs_and_offers(self, contact: Contact) -> None:
        """About 8% say what they are looking for and 12% what they offer: enough for introductions to show."""
        rng = self.rng
        if rng.random() < 0.08:
            contact.needs, tags = rng.choice(needs.NEEDS)
            contact.need_tags = list(tags)
        if rng.random() < 0.12:
            contact.offers, tags = rng.choice(needs.OFFERS)
            contact.offer_tags = list(tags)

    def _referrals(self, people: _People) -> list[_Row]:
        """About 5% of people send business my way; I send some to others; a few refer each other."""
        rng, today = self.rng, self.today
        out: list[_Row] = []
        active = [(c, meeting_stats(e)) for c, e in people if c.status is ContactStatus.ACTIVE]

        def add(frm: int | None, to: int | None, since: dt.date | None, note: str, to_name: str | None = None) -> None:
            start = since or today - dt.timedelta(days=365)
            outcome = rng.choices(list(ReferralOutcome), (40, 35, 25))[0]
            value = round(rng.lognormvariate(8.0, 0.8) / 50) * 50 + 300.0  # euros: mostly a few thousand
            day = start + dt.timedelta(days=rng.randint(0, max(0, (today - start).days)))
            keep = outcome is ReferralOutcome.WON or rng.random() < 0.5  # an estimate is not always known
            values = (frm, to, to_name, day, note, outcome.value, value if keep else None)
            out.append(dict(zip(_REFERRAL_COLUMNS, values, strict=True)))

        # Prescribers are mostly people met several times with whom cards went both ways.
        weights = [1 + 3 * (s.count > 1) + 2 * (s.reciprocity is Reciprocity.MUTUAL) for _, s in active]
        received = round(len(active) * 0.05) or int(rng.random() < len(active) * 0.05)
        for contact, stats in _weighted_sample(rng, active, weights, received):
            contact.tags = sorted({*contact.tags, names.PRESCRIBER_TAG})
            for _ in range(rng.choices((1, 2, 3), (70, 20, 10))[0]):
                add(contact.id, None, stats.first_met, rng.choice(names.RECEIVED_REFERRAL_NOTES))
        for contact, stats in _weighted_sample(rng, active, weights, round(len(active) * 0.03)):
            add(None, contact.id, stats.first_met, rng.choice(names.GIVEN_REFERRAL_NOTES))
        for _ in range(round(len(active) * 0.01)):
            (a, sa), (b, _sb) = rng.sample(active, 2)
            add(a.id, b.id, sa.first_met, "Mise en relation entre deux contacts")
        for _ in range(round(len(active) * 0.005)):
            add(None, None, None, rng.choice(names.GIVEN_REFERRAL_NOTES), rng.choice(names.OUTSIDE_REFERRAL_NAMES))
        return out

    def _follow_ups(self, people: _People) -> list[_Row]:
        """Some overdue, some upcoming, some done, some "stay in touch every N weeks"."""
        rng, today = self.rng, self.today
        out: list[_Row] = []
        for contact, encounters in people:
            if contact.status is not ContactStatus.ACTIVE or rng.random() >= 0.12:
                continue
            kind = rng.choices(("overdue", "upcoming", "done", "rhythm"), (30, 30, 25, 15))[0]
            every: int | None = None
            done: dt.date | None = None
            if kind == "overdue":
                due = today - dt.timedelta(days=rng.randint(1, 40))
            elif kind == "upcoming":
                due = today + dt.timedelta(days=rng.randint(1, 45))
            elif kind == "done":
                due = today - dt.timedelta(days=rng.randint(5, 120))
                done = min(due + dt.timedelta(days=rng.randint(0, 7)), today)
            else:
                every = rng.choice((4, 6, 8, 12, 26))
                due = (meeting_stats(encounters).last_met or today) + dt.timedelta(weeks=every)
            note = rng.choice(names.FOLLOW_UP_NOTES)
            out.append({"contact_id": contact.id, "due": due, "note": note, "done_on": done, "every_weeks": every})
        return out

    def _rows(self, people: _People) -> dict[str, list[_Row]]:
        """Table rows, with the summary columns of `refresh_summary` and the sort keys of `apply_contact`."""
        keys = ("contacts", "contact_emails", "contact_phones", "contact_links", "contact_topics", "encounters",
                "tag_names", "fts")  # fmt: skip
        out: dict[str, list[_Row]] = {k: [] for k in keys}
        for c, encounters in people:
            stats = meeting_stats(encounters)
            # Added on the evening of the first meeting, touched again on the evening of the last one.
            created = dt.datetime.combine(stats.first_met or self.today, dt.time(18, self.rng.randrange(60)))
            updated = (
                dt.datetime.combine(stats.last_met, dt.time(22)) if stats.count > 1 and stats.last_met else created
            )
            by_name = sort_keys(c.full_name, c.given_name, c.family_name, c.display_name)
            values = (
                c.id, c.full_name, c.given_name, c.family_name, c.title, c.company, c.department, c.address, c.notes,
                c.status.value, fold(c.display_name), *by_name,
                fold(c.company or ""), stats.count, stats.first_met, stats.last_met, stats.reciprocity.value, created,
                updated, c.needs, c.offers,
            )  # fmt: skip
            out["contacts"].append(dict(zip(_CONTACT_COLUMNS, values, strict=True)))
            out["contact_emails"] += [
                {"contact_id": c.id, "position": i, "value": e, "normalized": e.casefold()}
                for i, e in enumerate(c.emails)
            ]
            out["contact_phones"] += [
                {"contact_id": c.id, "position": i, "number": p.number, "e164": p.e164, "kind": p.kind.value}
                for i, p in enumerate(c.phones)
            ]
            out["contact_topics"] += [{"contact_id": c.id, "kind": "need", "tag": t} for t in c.need_tags]
            out["contact_topics"] += [{"contact_id": c.id, "kind": "offer", "tag": t} for t in c.offer_tags]
            links = [("website", w) for w in c.websites] + [("social", s) for s in c.social]
            out["contact_links"] += [
                {"contact_id": c.id, "position": i, "kind": k, "value": v} for i, (k, v) in enumerate(links)
            ]
            out["tag_names"] += [{"contact_id": c.id, "name": t} for t in c.tags]
            for e in encounters:
                met = (
                    c.id, e.event_id, e.date, e.place, e.offered_by.value, e.reciprocated.value, e.reciprocated_on,
                    e.owe_dismissed, e.note, e.reason.value if e.reason else None,
                )  # fmt: skip
                out["encounters"].append(dict(zip(_ENCOUNTER_COLUMNS, met, strict=True)))
            out["fts"].append({"id": c.id, "contact": c})
        return out


_CONTACT_COLUMNS = (
    "id", "full_name", "given_name", "family_name", "title", "company", "department", "address", "notes", "status",
    "sort_name", "sort_given", "sort_family", "sort_company", "meeting_count", "first_met", "last_met", "reciprocity",
    "created_at", "updated_at",
    "needs", "offers",
)  # fmt: skip
_ENCOUNTER_COLUMNS = (
    "contact_id", "event_id", "date", "place", "offered_by", "reciprocated", "reciprocated_on", "owe_dismissed", "note",
    "why_no_card",
)  # fmt: skip
_REFERRAL_COLUMNS = ("from_contact_id", "to_contact_id", "to_name", "date", "note", "outcome", "value")


def _store(session: Session, batch: dict[str, list[_Row]]) -> None:
    """Insert a chunk with executemany; tags first, since they are shared with the rest of the library."""
    tags = {name.casefold(): (tid, name) for tid, name in session.execute(select(m.TagRow.id, m.TagRow.name))}
    missing = sorted({t["name"] for t in batch["tag_names"] if t["name"].casefold() not in tags})
    if missing:
        session.execute(insert(m.TagRow), [{"name": n} for n in missing])
        tags = {name.casefold(): (tid, name) for tid, name in session.execute(select(m.TagRow.id, m.TagRow.name))}
    batch["contact_tags"] = [
        {"contact_id": t["contact_id"], "tag_id": tags[t["name"].casefold()][0]} for t in batch["tag_names"]
    ]
    for table, rows in batch.items():  # contacts first, then the rows that point to them
        if rows and table in m.Base.metadata.tables:
            session.execute(insert(m.Base.metadata.tables[table]), rows)
    if batch["contacts"] and session.get_bind().dialect.name == "postgresql":
        # The contacts were inserted with their ids: PostgreSQL's sequence does not follow (SQLite's rowid does),
        # and the next contact created would be refused as a duplicate key (docs/TEAM_LIBRARY.md, "Push").
        session.execute(text("SELECT setval(pg_get_serial_sequence('contacts', 'id'), (SELECT max(id) FROM contacts))"))
    tags_of: dict[int, list[str]] = {}
    for t in batch["tag_names"]:
        tags_of.setdefault(t["contact_id"], []).append(tags[t["name"].casefold()][1])
    # Reusing the services' own query and document builder keeps the index text identical to a reindex.
    events = search_index.events_of(session, [doc["id"] for doc in batch["fts"]])
    for doc in batch["fts"]:
        contact: Contact = doc.pop("contact")
        contact.tags = tags_of.get(doc["id"], [])
        doc.update(search_index.document_for(contact, events.get(doc["id"], [])))
    if batch["fts"]:
        search_index.write_entries(session, batch["fts"])
