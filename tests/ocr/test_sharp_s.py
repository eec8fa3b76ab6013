"""``sharp_s``: a German "ß" read "B", "$" or "8" written back only where German's word list vouches for the
word; brands, English words and a German word of its own stay as read."""

from __future__ import annotations

import pytest

from cardbook.ocr.sharp_s import with_sharp_s


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("BahnhofstraBe 12", "Bahnhofstraße 12"),
        ("Hauptstra$e 3, 10115 Berlin", "Hauptstraße 3, 10115 Berlin"),
        ("GroBe Freiheit 5", "Große Freiheit 5"),
    ],
)
def test_sharp_s_written_back(read: str, meant: str) -> None:
    assert with_sharp_s(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "eBay Partner",  # a brand in camel case: "eßay" is no German word
        "SoundBox Studio",
        "Strafe",  # read "f" for "ß" is a German word of its own: never touched
        "Friedrich-Ebert-Str. 8",
        "Mo8ile",  # "Moßile" is no word
        "Bahnhofstraße 12",  # already right
    ],
)
def test_words_german_does_not_spell_so_stay(text: str) -> None:
    assert with_sharp_s(text) == text
