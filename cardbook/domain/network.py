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
