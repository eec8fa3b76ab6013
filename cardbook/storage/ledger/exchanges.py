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

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cardbook.domain.enums import ExchangeOutcome, NoCardReason, OfferedBy, Reciprocated, Reciprocity
from cardbook.domain.exchange import (
    contact_reciprocity,
    encounter_reciprocity,
    exchange_outcome,
    no_card_reason,
    outcome_fields,
)
from cardbook.domain.member import Viewpoint
from cardbook.storage.errors import NotFoundError
from cardbook.storage.ledger import rules
from cardbook.storage.ledger.encounters import (
    after_encounter_change,
    cards_i_owe_ids,
    one_way_giver_ids,
    reason_unrecorded_ids,
)
from cardbook.storage.library import Library
from cardbook.storage.members import viewpoint, writing_viewpoint
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
    why_no_card: NoCardReason | None = None

    @property
    def reciprocity(self) -> Reciprocity:
        return encounter_reciprocity(self.offered_by, self.reciprocated)

    @property
    def outcome(self) -> ExchangeOutcome:
        return exchange_outcome(self.offered_by, self.reciprocated, self.why_no_card)


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
    owes_card: bool  # I had none or forgot mine, and have not sent it nor dismissed it (domain/exchange.owes_card)
    one_way_since: dt.date | None  # the first one-way meeting
    events: tuple[str, ...]  # where their card came one way, oldest first
    one_way_giver: bool = False  # they did not ask for or take mine (domain/exchange.is_one_way_giver)
    reason_unrecorded: bool = False  # a one-way card without a recorded reason (domain/exchange.reason_unrecorded)
    one_way_meetings: int = 0  # how many meetings their card came one way ("at several events")


def _state(row: EncounterRow) -> ExchangeState:
    return ExchangeState(
        row.id,
        row.contact_id,
        OfferedBy(row.offered_by),
        Reciprocated(row.reciprocated),
        row.reciprocated_on,
        row.owe_dismissed,
        NoCardReason(row.why_no_card) if row.why_no_card else None,
    )


def _write(row: EncounterRow, state: ExchangeState) -> None:
    row.offered_by = state.offered_by.value
    row.reciprocated = state.reciprocated.value
    row.reciprocated_on = state.reciprocated_on
    row.owe_dismissed = state.owe_dismissed
    reason = no_card_reason(state.offered_by, state.reciprocated, state.why_no_card)
    row.why_no_card = reason.value if reason is not None else None


def _apply(session: Session, rows: Sequence[EncounterRow], new_states: Sequence[ExchangeState]) -> ExchangeChange:
    before = tuple(_state(r) for r in rows)
    for row, state in zip(rows, new_states, strict=True):
        _write(row, state)
    for contact_id in sorted({r.contact_id for r in rows}):
        after_encounter_change(session, contact_id)
    return ExchangeChange(before, tuple(_state(r) for r in rows))


