"""The contact pane's "Also met by" (docs/TEAM_LIBRARY.md, "Members"): in a team library, the other members'
meetings with this contact, per member and event — "Claire at BNI Lyon (3×)" — so that nobody calls a person
a colleague already knows without asking them first. Read off the GUI thread like the pane's other sections;
hidden in a library without members."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cardbook.storage.ledger.team_meetings import AlsoMet, also_met_by
from cardbook.storage.library import Library
from cardbook.storage.members import has_members
from cardbook.ui.common.formatting import count_text, medium_date
from cardbook.ui.common.pane_parts import value_label
from cardbook.ui.ledger.contact_section import ContactSection


@dataclass(frozen=True, slots=True)
class TeamMeetings:
    team: bool  # the library has members (else the section hides)
    meetings: list[AlsoMet]


def read_team_meetings(library: Library, contact_id: int, today: dt.date) -> TeamMeetings:
    del today  # the meetings are counted whatever the day
    if not has_members(library):
        return TeamMeetings(False, [])
    return TeamMeetings(True, also_met_by(library, contact_id))


class AlsoMetSection(ContactSection):
    read = staticmethod(read_team_meetings)

    def section_title(self) -> str:
        return self.tr("Also met by")

    def build(self) -> None:
        self.data: TeamMeetings | None = None
        self.setVisible(False)  # until a team library says otherwise

    def show_data(self, data: TeamMeetings | None) -> None:
        rows = self.fresh_rows()
        self.data = data
        self.setVisible(data is not None and data.team)
        if data is None or not data.team:
            return
        if not data.meetings:
            rows.add_note(self.tr("Nobody else in the team has met them."))
            return
        for met in data.meetings:
            rows.add_row(medium_date(met.last_met), [value_label(self.line(met), rows)])

    def line(self, met: AlsoMet) -> str:
        """ "Claire at BNI Lyon (3×)", "Claire (2×)" when not at an event."""
        times = count_text(met.count)
        if met.event:
            return self.tr("%1 at %2 (%3×)").replace("%1", met.member).replace("%2", met.event).replace("%3", times)
        return self.tr("%1 (%2×)").replace("%1", met.member).replace("%2", times)
