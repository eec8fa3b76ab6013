"""Train the line classifier (cardbook/ocr/line_classifier.py) and write its JSON model.

Training data: generated cards with renderer geometry (``tests.ocr.line_cards``: fast, no OCR), optionally
small-business cards (``tests.ocr.trade_layouts``, ``--trade-share``; none in the shipped model, see
TRADE_SHARE), plus generated cards with ground truth (``corporate_set``, ``typeface_set``, ``smallbiz_set``,
``hard_sets``, …) read by the real pipeline (``--ocr`` folders, or ``--cached`` readings of
``tests.ocr.parse_cache``), so the model also sees OCR's line splits, letter heights and misreadings; their
lines are labelled from the truth's printed lines (``line_roles``). Real evaluation cards are never used here.

The shipped model was made with (scikit-learn 1.9, about two minutes on one core; the same set read by
the pipeline of December 2026 gives 365 OCR lines where the model saw 364, so a retraining today does not
give back its coefficients exactly):

    python -m tests.ocr.hard_sets /tmp/lc_ocr --count 5 --seed 101
    python -m tests.ocr.train_line_classifier --count 4000 --seed 1 --ocr /tmp/lc_ocr/* \\
        --ocr-cache /tmp/lc_ocr.json --out cardbook/ocr/models/line_classifier.json

Its OCR lines were labelled by ``truth_role`` (field values alone); ``line_roles`` now labels lines whose
truth lists the printed lines, so this command no longer gives back its training rows exactly either.
A retraining with OCR'd cards of corporate_set, typeface_set and smallbiz_set (training seeds 101-103, read
with ``tests.ocr.parse_cache read`` and passed with ``--cached``, ``--ocr-weight 3``) was measured and not
shipped: docs/MEASURING.md, "The line classifier and today's generators".

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

from cardbook.ocr.line_features import FEATURE_NAMES, card_context, line_features

from .line_cards import LABELS, make_card
from .parse_cache import card_lines
from .trade_layouts import TRADE_KINDS, make_trade_card

# Regularisation of the logistic regression (inverse strength): chosen on a held-out generated set;
# weaker regularisation fits the generator's quirks, stronger blurs the layout evidence.
REGULARISATION_C = 0.5
# An OCR line is given a truth field's role when it matches that field's text at least this well.
MIN_LABEL_MATCH = 75
# Labelling from the printed lines (``printed_role``, ``line_roles``): a phone is recognised in a line by its
# last MIN_PHONE_DIGITS digits; a piece of a field is a part of it only with MIN_PART_CHARS letters or more
# (not a stray "of"); a line holding the name is the name's when the name is at least NAME_SHARE_OF_LINE of
# it ("Name, CPA"; "Name | Owner" is still the name's, as the parser splits it), and holding the company,
# the company's at COMPANY_SHARE_OF_LINE (a legal name, not fine print listing registration numbers); an
# OCR line that is a piece of a printed line matches it at MIN_PIECE_MATCH (partial ratio).
MIN_PHONE_DIGITS = 6
MIN_PART_CHARS = 3
NAME_SHARE_OF_LINE = 0.4
COMPANY_SHARE_OF_LINE = 0.6
MIN_PIECE_MATCH = 90
# How much one OCR'd line counts in fitting against one line of renderer geometry (of which there are over
# twenty times as many), and whether the roles are weighted against their frequency. The shipped model: 1
# and none. The retraining measured in docs/MEASURING.md used 3 (8 gave the same fields on every held-out
# set but one card).
OCR_WEIGHT = 1.0
CLASS_WEIGHT = "none"
# While choosing C (``choose_c``), every VALIDATION_EVERY-th OCR'd card is held out of fitting.
VALIDATION_EVERY = 5
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


def _squash(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def printed_role(printed: str, truth: dict[str, Any]) -> str | None:
    """The role of one line as the generator printed it (the truth's ``lines``), from the truth's fields;
    None when no field holds it (a branch's second address, a label): such lines teach nothing sure.

    A printed line is exact text, so containment decides: the line inside a field's value (a title on
    two lines, the wordmark's short form of the legal name) or, for the name, the name inside the line
    ("Name, Title"). Contact values are looked for inside the line ("Tel. +49 …")."""
    line = _squash(printed)
    if len(line) < 2:
        return None
    contacts = [*truth.get("emails", []), *truth.get("websites", []), *truth.get("social", [])]
    if any((value := _squash(str(c))) and value in line for c in contacts):
        return "contact"
    digits = "".join(ch for ch in printed if ch.isdigit())
    for phone in truth.get("phones", []):
        number = "".join(ch for ch in str(phone["number"]) if ch.isdigit())
        if len(number) >= MIN_PHONE_DIGITS and number[-MIN_PHONE_DIGITS:] in digits:
            return "contact"
    name = _squash(str(truth.get("name") or ""))
    if name and (line in name or (name in line and len(name) >= NAME_SHARE_OF_LINE * len(line))):
        return "name"
    for role in ("title", "company", "department"):
        value = _squash(str(truth.get(role) or ""))
        if value and line in value and len(line) >= MIN_PART_CHARS:
            return role
    company = _squash(str(truth.get("company") or ""))
    if company and company in line and len(company) >= COMPANY_SHARE_OF_LINE * len(line):
        return "company"  # the legal name with a short addition ("… GmbH & Co. KG")
    if line in _squash(str(truth.get("address") or "")):
        return "address"
    tagline = str(truth.get("tagline") or "")
    if any(line == _squash(part) for part in tagline.split(" / ")) or (tagline and line in _squash(tagline)):
        return "other"
    return None


def line_roles(texts: list[str], truth: dict[str, Any]) -> list[str | None]:
    """Each OCR line's role: the role of the printed line it reads (``printed_role``), matched as a whole
    (MIN_LABEL_MATCH) or as a piece of a longer printed line (MIN_PIECE_MATCH: OCR split a row); without
    the printed lines in the truth, ``truth_role``'s matching of field values."""
    printed = [
        (squashed, printed_role(text, truth)) for text in truth.get("lines") or [] if (squashed := _squash(text))
    ]
    if not printed:
        return [truth_role(text, truth) for text in texts]
    roles: list[str | None] = []
    for text in texts:
        squashed = _squash(text)
        if len(squashed) < 2:
            roles.append(None)
            continue
        whole = max(printed, key=lambda item: fuzz.ratio(squashed, item[0]))
        if fuzz.ratio(squashed, whole[0]) >= MIN_LABEL_MATCH:
            roles.append(whole[1])
            continue
        longer = [item for item in printed if len(item[0]) > len(squashed) >= MIN_PART_CHARS]
        piece = max(longer, key=lambda item: fuzz.partial_ratio(squashed, item[0]), default=None)
        roles.append(piece[1] if piece and fuzz.partial_ratio(squashed, piece[0]) >= MIN_PIECE_MATCH else None)
    return roles


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


def ocr_records(folders: list[str], cache: Path | None, cached: list[Path]) -> list[dict[str, Any]]:
    """OCR'd cards (truth and lines): ``folders`` read now (kept in ``cache`` when given, so that retraining
    after a change of features does not read the images again) and the caches of ``tests.ocr.parse_cache
    read`` (``cached``), which hold the lines of the card ``evaluate`` scores."""
    records: list[dict[str, Any]] = []
    if cache is not None and cache.exists():
        records = json.loads(cache.read_text(encoding="utf-8"))
    elif folders:
        records = read_cards(folders)
        if cache is not None:
            cache.write_text(json.dumps(records), encoding="utf-8")
    for path in cached:
        records += json.loads(path.read_text(encoding="utf-8"))
    return records


def ocr_rows(records: list[dict[str, Any]]) -> tuple[list[list[float]], list[str], list[int]]:
    """Lines of OCR'd cards labelled from their truth (``line_roles``), and the card each line is from."""
    features: list[list[float]] = []
    labels: list[str] = []
    cards: list[int] = []
    for number, record in enumerate(records):
        truth = record["truth"]
        lines = card_lines(record["lines"])
        roles = line_roles([line.text for line in lines], truth)
        vectors = line_features(lines, card_context(lines))
        for vector, role in zip(vectors, roles, strict=True):
            if role is not None:
                features.append(vector)
                labels.append(role)
                cards.append(number)
    return features, labels, cards


def fit(
    features: list[list[float]],
    labels: list[str],
    c: float = REGULARISATION_C,
    weights: list[float] | None = None,
    class_weight: str | None = None,
) -> dict[str, Any]:
    """Standardise, fit a multinomial logistic regression, return the model as plain JSON data."""
    from sklearn.linear_model import LogisticRegression

    x = np.asarray(features, dtype=np.float64)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    model = LogisticRegression(C=c, max_iter=3000, class_weight=class_weight)
    model.fit((x - mean) / scale, labels, sample_weight=None if weights is None else np.asarray(weights))
    return {
        "kind": "multinomial logistic regression over cardbook.ocr.line_features",
        "features": list(FEATURE_NAMES),
        "labels": [str(label) for label in model.classes_],
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "coef": [[round(float(v), 5) for v in row] for row in model.coef_],
        "intercept": [round(float(v), 5) for v in model.intercept_],
    }


def log_loss(model: dict[str, Any], features: list[list[float]], labels: list[str]) -> float:
    """Mean negative log-probability of the right role: how well the probabilities the parser weighs are
    calibrated, not only whether the most likely role is right."""
    from cardbook.ocr.line_classifier import LineModel

    loaded = LineModel.from_dict(model)
    rows = loaded.probabilities(features)
    picked = [rows[i, loaded.labels.index(label)] for i, label in enumerate(labels)]
    return float(-np.mean(np.log(np.clip(picked, 1e-9, 1.0))))


def accuracy(model: dict[str, Any], features: list[list[float]], labels: list[str]) -> dict[str, float]:
    """Recall per role on held-out rows, as the shipped code computes probabilities."""
    from cardbook.ocr.line_classifier import LineModel

    loaded = LineModel.from_dict(model)
    predicted = [loaded.labels[int(i)] for i in loaded.probabilities(features).argmax(axis=1)]
    totals, right = Counter(labels), Counter(want for want, got in zip(labels, predicted, strict=True) if want == got)
    return {label: round(right[label] / totals[label], 3) for label in LABELS if totals[label]}


def held_out_card(card: int) -> bool:
    """Every VALIDATION_EVERY-th OCR'd card is kept out of fitting while C is chosen."""
    return card % VALIDATION_EVERY == VALIDATION_EVERY - 1


def choose_c(
    generated: tuple[list[list[float]], list[str]],
    ocr: tuple[list[list[float]], list[str], list[int]],
    ocr_weight: float,
    class_weight: str | None,
    candidates: list[float],
) -> float:
    """The C whose model gives the held-out OCR'd cards' lines (whole cards, never seen in fitting) the
    least log loss; each candidate's recall on them is printed beside it."""
    features, labels, cards = ocr
    fit_x = [v for v, card in zip(features, cards, strict=True) if not held_out_card(card)]
    fit_y = [y for y, card in zip(labels, cards, strict=True) if not held_out_card(card)]
    val_x = [v for v, card in zip(features, cards, strict=True) if held_out_card(card)]
    val_y = [y for y, card in zip(labels, cards, strict=True) if held_out_card(card)]
    weights = [1.0] * len(generated[0]) + [ocr_weight] * len(fit_x)
    best: tuple[float, float] | None = None
    for c in candidates:
        model = fit(generated[0] + fit_x, generated[1] + fit_y, c, weights, class_weight)
        loss = log_loss(model, val_x, val_y)
        print(f"C={c}: held-out OCR log loss {loss:.4f}, recall {accuracy(model, val_x, val_y)}", file=sys.stderr)
        if best is None or loss < best[1]:
            best = (c, loss)
    assert best is not None
    return best[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.ocr.train_line_classifier", description=__doc__)
    parser.add_argument("--count", type=int, default=4000, help="generated cards")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ocr", nargs="*", default=[], help="folders of card images with truth, read by OCR")
    parser.add_argument("--ocr-cache", type=Path, help="JSON file keeping the --ocr readings between runs")
    parser.add_argument("--cached", type=Path, nargs="*", default=[], help="caches of tests.ocr.parse_cache read")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--trade-share", type=float, default=TRADE_SHARE, help="small-business cards, share of --count")
    parser.add_argument("--c", type=float, nargs="*", default=[REGULARISATION_C], help="C, or candidates")
    parser.add_argument("--ocr-weight", type=float, default=OCR_WEIGHT, help="weight of an OCR line in fitting")
    parser.add_argument("--class-weight", choices=("none", "balanced"), default=CLASS_WEIGHT)
    args = parser.parse_args(argv)
    class_weight = None if args.class_weight == "none" else args.class_weight
    features, labels = generated_rows(args.count, args.seed)
    cut = int(len(features) * (1 - HELD_OUT))
    trade_features, trade_labels = trade_rows(int(args.count * args.trade_share), args.seed)
    records = ocr_records(args.ocr, args.ocr_cache, args.cached)
    ocr_features, ocr_labels, ocr_cards = ocr_rows(records)
    generated = (features[:cut] + trade_features, labels[:cut] + trade_labels)
    c = args.c[0]
    if len(args.c) > 1 and ocr_features:
        c = choose_c(generated, (ocr_features, ocr_labels, ocr_cards), args.ocr_weight, class_weight, args.c)
    weights = [1.0] * len(generated[0]) + [args.ocr_weight] * len(ocr_features)
    model = fit(generated[0] + ocr_features, generated[1] + ocr_labels, c, weights, class_weight)
    model["trained_with"] = {
        "count": args.count,
        "seed": args.seed,
        "ocr_cards": len(records),
        "ocr_lines": len(ocr_features),
        "c": c,
        "ocr_weight": args.ocr_weight,
        "class_weight": args.class_weight,
    }
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
