"""Glue between the card reader (cardbook.ocr) and the library (cardbook.storage), for `scan --import`
and the window's import: a read card becomes a contact awaiting review, with its images and encounter."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from cardbook.domain.card import WordBox
from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import OfferedBy, PhoneKind, Reciprocated
from cardbook.domain.network import Event
from cardbook.domain.scanned import FieldProposal, ScannedCard
from cardbook.ocr.crops import encode_crop
from cardbook.ocr.fields import CardFields, FieldValue
from cardbook.ocr.pipeline import CardResult
from cardbook.storage.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.library import Library
from cardbook.storage.networks import find_or_create_event


def _value(field: FieldValue | None) -> str | None:
    return field.value.strip() or None if field is not None else None


def contact_from_fields(fields: CardFields) -> Contact:
    return Contact(
        full_name=_value(fields.name) or "",
        title=_value(fields.title),
        company=_value(fields.company),
        department=_value(fields.department),
        emails=[e.value for e in fields.emails if e.value],
        phones=[Phone(p.number, p.e164, PhoneKind(p.kind)) for p in fields.phones if p.number],
        websites=[w.value for w in fields.websites if w.value],
        social=[s.value for s in fields.social if s.value],
        address=_value(fields.address),
    )


def _proposals(fields: CardFields) -> dict[str, list[FieldProposal]]:
    found: dict[str, list[FieldProposal]] = {}
    for key in ("name", "title", "company", "department", "address"):
        single: FieldValue | None = getattr(fields, key)
        if single is not None:
            found[key] = [FieldProposal(single.value, single.confidence, single.lines, single.source)]
    for key in ("emails", "websites", "social"):
        values: tuple[FieldValue, ...] = getattr(fields, key)
        if values:
            found[key] = [FieldProposal(v.value, v.confidence, v.lines, v.source) for v in values]
    if fields.phones:
        found["phones"] = [FieldProposal(p.number, p.confidence, p.lines, p.source) for p in fields.phones]
    return found


def scanned_card(result: CardResult) -> ScannedCard:
    """A reader's result as plain domain data (the straightened card encoded as JPEG)."""
    crop = encode_crop(result.card_image) if result.card_image is not None else None
    path = Path(result.image_path)
    original = path.read_bytes() if path.is_file() else None
    return ScannedCard(
        contact=contact_from_fields(result.fields),
        original=original,
        original_extension=(path.suffix.lstrip(".").lower() or "jpg")[:8],
        crop_png=crop,
        ocr_text=result.text,
        words=[WordBox(w.text, w.box.left, w.box.top, w.box.width, w.box.height, w.confidence) for w in result.words],
        proposals=_proposals(result.fields),
        corners=[(float(x), float(y)) for x, y in result.corners],
        rotation=result.rotation,
    )


class ScanImporter:
    """The `store` callback of `cardbook scan --import`: one contact awaiting review per card read."""

    def __init__(self, library: Library, exchange: ExchangeDefaults) -> None:
        self.library = library
        self.exchange = exchange
        self.imported: list[int] = []

    @classmethod
    def from_args(cls, library: Library, args: argparse.Namespace) -> ScanImporter:
        when: dt.date | None = dt.date.fromisoformat(args.date) if args.date else None
        event_id = None
        if args.event:
            event_id = find_or_create_event(library, Event(name=args.event, date=when)).id
        exchange = ExchangeDefaults(
            event_id=event_id,
            date=when,
            offered_by=OfferedBy(args.offered_by) if args.offered_by else OfferedBy.UNKNOWN,
            reciprocated=Reciprocated(args.reciprocated) if args.reciprocated else Reciprocated.UNKNOWN,
        )
        return cls(library, exchange)

    def __call__(self, result: CardResult) -> None:
        self.imported.append(store_scanned_card(self.library, scanned_card(result), self.exchange))
