"""Opening-hours lines ("Seg. a Sex. 8h às 18h", "Mon-Sat 7AM-5PM", "Horário: Ter a Sáb 9h-20h"): no address.

Small shops print their hours beside the address, often in the same type and column. The hours hold digits,
a day and separators like an address's, and the address finder took such a line into the block or for the
whole address (issue 10, session 17: three of the crowded photo proxies' tune cards, the address then
scored wrong). An hours line is known by its times: two of them ("9h-20h", "8am-6pm", "9:00-7:00"), or a day
of the week and one. Day names come from the standard library (English) and Faker's date-time providers (the
other languages the reader is judged in: a maintained data package the app bundles already), each with its
first three letters as shops shorten them ("Seg", "Sáb", "Tue").

The lines stay the card's (a tagline, ``other_lines``); only the address finder does not see them.
"""

from __future__ import annotations

import calendar
import importlib
import importlib.util
import re

from cardbook.ocr.lexicon import fold, words_of
from cardbook.ocr.load_once import once

# Faker locales whose day names are read: the languages of the cards the reader is judged on.
DAY_LOCALES = ("pt_BR", "fr_FR", "es_ES", "de_DE", "it_IT")
# A day's short form on a card: its first three letters ("seg", "sab", "mon").
SHORT_DAY_LETTERS = 3
# Times an hours line holds when no day is named ("9h-20h"); with a day named, one is enough ("Sáb 8h").
TIMES_ALONE = 2
_TIME = re.compile(
    r"(?<![\w:])(?:\d{1,2}\s?h(?:\s?\d{2})?|\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2})(?![\w:])",
    re.IGNORECASE,
)


@once
def day_words() -> frozenset[str]:
    """Day names, folded, and their first three letters, in English and ``DAY_LOCALES``."""
    names = [*calendar.day_name]
    if importlib.util.find_spec("faker") is not None:
        for locale in DAY_LOCALES:
            provider = getattr(importlib.import_module(f"faker.providers.date_time.{locale}"), "Provider", None)
            listed = getattr(provider, "DAY_NAMES", None)
            names += [name for name in (listed or {}).values() if isinstance(name, str)]
    words = {words_of(name)[0] for name in names if words_of(name)}  # "segunda-feira": "segunda" ("feira" is a town's)
    return frozenset(words | {word[:SHORT_DAY_LETTERS] for word in words if len(word) > SHORT_DAY_LETTERS})


def hours_line(text: str) -> bool:
    """``text`` gives opening hours: two times, or a day of the week and a time."""
    times = len(_TIME.findall(text))
    if times >= TIMES_ALONE:
        return True
    return times >= 1 and any(word in day_words() for word in words_of(fold(text)))


def without_hours(texts: dict[int, str]) -> dict[int, str]:
    """``texts`` with the opening-hours lines left empty: what the address finder is shown."""
    return {index: "" if hours_line(text) else text for index, text in texts.items()}
