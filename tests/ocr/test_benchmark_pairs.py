"""The benchmark's batch figure: jobs=1 / jobs=2 pairs timed in alternated order, their median kept; the whole
`cardbook scan` command timed as a user runs it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from cardbook.ocr.benchmark_command import alternated_pairs, command_seconds, median_speedup, rounds_against
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


def test_two_trees_are_alternated_round_by_round() -> None:
    rounds = rounds_against(3)
    assert rounds[0] == [("this", 1), ("against", 1), ("against", 2), ("this", 2)]
    assert rounds[1] == rounds[0][::-1] and rounds[2] == rounds[0]
    # Every round times each tree with each job count once.
    assert all(sorted(order) == sorted(rounds[0]) for order in rounds)


def test_another_tree_runs_its_own_cardbook(tmp_path: Path) -> None:
    # A "version" whose command ends at once with status 3: timing it must run that code, not this tree's.
    package = tmp_path / "tree" / "cardbook"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "__main__.py").write_text("raise SystemExit(3)\n")
    with pytest.raises(RuntimeError, match="status 3"):
        command_seconds([str(tmp_path)], 1, "eng", tree=str(package.parent))
