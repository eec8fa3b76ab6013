"""RapidOCR's full-width letters made plain as the words are read (cardbook/ocr/full_width.py)."""

from __future__ import annotations

import numpy as np

from cardbook.ocr.full_width import plain_width
from cardbook.ocr.rapid_engine import _words


def test_full_width_ascii_becomes_plain_and_other_letters_stay() -> None:
    assert plain_width("ＪＯＲＧＥ　１２：ａ＠ｂ．ｃｏｍ") == "JORGE 12:a@b.com"
    assert plain_width("Hélène Ünal ß — № 5") == "Hélène Ünal ß — № 5"  # accents, dashes, signs: untouched
    assert all(plain_width(chr(code)) == chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F))


def test_the_engine_returns_plain_words_and_drops_a_word_of_ideographic_spaces() -> None:
    quad = np.array([[0, 0], [40, 0], [40, 10], [0, 10]], dtype=np.float32)
    words = _words(
        ["ＲＥ Studio", "　"],
        [0.9, 0.8],
        [[("ＲＥ", 0.9, quad), ("Studio", 0.95, quad)], [("　", 0.8, quad)]],
        np.stack([quad, quad]),
    )
    assert [word.text for word in words] == ["RE", "Studio"]
    lines = _words(["Café ＬＩＮＥ"], [0.7], [()], np.stack([quad]))  # a line with no word boxes
    assert [word.text for word in lines] == ["Café LINE"]
