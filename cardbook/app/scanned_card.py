"""A card the reader returned, as the plain domain data storage keeps: the contact it proposes, the word
boxes, the straightened crop and where each value came from (for the review page)."""

from __future__ import annotations

from pathlib import Path

from cardbook.domain.card import WordBox
from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import PhoneKind
from cardbook.domain.scanned import CardRegion, FieldProposal, ScannedCard
from cardbook.ocr.card_name_parts import card_name_parts
from cardbook.ocr.crops import encode_crop
from cardbook.ocr.fields import CardFields, FieldValue
from cardbook.ocr.pipeline import CardResult


def _value(field: FieldValue | None) -> str | None:
    return field.value.strip() or None if field is not None else None


def contact_from_fields(fields: CardFields) -> Contact:
    full_name = _value(fields.name) or ""
    # "Dupont Jean" printed family first without capitals: the reader's first names tell (ocr/card_name_parts);
    # otherwise the parts stay empty and storage fills them with the domain's split
    parts = card_name_parts(full_name)
    return Contact(
        full_name=full_name,
        given_name=parts.given if parts is not None else None,
        family_name=parts.family if parts is not None else None,
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


def card_region(fields: CardFields) -> CardRegion | None:
    """The region decision as stored with the card: the code, whether the card or the default decided, and the
    clues for that country (what the review page shows as "Numbers read as Brazil: CEP …, .com.br")."""
    decision = fields.region
    if decision is None:
        return None
    clues = tuple(dict.fromkeys((e.kind, e.text) for e in decision.evidence if e.region == decision.region))
    return CardRegion(decision.region, decision.source, decision.confidence, clues)


def scanned_card(result: CardResult) -> ScannedCard:
    """A reader's result as plain domain data (the straightened card encoded as JPEG)."""
    crop = encode_crop(result.card_image) if result.card_image is not None else None
    path = Path(result.image_path)
    original = path.read_bytes() if path.is_file() else None
    return ScannedCard(
        contact=contact_from_fields(result.fields),
        original=original,
        original_extension=(path.suffix.lstrip(".").lower() or "jpg")[:8],
        crop_image=crop,
        ocr_text=result.text,
        words=[WordBox(w.text, w.box.left, w.box.top, w.box.width, w.box.height, w.confidence) for w in result.words],
        proposals=_proposals(result.fields),
        corners=[(float(x), float(y)) for x, y in result.corners],
        rotation=result.rotation,
        region=card_region(result.fields),
    )
