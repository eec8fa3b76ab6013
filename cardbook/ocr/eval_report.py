"""What ``cardbook.ocr.evaluate`` prints: the summary against targets, the misses by field, the JSON.

Kept apart from the reading loop so that the figures of one run can be printed three ways from the same
per-card outcomes: the summary (the historical format, which people compare by eye), the misses by field
(what to fix next: for each field, every card where it was wrong, expected beside predicted), and a JSON
summary that other tools diff between runs.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cardbook.ocr.scoring import SCORED_FIELDS, CardScore, FieldCounts

TARGETS = {
    "name": 0.90,
    "title": 0.80,
    "company": 0.85,
    "emails": 0.95,
    "phones": 0.95,
    "websites": 0.95,
    "address": 0.80,
}
TARGET_NO_EDIT = 0.50
TARGET_CER = 0.10
_SHOWN_CHARS = 60  # a value longer than this is cut in the misses report (addresses), to stay one line


@dataclass(slots=True)
class CardOutcome:
    """One scored card: its prediction, its truth, its score and its text errors."""

    path: str
    predicted: dict[str, Any]
    truth: dict[str, Any]
    score: CardScore
    edits: int
    reference: int
    engine: str = ""

    @property
    def cer(self) -> float:
        return self.edits / max(1, self.reference)


@dataclass(slots=True)
class Summary:
    outcomes: list[CardOutcome] = field(default_factory=list)

    def totals(self) -> dict[str, FieldCounts]:
        totals = {name: FieldCounts() for name in SCORED_FIELDS}
        for outcome in self.outcomes:
            for name, count in outcome.score.counts.items():
                totals[name].tp += count.tp
                totals[name].fp += count.fp
                totals[name].fn += count.fn
        return totals

    @property
    def no_edit(self) -> int:
        return sum(outcome.score.needs_no_edit for outcome in self.outcomes)

    @property
    def cer(self) -> float:
        edits = sum(outcome.edits for outcome in self.outcomes)
        return edits / max(1, sum(outcome.reference for outcome in self.outcomes))

    @property
    def median_seconds(self) -> float:
        seconds = [float(outcome.predicted.get("seconds") or 0.0) for outcome in self.outcomes]
        return statistics.median(seconds) if seconds else 0.0

    def macro_f1(self) -> float:
        totals = self.totals()
        return sum(totals[name].f1 for name in SCORED_FIELDS) / len(SCORED_FIELDS)


def shown_values(name: str, values: Any) -> Any:
    """A field's value as compared (phones: the printed numbers only)."""
    if name == "phones":
        return [phone["number"] if isinstance(phone, dict) else phone for phone in values or []]
    return values


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


def card_diff(outcome: CardOutcome) -> list[str]:
    notes = []
    for name in SCORED_FIELDS:
        count = outcome.score.counts[name]
        if count.fp or count.fn:
            got = shown_values(name, outcome.predicted.get(name))
            want = shown_values(name, outcome.truth.get(name))
            notes.append(f"    {name:9} got {_short(got)}  want {_short(want)}")
    return notes


def print_summary(summary: Summary, heading: str, jobs: int, several: int) -> None:
    total_cards = len(summary.outcomes)
    print(f"\n{heading}")
    print(f"{'field':10} {'P':>6} {'R':>6} {'F1':>6} {'target':>7}")
    totals = summary.totals()
    for name in SCORED_FIELDS:
        c = totals[name]
        mark = "ok" if c.f1 >= TARGETS[name] else "BELOW"
        print(f"{name:10} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {TARGETS[name]:7.2f}  {mark}")
    share = summary.no_edit / max(1, total_cards)
    cer = summary.cer
    print(
        f"{'no edit':10} {share:6.3f} ({summary.no_edit}/{total_cards})  target ≥ {TARGET_NO_EDIT:.2f}  "
        f"{'ok' if share >= TARGET_NO_EDIT else 'BELOW'}"
    )
    print(f"{'text CER':10} {cer:6.3f}  target ≤ {TARGET_CER:.2f}  {'ok' if cer <= TARGET_CER else 'ABOVE'}")
    print(f"{'seconds':10} median {summary.median_seconds:.3f} per card (jobs={jobs})")
    if several:
        print(f"note: {several} image(s) gave more than one card; the one closest to the truth was scored")


def print_misses(summary: Summary) -> None:
    """For each field, the cards where it was wrong: expected ("want") beside predicted ("got")."""
    print("\nmisses by field (want → got)")
    for name in SCORED_FIELDS:
        missed = [o for o in summary.outcomes if o.score.counts[name].fp or o.score.counts[name].fn]
        if not missed:
            continue
        print(f"{name} ({len(missed)} of {len(summary.outcomes)} cards):")
        for outcome in missed:
            want = _short(shown_values(name, outcome.truth.get(name)))
            got = _short(shown_values(name, outcome.predicted.get(name)))
            print(f"  {Path(outcome.path).name:28} {want}  →  {got}")


def to_json(summary: Summary, settings: dict[str, Any]) -> dict[str, Any]:
    """Figures of a run, for tools that compare runs (keys are stable)."""
    totals = summary.totals()
    return {
        "settings": settings,
        "cards": len(summary.outcomes),
        "fields": {
            name: {
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f1": round(c.f1, 4),
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
            }
            for name, c in totals.items()
        },
        "macro_f1": round(summary.macro_f1(), 4),
        "no_edit": summary.no_edit,
        "no_edit_share": round(summary.no_edit / max(1, len(summary.outcomes)), 4),
        "cer": round(summary.cer, 4),
        "median_seconds": round(summary.median_seconds, 3),
        "per_card": [
            {
                "image": outcome.path,
                "engine": outcome.engine,
                "needs_no_edit": outcome.score.needs_no_edit,
                "cer": round(outcome.cer, 4),
                "seconds": outcome.predicted.get("seconds"),
                "misses": {
                    name: {
                        "want": shown_values(name, outcome.truth.get(name)),
                        "got": shown_values(name, outcome.predicted.get(name)),
                    }
                    for name in SCORED_FIELDS
                    if outcome.score.counts[name].fp or outcome.score.counts[name].fn
                },
            }
            for outcome in summary.outcomes
        ],
    }
