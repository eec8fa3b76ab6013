"""What the user's reviews taught the reader, and how a reading uses it.

The hints are plain data (tuples and frozensets of strings), built by `cardbook.app.learning` from the
library and carried by `ReadOptions.hints`, so they cross into reading threads and processes and keep this
package free of storage. `reserved_lines` tells the parser, before it picks the roles, which lines the
corrections decide, so it chooses among the others; `apply_hints` runs at the end of `parse_lines` and
places them, changing a field only when the user's own earlier corrections say so; a value it sets has
``source="learned"``, which the review page shows as "from your earlier correction".

The rules, weakest first (a later one may undo an earlier one on the same line):
1. a line holding a name the user kept before (a first or family name) is name evidence, stronger than
   the shipped names data: the user has seen that name printed;
2. a company kept for the card's e-mail/website domain wins over the reader's guess, unless a line spells
   another company with its legal form (a firm that changed names, a reseller's card);
3. a line equal (folded) to one the user moved to another field gets that field, or none ("other").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from cardbook.domain.corrections import LINE_FIELDS, OTHER, fold_line, similar
from cardbook.ocr.fields import CardFields, CardLine, FieldValue, Source
from cardbook.ocr.legal_forms import has_legal_form
from cardbook.ocr.parse_people import name_score
from cardbook.ocr.shared_line import split_name_title
from cardbook.ocr.types import union_all

LEARNED: Source = "learned"
# How sure a learned value is: the user chose it on a card like this one, but this card may differ.
LEARNED_CONFIDENCE = 0.9
# Name evidence of a learned first name: above the shipped data's (parse_people.NAME_KNOWN_FIRST, 0.4), as
# the user typed or kept it; a learned family name adds less (family names are shared by companies too).
LEARNED_FIRST_NAME = 0.5
LEARNED_FAMILY_NAME = 0.3
# A company with its legal form on the card that is this similar to the learned one is the same firm.
SAME_COMPANY_RATIO = 0.8


@dataclass(frozen=True, slots=True)
class LearnedHints:
    """The user's corrections as the reader uses them; every text folded (`fold_line`)."""

    companies: tuple[tuple[str, str], ...] = ()  # (web domain, company as the user wrote it)
    first_names: frozenset[str] = field(default_factory=frozenset)
    family_names: frozenset[str] = field(default_factory=frozenset)
    line_labels: tuple[tuple[str, str], ...] = ()  # (folded line text, the field the user gave it or "other")

    def __bool__(self) -> bool:
        return bool(self.companies or self.first_names or self.family_names or self.line_labels)

    def company_for(self, domains: Iterable[str]) -> str | None:
        known = dict(self.companies)
        return next((known[d] for d in domains if d in known), None)

    def label_for(self, *texts: str) -> str | None:
        labels = dict(self.line_labels)
        return next((labels[key] for text in texts if (key := fold_line(text)) in labels), None)


_SINGLE = ("name", "title", "company", "department")


def reserved_lines(
    lines: Sequence[CardLine], texts: dict[int, str], domains: Sequence[str], hints: LearnedHints
) -> dict[int, str]:
    """Lines whose field the user's corrections decide (line index → the field, or "other"), for the parser
    to leave out of its own choice: a line the user moved away from the name no longer hides the real
    name, and the line spelling the company kept for this domain is not offered as a title. ``apply_hints``
    then places them."""
    reserved = {
        line.index: label
        for line in lines
        if texts.get(line.index, "").strip()
        and (label := hints.label_for(texts.get(line.index, ""), line.text)) is not None
    }
    company = hints.company_for(domains)
    if company and _legal_form_rival(lines, texts, company) is None:
        spelled = _spelling_line(texts, company)
        if spelled is not None:
            reserved.setdefault(spelled, "company")
    return reserved


def _spelling_line(texts: dict[int, str], company: str) -> int | None:
    """The first line that spells ``company`` (as the user wrote it, give or take OCR damage)."""
    return next(
        (i for i in sorted(texts) if texts[i].strip() and similar(texts[i], company) >= SAME_COMPANY_RATIO), None
    )


