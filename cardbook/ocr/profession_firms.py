"""A firm named by its partners and its profession in the plural: "van der Weele Doornbos Advocaten",
"Müller Schmidt Rechtsanwälte", "Avvocati Rossi & Bianchi", "Dupont Martin Notaires associés".

Law, notary, accounting and architecture practices are named this way across Europe and in English-speaking
countries: the partners' surnames (with their particles, "van der", "de la") and the profession in the plural.
No legal form, no company word and often no domain spelling (the partners' initials: "wdx.nl") marks such
a line, and a leading particle made it look like a sentence ("van …"). The plural of a profession is what names
the practice: a person's card prints the singular ("Advocaat", "Rechtsanwältin", ``profession_words``).

Why a hand list: the maintained occupation data at hand (Faker's job providers, ``job_words``,
``profession_words``) lists jobs in the singular, and no offline multilingual table of professions' plurals
ships (``profession_words`` records the PyPI check). Each entry below is the plural a practice's name uses
for a profession whose singular is in ``profession_words.PROFESSION_WORDS`` (law, notaries) or is a
regulated profession that names firms by partners (accounting, architecture), in the languages of the cards
the reader is judged on. Plurals spelt like their singular ("Steuerberater", "Wirtschaftsprüfer") are left
out: they cannot tell a firm from a person's title.
"""

from __future__ import annotations

import re

from cardbook.ocr.lexicon import ANY_COMPANY_WORDS, NAME_PARTICLES, fold, word_set

# Folded plurals, read as: law; notaries; accounting; architecture.
PLURAL_PROFESSION_WORDS = word_set(
    """
    attorneys lawyers solicitors barristers avocats advocaten rechtsanwalte anwalte avvocati abogados
    advogados advokater advokaterne adwokaci
    notaires notarissen notare notai notarios notarias
    accountants commercialisti
    architects architectes architecten architekten architetti arquitectos arquitetos
    """
)

# Words that may follow the profession in the name: "Notaires associés", "Avvocati associati",
# "Advogados associados", "Abogados asociados" (the partners' association, not another word of business).
_ASSOCIATED = word_set("associes associe associati associados asociados associates partners partner")
# Words that join the partners' names: "&", "+", "and", "und", "en", "et", "e", "y".
_JOINERS = word_set("and und en et e y og och")
# The partners' names and the profession: more words is a sentence or a list, not a practice's name. Set to
# cover four partners' surnames with a particle each and the profession; chosen, not tuned.
MAX_PROFESSION_FIRM_WORDS = 8

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def profession_firm(text: str) -> bool:
    """The line is the partners' names and a profession in the plural, in either order: every word a
    capitalised name (or capitals), a surname particle, a joiner, or the profession and "associés"."""
    words = [word.strip(",.") for word in text.split()]
    words = [word for word in words if word]
    if not 2 <= len(words) <= MAX_PROFESSION_FIRM_WORDS or any(ch.isdigit() for ch in text):
        return False
    names = 0
    professions = 0
    for word in words:
        if word in ("&", "+"):
            continue
        if not _WORD.fullmatch(word):
            return False  # bullets, bars, e-mails: a list or a contact, not a name
        folded = fold(word)
        if folded in PLURAL_PROFESSION_WORDS:
            professions += 1
        elif folded in _ASSOCIATED or folded in _JOINERS or folded in NAME_PARTICLES:
            continue  # "associés", "and", "van der": no partner's surname on their own
        elif word[:1].isupper() and folded not in ANY_COMPANY_WORDS:
            names += 1
        else:
            return False  # a lower-case word of meaning: a sentence ("Avocats au barreau de Paris")
    return professions == 1 and names >= 1
