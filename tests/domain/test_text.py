"""`cardbook.domain.text.fold`: the one comparison form of text, step by step as its docstring lists them."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cardbook.domain.text import counted, fold, french_typography, unique_ignoring_case


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Émilie Lefèvre-Cœur", "emilie lefevre-coeur"),  # accents dropped, ligature spelt out, hyphen kept
        ("FRANÇOIS", "francois"),
        ("Straße", "strasse"),  # full case folding, not lower()
        ("ŒUVRE", "oeuvre"),  # upper-case ligature: case-folded first, then spelt out
        ("Æsir", "aesir"),
        ("Søren Łukasz Đorđe", "soren lukasz dorde"),  # letters Unicode does not decompose
        ("dıyarbakır", "diyarbakir"),  # dotless i
        ("İstanbul", "istanbul"),  # dotted capital I: the dot is a combining mark
        ("l’agence dʼici", "l'agence d'ici"),  # typographic apostrophes
        ("ﬁnance", "finance"),  # typographic ligature (NFKD)
        ("ＡＢＣ", "abc"),  # full-width letters (NFKD)
        ("ᴬᴮ", "ab"),  # superscripts decompose to capitals, which are then folded
        ("ǣ Ǿ", "ae o"),  # a decomposition that leaves æ or ø is still spelt out
        ("Jean-Marc, 2e étage (42)", "jean-marc, 2e etage (42)"),  # punctuation and digits untouched
        ("ALICE@Example.COM", "alice@example.com"),  # ASCII: lower-cased only
        ("", ""),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@given(st.text())
def test_fold_is_idempotent_and_leaves_no_accent_or_capital(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    assert not any(unicodedata.combining(ch) for ch in once)
    assert once == once.casefold()


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_fast_path_gives_what_the_full_steps_give(text: str) -> None:
    assert fold(text) == text.casefold()


def test_unique_ignoring_case_keeps_the_first_spelling() -> None:
    assert unique_ignoring_case(["Lyon", "lyon", "Paris", "LYON"]) == ["Lyon", "Paris"]


@pytest.mark.parametrize(
    ("n", "singular", "plural", "expected"),
    [(0, "card", None, "0 cards"), (1, "card", None, "1 card"), (2, "card", None, "2 cards"),
     (1, "entry", "entries", "1 entry"), (12, "entry", "entries", "12 entries")],
)  # fmt: skip
def test_counts_agree_with_their_noun(n: int, singular: str, plural: str | None, expected: str) -> None:
    assert counted(n, singular, plural) == expected


@pytest.mark.parametrize(
    ("text", "typeset"),
    [
        ("Événements: 1", "Événements\u00a0: 1"),
        ("Supprimer ce contact ?", "Supprimer ce contact\u00a0?"),
        ("Attention!", "Attention\u00a0!"),
        ("« Bonjour »", "«\u00a0Bonjour\u00a0»"),
        ("%1 ; %2", "%1\u00a0; %2"),
        ("12:30", "12:30"),  # a time
        ("https://cardbook.example/", "https://cardbook.example/"),  # an address
        ("Coût\u00a0: 5", "Coût\u00a0: 5"),  # already right: unchanged
    ],
)
def test_french_typography_puts_no_break_spaces_where_french_wants_them(text: str, typeset: str) -> None:
    assert french_typography(text) == typeset
    assert french_typography(typeset) == typeset  # a fixpoint: applying it twice changes nothing