def apply_hints(
    fields: CardFields,
    lines: Sequence[CardLine],
    texts: dict[int, str],
    domains: Sequence[str],
    email_locals: list[str],
    hints: LearnedHints,
) -> CardFields:
    """``fields`` as the parser found them, corrected by what the user taught. ``texts`` are the lines' free
    text (contact values and the address cut out), ``domains`` the card's web domains (registrable part)."""
    by_index = {line.index: line for line in lines}
    values: dict[str, FieldValue | None] = {key: getattr(fields, key) for key in _SINGLE}
    labelled = {
        line.index: label
        for line in lines
        if (label := hints.label_for(texts.get(line.index, ""), line.text)) is not None
        and texts.get(line.index, "").strip()
    }

    def place(key: str, value: FieldValue, keep: str = "") -> None:
        """Give ``key`` this value; a field that held one of its lines loses it (a line has one field), but
        ``keep`` (the title printed after the name on the same line)."""
        for other in _SINGLE:
            current = values[other]
            if other not in (key, keep) and current is not None and set(current.lines) & set(value.lines):
                values[other] = None
        values[key] = value

    def learned(text: str, indexes: tuple[int, ...]) -> FieldValue:
        box = union_all([box for i in indexes if (box := by_index[i].box) is not None])
        return FieldValue(_clean(text), LEARNED_CONFIDENCE, indexes, box, LEARNED)

    # 1. Names the user kept.
    if hints.first_names or hints.family_names:
        found = _learned_name(lines, texts, labelled, email_locals, hints)
        current = values["name"]
        if found is not None and (current is None or (found[1] not in current.lines and found[2] > current.confidence)):
            place("name", learned(found[0], (found[1],)), keep="title" if found[3] else "")

    # 2. The company kept for this domain.
    company = hints.company_for(domains)
    current = values["company"]
    if company and (current is None or fold_line(current.value) != fold_line(company)):
        rival = _legal_form_rival(lines, texts, company)
        if rival is None:
            spelled = _spelling_line(texts, company)
            indexes = (spelled,) if spelled is not None else ()
            value = learned(company, indexes) if indexes else FieldValue(company, LEARNED_CONFIDENCE, (), None, LEARNED)
            place("company", value)

    # 3. Lines the user moved.
    for index, label in sorted(labelled.items()):
        if label == OTHER:
            for key in _SINGLE:
                current = values[key]
                if current is not None and index in current.lines:
                    values[key] = None
        elif label in LINE_FIELDS:
            current = values[label]
            if current is None or current.lines != (index,):
                place(label, learned(texts[index], (index,)))

    claimed = {i for value in values.values() if value is not None for i in value.lines}
    address = fields.address.lines if fields.address is not None else ()
    other = tuple(
        line.index
        for line in lines
        if texts.get(line.index, "").strip() and line.index not in claimed and line.index not in address
    )
    return replace(
        fields,
        name=values["name"],
        title=values["title"],
        company=values["company"],
        department=values["department"],
        other_lines=other,
    )


def _learned_name(
    lines: Sequence[CardLine],
    texts: dict[int, str],
    labelled: dict[int, str],
    email_locals: list[str],
    hints: LearnedHints,
) -> tuple[str, int, float, bool] | None:
    """The line that best holds a name the user kept before: (the name, its line, the evidence, whether a
    title follows it on the line)."""
    best: tuple[str, int, float, bool] | None = None
    for line in lines:
        text = texts.get(line.index, "").strip()
        if not text or labelled.get(line.index, "name") != "name":
            continue
        split = split_name_title(text)
        candidate = split[0] if split else text
        base = name_score(candidate, email_locals)
        words = [fold_line(word) for word in re.split(r"[\s,]+", candidate) if fold_line(word)]
        if base <= 0 or len(words) < 2:
            continue
        evidence = LEARNED_FIRST_NAME * any(w in hints.first_names for w in (words[0], words[-1]))
        evidence += LEARNED_FAMILY_NAME * any(w in hints.family_names for w in words[1:] + words[:1])
        if evidence <= 0:
            continue
        score = min(1.0, base + evidence)
        if best is None or score > best[2]:
            best = (candidate, line.index, score, split is not None)
    return best


def _legal_form_rival(lines: Sequence[CardLine], texts: dict[int, str], company: str) -> str | None:
    """A line that spells another company with its legal form: then the card, not the habit, names it."""
    for line in lines:
        text = texts.get(line.index, "").strip()
        different = similar(text, company) < SAME_COMPANY_RATIO and fold_line(company) not in fold_line(text)
        if text and has_legal_form(text) and different:
            return text
    return None


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;:•·|-–")
