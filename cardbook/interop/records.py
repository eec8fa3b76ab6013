"""What the readers hand to storage and what storage hands to the writers: plain data, no ORM rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cardbook.domain.contact import Contact
from cardbook.domain.enums import OfferedBy, Reciprocated, ReferralOutcome


class InterchangeError(ValueError):
    """A whole file cannot be used (not a vCard or CSV file at all, unreadable layout): nothing from it is imported."""


@dataclass(slots=True)
class ImportedContact:
    """One contact read from a file, with where it came from and the original text it was read from.

    `source_text` keeps the card (or CSV row) exactly as found, so that nothing the file said is lost even when
    Cardbook has no field for it (birthdays, extra addresses, custom labels...).
    """

    contact: Contact
    index: int  # 1-based position of the card / row in the file
    line: int  # 1-based line of the file where it starts
    source_format: str  # "vcard" | "csv"
    source_text: str
    photo: bytes | None = None
    photo_type: str | None = None  # "jpeg" | "png" | "gif", sniffed from the bytes
    # The history a Cardbook vCard carries (X-CARDBOOK-* properties, interop/vcard_history.py).
    meetings: list[MeetingLine] = field(default_factory=list)
    referrals: list[ReferralLine] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ImportIssue:
    """A card that was skipped (`skipped`), or a detail that was dropped from a card that was kept."""

    index: int
    line: int
    reason: str
    unit: str = "card"  # "card" | "row"
    skipped: bool = True
    name: str = ""  # the contact's name, for a warning about a card that was kept

    def describe(self) -> str:
        where = f"{self.unit} {self.index}" if self.index else "file"
        if self.name:
            where += f" ({' '.join(self.name.split())[:60]})"
        return f"{where} (line {self.line}): {self.reason}" if self.line else f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class FileNotice:
    """Something wrong with the file as a whole that did not stop its import (a stray quote, mixed encodings):
    `kind` for the front ends to word it, `text` one English line, `lines` the lines of the file concerned."""

    kind: str  # "unbalanced_quote" | "mixed_encoding" | "detected_encoding"
    text: str
    lines: tuple[int, ...] = ()


@dataclass(slots=True)
class ReadResult:
    format: str  # "vcard" | "csv-google" | "csv-outlook" | "csv-generic"
    contacts: list[ImportedContact] = field(default_factory=list)
    issues: list[ImportIssue] = field(default_factory=list)
    notices: list[FileNotice] = field(default_factory=list)

    @property
    def skipped(self) -> list[ImportIssue]:
        return [i for i in self.issues if i.skipped]

    @property
    def warnings(self) -> list[ImportIssue]:
        return [i for i in self.issues if not i.skipped]


@dataclass(frozen=True, slots=True)
class MeetingLine:
    """One encounter as the exported history tells it."""

    date: dt.date | None
    event: str | None
    place: str | None
    offered_by: OfferedBy = OfferedBy.UNKNOWN
    reciprocated: Reciprocated = Reciprocated.UNKNOWN


@dataclass(frozen=True, slots=True)
class ReferralLine:
    """One referral involving the contact: who sent business to whom (None: me), with its outcome."""

    date: dt.date | None
    from_name: str | None
    to_name: str | None
    outcome: ReferralOutcome = ReferralOutcome.PENDING
    note: str = ""


@dataclass(slots=True)
class ExportRecord:
    """A contact with what the export adds to it: the history of the exchange, networks, the card's image."""

    contact: Contact
    meetings: list[MeetingLine] = field(default_factory=list)
    referrals: list[ReferralLine] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)
    photo_jpeg: bytes | None = None  # already re-encoded and size-capped (see interop.photo)
