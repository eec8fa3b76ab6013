"""Learning from the user's corrections: what the recorded reviews teach, as hints for the reader.

Storage records every review (`cardbook.storage.contacts.corrections`, one row per field: proposed, kept); this module
derives the knowledge from those rows each time it is needed — a few hundred rows per thousand cards, read
in milliseconds — so there is no second table to keep in step, and a reset is one DELETE:

- a company for a web domain: the company kept on the latest reviewed card of that domain (a user who fixes
  a learned company expects the fix to hold from the next card on); webmail and generic mail hosts teach
  nothing (gmail.com is everybody's);
- names: the first and family names of every kept name;
- line labels: a line the user moved to another field (or out of every field), by its folded text, unless
  the same text was later confirmed in the field the reader gave it more often.

`scan_batch` loads the hints itself whenever it has a library, so the command line and the window both read
with them and neither needs to know.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from cardbook.domain.corrections import LINE_FIELDS, fold_line, person_names
from cardbook.domain.scanned import FieldProposal
from cardbook.ocr.learned_hints import LEARNED, LearnedHints
from cardbook.ocr.lexicon import WEBMAIL_HOSTS
from cardbook.ocr.options import ReadOptions
from cardbook.ocr.parse_contacts import is_generic_mail_host
from cardbook.storage.contacts.corrections import RecordedCorrection, clear_corrections, load_corrections
from cardbook.storage.library import Library

# Line texts shorter than this (folded) are too common to relabel on sight ("CEO" stays the reader's call).
MIN_LINE_KEY = 4


@dataclass(frozen=True, slots=True)
class DomainCompany:
    domain: str
    company: str
    count: int  # reviews that kept this company for this domain


@dataclass(frozen=True, slots=True)
class LearnedName:
    name: str  # folded
    kind: str  # "first" | "family"
    count: int


@dataclass(frozen=True, slots=True)
class LineLabel:
    text: str  # the line as last read
    proposed: str  # the label the reader gave it
    kept: str  # the label the user gave it: a field, or "other"
    count: int  # reviews that moved it so


@dataclass(frozen=True, slots=True)
class LearningSummary:
    """What the recorded reviews teach (or taught, for a reset)."""

    reviews: int  # cards reviewed since learning started (or the last reset)
    corrected: int  # fields the user changed
    rows: int  # stored corrections, one per field per review
    companies: tuple[DomainCompany, ...] = ()
    names: tuple[LearnedName, ...] = ()
    lines: tuple[LineLabel, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "reviews": self.reviews,
            "corrected_fields": self.corrected,
            "rows": self.rows,
            "companies": [{"domain": c.domain, "company": c.company, "count": c.count} for c in self.companies],
            "names": [{"name": n.name, "kind": n.kind, "count": n.count} for n in self.names],
            "lines": [{"text": x.text, "from": x.proposed, "to": x.kept, "count": x.count} for x in self.lines],
        }


def _webmail(domain: str) -> bool:
    label = domain.split(".")[0]
    return label in WEBMAIL_HOSTS or domain in WEBMAIL_HOSTS or is_generic_mail_host(label)


def _companies(rows: list[RecordedCorrection]) -> list[DomainCompany]:
    counts: Counter[tuple[str, str]] = Counter()
    spelling: dict[tuple[str, str], str] = {}
    last: dict[tuple[str, str], datetime] = {}
    for row in rows:
        kept = (row.correction.kept or "").strip()
        if row.correction.field != "company" or not kept:
            continue
        for domain in row.correction.domains:
            if _webmail(domain):
                continue
            key = (domain, fold_line(kept))
            counts[key] += 1
            spelling[key] = kept  # the latest spelling the user kept
            last[key] = row.recorded_at
    best: dict[str, tuple[str, str]] = {}
    for key in counts:  # the latest kept wins: fixing a learned company once fixes it for the next card
        held = best.get(key[0])
        if held is None or last[key] >= last[held]:
            best[key[0]] = key
    return sorted((DomainCompany(d, spelling[k], counts[k]) for d, k in best.items()), key=lambda c: c.domain)


def _names(rows: list[RecordedCorrection]) -> list[LearnedName]:
    first: Counter[str] = Counter()
    family: Counter[str] = Counter()
    for row in rows:
        if row.correction.field == "name" and row.correction.kept:
            given, last = person_names(row.correction.kept)
            first.update(given)
            family.update(last)
    found = [LearnedName(n, "first", c) for n, c in first.items()]
    found += [LearnedName(n, "family", c) for n, c in family.items()]
    return sorted(found, key=lambda n: (n.kind != "first", n.name))


def _lines(rows: list[RecordedCorrection]) -> list[LineLabel]:
    moved: Counter[tuple[str, str, str]] = Counter()
    text_of: dict[str, str] = {}
    last: dict[tuple[str, str, str], datetime] = {}
    for row in rows:
        for relabel in row.correction.relabelled:
            key = fold_line(relabel.text)
            if len(key) < MIN_LINE_KEY:
                continue
            triple = (key, relabel.proposed, relabel.kept)  # each move is stored on one row only
            moved[triple] += 1
            last[triple] = row.recorded_at
            text_of[key] = relabel.text
    # The reader's label confirmed on later cards (kept unchanged) counts against a move of the same line.
    confirmed: Counter[tuple[str, str]] = Counter()
    for row in rows:
        correction = row.correction
        if correction.field in LINE_FIELDS and not correction.changed:
            confirmed.update((fold_line(text), correction.field) for text in correction.lines)
    best: dict[str, tuple[str, str, str]] = {}
    for triple, count in moved.items():
        held = best.get(triple[0])
        if held is None or (count, last[triple]) > (moved[held], last[held]):
            best[triple[0]] = triple
    return sorted(
        (
            LineLabel(text_of[key], triple[1], triple[2], moved[triple])
            for key, triple in best.items()
            if moved[triple] > confirmed[(key, triple[1])]
        ),
        key=lambda x: fold_line(x.text),
    )


def learned_summary(library: Library) -> LearningSummary:
    """Everything the recorded reviews teach, with how many reviews taught each thing."""
    rows = load_corrections(library)
    return LearningSummary(
        reviews=len({(r.contact_id, r.recorded_at) for r in rows}),
        corrected=sum(r.correction.changed for r in rows),
        rows=len(rows),
        companies=tuple(_companies(rows)),
        names=tuple(_names(rows)),
        lines=tuple(_lines(rows)),
    )


def hints_from(summary: LearningSummary) -> LearnedHints | None:
    """The summary as the reader's hints; None when nothing was learned."""
    hints = LearnedHints(
        companies=tuple((c.domain, c.company) for c in summary.companies),
        first_names=frozenset(n.name for n in summary.names if n.kind == "first"),
        family_names=frozenset(n.name for n in summary.names if n.kind == "family"),
        line_labels=tuple((fold_line(x.text), x.kept) for x in summary.lines),
    )
    return hints if hints else None


def load_hints(library: Library) -> LearnedHints | None:
    """The library's learned hints for the reader (None when nothing was learned yet)."""
    return hints_from(learned_summary(library))


def with_hints(options: ReadOptions, library: Library) -> ReadOptions:
    """``options`` with the library's learned hints (a re-read of one card should use this too)."""
    return replace(options, hints=load_hints(library))


def reset_learning(library: Library) -> LearningSummary:
    """Forget every recorded review; returns what was learned until now (what the reset removed)."""
    summary = learned_summary(library)
    clear_corrections(library)
    return summary


def learned_fields(proposals: Mapping[str, Sequence[FieldProposal]]) -> list[str]:
    """The fields of a stored card (`storage.cards.CardRecord.proposals`) whose value came from the user's
    earlier corrections rather than from reading the card: the review page says so beside each of them."""
    return [name for name, values in proposals.items() if any(p.source == LEARNED for p in values)]
