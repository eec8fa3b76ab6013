"""``tests.ocr.stage_profile`` wraps the pipeline's stages by name: a stage renamed or moved must fail here, not
when someone next profiles a batch (docs/measuring/speed-and-memory.md, "Where a scan's time goes")."""

from __future__ import annotations

import importlib
import time

import numpy as np
import pytest
from PIL import Image, ImageDraw

from cardbook.ocr import tesseract_library
from cardbook.ocr.engine import OcrUnavailableError
from cardbook.ocr.tesseract_engine import TesseractEngine
from tests.ocr.render import font
from tests.ocr.stage_profile import STAGES, TESSERACT_NATIVE_CALLS, NativeTimer, gil_bounds, wrap_tesseract_calls


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


def test_libtesseracts_reading_counts_as_native_and_its_tsv_parsing_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        library = tesseract_library._library().lib
    except OcrUnavailableError:
        pytest.skip("libtesseract not loadable")
    for name in TESSERACT_NATIVE_CALLS:  # restored after the test: the library is the process's
        monkeypatch.setattr(library, name, getattr(library, name))
    image = Image.new("L", (900, 120), 255)
    ImageDraw.Draw(image).text((20, 30), "Native reading 0123", font=font("DejaVuSans.ttf", 44), fill=0)
    timer = NativeTimer()
    wrap_tesseract_calls(timer, library)
    started = time.thread_time()
    page = TesseractEngine(lang="eng").recognize(np.asarray(image))
    spent = time.thread_time() - started
    assert "Native" in " ".join(word.text for word in page.words)
    assert 0 < timer.cpu < spent  # the reading was counted, and only a part of the call: not the TSV's parsing
