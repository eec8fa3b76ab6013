"""A line that is a whole job of Faker's job lists, word for word: a title however many words it has.

``title_evidence`` counts a job's naming word (``job_words``) only on lines of at most
``title_evidence.JOB_TITLE_WORDS`` words: longer lines holding a trade's word are firms and services
("Chaveiro Estrela e Filhos"). Some languages name a job in four words or more ("Pośrednik w obrocie
nieruchomościami", Poland's licensed estate agent; "Técnico de apoio ao utilizador"), and such a title was read
as no title at all. A line that spells one of the maintained lists' jobs whole, no word more or less, is the
title: a firm's name or a list of services adds a name, a place or another trade to it.

Such a title read with its accents lost ("Posrednik w obrocie nieruchomosciami": Tesseract's Latin models on
Polish letters) takes the list's spelling back, letter for letter, keeping the case as read: the list spells
the job, and the card printed it so.
"""

from __future__ import annotations

from cardbook.ocr.lexicon import fold, words_of
from cardbook.ocr.load_once import once
from cardbook.ocr.profession_words import listed_jobs
from cardbook.ocr.role_lines import Assignment

# Faker's job lists read (``None``: English), as ``job_words`` reads them: the languages of the cards the reader
# is judged on that Faker lists jobs for.
JOB_LIST_LOCALES = (None, "es", "pt_BR", "pt_PT", "fr_FR", "fr_CH", "de_DE", "de_AT", "pl_PL", "fi_FI")


@once
def _listed_jobs() -> dict[tuple[str, ...], str]:
    """The listed jobs by their folded words, with their spelling (a job's qualifier after a comma is the
    list's way of sorting, not the printed title: "Accountant, chartered" is left out)."""
    jobs = (job for locale in JOB_LIST_LOCALES for job in listed_jobs(locale) if "," not in job)
    return {tuple(words_of(job)): job for job in jobs}


def listed_job_line(tokens: list[str]) -> bool:
    """The line's folded words are one of the lists' jobs, whole (``title_evidence`` asks of long lines only:
    shorter ones have their job's word counted already)."""
    return tuple(tokens) in _listed_jobs()


def with_listed_spelling(title: Assignment | None) -> Assignment | None:
    """The title in its listed spelling when OCR read it whole with no accent and the list spells it with
    some, letter for letter (the same letters but for their marks), in the case it was read in."""
    if title is None or any(not ch.isascii() for ch in title[0]):
        return title
    listed = _listed_jobs().get(tuple(words_of(title[0])))
    if listed is None or listed.isascii() or len(listed) != len(title[0]) or fold(listed) != fold(title[0]):
        return title
    spelled = "".join(mark.upper() if read.isupper() else mark for read, mark in zip(title[0], listed, strict=True))
    return (spelled, *title[1:])
