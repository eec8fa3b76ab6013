"""RapidOCR runs strictly offline: explicit bundled model paths, no download, no network, ever."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardbook.ocr import rapid_engine
from cardbook.ocr.engine import OcrUnavailableError
from cardbook.ocr.prepare import to_grey
from cardbook.ocr.rapid_engine import RapidOcrEngine, bundled_models

from .budget_claims import recorded_claims
from .render import FRENCH_CARD, render


def _forbid_requests(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any use of ``requests`` (rapidocr's downloader) fails the test and is recorded."""
    import requests

    calls: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        calls.append(repr(args[:2]))
        raise AssertionError(f"requests used: {args[:2]!r}")

    monkeypatch.setattr(requests, "get", refuse)
    monkeypatch.setattr(requests, "request", refuse)
    monkeypatch.setattr(requests.Session, "request", refuse)
    return calls


def test_engine_is_built_from_bundled_files_and_reads_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _forbid_requests(monkeypatch)
    monkeypatch.setattr(rapid_engine, "_instance", None)  # construct it here, under the guards
    models = bundled_models()
    assert models["det"].is_file() and models["rec"].is_file()
    engine = RapidOcrEngine()
    page = engine.recognize(to_grey(render(FRENCH_CARD)))
    text = " ".join(word.text for word in page.words)
    assert "helene.leroy@quadrant-ingenierie.fr" in text
    assert "Rennes" in text
    instance = rapid_engine._instance
    assert instance is not None
    assert Path(instance.cfg.Det.model_path) == models["det"]
    assert Path(instance.cfg.Rec.model_path) == models["rec"]
    assert calls == []


def test_missing_model_makes_the_engine_unavailable_instead_of_downloading(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls = _forbid_requests(monkeypatch)
    monkeypatch.setattr(rapid_engine, "_instance", None)
    # The package's model files as seen from an installation where they were deleted.
    monkeypatch.setattr(rapid_engine, "_DET_MODELS", ("no-such-model.onnx",))
    with pytest.raises(OcrUnavailableError, match="det model missing"):
        RapidOcrEngine().recognize(to_grey(render(FRENCH_CARD)))
    assert rapid_engine._instance is None and calls == []


def test_rapidocr_downloader_refuses_in_process() -> None:
    rapid_engine._refuse_downloads()
    from rapidocr.utils.download_file import DownloadFile, DownloadFileInput

    with pytest.raises(OcrUnavailableError, match="tried to download"):
        DownloadFile.run(
            DownloadFileInput(file_url="https://example.invalid/x.onnx", save_path="/nonexistent/x", logger=None)  # type: ignore[arg-type]
        )


def test_pipeline_goes_on_with_tesseract_when_rapidocr_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    from cardbook.ocr.pipeline import ReadOptions, read_pixels

    monkeypatch.setattr(rapid_engine, "_instance", None)
    monkeypatch.setattr(rapid_engine, "_REC_MODELS", ("no-such-model.onnx",))
    import cv2

    tiny = cv2.resize(render(FRENCH_CARD), None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    results = read_pixels(tiny, ReadOptions())
    assert len(results) == 1 and results[0].error is None
    assert results[0].engine.startswith("tesseract")


def test_every_rapidocr_run_claims_its_estimate_from_the_memory_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    if not rapid_engine.rapidocr_available():
        pytest.skip("rapidocr not installed")
    claims = recorded_claims(monkeypatch)
    image = render(FRENCH_CARD)
    page = RapidOcrEngine().recognize(image)
    assert page.words
    # Detection first, over the image scaled to at most 480 px on its longer side; then recognition.
    assert 0 < claims[0] <= 480 * 480 * rapid_engine.DETECTION_BYTES_PER_PIXEL
    assert len(claims) >= 2 and min(claims) > 0
    assert rapid_engine.INFERENCE_BUDGET.in_use == 0
