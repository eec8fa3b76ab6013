"""A contact's history in its vCard, as properties Cardbook reads back: each meeting and referral, structured.

The NOTE keeps a readable history for address books (interop/history.py), but a NOTE is text: importing it back
cannot rebuild encounters. So the export also writes one property per meeting and per referral, which other
address books keep as unknown extensions (RFC 2426 §3.8, "X-" names) and Cardbook's import turns back into
encounters (with their event and exchange) and referrals:

    X-CARDBOOK-ENCOUNTER:DATE;EVENT;PLACE;OFFERED-BY;RECIPROCATED
    X-CARDBOOK-REFERRAL:DATE;FROM;TO;OUTCOME;NOTE

Components are text-escaped like ADR's (`\\;`, `\\,`, `\\n`); a date is ISO 8601 or empty; an empty FROM or TO is
"me"; the exchange values are the library's (`me` `them` `unknown`, `yes` `no` `unknown`, `pending` `won` `lost`).
A property that cannot be read is a warning naming its line; the card is imported without it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from cardbook.domain.enums import OfferedBy, Reciprocated, ReferralOutcome
from cardbook.interop.records import ExportRecord, ImportedContact, ImportIssue, MeetingLine, ReadResult, ReferralLine
from cardbook.interop.vcard_lines import Property
from cardbook.interop.vcard_text import escape, split_unescaped, unescape

ENCOUNTER = "X-CARDBOOK-ENCOUNTER"
REFERRAL = "X-CARDBOOK-REFERRAL"


@dataclass(slots=True)
class History:
    meetings: list[MeetingLine] = field(default_factory=list)
    referrals: list[ReferralLine] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)


def history_properties(record: ExportRecord) -> list[tuple[str, str]]:
    """(name, escaped value) of every meeting and referral of the record, oldest first."""
    found: list[tuple[str, str]] = []
    for m in sorted(record.meetings, key=lambda m: (m.date is None, m.date or dt.date.min)):
        parts = (_day(m.date), m.event or "", m.place or "", m.offered_by.value, m.reciprocated.value)
        found.append((ENCOUNTER, ";".join(escape(p) for p in parts)))
    for r in record.referrals:
        parts = (_day(r.date), r.from_name or "", r.to_name or "", r.outcome.value, r.note)
        found.append((REFERRAL, ";".join(escape(p) for p in parts)))
    return found


def read_history(properties: Iterable[Property]) -> History:
    history = History()
    for prop in properties:
        if prop.name not in (ENCOUNTER, REFERRAL):
            continue
        text = prop.value.decode("utf-8", errors="replace")
        parts = ([unescape(p) for p in split_unescaped(text, ";")] + [""] * 5)[:5]
        try:
            day = dt.date.fromisoformat(parts[0].strip()) if parts[0].strip() else None
            if prop.name == ENCOUNTER:
                offered, answered = OfferedBy(parts[3] or "unknown"), Reciprocated(parts[4] or "unknown")
                history.meetings.append(MeetingLine(day, parts[1] or None, parts[2] or None, offered, answered))
            else:
                outcome = ReferralOutcome(parts[3] or "pending")
                history.referrals.append(ReferralLine(day, parts[1] or None, parts[2] or None, outcome, parts[4]))
        except ValueError as exc:
            history.warnings.append((prop.line, f"{prop.name} not understood ({exc}), left out"))
    return history


def attach_history(item: ImportedContact, properties: Iterable[Property], result: ReadResult) -> None:
    """Give a card read from a vCard the meetings and referrals its X-CARDBOOK-* properties hold."""
    history = read_history(properties)
    item.meetings, item.referrals = history.meetings, history.referrals
    result.issues += [ImportIssue(item.index, line, why, skipped=False) for line, why in history.warnings]


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""
