"""Family names that are words of the parser's lists too ("Sales", "Key", "Lane", "Villa", "Estrada"): a
person's name line whose family name is such a word is still a name.

``parse_people.name_score`` turns a line down when one of its words is a title, firm, street or department
word ("Sales Manager", "Main Street"): right for those lines, wrong for "Paulo Sales" or "Rachel Lane",
where the word is the family name after a known first name. Small-business cards print the owner's name
beside the trade, so such a surname costs the name outright (issue 10, session 15: the fresh photo proxy's
tune seed lost two names this way).

Family names come from Faker's person providers (a maintained data package the app bundles already), for the
languages of the cards the reader is judged on and their neighbours; a word is forgiven only as the LAST
word of a two- or three-word line whose first word is a known first name, and never when it is a word only a
title holds strongly ("Director", "Manager").
"""

from __future__ import annotations

import importlib
import importlib.util

from cardbook.ocr.lexicon import STRONG_TITLE_WORDS, fold
from cardbook.ocr.load_once import once
from cardbook.ocr.names_data import is_first_name

# Faker locales whose family names are read: the countries the reader is judged on (Brazil, the US, France,
# Europe's flatbed scans) and the languages the lexicon spells.
SURNAME_LOCALES = ("pt_BR", "pt_PT", "es_ES", "es_MX", "en_US", "en_GB", "fr_FR", "de_DE", "it_IT")
# A person's name line: a first name and one or two family names ("Paulo Sales", "Ana Souza Sales").
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 3


def faker_family_names(locales: tuple[str, ...]) -> frozenset[str]:
    """Faker's family names of ``locales``, folded; empty without Faker."""
    if importlib.util.find_spec("faker") is None:
        return frozenset()
    names: set[str] = set()
    for locale in locales:
        provider = getattr(importlib.import_module(f"faker.providers.person.{locale}"), "Provider", None)
        listed = vars(provider).get("last_names") if provider is not None else None
        names |= {fold(name) for name in listed or () if isinstance(name, str)}
    return frozenset(names)


@once
def family_names() -> frozenset[str]:
    return faker_family_names(SURNAME_LOCALES)


def forgiven_family_word(folded_core: list[str]) -> set[str]:
    """The listed word of a name line that is its family name (``folded_core``: the line's words, folded,
    without honorifics and degrees): the last word, after a known first name; else nothing."""
    if not MIN_NAME_WORDS <= len(folded_core) <= MAX_NAME_WORDS or not is_first_name(folded_core[0]):
        return set()
    last = folded_core[-1]
    if last in STRONG_TITLE_WORDS or last not in family_names():
        return set()
    return {last}
