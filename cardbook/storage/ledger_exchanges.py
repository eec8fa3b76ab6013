"""Resolving exchanges in one action — "I sent my card", "no card owed", bulk tagging — each one undoable.

Why every function returns an ExchangeChange: the window's lists ("Cards I owe", "One-way givers") resolve a
line with one click, and a click on the wrong line must be undone just as fast. The change holds each touched
encounter's exchange fields before and after, so undo is `undo_exchange_change(library, change)`, whatever the
action was, and it returns the inverse change (that is "redo").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from cardbook.domain.enums import OfferedBy, Reciprocated, Reciprocity
from cardbook.domain.exchange import encounter_reciprocity
from cardbook.storage.encounters import after_encounter_change, cards_i_owe_ids, one_way_giver_ids
from cardbook.storage.errors import NotFoundError
from cardbook.storage.library import Library
from cardbook.storage.models import ContactRow, EncounterRow, EventRow


@dataclass(frozen=True, slots=True)
class ExchangeState:
    """The exchange fields of one encounter."""

    encounter_id: int
    contact_id: int
    offered_by: OfferedBy
    reciprocated: Reciprocated
    reciprocated_on: dt.date | None
    owe_dismissed: bool

    @property
    def reciprocity(self) -> Reciprocity:
        return encounter_reciprocity(self.offered_by, self.reciprocated)


@dataclass(frozen=True, slots=True)
class ExchangeChange:
    before: tuple[ExchangeState, ...]
    after: tuple[ExchangeState, ...]

    @property
    def count(self) -> int:
        """How many encounters actually changed."""
        return sum(b != a for b, a in zip(self.before, self.after, strict=True))

    @property
    def contact_ids(self) -> list[int]:
        return sorted({s.contact_id for s in self.before})


@dataclass(frozen=True, slots=True)
class ExchangeLine:
    """A line of the "One-way givers" or "Cards I owe" list."""

    contact_id: int
    name: str
    company: str | None
    meetings: int
    last_met: dt.date | None
    owes_card: bool  # I took their card without giving mine and have not dismissed it
    one_way_since: dt.date | None  # the first one-way meeting
    events: tuple[str, ...]  # where their card came one way, oldest first


def _state(row: EncounterRow) -> ExchangeState:
    return ExchangeState(
        row.id,
        row.contact_id,
        OfferedBy(row.offered_by),
        Reciprocated(row.reciprocated),
        row.reciprocated_on,
        row.owe_dismissed,
    )


def _write(row: EncounterRow, state: ExchangeState) -> None:
    row.offered_by = state.offered_by.value
    row.reciprocated = state.reciprocated.value
    row.reciprocated_on = state.reciprocated_on
    row.owe_dismissed = state.owe_dismissed


def _apply(session: Session, rows: Sequence[EncounterRow], new_states: Sequence[ExchangeState]) -> ExchangeChange:
    before = tuple(_state(r) for r in rows)
    for row, state in zip(rows, new_states, strict=True):
        _write(row, state)
    for contact_id in sorted({r.contact_id for r in rows}):
        after_encounter_change(session, contact_id)
    return ExchangeChange(before, tuple(_state(r) for r in rows))


def _one_way_rows(session: Session, contact_id: int, offered_by: OfferedBy) -> list[EncounterRow]:
    if session.get(ContactRow, contact_id) is None:
        raise NotFoundError(f"no contact with id {contact_id}")
    return list(
        session.scalars(
            select(EncounterRow)
            .where(
                EncounterRow.contact_id == contact_id,
                EncounterRow.offered_by == offered_by.value,
                EncounterRow.reciprocated == Reciprocated.NO.value,
            )
            .order_by(EncounterRow.id)
        )
    )


def set_exchange(
    library: Library,
    encounter_ids: Iterable[int],
    *,
    offered_by: OfferedBy | None = None,
    reciprocated: Reciprocated | None = None,
) -> ExchangeChange:
    """Tag several encounters at once (the batch after an event), in one transaction; None leaves a field as is.

    An encounter that is no longer reciprocated loses its "reciprocated on" date. A missing id changes nothing.
    """
    ids = list(dict.fromkeys(encounter_ids))
    with library.writing() as session:
        found = {r.id: r for r in session.scalars(select(EncounterRow).where(EncounterRow.id.in_(ids)))}
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFoundError(f"no encounter with id {missing[0]}")
        rows = [found[i] for i in ids]
        states = []
        for row in rows:
            old = _state(row)
            new_reciprocated = reciprocated or old.reciprocated
            states.append(
                ExchangeState(
                    old.encounter_id,
                    old.contact_id,
                    offered_by or old.offered_by,
                    new_reciprocated,
                    old.reciprocated_on if new_reciprocated is Reciprocated.YES else None,
                    old.owe_dismissed,
                )
            )
        return _apply(session, rows, states)


def send_card(library: Library, contact_id: int, on: dt.date) -> ExchangeChange:
    """ "I sent my card" (by email, by post): every one-way-from-them encounter becomes mutual, dated `on`."""
    with library.writing() as session:
        rows = _one_way_rows(session, contact_id, OfferedBy.THEM)
        states = [replace(_state(r), reciprocated=Reciprocated.YES, reciprocated_on=on) for r in rows]
        return _apply(session, rows, states)


def card_received(library: Library, contact_id: int, on: dt.date) -> ExchangeChange:
    """They sent their card after all: every one-way-from-me encounter becomes mutual, dated `on`."""
    with library.writing() as session:
        rows = _one_way_rows(session, contact_id, OfferedBy.ME)
        states = [replace(_state(r), reciprocated=Reciprocated.YES, reciprocated_on=on) for r in rows]
        return _apply(session, rows, states)


def dismiss_owed_card(library: Library, contact_id: int) -> ExchangeChange:
    """ "No card owed": I took their card and do not mean to give mine (the blog's advice for card-dealers).

    They stay a one-way giver — that is what happened — but leave the "Cards I owe" list.
    """
    with library.writing() as session:
        rows = [r for r in _one_way_rows(session, contact_id, OfferedBy.THEM) if not r.owe_dismissed]
        states = [replace(_state(r), owe_dismissed=True) for r in rows]
        return _apply(session, rows, states)


def undo_exchange_change(library: Library, change: ExchangeChange) -> ExchangeChange:
    """Put every encounter of `change` back as it was; returns the change that redoes it."""
    with library.writing() as session:
        ids = [s.encounter_id for s in change.before]
        found = {r.id: r for r in session.scalars(select(EncounterRow).where(EncounterRow.id.in_(ids)))}
        # An encounter deleted since cannot be put back; the others still are.
        pairs = [(found[s.encounter_id], s) for s in change.before if s.encounter_id in found]
        return _apply(session, [r for r, _ in pairs], [s for _, s in pairs])


def exchange_lines(library: Library, contact_ids: Sequence[int]) -> list[ExchangeLine]:
    """The list lines for these contacts, in the given order."""
    if not contact_ids:
        return []
    owed = set(cards_i_owe_ids(library))
    with library.session() as session:
        contacts = {r.id: r for r in session.scalars(select(ContactRow).where(ContactRow.id.in_(contact_ids)))}
        one_way = session.execute(
            select(EncounterRow.contact_id, EncounterRow.date, EventRow.name)
            .outerjoin(EventRow, EventRow.id == EncounterRow.event_id)
            .where(
                EncounterRow.contact_id.in_(contact_ids),
                EncounterRow.offered_by == OfferedBy.THEM.value,
                EncounterRow.reciprocated == Reciprocated.NO.value,
            )
            .order_by(EncounterRow.date.nulls_last(), EncounterRow.id)
        ).all()
        since: dict[int, dt.date | None] = {}
        events: dict[int, list[str]] = {}
        for cid, day, event_name in one_way:
            since.setdefault(cid, day)
            if event_name and event_name not in events.setdefault(cid, []):
                events[cid].append(event_name)
        return [
            ExchangeLine(
                cid,
                contacts[cid].full_name or contacts[cid].company or "",
                contacts[cid].company,
                contacts[cid].meeting_count,
                contacts[cid].last_met,
                cid in owed,
                since.get(cid),
                tuple(events.get(cid, [])),
            )
            for cid in contact_ids
            if cid in contacts
        ]


def one_way_givers(library: Library) -> list[ExchangeLine]:
    """People who handed me a card and never took mine, most recently met first."""
    return exchange_lines(library, one_way_giver_ids(library))


def cards_i_owe(library: Library) -> list[ExchangeLine]:
    """The one-way givers whose card I still mean to answer, most recently met first."""
    return exchange_lines(library, cards_i_owe_ids(library))
