"""Networks the user belongs to (clubs, chambers, alumni) and the events where cards change hands."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cardbook.domain.enums import NetworkKind


@dataclass(slots=True)
class Network:
    id: int | None = None
    name: str = ""
    kind: NetworkKind = NetworkKind.OTHER
    yearly_cost: float | None = None  # in the user's currency; None when free or unknown
    member_since: dt.date | None = None
    member_until: dt.date | None = None
    notes: str = ""
    archived: bool = False


@dataclass(slots=True)
class Event:
    id: int | None = None
    name: str = ""
    date: dt.date | None = None
    place: str | None = None
    network_id: int | None = None
    notes: str = ""

    def is_same_as(self, name: str, date: dt.date | None) -> bool:
        """The one rule for "this event was already recorded": the same name (spaces and case aside) on the
        same day. A monthly club meeting keeps its name, so the name alone would merge every month's cards."""
        return self.date == date and _event_key(self.name) == _event_key(name)


def _event_key(name: str) -> str:
    return " ".join(name.split()).casefold()
