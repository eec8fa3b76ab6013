"""The learned line classifier: for each card line, how likely it is the name, title, company, ….

A multinomial logistic regression over ``line_features``, trained on generated cards of many layouts
and languages (``python -m tests.ocr.train_line_classifier``) and shipped as plain JSON coefficients
(``models/line_classifier.json``): no pickle, no scikit-learn at run time, a few kilobytes, and a
prediction is one small matrix product per card. The parser uses the probabilities as one more piece
of evidence beside its rules (``parse_roles``), not as the final word: the rules still say what a name
or a title may look like at all.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np

from cardbook.ocr.fields import CardLine
from cardbook.ocr.line_features import FEATURE_NAMES, CardContext, line_features
from cardbook.ocr.load_once import once

MODEL_PACKAGE = "cardbook.ocr.models"
MODEL_FILE = "line_classifier.json"


class ModelMismatchError(ValueError):
    """The model file was trained on other features than this code computes: retrain it."""


@dataclass(frozen=True, slots=True)
class LineModel:
    labels: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray  # labels × features
    intercept: np.ndarray

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> LineModel:
        """Check the file's feature list against ``FEATURE_NAMES`` so a stale model fails loudly."""
        features = tuple(str(name) for name in data["features"])  # type: ignore[attr-defined]
        if features != FEATURE_NAMES:
            raise ModelMismatchError("line classifier features differ from line_features.FEATURE_NAMES")
        return cls(
            tuple(str(label) for label in data["labels"]),  # type: ignore[attr-defined]
            np.asarray(data["mean"], dtype=np.float64),
            np.asarray(data["scale"], dtype=np.float64),
            np.asarray(data["coef"], dtype=np.float64),
            np.asarray(data["intercept"], dtype=np.float64),
        )

    def probabilities(self, features: Sequence[Sequence[float]]) -> np.ndarray:
        """Rows of class probabilities (softmax), one row per feature vector."""
        if not features:
            return np.zeros((0, len(self.labels)))
        x = (np.asarray(features, dtype=np.float64) - self.mean) / self.scale
        logits = x @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        result: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
        return result


@once
def load_model() -> LineModel:
    """The shipped model, read once per process."""
    text = resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return LineModel.from_dict(json.loads(text))


def role_probabilities(
    lines: Sequence[CardLine], email_locals: Sequence[str], domains: Sequence[str]
) -> dict[int, dict[str, float]]:
    """Line index → each role's probability, for the parser (``parse_roles.assign_roles``)."""
    context = CardContext(tuple(email_locals), tuple(domains))
    return {line.index: roles for line, roles in zip(lines, classify_lines(lines, context), strict=True)}


def classify_lines(lines: Sequence[CardLine], context: CardContext) -> list[dict[str, float]]:
    """Per line (same order as ``lines``), each role's probability."""
    model = load_model()
    rows = model.probabilities(line_features(lines, context))
    return [{label: float(p) for label, p in zip(model.labels, row, strict=True)} for row in rows]
