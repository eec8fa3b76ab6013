"""A ``CardResult`` as the JSON object of ``cardbook scan --json`` (docs/CLI.md): keys are a contract.

Unknown values are ``null`` or ``[]``, never ``""``.
"""

from __future__ import annotations

from typing import Any

from cardbook.ocr.fields import FieldValue
from cardbook.ocr.pipeline import CardResult


def _single(value: FieldValue | None) -> str | None:
    if value is None or not value.value.strip():
        return None
    return value.value


def card_to_dict(result: CardResult, image_label: str | None = None) -> dict[str, Any]:
    fields = result.fields
    data: dict[str, Any] = {
        "image": image_label if image_label is not None else result.image_path,
        "card_index": result.card_index,
        "name": _single(fields.name),
        "title": _single(fields.title),
        "company": _single(fields.company),
        "department": _single(fields.department),
        "emails": [item.value for item in fields.emails if item.value],
        "phones": [
            {"number": phone.number, "e164": phone.e164, "kind": phone.kind} for phone in fields.phones if phone.number
        ],
        "websites": [item.value for item in fields.websites if item.value],
        "address": _single(fields.address),
        "social": [item.value for item in fields.social if item.value],
        "text": result.text,
        "confidence": fields.confidences(),
        "seconds": round(result.seconds, 3),
        "rotation": result.rotation,
        "corners": [list(point) for point in result.corners],
        # The card's country for its national numbers: code, confidence, "card" or "default", and the clues.
        "region": fields.region.as_dict() if fields.region is not None else None,
    }
    data["found"] = result.found  # False: no card or no text in the image; nothing is stored from it
    if result.error:
        data["error"] = result.error
    if result.warning:
        data["warning"] = result.warning
    return data