def _one_way_rows(session: Session, library: Library, contact_id: int, offered_by: OfferedBy) -> list[EncounterRow]:
    """The contact's one-way encounters of this machine's point of view: "I sent my card" sends the current
    member's card, and leaves another member's owed card owed (storage/members.viewpoint)."""
    if session.get(ContactRow, contact_id) is None:
        raise NotFoundError(f"no contact with id {contact_id}")
    view = writing_viewpoint(session, library)
    return list(
        session.scalars(
            select(EncounterRow)
            .where(
                EncounterRow.contact_id == contact_id,
                EncounterRow.offered_by == offered_by.value,
                EncounterRow.reciprocated == Reciprocated.NO.value,
                rules.mine(view, EncounterRow.member_id),
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
    why_no_card: NoCardReason | None = None,
) -> ExchangeChange:
    """Tag several encounters at once (the batch after an event), in one transaction; None leaves a field as is.

    An encounter that is no longer reciprocated loses its "reciprocated on" date; one that is no longer one way
    from them loses its reason (a reason is kept only where it means something). A missing id changes nothing.
    "Nobody offered a card" (no cards this time, docs/MEETINGS.md) leaves nothing to answer: reciprocated is "no"
    with it; an answer given to such a meeting, or a first offer, makes it an exchange again (the other tag then
    "not noted" unless given).
    """
    with library.writing() as session:
        rows = _encounter_rows(session, encounter_ids)
        states = []
        for row in rows:
            old = _state(row)
            new_offered = offered_by or old.offered_by
            new_reciprocated = reciprocated or old.reciprocated
            if offered_by is OfferedBy.NOBODY:
                new_reciprocated = Reciprocated.NO
            elif old.offered_by is OfferedBy.NOBODY:
                if offered_by is None and reciprocated is not None:
                    new_offered = OfferedBy.UNKNOWN
                if reciprocated is None:
                    new_reciprocated = Reciprocated.UNKNOWN
            states.append(
                ExchangeState(
                    old.encounter_id,
                    old.contact_id,
                    new_offered,
                    new_reciprocated,
                    old.reciprocated_on if new_reciprocated is Reciprocated.YES else None,
                    old.owe_dismissed,
                    why_no_card or old.why_no_card,
                )
            )
        return _apply(session, rows, states)


def _encounter_rows(session: Session, encounter_ids: Iterable[int]) -> list[EncounterRow]:
    """The encounters asked for, each once, in the order asked; NotFoundError names the first missing one."""
    ids = list(dict.fromkeys(encounter_ids))
    found = {r.id: r for r in session.scalars(select(EncounterRow).where(EncounterRow.id.in_(ids)))}
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFoundError(f"no encounter with id {missing[0]}")
    return [found[i] for i in ids]


def set_outcome(library: Library, encounter_ids: Iterable[int], outcome: ExchangeOutcome) -> ExchangeChange:
    """One key per outcome (review, the event table, `cardbook exchange --outcome`), for one card or several.

    "Mutual" keeps who offered first where it was recorded; every other outcome sets all three facts
    (domain/exchange.outcome_fields). Undo with undo_exchange_change, like every change here."""
    with library.writing() as session:
        rows = _encounter_rows(session, encounter_ids)
        states = []
        for row in rows:
            old = _state(row)
            offered, answered, why = outcome_fields(outcome, old.offered_by)
            kept_on = old.reciprocated_on if answered is Reciprocated.YES else None
            states.append(replace(old, offered_by=offered, reciprocated=answered, reciprocated_on=kept_on,
                                  why_no_card=why))  # fmt: skip
        return _apply(session, rows, states)


def send_card(library: Library, contact_id: int, on: dt.date) -> ExchangeChange:
    """ "I sent my card" (by email, by post): every one-way-from-them encounter becomes mutual, dated `on`."""
    with library.writing() as session:
        rows = _one_way_rows(session, library, contact_id, OfferedBy.THEM)
        states = [replace(_state(r), reciprocated=Reciprocated.YES, reciprocated_on=on) for r in rows]
        return _apply(session, rows, states)


def card_received(library: Library, contact_id: int, on: dt.date) -> ExchangeChange:
    """They sent their card after all: every one-way-from-me encounter becomes mutual, dated `on`."""
    with library.writing() as session:
        rows = _one_way_rows(session, library, contact_id, OfferedBy.ME)
        states = [replace(_state(r), reciprocated=Reciprocated.YES, reciprocated_on=on) for r in rows]
        return _apply(session, rows, states)


def dismiss_owed_card(library: Library, contact_id: int) -> ExchangeChange:
    """ "No card owed": I took their card and do not mean to give mine after all.

    The card stays one way — that is what happened — but leaves the "Cards I owe" list (and "reason not
    recorded"). Saying they did not ask for mine is `set_no_card_reason(..., NOT_ASKED)` instead.
    """
    with library.writing() as session:
        rows = [r for r in _one_way_rows(session, library, contact_id, OfferedBy.THEM) if not r.owe_dismissed]
        states = [replace(_state(r), owe_dismissed=True) for r in rows]
        return _apply(session, rows, states)


def set_no_card_reason(library: Library, contact_id: int, reason: NoCardReason) -> ExchangeChange:
    """Say why, for every one-way card of this person whose reason was not recorded: the one click of the
    "reason not recorded" list ("they did not ask for mine" or "I had none")."""
    with library.writing() as session:
        rows = [
            r
            for r in _one_way_rows(session, library, contact_id, OfferedBy.THEM)
            if (r.why_no_card or NoCardReason.UNKNOWN.value) == NoCardReason.UNKNOWN.value
        ]
        states = [replace(_state(r), why_no_card=reason) for r in rows]
        return _apply(session, rows, states)


def undo_exchange_change(library: Library, change: ExchangeChange) -> ExchangeChange:
    """Put every encounter of `change` back as it was; returns the change that redoes it."""
    with library.writing() as session:
        ids = [s.encounter_id for s in change.before]
        found = {r.id: r for r in session.scalars(select(EncounterRow).where(EncounterRow.id.in_(ids)))}
        # An encounter deleted since cannot be put back; the others still are.
        pairs = [(found[s.encounter_id], s) for s in change.before if s.encounter_id in found]
        return _apply(session, [r for r, _ in pairs], [s for _, s in pairs])


def came_one_way(library: Library, contact_id: int, view: Viewpoint | None = None) -> bool:
    """Whether, over all meetings of the point of view (None: this machine's, storage/members.viewpoint), their
    card came one way and mine never went (domain/exchange.contact_reciprocity is FROM_THEM): the contact pane's
    owed-card buttons show then. Everyone's is the cached summary; a member's is read from their meetings."""
    view = view if view is not None else viewpoint(library)
    with library.session() as session:
        if view.is_everyone:
            cached = session.scalar(select(ContactRow.reciprocity).where(ContactRow.id == contact_id))
            return cached == Reciprocity.FROM_THEM.value
        rows = session.execute(
            select(EncounterRow.offered_by, EncounterRow.reciprocated).where(
                EncounterRow.contact_id == contact_id, rules.mine(view, EncounterRow.member_id)
            )
        ).all()
    states = (encounter_reciprocity(OfferedBy(o), Reciprocated(r)) for o, r in rows)
    return contact_reciprocity(states) is Reciprocity.FROM_THEM


def exchange_lines(library: Library, contact_ids: Sequence[int], view: Viewpoint | None = None) -> list[ExchangeLine]:
    """The list lines for these contacts, in the given order, from `view` (None: this machine's point of view:
    storage/members.viewpoint): a member's lines count that member's meetings only."""
    if not contact_ids:
        return []
    view = view if view is not None else viewpoint(library)
    owed, givers = set(cards_i_owe_ids(library, view)), set(one_way_giver_ids(library, view))
    unrecorded = set(reason_unrecorded_ids(library, view))
    with library.session() as session:
        contacts = {r.id: r for r in session.scalars(select(ContactRow).where(ContactRow.id.in_(contact_ids)))}
        met = {cid: (row.meeting_count, row.last_met) for cid, row in contacts.items()}
        if not view.is_everyone:  # the cached summary is everyone's
            met = {cid: (0, None) for cid in contacts}
            for cid, count, last in session.execute(
                select(EncounterRow.contact_id, func.count(), func.max(EncounterRow.date))
                .where(EncounterRow.contact_id.in_(contact_ids), rules.mine(view, EncounterRow.member_id))
                .group_by(EncounterRow.contact_id)
            ):
                met[cid] = (count, last)
        one_way = session.execute(
            select(EncounterRow.contact_id, EncounterRow.date, EventRow.name)
            .outerjoin(EventRow, EventRow.id == EncounterRow.event_id)
            .where(
                EncounterRow.contact_id.in_(contact_ids),
                EncounterRow.offered_by == OfferedBy.THEM.value,
                EncounterRow.reciprocated == Reciprocated.NO.value,
                rules.mine(view, EncounterRow.member_id),
            )
            .order_by(EncounterRow.date.nulls_last(), EncounterRow.id)
        ).all()
        since: dict[int, dt.date | None] = {}
        events: dict[int, list[str]] = {}
        meetings: dict[int, int] = {}
        for cid, day, event_name in one_way:
            since.setdefault(cid, day)
            meetings[cid] = meetings.get(cid, 0) + 1
            if event_name and event_name not in events.setdefault(cid, []):
                events[cid].append(event_name)
        return [
            ExchangeLine(
                cid,
                contacts[cid].full_name or contacts[cid].company or "",
                contacts[cid].company,
                met[cid][0],
                met[cid][1],
                cid in owed,
                since.get(cid),
                tuple(events.get(cid, [])),
                cid in givers,
                cid in unrecorded,
                meetings.get(cid, 0),
            )
            for cid in contact_ids
            if cid in contacts
        ]


def one_way_givers(library: Library, view: Viewpoint | None = None) -> list[ExchangeLine]:
    """People who handed me a card and did not ask for or take mine — a pattern of the person, perhaps at several
    events (`one_way_meetings`) — most recently met first. Caption: "They gave their card and did not ask for
    yours"."""
    view = view if view is not None else viewpoint(library)
    return exchange_lines(library, one_way_giver_ids(library, view), view)


def cards_i_owe(library: Library, view: Viewpoint | None = None) -> list[ExchangeLine]:
    """My to-do: people whose card I took when I had none or forgot mine, until "sent my card" or "no card owed",
    most recently met first. Caption: "You took their card and had none to give: send yours"."""
    view = view if view is not None else viewpoint(library)
    return exchange_lines(library, cards_i_owe_ids(library, view), view)


def reasons_unrecorded(library: Library, view: Viewpoint | None = None) -> list[ExchangeLine]:
    """People whose card came one way without a recorded reason (every such card of an old library): in neither
    list until the user says which it was (`set_no_card_reason`). Caption: "They gave, you did not — why?"."""
    view = view if view is not None else viewpoint(library)
    return exchange_lines(library, reason_unrecorded_ids(library, view), view)
