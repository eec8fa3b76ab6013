"""``tests.ocr.stage_profile`` wraps the pipeline's stages by name: a stage renamed or moved must fail here, not
when someone next profiles a batch (docs/measuring/speed-and-memory.md, "Where a scan's time goes")."""

from __future__ import annotations

import importlib

from tests.ocr.stage_profile import STAGES, gil_bounds


def test_every_stage_names_a_callable_that_exists() -> None:
    missing = []
    for where, attribute, _name in STAGES:
        module_name, _, class_name = where.partition(":")
        owner = importlib.import_module(module_name)
        if class_name:
            owner = getattr(owner, class_name)
        if not callable(getattr(owner, attribute, None)):
            missing.append(f"{where}.{attribute}")
    assert missing == []


def test_gil_bounds_follow_amdahl() -> None:
    assert gil_bounds(0.0) == (2.0, 2.0)
    pessimistic, optimistic = gil_bounds(0.2)
    assert round(pessimistic, 3) == round(2 / 1.2, 3)
    assert optimistic == 2.0
    assert gil_bounds(1.0) == (1.0, 1.0)
