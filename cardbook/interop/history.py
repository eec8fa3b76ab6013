"""The short history an export adds to a contact's notes, and how a reader takes it back out.

Address books have no field for "met at the CCI breakfast on 12 March, cards exchanged both ways", so the
export appends it to the NOTE after a marker line. Reading a Cardbook export back strips the block (the library
already holds the history), and restores the contact details that a layout had no room for (Outlook's CSV has
three email columns and one web page) from the "Also" lines of the block.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from cardbook.domain.enums import OfferedBy, PhoneKind, Reciprocated
from cardbook.interop.records import MeetingLine, ReferralLine

MARKER = "-- Cardbook history --"
MAX_MEETINGS = 20  # "a short history": the most recent meetings; the library keeps them all
_EXTRA = re.compile(r"^Also (e-mail|website|profile|phone \((\w+)\)): (.+)$")
_NETWORKS = "Networks: "  # CATEGORIES holds tags and networks; this line says which are networks


@dataclass(slots=True)
class Extras:
    """Contact details a layout had no column for, carried in the history block."""

    emails: list[str] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)
    social: list[str] = field(default_factory=list)
    phones: list[tuple[str, PhoneKind]] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)  # not extras to add: names to take out of the tags

    def lines(self) -> list[str]:
        found = [f"Also e-mail: {e}" for e in self.emails]
        found += [f"Also phone ({kind.value}): {number}" for number, kind in self.phones]
        found += [f"Also website: {w}" for w in self.websites]
        found += [f"Also profile: {s}" for s in self.social]
        return found

    def is_empty(self) -> bool:
        return not (self.emails or self.websites or self.social or self.phones)


def _exchange(offered_by: OfferedBy, reciprocated: Reciprocated) -> str:
    if offered_by is OfferedBy.NOBODY:
        return "no cards this time (we already had each other's)"
    if reciprocated is Reciprocated.YES:
        if offered_by is OfferedBy.THEM:
            return "they offered their card, I gave mine"
        if offered_by is OfferedBy.ME:
            return "I offered my card, they gave theirs"
        return "cards exchanged"
    if reciprocated is Reciprocated.NO:
        if offered_by is OfferedBy.THEM:
            return "they gave their card, I gave none"
        if offered_by is OfferedBy.ME:
            return "I gave my card, got none back"
    if offered_by is OfferedBy.THEM:
        return "they offered their card"
    if offered_by is OfferedBy.ME:
        return "I offered my card"
    return ""


def meeting_text(meeting: MeetingLine) -> str:
    where = meeting.event or ""
    if meeting.place and meeting.place != meeting.event:
        where = f"{where} ({meeting.place})" if where else meeting.place
    head = " ".join(p for p in (meeting.date.isoformat() if meeting.date else "", where) if p) or "Met"
    exchange = _exchange(meeting.offered_by, meeting.reciprocated)
    return f"Met {head}: {exchange}" if exchange else f"Met {head}"


def referral_text(referral: ReferralLine) -> str:
    source = referral.from_name or "me"
    target = referral.to_name or "me"
    when = f" {referral.date.isoformat()}" if referral.date else ""
    note = f": {' '.join(referral.note.split())}" if referral.note.strip() else ""
    return f"Referral{when}: {source} -> {target} ({referral.outcome.value}){note}"


def history_lines(
    meetings: Sequence[MeetingLine], referrals: Sequence[ReferralLine], networks: Sequence[str] = ()
) -> list[str]:
    ordered = sorted(meetings, key=lambda m: (m.date is None, m.date), reverse=True)  # newest first
    named = [" ".join(n.split()) for n in networks if n.strip()]
    lines = [_NETWORKS + "; ".join(named)] if named else []
    lines += [meeting_text(m) for m in ordered[:MAX_MEETINGS]]
    if len(ordered) > MAX_MEETINGS:
        lines.append(f"... and {len(ordered) - MAX_MEETINGS} earlier meetings")
    lines += [referral_text(r) for r in referrals]
    return [" ".join(line.split()) for line in lines]


def notes_with_history(notes: str, lines: Sequence[str]) -> str:
    """The notes, then the marker and the history lines; just the notes when there is no history."""
    if not lines:
        return notes
    block = "\n".join([MARKER, *lines])
    return f"{notes}\n\n{block}" if notes else block


def split_history(note: str) -> tuple[str, Extras]:
    """(the user's notes, details restored from "Also" lines) from a NOTE that may end with a history block."""
    if note.startswith(MARKER + "\n") or note == MARKER:
        notes, block = "", note[len(MARKER) :]
    else:
        at = note.rfind(f"\n\n{MARKER}\n")
        if at < 0:
            return note, Extras()
        notes, block = note[:at], note[at + len(MARKER) + 2 :]
    extras = Extras()
    for line in block.split("\n"):
        if line.startswith(_NETWORKS):
            extras.networks += [n.strip() for n in line[len(_NETWORKS) :].split(";") if n.strip()]
            continue
        match = _EXTRA.match(line)
        if match is None:
            continue
        what, kind, value = match.groups()
        if what == "e-mail":
            extras.emails.append(value)
        elif what == "website":
            extras.websites.append(value)
        elif what == "profile":
            extras.social.append(value)
        else:
            extras.phones.append((value, PhoneKind(kind) if kind in PhoneKind._value2member_map_ else PhoneKind.OTHER))
    return notes, extras
