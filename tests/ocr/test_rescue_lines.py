"""The rescue's printed lines: letters linked only among the pairs whose rows meet give the lines that
testing every pair of letters gives (``rescue._side_by_side``), on a rendered card's letters and on random
boxes with many equal tops."""

from __future__ import annotations

import numpy as np

from cardbook.ocr.orientation import guess_orientation
from cardbook.ocr.prepare import to_grey
from cardbook.ocr.rescue import text_lines
from cardbook.ocr.types import Box

from .render import Card, Text, render


def _every_pair_lines(letters: np.ndarray, min_letters: int = 4) -> list[tuple[Box, list[int]]]:
    """The lines by the definition, every pair of letters tested (the rescue's former way)."""
    x, y, w, h = (letters[:, i].astype(np.float64) for i in range(4))
    right, bottom = x + w, y + h
    overlap = np.minimum(bottom[:, None], bottom[None, :]) - np.maximum(y[:, None], y[None, :])
    small = np.minimum(h[:, None], h[None, :])
    large = np.maximum(h[:, None], h[None, :])
    gap = np.maximum(x[None, :] - right[:, None], x[:, None] - right[None, :])
    linked = (overlap >= 0.5 * small) & (large <= 2.0 * small) & (gap <= 1.2 * large)
    group = list(range(len(letters)))
    for i, j in zip(*np.nonzero(np.triu(linked, 1)), strict=True):
        old, new = group[int(i)], group[int(j)]
        group = [new if g == old else g for g in group]
    members: dict[int, list[int]] = {}
    for index, g in enumerate(group):
        members.setdefault(g, []).append(index)
    found = []
    for indices in members.values():
        if len(indices) < min_letters:
            continue
        left, top = int(x[indices].min()), int(y[indices].min())
        box = Box(left, top, int(right[indices].max()) - left, int(bottom[indices].max()) - top)
        heights = h[indices]
        if box.height > 1.8 * float(np.median(heights)):
            continue
        if float(np.median(w[indices] / heights)) > 1.5 or float(np.std(heights)) > 0.4 * float(np.mean(heights)):
            continue
        found.append((box, indices))
    return sorted(found, key=lambda item: (item[0].top, item[0].left))


def _same(letters: np.ndarray) -> None:
    got = text_lines(letters)
    expected = _every_pair_lines(letters)
    assert [box for box, _ in got] == [box for box, _ in expected]
    for (_, line), (_, indices) in zip(got, expected, strict=True):
        assert np.array_equal(line, letters[indices])


def test_a_rendered_cards_lines_are_those_every_pair_gives() -> None:
    card = Card(
        [Text("Camille Fournier", 40), Text("Libraire", 26), Text("12 rue des Lilas, 37000 Tours", 24),
         Text("Tél. 02 47 12 34 56", 24), Text("camille@maple.fr", 24)],
        size=(1050, 650),
        spacing=1.5,
    )  # fmt: skip
    letters = guess_orientation(to_grey(render(card))).boxes
    assert len(letters) > 50
    _same(letters)
    assert len(text_lines(letters)) >= 4  # the card's lines, not one chain and not letters alone


def test_random_letters_with_equal_tops_and_touching_rows_give_the_same_lines() -> None:
    rng = np.random.default_rng(7)
    for trial in range(60):
        count = int(rng.integers(0, 300))
        letters = np.column_stack(
            [rng.integers(0, 500, count), rng.integers(0, 200, count), rng.integers(1, 25, count),
             rng.integers(1, 25, count)]
        ).astype(np.int32)  # fmt: skip
        if trial % 3 == 0:
            letters[:, 1] = rng.integers(0, 4, count) * 20  # rows of letters on shared tops
            letters[:, 3] = 20
        _same(letters)
