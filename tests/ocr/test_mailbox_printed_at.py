"""`mailbox_hosts._printed_at` finds a word as the regular expression it replaced did (`(?<!\\w)(?i:word)`), and
leaves the `re` module's cache alone."""

from __future__ import annotations

import random
import re

from cardbook.ocr import mailbox_hosts
from cardbook.ocr.mailbox_hosts import _printed_at

ALPHABET = "abcilrnoIL1|_-. éÉİßK"  # thin strokes, a word's inner marks, accents, letters whose case changes length


def _by_pattern(token: str, text: str) -> int | None:
    found = re.search(rf"(?<!\w)(?i:{re.escape(token)})", text)
    return None if found is None else found.start()


def test_it_finds_what_the_pattern_found_on_random_lines() -> None:
    draw = random.Random(17)
    for _ in range(20_000):
        text = "".join(draw.choice(ALPHABET) for _ in range(draw.randint(0, 14)))
        start = draw.randint(0, len(text))
        token = text[start : start + draw.randint(1, 4)].lower() or "a"
        assert _printed_at(token, text) == _by_pattern(token, text), (token, text)


def test_a_word_inside_another_is_not_its_start() -> None:
    assert _printed_at("lie", "Atelier Lier") == 8
    assert _printed_at("lie", "atelier_lie") is None


def test_the_regular_expression_cache_is_left_alone() -> None:
    re.purge()
    words = [f"w{n}x" for n in range(600)]
    for word in words:
        mailbox_hosts._doubtful_letters(word, f"the {word} line")
    assert len(re._cache) < 10  # type: ignore[attr-defined]  # one pattern per word filled it to 512 before
