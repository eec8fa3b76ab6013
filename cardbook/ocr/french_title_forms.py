"""French job titles the title lists miss: feminine forms, and the offices of town halls and associations.

A French card agrees the title with its holder: "Conductrice de travaux", "Chargée d'affaires", "Cheffe de
projet", "Couvreuse", "Artisane électricienne", "Trésorière". The lists the title evidence reads (the lexicon,
Faker's job lists, the professions) hold mostly the masculine forms, so half of France's titles scored
nothing. ``as_listed`` reads a word as its masculine when the lists weigh that one more, by French's
regular feminine endings (-trice/-teur, -euse/-eur, -ière/-ier, -ère/-er, -ienne/-ien, -onne/-on, -ée/-é,
-effe/-ef, -e/-): a word is only changed into a listed word, never guessed into an unknown one.

``CIVIC_OFFICES`` are the elected offices of a commune and the officers of an association (loi 1901) as the
law names them: a closed set no job list holds, because they are offices, not jobs.
"""

from __future__ import annotations

import functools

from cardbook.ocr.german_title_forms import german_masculine
from cardbook.ocr.job_words import job_words
from cardbook.ocr.lexicon import STRONG_TITLE_WORDS, TITLE_WORDS, word_set
from cardbook.ocr.profession_words import PROFESSION_WORDS
from cardbook.ocr.trade_words import trade_agent_noun

# Folded (no accents, lower case), as ``lexicon.words_of`` gives a line's words. "maire" and "adjoint" of the
# Code général des collectivités territoriales, "conseiller municipal"; an association's bureau: "trésorier",
# "secrétaire", "président" (the last two are listed already).
CIVIC_OFFICES = word_set("maire tresorier tresoriere")

# Feminine endings and the masculine ones they replace, longest first (a word takes the first that fits).
_FEMININE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("trice", "teur"),
    ("euse", "eur"),
    ("iere", "ier"),
    ("ere", "er"),
    ("ienne", "ien"),
    ("onne", "on"),
    ("effe", "ef"),
    ("ee", "e"),
    ("e", ""),
)
# A feminine form is at least this long: shorter words ("une", "de", "le") are no titles' feminines.
MIN_FEMININE_LETTERS = 4


def strong_title_word(token: str) -> bool:
    """A word that makes a title alone in ``title_evidence.title_score``: a strong title word, a profession, an
    office, a trade's agent noun."""
    return token in STRONG_TITLE_WORDS or token in PROFESSION_WORDS or token in CIVIC_OFFICES or trade_agent_noun(token)


def _strength(token: str) -> int:
    """2: a word that makes a title alone (``strong_title_word``, or a job of Faker's lists); 1: a word that only
    helps (``lexicon.TITLE_WORDS``); 0: neither."""
    if strong_title_word(token) or token in job_words():
        return 2
    return 1 if token in TITLE_WORDS else 0


@functools.lru_cache(maxsize=4096)
def _as_listed_word(token: str) -> str:
    strength = _strength(token)
    if len(token) < MIN_FEMININE_LETTERS or strength == 2:
        return token
    german = german_masculine(token, _strength)  # "architektin", "direktorin": German's "-in" feminine
    if german != token:
        return german
    for ending, masculine in _FEMININE_ENDINGS:
        if token.endswith(ending):
            candidate = token[: -len(ending)] + masculine
            # only ever into a word the lists weigh more ("chargee", a helping word, is "charge", a job)
            return candidate if _strength(candidate) > strength else token
    return token


def as_listed(tokens: list[str]) -> list[str]:
    """The folded words, each feminine title word no list holds read as its listed masculine."""
    return [_as_listed_word(token) for token in tokens]
