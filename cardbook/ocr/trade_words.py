"""Words naming a trade or a shop's goods ("Plumbing", "Vidraçaria", "Schreinerei"): a firm's word, never a
person's, and the root of the trade's agent noun ("plumber", "roofer") that names an occupation."""

from __future__ import annotations

from cardbook.ocr.lexicon import TITLE_WORDS, TRADE_NOUNS, TRADE_SUFFIX_LETTERS, TRADE_SUFFIXES, fold
from cardbook.ocr.line_words import FUNCTION_WORDS
from cardbook.ocr.names_data import is_first_name


def trade_word(token: str) -> bool:
    """A folded word naming a trade or a shop's goods: listed, or formed like one and no first name nor
    job-title word ("Vidraçaria", "Schreinerei", "Landscaping")."""
    if token in TRADE_NOUNS:
        return True
    return (
        len(token) >= TRADE_SUFFIX_LETTERS
        and token.endswith(tuple(fold(suffix) for suffix in TRADE_SUFFIXES))
        and token not in TITLE_WORDS
        and token not in FUNCTION_WORDS
        and not is_first_name(token)
    )


# The shortest agent noun ("mover"): shorter words ending in "-er" are no trade's ("per", "her").
MIN_AGENT_NOUN_LETTERS = 5


def trade_agent_noun(token: str) -> bool:
    """A folded word naming the one who practises a listed trade: the trade's "-ing" noun with "-er" instead
    ("plumber" of plumbing, "roofer", "painter", "landscaper", "welder"): an occupation, so a job title."""
    return len(token) >= MIN_AGENT_NOUN_LETTERS and token.endswith("er") and token[:-2] + "ing" in TRADE_NOUNS
