"""The regulated professions' role words — law, medicine, universities — in the card languages, and the
compound occupations built on a job word ("Oberarzt", "Fachanwalt", "Salgschef", "Hoofddocent").

Why a list here at all: the maintained occupation lists at hand (Faker's job providers, ``job_words``) name
trades and office jobs but few of the titles a lawyer's, a doctor's or a lecturer's card prints ("Of
Counsel", "Attending Physician", "Universitair docent", "Radca prawny", "Överläkare", "Ricercatore"), and
no packaged ESCO/ISCO occupation table ships offline (checked on PyPI, 2026-12: only skill extractors that
download the data at run time). So the role nouns of the three professions are listed once per language the
region decision knows (English, French, German, Dutch, Italian, Spanish, Portuguese), plus the Nordic and
Polish ones of the European scans the reader is judged on: each word names a role in the profession
whatever the firm, never a firm, a place or a field. Honorifics ("Dr.", "Prof.", "Maître", "Avv.") are the
name's (``HONORIFICS``), not listed here.

Compounds: German, Dutch and the Nordic languages glue a qualifier before a job word ("Ober|arzt",
"Fach|anwalt", "Salgs|chef"). A word ending with a job noun those languages compound on — one of the
words here, or a job word of Faker's German, Danish and Finnish lists that ends at least
``MIN_COMPOUNDS_SHOWN`` other listed jobs (so the lists themselves show it compounds) — is an occupation.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from collections import Counter

from cardbook.ocr.lexicon import fold, word_set
from cardbook.ocr.load_once import once

# Folded role nouns, masculine and feminine. Read as: law; medicine and care; universities and research.
PROFESSION_WORDS = word_set(
    """
    counsel attorney solicitor barrister paralegal notary advocate avocat avocate notaire anwalt
    anwaltin rechtsanwalt rechtsanwaltin notar notarin syndikus advocaat notaris jurist juriste avvocato
    avvocata notaio abogado abogada notario procurador procuradora letrado letrada advogado advogada
    tabeliao advokat advokaten radca adwokat notariusz
    physician surgeon clinician pharmacist midwife medecin chirurgien chirurgienne pharmacien pharmacienne
    praticien praticienne infirmier infirmiere arzt arztin apotheker apothekerin huisarts
    tandarts apotheker verpleegkundige medico medica chirurgo primario farmacista infermiere infermiera
    cirujano cirujana enfermero enfermera cirurgiao enfermeiro enfermeira lakare lege laege lekarz
    overlakare overlege overlaege sjukskoterska
    professor professorin professeur professeure professore professoressa profesor profesora docent
    dozent dozentin docente lecturer hoogleraar lektor lector rector rektor doyen doyenne dekan decano
    provost chancellor researcher chercheur chercheuse forscher forscherin onderzoeker ricercatore
    ricercatrice investigador investigadora pesquisador pesquisadora catedratico catedratica promovendus
    doktorand doktorandin doctorant doctorante dottorando dottoranda doktorant postdoc emeritus
    """
)

# English compounds a few crafts the same way ("Locksmith", "Gunsmith", "Silversmith"): never alone a job.
ENGLISH_COMPOUND_NOUNS = word_set("smith")

# A qualifier glued before a job noun has at least this many letters ("Ober-", "Fach-", "Zahn-"): shorter
# leftovers are the noun's own letters ("Kunstmaler" keeps "maler" after "kunst"; "Maler" is no compound).
MIN_QUALIFIER_LETTERS = 3
# A job noun of this many letters or more ends compounds: "arzt" and "lege" are four; shorter endings are
# as often any word's last letters.
MIN_COMPOUND_NOUN_LETTERS = 4
# A listed job word counts as a compounding noun when at least this many other listed jobs end with it
# (the lists show the language builds on it): two, so that one odd pair proves nothing. Chosen, not tuned.
MIN_COMPOUNDS_SHOWN = 2

# Faker's job lists of the compounding languages: German (Austria's list gives both genders, "*in"), Danish
# and Finnish. Their heads are the last word before a joining word, a bracket or a dash ("Facharzt / Fachärztin
# für …" gives "facharzt" and "facharztin"; "Technischer Zeichner*in" gives "zeichner").
_COMPOUNDING_LOCALES = ("de_DE", "de_AT", "da_DK")
_GENDER_MARKED_LOCALES = ("de_AT",)
# Finnish writes the head last after lower-case qualifiers ("Vanhempi tutkijainsinööri", "Kadettikoulun
# johtaja"): its head is the last word.
_LAST_WORD_LOCALES = ("fi_FI",)
_GENDER_ENDING = re.compile(r"\*(?:in|r|e)\b|\*")
# The gender star before "in" marks the feminine that German forms by adding "-in" ("Zeichner*in": "Zeichner"
# and "Zeichnerin"); both are the job's heads. "*r" and "*e" end adjectives ("Assoziierte*r"), no noun.
_FEMININE_MARK = re.compile(r"\*in$")
_CLAUSE_END = re.compile(r"\s[-–]\s|\(|,")


def german_heads(job: str, persons_only: bool = False) -> list[str]:
    """The folded head words of a German (or Danish) job entry, one per alternative between "/", and the
    feminine a gender star marks ("Zeichner*in": "zeichner" and "zeichnerin").

    ``persons_only``: Austria's list names people with both genders ("Zeichner*in", "Arzt / Ärztin") and
    holds apprenticeship fields without ("Prüftechnik", "Textilchemie"): only the marked heads are jobs. A
    word cut before "und" ("Maschinenbau- und Anlagenkonstrukteur*in") is a part, never a head."""
    alternatives = job.split("/")
    heads: list[str] = []
    for alternative in alternatives:
        words: list[str] = []
        for word in _CLAUSE_END.split(alternative)[0].split():
            if word[:1].islower():
                break  # "für", "und", "i": the head was the word before
            words.append(word)
        if not words or words[-1].endswith("-"):
            continue
        if persons_only and len(alternatives) < 2 and "*" not in words[-1]:
            continue
        head = fold(_GENDER_ENDING.sub("", words[-1])).strip(".-")
        if head.isalpha():
            heads.append(head)
            if _FEMININE_MARK.search(words[-1]):
                heads.append(head + "in")  # "Wirtschaftsprüfer*in": a woman's card prints "Wirtschaftsprüferin"
    return heads


def listed_jobs(locale: str | None) -> list[str]:
    """Faker's job list of ``locale`` (``None``: its base provider, English); empty without Faker."""
    if importlib.util.find_spec("faker") is None:
        return []
    module_name = "faker.providers.job" + (f".{locale}" if locale else "")
    provider = getattr(importlib.import_module(module_name), "Provider", None)
    listed = vars(provider).get("jobs") if provider is not None else None
    return [job for job in listed or () if isinstance(job, str)]


