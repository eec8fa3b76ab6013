"""Recording a meeting without a new card, for the window and the command line alike (docs/MEETINGS.md).

Trust comes from meeting the same people again, and one rarely gets the same card twice: so a meeting is
recorded for people already in the library — one contact from their pane or `cardbook meeting add`, or several
at once from an event's page. The rules both front ends share live here, once:
- the event is named by id, or by name (the command line): a name several events share (a monthly club keeps
  its name) is refused unless the date picks one of them;
- the date is the one given, else the event's, else today; never in the future (a mistyped year);
- the exchange defaults to "no cards this time": they are in the library, so we already had each other's;
- an unknown contact or event refuses the whole meeting in one line; nothing is half saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from cardbook.domain.enums import ExchangeOutcome
from cardbook.domain.exchange import Encounter, date_problem, outcome_fields
from cardbook.domain.network import Event
from cardbook.domain.text import fold
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.ledger.events import get_event, list_events
from cardbook.storage.ledger.meetings import StoredMeeting, add_meetings, remove_meetings
from cardbook.storage.library import Library

DEFAULT_OUTCOME = ExchangeOutcome.NO_CARDS


@dataclass(frozen=True, slots=True)
class MeetingRequest:
    """What the user said about the meeting; None and "" are "not said"."""

    contact_ids: Sequence[int]
    event: int | str | None = None  # an event's id, or its name (the command line)
    date: dt.date | None = None
    place: str | None = None
    outcome: ExchangeOutcome = DEFAULT_OUTCOME
    note: str = ""


@dataclass(frozen=True, slots=True)
class MeetingResult:
    event: Event | None
    meetings: list[StoredMeeting] = field(default_factory=list)

    @property
    def encounters(self) -> list[Encounter]:
        return [m.encounter for m in self.meetings]

    @property
    def contact_ids(self) -> list[int]:
        return sorted({m.encounter.contact_id or 0 for m in self.meetings})


def _key(name: str) -> str:
    return " ".join(fold(name).split())


def find_event(library: Library, wanted: int | str, day: dt.date | None = None) -> Event:
    """The event with this id, or with this name (spaces, case and accents aside; on `day` when given)."""
    if isinstance(wanted, int) or wanted.strip().isdigit():
        return get_event(library, int(wanted))
    name = _key(wanted)
    if not name:
        raise ValidationError("the event's name is empty")
    named = [e for e in list_events(library) if _key(e.name) == name]  # newest first
    if day is not None and len(named) > 1:
        named = [e for e in named if e.date == day] or named
    if len(named) == 1:
        return named[0]
    if not named:
        close = [e for e in list_events(library) if name in _key(e.name)][:3]
        hint = "; did you mean " + ", ".join(f"“{e.name}” (id {e.id})" for e in close) if close else ""
        raise NotFoundError(f"no event named “{wanted.strip()}”{hint}")
    found = ", ".join(f"{e.id} ({e.date.isoformat() if e.date else 'no date'})" for e in named[:5])
    raise ValidationError(f"{len(named)} events are named “{wanted.strip()}” (ids {found}): give the id, or --date")


def add_meeting(library: Library, request: MeetingRequest, today: dt.date) -> MeetingResult:
    """Record the meeting with each contact of the request, in one transaction."""
    if not request.contact_ids:
        raise ValidationError("say whom you met: at least one contact")
    event = find_event(library, request.event, request.date) if request.event is not None else None
    day = request.date or (event.date if event is not None else None) or today
    problem = date_problem(day, today)
    if problem:
        raise ValidationError(problem)
    offered_by, reciprocated, why = outcome_fields(request.outcome)
    meeting = Encounter(
        event_id=event.id if event is not None else None,
        date=day,
        place=(request.place or "").strip() or None,
        offered_by=offered_by,
        reciprocated=reciprocated,
        why_no_card=why,
        note=(request.note or "").strip(),
    )
    return MeetingResult(event, add_meetings(library, request.contact_ids, meeting))


def remove_meeting(library: Library, encounter_ids: Sequence[int]) -> list[StoredMeeting]:
    """Take back meetings recorded by mistake; what was removed is returned (the window's undo puts it back)."""
    if not encounter_ids:
        raise ValidationError("say which meeting to remove: its id")
    return remove_meetings(library, encounter_ids)
