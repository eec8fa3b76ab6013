"""Occupations from Faker's job providers (English, Spanish, Portuguese of Brazil and Portugal, French of France
and Switzerland, German of Germany and Austria, Finnish):
the word that names each job ("Locksmith", "Encanador", "Pedreiro", "Fontanero", "Klempner"), so that a title
naming the owner's trade is one, in the lexicon's six languages, without a hand list.

Portuguese and Spanish jobs count in their regular feminine form too ("Cabeleireira" from "Cabeleireiro"),
unless that is a family name too ("Ferreira").

A job's naming word is its only word, or its head: the first word in the Romance languages ("Mestre de
obras" → "mestre"), the last one before a comma in English ("Accountant, chartered" → "accountant", "Tree
surgeon" → "surgeon"). Words shorter than ``MIN_JOB_WORD_LETTERS`` and words English or the language also
writes as a first name are left out (a job word in a person's name would make the name a title).
"""

from __future__ import annotations

import importlib
import importlib.util

from cardbook.ocr.czech_slovak_jobs import czech_slovak_heads
from cardbook.ocr.family_name_words import faker_family_names
from cardbook.ocr.lexicon import COMPANY_WORDS, STRONG_COMPANY_WORDS, fold
from cardbook.ocr.load_once import once
from cardbook.ocr.profession_words import german_heads, listed_jobs
from cardbook.ocr.trade_words import trade_word

# The job providers read: the Latin-script languages the lexicon knows. ``None`` is Faker's base provider
# (English).
_ROMANCE = ("es", "pt_BR", "pt_PT", "fr_FR", "fr_CH")
_OTHER = (None, "de_DE")
# Polish names a job by its first word too ("Doradca finansowy", "Dyrektor kreatywny", "Pośrednik w obrocie
# nieruchomościami"), but forms no feminine by the Romance endings: its heads are taken as listed. Polish cards
# are among the European scans the reader is judged on.
_FIRST_WORD_HEADS = ("pl_PL",)
# Austria's list (2,200 jobs, both genders: "Facharzt / Fachärztin für …", "Zeichner*in") is read by its
# German heads (``profession_words.german_heads``): its English last-word rule would give "medizin".
_GERMAN = ("de_AT",)
# Finnish writes a job's head last, after lower-case qualifiers or a hyphen ("Kadettikoulun johtaja",
# "Fidipro-professori", as a card's "KHT-tilintarkastaja"): its head is the last word's last part. A Finnish
# university's or office's card prints the head alone ("Professori", "Johtaja").
_LAST_PART = ("fi_FI",)
# Shorter heads are too often other words ("Aid", "Air"): none of the six languages' trades is that short.
MIN_JOB_WORD_LETTERS = 5


def _head(job: str, romance: bool) -> str:
    words = job.split(",")[0].split()
    if not words:
        return ""
    return fold(words[0] if romance else words[-1]).strip("().")


# Portuguese and Spanish form a woman's job from the man's, which Faker's lists give alone ("Cabeleireiro",
# "Corretor", "Advogado"): "-o" becomes "-a", "-or" takes "-a" ("Cabeleireira", "Corretora", "Advogada").
# French feminines are irregular ("-eur" gives "-euse" or "-rice") and left to the lexicon. Left out: heads in
# "-ão" (irregular: "cirurgiã"), in "-ico" (the feminine is also a noun for a place or a field: "Clínica",
# "Mecânica", "Música"), and feminines that name a firm or a trade ("Construtora", "Dedetizadora",
# "Transportadora": Brazilian firms are named so).
_FEMININE_ENDINGS = (("o", "a"), ("or", "ora"))
_NO_FEMININE = ("ao", "ico")


def _feminine(head: str) -> str:
    """The feminine of a Portuguese or Spanish job's head word, "" when it has no regular one or it names a
    firm."""
    if head.endswith(_NO_FEMININE):
        return ""
    for masculine, feminine in _FEMININE_ENDINGS:
        if head.endswith(masculine):
            formed = head[: -len(masculine)] + feminine
            firm = formed in COMPANY_WORDS or formed in STRONG_COMPANY_WORDS or trade_word(formed)
            return "" if firm else formed
    return ""


# The family names of the languages whose feminines are formed: a feminine that is one ("Ferreira" of "Ferreiro",
# "Pereira", "Carvalha") names a person far more often than a woman's trade.
_SURNAME_LOCALES = ("pt_BR", "pt_PT", "es_ES", "es_MX")


def _family_names() -> frozenset[str]:
    """Faker's family names of ``_SURNAME_LOCALES``, folded."""
    return faker_family_names(_SURNAME_LOCALES)


@once
def job_words() -> frozenset[str]:
    """The (folded, lower-case) words that name a job in Faker's job lists; empty without Faker."""
    if importlib.util.find_spec("faker") is None:
        return frozenset()
    from cardbook.ocr.names_data import is_first_name

    heads = {_head(job, True) for locale in _ROMANCE for job in listed_jobs(locale)}
    surnames = _family_names()
    heads |= {feminine for head in set(heads) if (feminine := _feminine(head)) and feminine not in surnames}
    heads |= {_head(job, False) for locale in _OTHER for job in listed_jobs(locale)}
    heads |= {_head(job, True) for locale in _FIRST_WORD_HEADS for job in listed_jobs(locale)}
    heads |= {_head(job, False).rpartition("-")[2] for locale in _LAST_PART for job in listed_jobs(locale)}
    heads |= {
        head for locale in _GERMAN for job in listed_jobs(locale) for head in german_heads(job, persons_only=True)
    }
    heads |= czech_slovak_heads()  # "Obchodní ředitel": the noun after adjectives (``czech_slovak_jobs``)
    return frozenset(
        head for head in heads if len(head) >= MIN_JOB_WORD_LETTERS and head.isalpha() and not is_first_name(head)
    )
