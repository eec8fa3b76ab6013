"""What a line-text repair mends and what it breaks, measured on ``parse_cache`` caches (no image read again).

For each cached card, every line's text is passed through each repair rule alone (``RULES``); each word the
rule changes is counted as **mended** when the new word is a word of the card's truth lines and the old one is
not, **broken** when the old word was one and the new one is not, **neutral** otherwise (wrong before and
after, or right both ways). Then the repairs together: the cards are re-parsed with the repaired lines and
scored as ``evaluate`` scores them, the text CER taken from the repaired text (``parse_cache score`` takes it
from the cached lines as read), before → after.

    python -m tests.ocr.repair_measure CACHE.json [...] [--split tune|report] [-v]
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from cardbook.ocr import line_repairs, number_letters, sharp_s
from cardbook.ocr.eval_report import Summary, print_summary
from cardbook.ocr.splits import SPLITS, split_items
from tests.ocr.parse_cache import field_f1, load, reparse

RULES: dict[str, Callable[[str], str]] = {
    "letter in a number": number_letters.digits_in_numbers,
    "+1 glued": number_letters.spaced_calling_code,
    "label glued": number_letters.spaced_label,
    "ß read B": sharp_s.with_sharp_s,
    "hyphen glued": line_repairs.spaced_leading_hyphen,
}


def _truth_words(record: dict[str, Any]) -> Counter[str]:
    return Counter(word for line in record["truth"].get("lines") or [] for word in line.split())


def word_changes(before: str, after: str, truth: Counter[str]) -> tuple[int, int, int, list[str]]:
    """(mended, broken, neutral, notes) of the words ``after`` changed from ``before``."""
    old, new = Counter(before.split()), Counter(after.split())
    gone, came = old - new, new - old
    mended = broken = neutral = 0
    right_before = sum(min(n, truth[w]) for w, n in gone.items())
    right_after = sum(min(n, truth[w]) for w, n in came.items())
    if right_after > right_before:
        mended = right_after - right_before
    elif right_before > right_after:
        broken = right_before - right_after
    else:
        neutral = max(1, sum(gone.values()))
    note = f"{' '.join(gone.elements())!r} -> {' '.join(came.elements())!r}"
    return mended, broken, neutral, [note]


def repaired(record: dict[str, Any], repair: Callable[[str], str]) -> dict[str, Any]:
    """The record with every cached line's text repaired."""
    cards = [
        {**card, "lines": [{**line, "text": repair(line["text"])} for line in card["lines"]]}
        for card in record["cards"]
    ]
    return {**record, "cards": cards}


def measure_rules(records: Sequence[dict[str, Any]], verbose: bool) -> None:
    for name, rule in RULES.items():
        totals: Counter[str] = Counter()
        notes: list[str] = []
        for record in records:
            truth = _truth_words(record)
            for line in record["lines"]:
                after = rule(line["text"])
                if after == line["text"]:
                    continue
                mended, broken, neutral, changes = word_changes(line["text"], after, truth)
                totals.update(mended=mended, broken=broken, neutral=neutral)
                notes += [
                    f"{tag} {Path(record['path']).name}: {change}"
                    for change in changes
                    for tag, n in (("MENDED", mended), ("BROKEN", broken), ("neutral", neutral))
                    if n
                ]
        print(f"{name}: mended {totals['mended']}, broken {totals['broken']}, neutral {totals['neutral']}")
        if verbose:
            for note in notes:
                print("   ", note)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.ocr.repair_measure", description=__doc__)
    parser.add_argument("caches", type=Path, nargs="+")
    parser.add_argument("--split", choices=SPLITS)
    parser.add_argument("-v", "--verbose", action="store_true", help="every changed word")
    args = parser.parse_args(argv)
    records = load(args.caches)
    if args.split:
        records = [record for _, record in split_items([(Path(r["path"]), r) for r in records], args.split)]
    measure_rules(records, args.verbose)
    for label, group in (
        ("before", records),
        ("after", [repaired(r, line_repairs.repaired_text) for r in records]),
    ):
        summary = Summary()
        summary.outcomes = [reparse(record) for record in group]
        print_summary(summary, f"{label}: {len(records)} cards", 1, 0)
        print(f"figures {label}: {field_f1(summary)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
