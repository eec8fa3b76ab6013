"""The benchmark's batch figure: jobs=1 / jobs=2 pairs timed in alternated order, their median kept; the whole
`cardbook scan` command timed as a user runs it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from cardbook.ocr.benchmark_command import alternated_pairs, command_seconds, median_speedup
from tests.ocr.render import font


def test_pairs_alternate_which_job_count_runs_first() -> None:
    order: list[int] = []
    seconds = iter([10.0, 5.0, 4.0, 9.0, 12.0, 8.0])

    def measure(jobs: int) -> float:
        order.append(jobs)
        return next(seconds)

    pairs = alternated_pairs(measure, 3)
    assert order == [1, 2, 2, 1, 1, 2]
    # Each pair holds (jobs=1, jobs=2) whatever order they ran in.
    assert pairs == [(10.0, 5.0), (9.0, 4.0), (12.0, 8.0)]


def test_the_median_speed_up_ignores_one_lucky_pair() -> None:
    pairs = [(10.0, 5.0), (9.0, 6.0), (12.0, 3.0)]  # 2.0, 1.5, 4.0
    assert median_speedup(pairs) == 2.0


def test_the_whole_command_is_timed_in_a_fresh_process(tmp_path: Path) -> None:
    # Two small cards (two images: the batch path, with its warm-up), read by `cardbook scan` as a user runs it.
    folder = tmp_path / "cards"
    folder.mkdir()
    for index, (name, mail) in enumerate((("Anna Berger", "anna@berger-bau.de"), ("Paul Morel", "paul@morel.fr"))):
        image = Image.new("RGB", (1050, 600), "white")
        draw = ImageDraw.Draw(image)
        draw.text((80, 150), name, fill="black", font=font("DejaVuSans.ttf", 64))
        draw.text((80, 320), mail, fill="black", font=font("DejaVuSans.ttf", 40))
        image.save(folder / f"card-{index}.png")
    timing = command_seconds([str(folder)], 2, "eng")
    assert timing.wall > 0.2  # at least the interpreter's start and the imports
    assert timing.cpu >= timing.system > 0.0
    assert timing.peak_mb > 100  # OpenCV, Tesseract's models: a reading process, not a bare interpreter


def test_a_failing_command_is_no_figure(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="status"):
        command_seconds([str(tmp_path)], 1, "eng")  # no image files: a usage error, not a timing
