"""The line classifier: its features on made-up lines, the shipped model, the parser's use of it, and the
training script on a tiny sample."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from cardbook.ocr.fields import CardLine
from cardbook.ocr.line_classifier import LineModel, ModelMismatchError, classify_lines, load_model
from cardbook.ocr.line_features import FEATURE_NAMES, CardContext, card_context, line_features
from cardbook.ocr.parse_card import parse_lines

from .line_cards import LABELS, make_card, stacked_lines

MADE_UP = [
    ("Quillfern Joinery Ltd", 40.0),
    ("Oriane Valcourt", 28.0),
    ("Head of Procurement", 18.0),
    ("12 Mossgate Lane", 16.0),
    ("Tel. 555 201 3344", 16.0),
    ("oriane.valcourt@quillfern.co.uk", 16.0),
]


def _feature(vectors: list[list[float]], row: int, name: str) -> float:
    return vectors[row][FEATURE_NAMES.index(name)]


def test_features_describe_size_case_and_evidence() -> None:
    lines = stacked_lines(MADE_UP)
    context = card_context(lines)
    assert context.email_locals == ("oriane.valcourt",) and context.domains == ("quillfern",)
    vectors = line_features(lines, context)
    assert len(vectors) == len(lines) and all(len(vector) == len(FEATURE_NAMES) for vector in vectors)
    assert _feature(vectors, 0, "is_largest") == 1.0 and _feature(vectors, 1, "is_largest") == 0.0
    assert _feature(vectors, 0, "legal_form") == 1.0 and _feature(vectors, 0, "domain") > 0.5
    assert _feature(vectors, 1, "email_local") == 1.0  # the e-mail spells the person
    assert _feature(vectors, 2, "title_strong") + _feature(vectors, 2, "title_weak") > 0
    assert _feature(vectors, 4, "phone") == 1.0 and _feature(vectors, 5, "contact") == 1.0
    assert _feature(vectors, 1, "below_rule_title") > 0  # a title right under the name
    assert _feature(vectors, 0, "has_above") == 0.0 and _feature(vectors, 5, "has_below") == 0.0


def test_features_without_geometry_or_lines() -> None:
    assert line_features([], CardContext()) == []
    plain = [CardLine(0, "SOME WORDS"), CardLine(1, "more words here")]
    vectors = line_features(plain, CardContext())
    assert _feature(vectors, 0, "caps") == 1.0 and _feature(vectors, 1, "starts_lower") == 1.0


def test_shipped_model_loads_and_labels_an_obvious_card() -> None:
    model = load_model()
    assert set(model.labels) == set(LABELS)
    assert model.coef.shape == (len(model.labels), len(FEATURE_NAMES))
    lines = stacked_lines(MADE_UP)
    roles = classify_lines(lines, card_context(lines))
    best = [max(probabilities, key=lambda role: probabilities[role]) for probabilities in roles]
    assert best[:3] == ["company", "name", "title"]
    assert best[4:] == ["contact", "contact"]
    assert all(abs(sum(probabilities.values()) - 1.0) < 1e-6 for probabilities in roles)


def test_model_file_is_small_and_checked_against_the_features() -> None:
    path = Path(__file__).parents[2] / "cardbook/ocr/models/line_classifier.json"
    assert path.stat().st_size < 2_000_000
    data = json.loads(path.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    with pytest.raises(ModelMismatchError):
        LineModel.from_dict(data)


def test_parser_uses_it_on_an_unknown_name() -> None:
    """A name no names list holds, over its job title, under a large wordmark with no legal form."""
    rows = [
        ("Brevanto", 44.0),
        ("Taskor Ulvimen", 26.0),
        ("Lead Surveyor", 18.0),
        ("Tel. 555 201 3344", 16.0),
        ("t.ulvimen@brevanto.com", 16.0),
    ]
    fields = parse_lines(stacked_lines(rows))
    assert fields.name is not None and fields.name.value == "Taskor Ulvimen"
    assert fields.title is not None and fields.title.value == "Lead Surveyor"
    assert fields.company is not None and fields.company.value == "Brevanto"


def test_generated_cards_are_labelled_line_by_line() -> None:
    rng = random.Random(3)
    for _ in range(20):
        card = make_card(rng)
        assert len(card.lines) == len(card.labels) and set(card.labels) <= set(LABELS)
        assert [line.index for line in card.lines] == list(range(len(card.lines)))


def test_training_script_runs_on_a_tiny_sample(tmp_path: Path) -> None:
    from .train_line_classifier import main, truth_role

    out = tmp_path / "model.json"
    assert main(["--count", "60", "--seed", "2", "--out", str(out)]) == 0
    model = LineModel.from_dict(json.loads(out.read_text(encoding="utf-8")))
    assert set(model.labels) <= set(LABELS)
    truth = {"name": "Oriane Valcourt", "title": "Head of Procurement", "address": "12 Mossgate Lane, Leeds"}
    assert truth_role("Oriane Valcourt, Head of Procurement", truth) == "name"
    assert truth_role("12 Mossgate Lane", truth) == "address"
    assert truth_role("zzz", truth) is None


def test_ocr_lines_take_the_role_of_the_printed_line_they_read() -> None:
    from .train_line_classifier import line_roles, printed_role

    truth = {
        "name": "Dr. Oriane Valcourt",
        "title": "Head of Procurement, Strategic Sourcing",
        "company": "Quillfern Joinery Ltd",
        "emails": ["oriane@quillfern.co.uk"],
        "phones": [{"number": "+44 113 496 0123"}],
        "address": "12 Mossgate Lane, Leeds LS1 4AB",
        "tagline": "Made to measure",
        "lines": [
            "Quillfern",
            "Made to measure",
            "Dr. Oriane Valcourt",
            "Head of Procurement",
            "Strategic Sourcing",
            "T +44 113 496 0123",
            "oriane@quillfern.co.uk",
            "12 Mossgate Lane",
            "Leeds LS1 4AB",
            "Registered office: Harrogate",
        ],
    }
    roles = [printed_role(line, truth) for line in truth["lines"]]
    assert roles == [
        "company",  # the wordmark's short form of the legal name
        "other",
        "name",
        "title",  # a title on two lines: each line is part of it
        "title",
        "contact",
        "contact",
        "address",
        "address",
        None,  # no field holds it: left out of training
    ]
    # OCR's misreadings still match their printed line; a row OCR cut in two keeps its role.
    assert line_roles(["Quil1fern", "Dr. Oriane Va1court", "Head of", "Procurement", "of", "zzzz"], truth) == [
        "company",
        "name",
        "title",
        "title",
        None,  # too short a piece to be sure
        None,
    ]
