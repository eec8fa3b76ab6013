"""Recording what each review changed, so the reader can learn from the user (cardbook.domain.corrections).

The record is made in storage, at the one moment every front end goes through: `contacts.update_contact`
moving a contact from "awaiting review" to active (the window's Accept, its "mark reviewed", a script). An
undo that sends the contact back to review forgets that review, so accepting again does not count twice.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from cardbook.domain.contact import Contact
from cardbook.domain.corrections import Correction, Proposal, Relabel, review_corrections
from cardbook.domain.enums import ContactStatus
from cardbook.storage.library import Library
from cardbook.storage.models import CardImageRow, CorrectionRow, utcnow


@dataclass(frozen=True, slots=True)
class RecordedCorrection:
    """A stored correction with when it was recorded."""

    correction: Correction
    recorded_at: datetime
    contact_id: int | None


def note_status_change(session: Session, contact_id: int, before: str, after: Contact) -> None:
    """The hook of `update_contact`: record the review when the contact leaves review, forget it when an undo
    brings the contact back to review."""
    review = ContactStatus.AWAITING_REVIEW.value
    if before == review and after.status is ContactStatus.ACTIVE:
        record_review(session, contact_id, after)
    elif before != review and after.status is ContactStatus.AWAITING_REVIEW:
        session.execute(delete(CorrectionRow).where(CorrectionRow.contact_id == contact_id))


def _proposal(value: dict[str, Any]) -> Proposal:
    lines = tuple(int(i) for i in value.get("lines", ()))
    return Proposal(str(value.get("value", "")), lines, str(value.get("source", "ocr")))


def _proposals(fields_json: str) -> dict[str, list[Proposal]]:
    try:
        raw: Any = json.loads(fields_json or "{}")
    except ValueError:
        return {}
    found: dict[str, list[Proposal]] = {}
    if not isinstance(raw, dict):
        return found
    for name, values in raw.items():
        if isinstance(values, list):
            found[str(name)] = [_proposal(v) for v in values if isinstance(v, dict)]
    return found


def record_review(session: Session, contact_id: int, kept: Contact) -> int:
    """Store what the reader proposed on the contact's latest card next to what the user kept; returns the
    number of rows. A contact with no read card (typed or imported) teaches nothing. The latest *front*: a
    card's back (domain.two_sided), read after it and without the name, is no reading of what was kept."""
    card = session.scalars(
        select(CardImageRow)
        .where(CardImageRow.contact_id == contact_id)
        # "front" sorts after "back": descending puts the fronts first (as cards.cards_of does)
        .order_by(CardImageRow.side.desc(), CardImageRow.captured_at.desc(), CardImageRow.id.desc())
        .limit(1)
    ).one_or_none()
    if card is None:
        return 0
    line_texts = (card.ocr_text or "").split("\n")
    corrections = review_corrections(_proposals(card.fields_json), line_texts, kept)
    now = utcnow()  # one time for the whole review: its rows are counted as one review
    for correction in corrections:
        session.add(
            CorrectionRow(
                contact_id=contact_id,
                field=correction.field,
                proposed=correction.proposed,
                kept=correction.kept,
                source=correction.source[:8],
                lines_json=json.dumps(list(correction.lines), ensure_ascii=False),
                relabelled_json=json.dumps(
                    [[r.text, r.proposed, r.kept] for r in correction.relabelled], ensure_ascii=False
                ),
                domains_json=json.dumps(list(correction.domains)),
                recorded_at=now,
            )
        )
    return len(corrections)


def _correction(row: CorrectionRow) -> Correction:
    return Correction(
        field=row.field,
        proposed=row.proposed,
        kept=row.kept,
        source=row.source,
        lines=tuple(str(t) for t in json.loads(row.lines_json or "[]")),
        relabelled=tuple(Relabel(str(t), str(p), str(k)) for t, p, k in json.loads(row.relabelled_json or "[]")),
        domains=tuple(str(d) for d in json.loads(row.domains_json or "[]")),
    )


def load_corrections(library: Library, fields: Sequence[str] | None = None) -> list[RecordedCorrection]:
    """Every recorded correction (of the given fields), oldest first."""
    query = select(CorrectionRow).order_by(CorrectionRow.recorded_at, CorrectionRow.id)
    if fields is not None:
        query = query.where(CorrectionRow.field.in_(list(fields)))
    with library.session() as session:
        return [RecordedCorrection(_correction(row), row.recorded_at, row.contact_id) for row in session.scalars(query)]


def count_corrections(library: Library) -> int:
    """How many corrections are recorded (one per field per review)."""
    with library.session() as session:
        return int(session.scalar(select(func.count()).select_from(CorrectionRow)) or 0)


def clear_corrections(library: Library) -> int:
    """Forget everything the reviews taught; returns the number of rows removed."""
    with library.writing() as session:
        removed = int(session.scalar(select(func.count()).select_from(CorrectionRow)) or 0)
        session.execute(delete(CorrectionRow))
        return removed