@once
def compounding_heads() -> frozenset[str]:
    """The (folded) head words of Faker's German, Danish and Finnish job lists."""
    heads = {
        head
        for locale in _COMPOUNDING_LOCALES
        for job in listed_jobs(locale)
        for head in german_heads(job, persons_only=locale in _GENDER_MARKED_LOCALES)
    }
    last = {fold(job.split(",")[0].split()[-1]) for locale in _LAST_WORD_LOCALES for job in listed_jobs(locale)}
    return frozenset(heads | {head for head in last if head.isalpha()})


@once
def compound_nouns() -> frozenset[str]:
    """The job nouns compound occupations end with: the profession words, and the listed job heads that end
    ``MIN_COMPOUNDS_SHOWN`` other listed heads."""
    heads = compounding_heads()
    shown: Counter[str] = Counter()
    for head in heads:
        for start in range(MIN_QUALIFIER_LETTERS, len(head) - MIN_COMPOUND_NOUN_LETTERS + 1):
            if head[start:] in heads:
                shown[head[start:]] += 1
    listed = {noun for noun, count in shown.items() if count >= MIN_COMPOUNDS_SHOWN}
    professions = {word for word in PROFESSION_WORDS | ENGLISH_COMPOUND_NOUNS if len(word) >= MIN_COMPOUND_NOUN_LETTERS}
    return frozenset(noun for noun in listed | professions if len(noun) >= MIN_COMPOUND_NOUN_LETTERS)


def compound_occupation(token: str) -> bool:
    """A folded word made of a qualifier and a job noun ("oberarzt", "fachanwalt", "salgschef")."""
    nouns = compound_nouns()
    return any(
        token[start:] in nouns for start in range(MIN_QUALIFIER_LETTERS, len(token) - MIN_COMPOUND_NOUN_LETTERS + 1)
    )
