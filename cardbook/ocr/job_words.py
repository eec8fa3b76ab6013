"""Occupations from Faker's job providers (English, Spanish, Portuguese of Brazil and Portugal, French, German):
the word that names each job ("Locksmith", "Encanador", "Pedreiro", "Fontanero", "Klempner"), so that a title
naming the owner's trade is one, in the lexicon's six languages, without a hand list.

A job's naming word is its only word, or its head: the first word in the Romance languages ("Mestre de
obras" → "mestre"), the last one before a comma in English ("Accountant, chartered" → "accountant", "Tree
surgeon" → "surgeon"). Words shorter than ``MIN_JOB_WORD_LETTERS`` and words English or the language also
writes as a first name are left out (a job word in a person's name would make the name a title).
"""

from __future__ import annotations

import importlib
import importlib.util

from cardbook.ocr.lexicon import fold
from cardbook.ocr.load_once import once

# The job providers read: the Latin-script languages the lexicon knows. ``None`` is Faker's base provider
# (English).
_ROMANCE = ("es", "pt_BR", "pt_PT", "fr_FR")
_OTHER = (None, "de_DE")
# Shorter heads are too often other words ("Aid", "Air"): none of the six languages' trades is that short.
MIN_JOB_WORD_LETTERS = 5


def _jobs(locale: str | None) -> list[str]:
    module_name = "faker.providers.job" + (f".{locale}" if locale else "")
    provider = getattr(importlib.import_module(module_name), "Provider", None)
    listed = vars(provider).get("jobs") if provider is not None else None
    return [job for job in listed or () if isinstance(job, str)]


def _head(job: str, romance: bool) -> str:
    words = job.split(",")[0].split()
    if not words:
        return ""
    return fold(words[0] if romance else words[-1]).strip("().")


@once
def job_words() -> frozenset[str]:
    """The (folded, lower-case) words that name a job in Faker's job lists; empty without Faker."""
    if importlib.util.find_spec("faker") is None:
        return frozenset()
    from cardbook.ocr.names_data import is_first_name

    heads = {_head(job, True) for locale in _ROMANCE for job in _jobs(locale)}
    heads |= {_head(job, False) for locale in _OTHER for job in _jobs(locale)}
    return frozenset(
        head for head in heads if len(head) >= MIN_JOB_WORD_LETTERS and head.isalpha() and not is_first_name(head)
    )
