"""What a review teaches: the reader's proposal next to what the user kept, field by field.

Storage records these when a contact leaves "awaiting review"; the app turns them into hints the reader uses
on the next cards (a company for an e-mail domain, names the user typed, lines the user moved to another
field). The rules live here, as plain functions of plain data, so that storage (which records) and the
reader (which matches) fold text and name domains the same way without importing each other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from cardbook.domain.contact import Contact
from cardbook.domain.text import fold

# The fields a line of free text can be given; "other" is a line the user took out of every field.
LINE_FIELDS = ("name", "title", "company", "department")
OTHER = "other"
# Every field a review records (lists are recorded one value per line of the text).
RECORDED_FIELDS = (*LINE_FIELDS, "address", "emails", "phones", "websites", "social")
# Two texts this similar (0–1) are the same value with a few letters fixed: a typo fixed, not a move.
SAME_VALUE_RATIO = 0.8
# A line this similar to a kept value is the line that value was taken from (OCR noise tolerated).
SAME_LINE_RATIO = 0.9
# "co.uk", "com.br": the registrable domain then has three labels.
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "edu", "ac", "gouv", "asso", "ne", "or", "go", "gob"})


@dataclass(frozen=True, slots=True)
class Relabel:
    """A line of the card the reader gave one label (a field, or "other") and the user another."""

    text: str  # the line as read
    proposed: str  # the reader's label
    kept: str  # the user's


@dataclass(frozen=True, slots=True)
class Correction:
    """One field of one reviewed card: what the reader proposed, what the user kept, and the context the
    next card is matched on (the line texts it came from, the card's web domains)."""

    field: str
    proposed: str | None
    kept: str | None
    source: str = "ocr"  # where the proposal came from: "ocr", "qr" or "learned"
    lines: tuple[str, ...] = ()  # the texts of the lines the proposal was read from
    relabelled: tuple[Relabel, ...] = ()  # lines the user moved into this field (or out of every field)
    domains: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return fold_line(self.proposed or "") != fold_line(self.kept or "")


def fold_line(text: str) -> str:
    """A line's text as the learning compares it: folded, single spaces, no punctuation at either end."""
    return re.sub(r"\s+", " ", fold(text)).strip(" ,;:.•·|-–/()")


def similar(a: str, b: str) -> float:
    """How alike two texts are once folded (0–1)."""
    return SequenceMatcher(None, fold_line(a), fold_line(b)).ratio()


def web_domain(value: str) -> str:
    """The registrable domain of an e-mail address or a website ("jo@mail.acme.co.uk" → "acme.co.uk"); ""
    when there is none. Subdomains are dropped so that an e-mail and a website of one firm agree."""
    host = value.rpartition("@")[2] if "@" in value else re.sub(r"^[a-z][a-z0-9+.-]*://", "", value.strip().lower())
    host = re.split(r"[/?#:]", host.strip().lower(), maxsplit=1)[0].strip(".")
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return ""
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def card_domains(emails: Iterable[str], websites: Iterable[str]) -> tuple[str, ...]:
    """The card's web domains, e-mails first, each once."""
    found = (web_domain(value) for value in (*emails, *websites))
    return tuple(dict.fromkeys(domain for domain in found if domain))


def person_names(full_name: str, given: str | None = None, family: str | None = None) -> tuple[list[str], list[str]]:
    """Folded first names and family names of a kept name. The typed parts win; otherwise the first word
    is the first name and the last the family name ("DUPONT Jean": a capitalised surname first)."""
    words = [w for w in re.split(r"[\s,]+", full_name.strip()) if sum(ch.isalpha() for ch in w) >= 2]
    words = [w for w in words if not (w.isupper() and len(w) <= 3 and len(words) > 2)]  # "MBA", "PhD"
    first: list[str] = [given] if given else []
    last: list[str] = [family] if family else []
    if not first and not last and len(words) >= 2:
        surname_first = words[0].isupper() and not words[-1].isupper()
        first, last = ([words[-1]], [words[0]]) if surname_first else ([words[0]], [words[-1]])
    return [fold_line(w) for w in first if fold_line(w)], [fold_line(w) for w in last if fold_line(w)]


def kept_values(contact: Contact) -> dict[str, str | None]:
    """What the user kept, field by field (lists one value per line)."""
    return {
        "name": contact.full_name.strip() or None,
        "title": contact.title,
        "company": contact.company,
        "department": contact.department,
        "address": contact.address,
        "emails": "\n".join(contact.emails) or None,
        "phones": "\n".join(phone.number for phone in contact.phones) or None,
        "websites": "\n".join(contact.websites) or None,
        "social": "\n".join(contact.social) or None,
    }


@dataclass(frozen=True, slots=True)
class Proposal:
    """A field the reader proposed, as storage keeps it (cardbook.domain.scanned.FieldProposal)."""

    value: str
    lines: tuple[int, ...] = ()
    source: str = "ocr"


def review_corrections(
    proposals: Mapping[str, Sequence[Proposal]], line_texts: Sequence[str], kept: Contact
) -> list[Correction]:
    """The corrections of one review: a row per field the reader proposed or the user kept."""
    values = kept_values(kept)
    domains = card_domains(kept.emails, kept.websites) or card_domains(
        [p.value for p in proposals.get("emails", ())], [p.value for p in proposals.get("websites", ())]
    )
    relabels = _relabels(proposals, line_texts, values)
    found: list[Correction] = []
    for name in RECORDED_FIELDS:
        proposed = list(proposals.get(name, ()))
        value = "\n".join(p.value for p in proposed) or None
        if value is None and values[name] is None:
            continue
        lines = tuple(line_texts[i] for p in proposed for i in p.lines if 0 <= i < len(line_texts))
        source = proposed[0].source if proposed else "ocr"
        moved = tuple(r for r in relabels if r.kept == name or (r.kept == OTHER and r.proposed == name))
        found.append(Correction(name, value, values[name], source, lines, moved, domains))
    return found


def _relabels(
    proposals: Mapping[str, Sequence[Proposal]], line_texts: Sequence[str], kept: Mapping[str, str | None]
) -> list[Relabel]:
    """Lines the user moved: a kept value that is a line the reader labelled otherwise, and a proposed line
    the user took out of its field (cleared it, or took another line of the card for it). A value typed
    over with something not on the card teaches nothing about lines (an OCR fix, a name written in full)."""
    reader_label: dict[int, str] = {}
    for name in LINE_FIELDS:
        for proposal in proposals.get(name, ()):
            for index in proposal.lines:
                reader_label.setdefault(index, name)
    taken: dict[int, str] = {}  # line → the field whose kept value it is
    for name in LINE_FIELDS:
        value = kept.get(name)
        if not value:
            continue
        for index, text in enumerate(line_texts):
            if fold_line(text) and similar(text, value) >= SAME_LINE_RATIO:
                taken.setdefault(index, name)
    found = [
        Relabel(line_texts[i], reader_label.get(i, OTHER), name)
        for i, name in sorted(taken.items())
        if reader_label.get(i, OTHER) != name
    ]
    for name in LINE_FIELDS:
        value = kept.get(name)
        for proposal in proposals.get(name, ()):
            if proposal.source != "ocr" or (value and similar(proposal.value, value) >= SAME_VALUE_RATIO):
                continue
            if value and name not in taken.values():
                continue  # typed over with something the card does not print
            found += [
                Relabel(line_texts[i], name, OTHER) for i in proposal.lines if i < len(line_texts) and i not in taken
            ]
    return found
