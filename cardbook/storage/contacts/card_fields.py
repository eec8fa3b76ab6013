"""The JSON of a stored card's ``fields_json`` column: what the reader proposed per field, and the card's region.

The region decided from the card (its country, how sure, the clues) is kept in the same column under the
reserved key ``REGION_KEY`` rather than in a column of its own: it is read back only with the proposals (review
page, contact pane), and keeping it here needs no schema migration. Field names never start with "_", so the
key cannot collide with a field; a reader of older rows simply finds no region.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from cardbook.domain.scanned import CardRegion, FieldProposal

REGION_KEY = "_region"


def fields_to_json(proposals: dict[str, list[FieldProposal]], region: CardRegion | None) -> str:
    data: dict[str, Any] = {name: [asdict(p) for p in values] for name, values in proposals.items()}
    if region is not None:
        data[REGION_KEY] = {
            "code": region.code,
            "source": region.source,
            "confidence": round(region.confidence, 3),
            "clues": [list(clue) for clue in region.clues],
        }
    return json.dumps(data, ensure_ascii=False)


def _proposal(p: dict[str, Any]) -> FieldProposal:
    return FieldProposal(str(p["value"]), float(p["confidence"]), tuple(p.get("lines", ())), p.get("source", "ocr"))


def proposals_from_json(text: str | None) -> dict[str, list[FieldProposal]]:
    """The proposals per field; {} when the JSON is damaged (the review then flags nothing)."""
    try:
        raw = json.loads(text or "{}")
        return {str(name): [_proposal(p) for p in values] for name, values in raw.items() if name != REGION_KEY}
    except (ValueError, TypeError, KeyError, AttributeError):
        return {}


def region_from_json(text: str | None) -> CardRegion | None:
    """The card's region; None for a card stored before regions were kept, or a damaged value."""
    try:
        raw = json.loads(text or "{}").get(REGION_KEY)
        if not isinstance(raw, dict) or not isinstance(raw.get("code"), str) or len(raw["code"]) != 2:
            return None
        clues = tuple((str(kind), str(seen)) for kind, seen in raw.get("clues") or ())
        return CardRegion(raw["code"].upper(), str(raw.get("source", "card")), float(raw.get("confidence", 1)), clues)
    except (ValueError, TypeError, AttributeError):
        return None
