"""Batch reading in worker processes: input order, progress, cancel; and the package stays Qt-free."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from cardbook.ocr import tesseract_library
from cardbook.ocr.batch import largest_first, read_images
from cardbook.ocr.pipeline import ReadOptions

from .render import ENGLISH_CARD, FRENCH_CARD, photograph, render, save

OPTIONS = ReadOptions(fallback_engine=None)


@pytest.fixture(scope="module")
def images(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("batch")
    french = save(str(folder / "fr.jpg"), photograph(render(FRENCH_CARD), seed=31))
    english = save(str(folder / "en.jpg"), photograph(render(ENGLISH_CARD), quarter_turns=2, seed=32))
    blank = save(str(folder / "blank.png"), np.full((300, 400, 3), 255, np.uint8))
    broken = folder / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 truncated")
    return [english, str(broken), french, blank, french, english]


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_in_input_order_with_progress(images: list[str], jobs: int) -> None:
    progress: list[tuple[int, int]] = []
    results = list(read_images(images, OPTIONS, jobs=jobs, progress=lambda d, t, _p: progress.append((d, t))))
    assert [path for path, _ in results] == images
    names = [cards[0].fields.name.value if cards[0].fields.name else None for _, cards in results]
    assert names == ["Michael Turner", None, "Hélène Leroy", None, "Hélène Leroy", "Michael Turner"]
    assert results[1][1][0].error == "truncated or corrupt JPEG"
    assert results[3][1][0].warning == f"no card found in {images[3]}" and not results[3][1][0].found
    assert sorted(progress) == [(done, len(images)) for done in range(1, len(images) + 1)]
    if jobs > 1:
        # The workers' Tesseract engines do not outlive the batch (a window reading on would keep them all).
        assert tesseract_library.ENGINES.idle_count() == 0


def test_largest_files_are_read_first_and_a_missing_one_counts_as_empty(tmp_path: Path) -> None:
    sizes = {"small.jpg": 10, "large.jpg": 3000, "middle.jpg": 500, "twin.jpg": 500}
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
    paths = [str(tmp_path / name) for name in sizes] + [str(tmp_path / "gone.jpg")]
    # large, then the two of 500 bytes in input order, then small, then the missing file.
    assert largest_first(paths) == [1, 2, 3, 0, 4]


def test_cancel_stops_the_batch_early(images: list[str]) -> None:
    cancel = threading.Event()
    seen: list[str] = []
    for path, _ in read_images(images * 3, OPTIONS, jobs=2, cancel=cancel):
        seen.append(path)
        cancel.set()
    assert seen == [images[0]]


def test_ocr_package_never_imports_qt() -> None:
    code = (
        "import sys, cardbook.ocr.pipeline, cardbook.ocr.batch, cardbook.ocr.evaluate, "
        "cardbook.ocr.benchmark, cardbook.app.scanning, cardbook.cli.scan; "
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt'))])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.stdout.strip() == "[]"
