"""The benchmark's batch figure: jobs=1 / jobs=2 pairs timed in alternated order, their median kept."""

from __future__ import annotations

from cardbook.ocr.benchmark import alternated_pairs, median_speedup


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
