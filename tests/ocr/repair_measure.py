"""What a line-text repair mends and what it breaks, measured on ``parse_cache`` caches (no image read again).

For each cached card, every line's text is passed through each repair rule alone (``RULES``); each line the
rule changes is counted as **mended** when the card's text errors (``scoring.text_errors``, as the CER counts
them) fall with that line changed, **broken** when they grow, **neutral** otherwise. Then the repairs
together (``line_repairs.repaired_text``): the cards are re-parsed with the repaired lines and scored as
``evaluate`` scores them, the text CER taken from the repaired text, before → after.

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
from cardbook.ocr.scoring import text_errors
from cardbook.ocr.splits import SPLITS, split_items
from tests.ocr.parse_cache import field_f1, load, reparse

RULES: dict[str, Callable[[str], str]] = {
    "letter in a number": number_letters.digits_in_numbers,
    "+1 glued": number_letters.spaced_calling_code,
    "label glued": number_letters.spaced_label,
    "0 in a state": number_letters.letter_o_in_state,
    "ß read B": sharp_s.with_sharp_s,
    "hyphen glued": line_repairs.spaced_leading_hyphen,
    "l in a code": line_repairs.capital_i_in_code,
}


def card_cost(texts: Sequence[str], record: dict[str, Any]) -> int:
    """The card's text errors (``scoring.text_errors``: character edits, words order-free) for these lines."""
    return text_errors("\n".join(texts), record["truth"].get("lines") or [])[0]


def repaired(record: dict[str, Any], repair: Callable[[str], str]) -> dict[str, Any]:
    """The record with every cached line's text repaired."""
    cards = [
        {**card, "lines": [{**line, "text": repair(line["text"])} for line in card["lines"]]}
        for card in record["cards"]
    ]
    return {**record, "cards": cards}


def measure_rules(records: Sequence[dict[str, Any]], verbose: bool) -> None:
    """Each rule alone, each line it changes alone: the card's text errors after against before."""
    for name, rule in RULES.items():
        totals: Counter[str] = Counter()
        notes: list[str] = []
        for record in records:
            texts = [line["text"] for line in record["lines"]]
            before = card_cost(texts, record)
            for index, text in enumerate(texts):
                after_text = rule(text)
                if after_text == text:
                    continue
                after = card_cost([*texts[:index], after_text, *texts[index + 1 :]], record)
                tag = "mended" if after < before else "broken" if after > before else "neutral"
                totals[tag] += 1
                notes.append(f"{tag.upper()} {Path(record['path']).name}: {text!r} -> {after_text!r}")
        print(f"{name}: lines mended {totals['mended']}, broken {totals['broken']}, neutral {totals['neutral']}")
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
