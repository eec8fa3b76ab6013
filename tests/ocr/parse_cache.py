"""Read card sets once, parse them many times: ``evaluate``'s figures for a parser change in seconds.

Reading a card (finding, OCR, accents, large type) costs one to three seconds on this machine; parsing its
lines about twenty milliseconds. A change to the parser or the line classifier leaves the lines the same,
so this tool reads each image once through the pipeline with ``evaluate``'s settings and keeps, per card
found, the lines handed to ``parse_card.parse_lines`` and the QR payloads merged after it (JSON), then
re-parses those lines with the code as it is now and scores them as ``evaluate`` does (same card picked
when an image gave several, same scoring, same summary). With the parser unchanged, ``score`` prints what
``read`` printed: check that once per cache (``read`` prints its own figures from the pipeline's results).

    python -m tests.ocr.parse_cache read CACHE.json DIR [DIR...]      read (slow) and print the figures
    python -m tests.ocr.parse_cache score CACHE.json [...] [--per-folder] [--misses] [--split report]
                                                         [--model MODEL.json]

``--model`` parses with another line-classifier file than the shipped one (``train_line_classifier``'s
output), to compare models without replacing the shipped file. The cache records also carry the picked
card's lines at top level (``lines``), the format ``train_line_classifier --ocr-cache`` reads.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from cardbook.ocr import line_classifier, pipeline
from cardbook.ocr.batch import read_images
from cardbook.ocr.eval_report import CardOutcome, Summary, print_misses, print_summary
from cardbook.ocr.evaluate import find_pairs, pick_card
from cardbook.ocr.fields import CardFields, CardLine
from cardbook.ocr.jsonout import card_to_dict
from cardbook.ocr.merge import merge_all
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.pipeline import CardResult, ReadOptions
from cardbook.ocr.qr import parse_payload
from cardbook.ocr.scoring import SCORED_FIELDS, score_card, text_errors
from cardbook.ocr.splits import SPLITS, split_items
from cardbook.ocr.types import Box

# ``evaluate``'s defaults (its --lang and --region): the figures must be comparable with its output.
EVALUATE_LANG = "fra+eng"
EVALUATE_REGION = "FR"


def _line_record(line: CardLine) -> dict[str, Any]:
    box = [line.box.left, line.box.top, line.box.width, line.box.height] if line.box is not None else None
    return {"text": line.text, "box": box, "height": float(line.height), "conf": line.confidence}


def card_lines(records: Sequence[dict[str, Any]]) -> list[CardLine]:
    """The cached lines as the pipeline handed them to the parser."""
    return [
        CardLine(i, line["text"], Box(*line["box"]) if line["box"] is not None else None, line["height"], line["conf"])
        for i, line in enumerate(records)
    ]


class _Recorder:
    """Wraps the pipeline's ``parse_lines`` and ``parse_payload`` to keep what each card's parse was given."""

    def __init__(self) -> None:
        self.cards: list[dict[str, Any]] = []

    def parse_lines(self, lines: list[CardLine], region: str, hints: Any = None) -> CardFields:
        self.cards.append({"lines": [_line_record(line) for line in lines], "region": region, "qr": []})
        return parse_lines(lines, region, hints=hints)

    def parse_payload(self, text: str, region: Any) -> CardFields | None:
        self.cards[-1]["qr"].append(text)
        return parse_payload(text, region)


def _read(paths: list[str], options: ReadOptions, recorder: _Recorder) -> Iterator[tuple[str, list[CardResult]]]:
    saved = pipeline.parse_lines, pipeline.parse_payload
    pipeline.parse_lines, pipeline.parse_payload = recorder.parse_lines, recorder.parse_payload  # type: ignore[assignment]
    try:
        yield from read_images(paths, options, jobs=1)
    finally:
        pipeline.parse_lines, pipeline.parse_payload = saved  # type: ignore[assignment]


def read(cache: Path, folders: Sequence[str]) -> Summary:
    """Read every image of ``folders`` once; write the cache; the figures of the pipeline's own results."""
    options = ReadOptions(lang=EVALUATE_LANG, region=EVALUATE_REGION)
    pairs = find_pairs(folders)
    truths = {str(image): json.loads(truth.read_text(encoding="utf-8")) for image, truth in pairs}
    records: list[dict[str, Any]] = []
    summary = Summary()
    recorder = _Recorder()
    for path, results in _read([str(image) for image, _ in pairs], options, recorder):
        truth = truths[path]
        found = [result for result in results if result.found and result.fields is not None]
        texts = {"\n".join(line["text"] for line in card["lines"]): card for card in recorder.cards}
        cards = [texts[result.text] for result in found if result.text in texts]
        recorder.cards.clear()
        dicts = [card_to_dict(result, path) for result in results]
        picked = pick_card(dicts, truth.get("lines") or [])
        summary.outcomes.append(_outcome(path, picked, truth))
        chosen = results[dicts.index(picked)]
        lines = texts.get(chosen.text, {"lines": []})["lines"] if chosen.found else []
        records.append({"path": path, "folder": str(Path(path).parent), "truth": truth, "cards": cards, "lines": lines})
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return summary


