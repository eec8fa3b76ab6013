"""What the rest of the team knows of a contact: "also met by Claire at BNI Lyon (3×)" (docs/TEAM_LIBRARY.md,
"Members"). Other members' encounters with one contact, counted per member and event by the database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from cardbook.domain.member import Viewpoint
from cardbook.storage.library import Library
from cardbook.storage.members import viewpoint
from cardbook.storage.models import EncounterRow, EventRow, MemberRow


@dataclass(frozen=True, slots=True)
class AlsoMet:
    """Another member's meetings with the contact at one event (`event` None: not at an event)."""

    member: str
    event: str | None
    count: int
    last_met: dt.date | None


def also_met_by(library: Library, contact_id: int, view: Viewpoint | None = None) -> list[AlsoMet]:
    """The meetings of every member but the point of view's own (None: this machine's, storage/members.viewpoint),
    per member then event, most recent first. Rows that belong to nobody are nobody's news: left out. A library
    without members has none."""
    view = view if view is not None else viewpoint(library)
    last = func.max(EncounterRow.date)
    query = (
        select(MemberRow.name, EventRow.name, func.count(), last)
        .select_from(EncounterRow)
        .join(MemberRow, MemberRow.id == EncounterRow.member_id)
        .outerjoin(EventRow, EventRow.id == EncounterRow.event_id)
        .where(EncounterRow.contact_id == contact_id)
        .group_by(MemberRow.id, MemberRow.name, EventRow.id, EventRow.name)
        .order_by(MemberRow.name, last.desc().nulls_last(), EventRow.name)
    )
    if view.member_id is not None:
        query = query.where(EncounterRow.member_id != view.member_id)
    with library.session() as session:
        return [AlsoMet(member, event, count, day) for member, event, count, day in session.execute(query)]
