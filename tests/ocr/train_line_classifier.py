"""Train the line classifier (cardbook/ocr/line_classifier.py) and write its JSON model.

Training data: generated cards with renderer geometry (``tests.ocr.line_cards``: fast, no OCR), optionally
small-business cards (``tests.ocr.trade_layouts``, ``--trade-share``; none in the shipped model, see
TRADE_SHARE), plus, optionally, folders of rendered and
photographed cards with ground truth (``tests.ocr.hard_sets``) read by the real pipeline, so the model also
sees OCR's line splits, letter heights and misreadings; their lines are labelled by matching them with the
truth's fields. Real evaluation cards are never used here.

The shipped model was made with (scikit-learn 1.9, about two minutes on one core; the same set read by
the pipeline of December 2026 gives 365 OCR lines where the model saw 364, so a retraining today does not
give back its coefficients exactly):

    python -m tests.ocr.hard_sets /tmp/lc_ocr --count 5 --seed 101
    python -m tests.ocr.train_line_classifier --count 4000 --seed 1 --ocr /tmp/lc_ocr/* \\
        --ocr-cache /tmp/lc_ocr.json --out cardbook/ocr/models/line_classifier.json

scikit-learn is needed here only (the ``train`` extra); the app reads the JSON with numpy.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from cardbook.ocr.fields import CardLine
from cardbook.ocr.line_features import FEATURE_NAMES, card_context, line_features
from cardbook.ocr.types import Box

from .line_cards import LABELS, make_card
from .trade_layouts import TRADE_KINDS, make_trade_card

# Regularisation of the logistic regression (inverse strength): chosen on a held-out generated set;
# weaker regularisation fits the generator's quirks, stronger blurs the layout evidence.
REGULARISATION_C = 0.5
# An OCR line is given a truth field's role when it matches that field's text at least this well.
MIN_LABEL_MATCH = 75
# Share of the generated cards held out to print the model's accuracy (not used for fitting).
HELD_OUT = 0.2
# Small-business cards (tests.ocr.trade_layouts) added to the office layouts, as a share of --count. The
# shipped model has none: with 0.25 (and 0.1) the model read trade cards better (layout_set outside-names,
# seed 11: name 0.962 -> 0.987, where the rules alone already went 0.879 -> 0.962) but took a one-word title
# under a name for an address line ("Augenoptikerin": title 0.98 -> 0.61 and 0.73), a city or neighbourhood
# alone on its line being common on those cards; leaving their address lines out kept it at 0.78, under
# parse_roles.CLASSIFIER_TITLE_ALONE, and lost OCR address lines. Kept as an option for a richer generator.
TRADE_SHARE = 0.0
# The small-business cards draw from their own stream, so the office cards stay those of --seed.
TRADE_SEED_OFFSET = 1000


def generated_rows(count: int, seed: int) -> tuple[list[list[float]], list[str]]:
    rng = random.Random(seed)
    features: list[list[float]] = []
    labels: list[str] = []
    for _ in range(count):
        card = make_card(rng)
        features += line_features(card.lines, card_context(card.lines))
        labels += card.labels
    return features, labels


def trade_rows(count: int, seed: int) -> tuple[list[list[float]], list[str]]:
    """Small-business cards (``tests.ocr.trade_layouts``: a brand in big type over a list of services, the
    owner's name with or without a title), each kind in turn, from their own random stream."""
    rng = random.Random(seed + TRADE_SEED_OFFSET)
    features: list[list[float]] = []
    labels: list[str] = []
    for index in range(count):
        card = make_trade_card(rng, TRADE_KINDS[index % len(TRADE_KINDS)])
        features += line_features(card.lines, card_context(card.lines))
        labels += card.roles
    return features, labels


def truth_role(text: str, truth: dict[str, Any]) -> str | None:
    """The role of one OCR line from the card's ground truth (docs/EVALUATION_FORMAT.md), or None when unsure."""
    squashed = "".join(text.lower().split())
    if not squashed:
        return None
    candidates: list[tuple[str, str]] = []
    for role in ("name", "title", "company", "department"):
        if truth.get(role):
            candidates.append((role, str(truth[role])))
    for part in str(truth.get("address") or "").split(", "):
        candidates.append(("address", part))
    contacts = [*truth.get("emails", []), *truth.get("websites", [])]
    contacts += [phone["number"] for phone in truth.get("phones", [])]
    candidates += [("contact", str(value)) for value in contacts]
    for part in str(truth.get("tagline") or "").split(" / "):
        candidates.append(("other", part))
    best_role, best = None, 0.0
    for role, value in candidates:
        if not value:
            continue
        score = fuzz.ratio(squashed, "".join(value.lower().split()))
        if role == "contact" or role == "name":  # "Tel. 06 …" holds the number; "Name, Title" the name
            score = max(score, fuzz.partial_ratio("".join(value.lower().split()), squashed) - 5)
        if score > best:
            best_role, best = role, score
    return best_role if best >= MIN_LABEL_MATCH else None


def read_cards(folders: list[str]) -> list[dict[str, Any]]:
    """Each folder's images read by the pipeline: their lines (text, box, letter height) and truth."""
    from cardbook.ocr.evaluate import find_pairs
    from cardbook.ocr.pipeline import ReadOptions, read_image

    options = ReadOptions(keep_card_image=False, decode_qr=False)
    records: list[dict[str, Any]] = []
    for image, truth_path in find_pairs(folders):
        result = max(read_image(image, options), key=lambda item: len(item.text))
        lines = [
            {
                "text": line.text,
                "box": [line.box.left, line.box.top, line.box.width, line.box.height],
                "height": float(line.height),
                "conf": line.confidence,
            }
            for line in result.lines
        ]
        records.append(
            {"path": str(image), "truth": json.loads(truth_path.read_text(encoding="utf-8")), "lines": lines}
        )
    return records


def ocr_rows(folders: list[str], cache: Path | None) -> tuple[list[list[float]], list[str]]:
    """Lines of OCR'd cards labelled from their truth; the readings are kept in ``cache`` (JSON) when
    given, so that retraining after a change of features does not read the images again."""
    if cache is not None and cache.exists():
        records = json.loads(cache.read_text(encoding="utf-8"))
    else:
        records = read_cards(folders)
        if cache is not None:
            cache.write_text(json.dumps(records), encoding="utf-8")
    features: list[list[float]] = []
    labels: list[str] = []
    for record in records:
        truth = record["truth"]
        lines = [
            CardLine(i, line["text"], Box(*line["box"]), line["height"], line["conf"])
            for i, line in enumerate(record["lines"])
        ]
        roles = [truth_role(line.text, truth) for line in lines]
        vectors = line_features(lines, card_context(lines))
        for vector, role in zip(vectors, roles, strict=True):
            if role is not None:
                features.append(vector)
                labels.append(role)
    return features, labels


def fit(features: list[list[float]], labels: list[str]) -> dict[str, Any]:
    """Standardise, fit a multinomial logistic regression, return the model as plain JSON data."""
    from sklearn.linear_model import LogisticRegression

    x = np.asarray(features, dtype=np.float64)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    model = LogisticRegression(C=REGULARISATION_C, max_iter=3000)
    model.fit((x - mean) / scale, labels)
    return {
        "kind": "multinomial logistic regression over cardbook.ocr.line_features",
        "features": list(FEATURE_NAMES),
        "labels": [str(label) for label in model.classes_],
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "coef": [[round(float(v), 5) for v in row] for row in model.coef_],
        "intercept": [round(float(v), 5) for v in model.intercept_],
    }


def accuracy(model: dict[str, Any], features: list[list[float]], labels: list[str]) -> dict[str, float]:
    """Recall per role on held-out rows, as the shipped code computes probabilities."""
    from cardbook.ocr.line_classifier import LineModel

    loaded = LineModel.from_dict(model)
    predicted = [loaded.labels[int(i)] for i in loaded.probabilities(features).argmax(axis=1)]
    totals, right = Counter(labels), Counter(want for want, got in zip(labels, predicted, strict=True) if want == got)
    return {label: round(right[label] / totals[label], 3) for label in LABELS if totals[label]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.ocr.train_line_classifier", description=__doc__)
    parser.add_argument("--count", type=int, default=4000, help="generated cards")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ocr", nargs="*", default=[], help="folders of card images with truth, read by OCR")
    parser.add_argument("--ocr-cache", type=Path, help="JSON file keeping the OCR readings between runs")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--trade-share", type=float, default=TRADE_SHARE, help="small-business cards, share of --count")
    args = parser.parse_args(argv)
    features, labels = generated_rows(args.count, args.seed)
    cut = int(len(features) * (1 - HELD_OUT))
    trade_features, trade_labels = trade_rows(int(args.count * args.trade_share), args.seed)
    ocr_features, ocr_labels = ocr_rows(args.ocr, args.ocr_cache) if args.ocr or args.ocr_cache else ([], [])
    model = fit(features[:cut] + trade_features + ocr_features, labels[:cut] + trade_labels + ocr_labels)
    model["trained_with"] = {"count": args.count, "seed": args.seed, "ocr_lines": len(ocr_features)}
    if trade_features:
        model["trained_with"]["trade_cards"] = int(args.count * args.trade_share)
    print("held-out generated recall:", accuracy(model, features[cut:], labels[cut:]), file=sys.stderr)
    if ocr_features:
        print("OCR lines recall (seen in training):", accuracy(model, ocr_features, ocr_labels), file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