def _outcome(path: str, card: dict[str, Any], truth: dict[str, Any]) -> CardOutcome:
    cost, length = text_errors(card.get("text") or "", truth.get("lines") or [])
    return CardOutcome(path, card, truth, score_card(card, truth), cost, length)


def reparse(record: dict[str, Any]) -> CardOutcome:
    """One cached image parsed by the code as it is now, scored as ``evaluate`` scores it."""
    dicts = []
    for index, card in enumerate(record["cards"]):
        lines = card_lines(card["lines"])
        fields = parse_lines(lines, card["region"])
        region = fields.region or card["region"]
        qr_fields = [parsed for text in card["qr"] if (parsed := parse_payload(text, region))]
        text = "\n".join(line.text for line in lines)
        result = CardResult(record["path"], index, fields=merge_all(fields, qr_fields), text=text)
        dicts.append(card_to_dict(result, record["path"]))
    if not dicts:  # nothing read: scored as evaluate scores a card without fields
        dicts.append(card_to_dict(CardResult(record["path"], 0, found=False), record["path"]))
    return _outcome(record["path"], pick_card(dicts, record["truth"].get("lines") or []), record["truth"])


def use_model(path: Path | None) -> None:
    """Parse with the line-classifier model in ``path`` (None: the shipped one)."""
    if path is None:
        return
    model = line_classifier.LineModel.from_dict(json.loads(path.read_text(encoding="utf-8")))
    loader: Callable[[], line_classifier.LineModel] = lambda: model  # noqa: E731
    setattr(line_classifier, "load_model", loader)  # noqa: B010  (the module looks it up at each call)


def load(caches: Sequence[Path]) -> list[dict[str, Any]]:
    return [record for cache in caches for record in json.loads(cache.read_text(encoding="utf-8"))]


def score(records: Sequence[dict[str, Any]]) -> Summary:
    summary = Summary()
    summary.outcomes = [reparse(record) for record in records]
    return summary


def field_f1(summary: Summary) -> dict[str, float]:
    """Per-field F1, the macro-F1 and the cards needing no edit: the figures compared between runs."""
    totals = summary.totals()
    figures = {name: round(totals[name].f1, 3) for name in SCORED_FIELDS}
    figures["macro"] = round(summary.macro_f1(), 3)
    figures["no_edit"] = summary.no_edit
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.ocr.parse_cache", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    reading = sub.add_parser("read", help="read the folders' images once and keep their lines")
    reading.add_argument("cache", type=Path)
    reading.add_argument("folders", nargs="+")
    scoring = sub.add_parser("score", help="parse the cached lines with the current code and score them")
    scoring.add_argument("caches", type=Path, nargs="+")
    scoring.add_argument("--per-folder", action="store_true")
    scoring.add_argument("--misses", action="store_true")
    scoring.add_argument("--model", type=Path, help="a line-classifier model file instead of the shipped one")
    scoring.add_argument("--split", choices=SPLITS, help="only this half of each folder, as evaluate --split")
    args = parser.parse_args(argv)
    if args.command == "read":
        summary = read(args.cache, args.folders)
        print_summary(summary, f"{len(summary.outcomes)} cards read into {args.cache}", 1, 0)
        return 0
    use_model(args.model)
    records = load(args.caches)
    if args.split:
        records = [record for _, record in split_items([(Path(r["path"]), r) for r in records], args.split)]
    groups: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        groups.setdefault(record["folder"] if args.per_folder else "all", []).append(record)
    everything = Summary()
    for name, group in groups.items():
        summary = score(group)
        everything.outcomes += summary.outcomes
        if len(groups) > 1:
            print(f"{name}: {field_f1(summary)}")
    print_summary(everything, f"{len(everything.outcomes)} cards re-parsed from {len(args.caches)} cache(s)", 1, 0)
    print(f"figures: {field_f1(everything)}")
    if args.misses:
        print_misses(everything)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
