"""A job title or a department among the card's free-text lines: the evidence that a line is one.

One strong title word makes a title ("Director", "Proprietário"), weak ones only help; occupations no list
holds are recognised by their suffix; a slogan or a legal form is none.
"""

from __future__ import annotations

import re

from cardbook.ocr.accents import english_counts
from cardbook.ocr.french_title_forms import as_listed, strong_title_word
from cardbook.ocr.glued_words import compound_parts
from cardbook.ocr.job_words import job_words
from cardbook.ocr.legal_forms import has_legal_form
from cardbook.ocr.letter_spaced_text import MIN_WORD_COUNT
from cardbook.ocr.lexicon import (
    COMPANY_WORDS,
    DEPARTMENT_WORDS,
    STRONG_COMPANY_WORDS,
    STRONG_TITLE_WORDS,
    TITLE_WORDS,
    word_set,
    words_of,
)
from cardbook.ocr.line_words import LIST_SEPARATOR
from cardbook.ocr.names_data import is_first_name
from cardbook.ocr.profession_words import PROFESSION_WORDS, compound_occupation
from cardbook.ocr.title_listed_jobs import listed_job_line
from cardbook.ocr.trade_words import trade_word

# A title line is short: beyond this many words it is a sentence (a tagline or a list of services).
MAX_TITLE_WORDS = 9

# Evidence weights of a job title: one strong title word makes a title, weak ones only help.
TITLE_STRONG = 0.55
TITLE_WEAK = 0.25
TITLE_DENSITY = 0.1  # the share of title words in the line
TITLE_LEGAL_FORM_PENALTY = 0.4  # "Consulting Partners LLC" is a company, not a title

# A slogan speaks to the reader or for the firm ("Your partner in …", "Ihr Partner für Bad und Heizung",
# "Seu parceiro …", "Our experts …"); a job title never opens with such a word.
_SLOGAN_OPENERS = word_set(
    """
    your you our we ihr ihre ihren unser unsere wir votre vos notre nos nous seu sua seus suas nosso nossa
    su sus nuestro nuestra vuestro il la vostro vostra nostro nostra
    """
)
# The pronouns and possessives among them open a slogan of two words too ("Ihr Partner", "Your Partner",
# "Votre partenaire": the firm speaking, its title word no person's title); the articles do not ("La Présidente").
_POSSESSIVE_OPENERS = _SLOGAN_OPENERS - word_set("il la su sus")


# Claims about the firm printed after the owner's title ("Owner | Licensed & Insured"): no part of it.
_FIRM_CLAIMS = word_set("licensed insured bonded certified registered accredited and e y und et")


# A line ending with one of these words names one of the firm's offices ("Head Office", "Registered Office",
# "Branch Office", "Headquarters") over its address: "head" is a title's word in "Head of Sales" only.
_OFFICE_WORDS = word_set("office offices headquarters hq")


def firm_claim(text: str) -> bool:
    """ "Licensed & Insured", "Bonded": what the firm claims, never a job title."""
    return all(word in _FIRM_CLAIMS for word in words_of(text))


# A registered or trade mark glued to a word's end ("Realtor®", read "Realtor@" on photos): no e-mail has
# nothing after its "@", so the mark is dropped before the line is weighed.
_GLUED_MARK = re.compile(r"(?<=[^\W\d_])[®™©@](?=\s|$)")


def title_score(text: str) -> float:
    text = _GLUED_MARK.sub("", text)
    tokens = as_listed(_title_tokens(words_of(text)))  # "conductrice" read as the listed "conducteur"
    if not tokens or len(tokens) > MAX_TITLE_WORDS or any(ch.isdigit() for ch in text) or "@" in text:
        return 0.0
    if (len(tokens) > 2 and tokens[0] in _SLOGAN_OPENERS) or (len(tokens) == 2 and tokens[0] in _POSSESSIVE_OPENERS):
        return 0.0
    if firm_claim(text) or services_list(text):
        return 0.0
    if _marked_part_no_title(text):
        return 0.0  # "Commercial + Repairs": a list of services, though "Commercial" is a French job
    if tokens[-1] in _OFFICE_WORDS:
        return 0.0  # "Head Office", "Main Office" over an address: which office, not who
    strong = sum(strong_title_word(token) for token in tokens)
    strong = strong or _occupation_by_suffix(tokens) or _named_job(tokens)
    strong = strong or (len(tokens) > JOB_TITLE_WORDS and listed_job_line(tokens))  # ``title_listed_jobs``
    weak = sum(token in TITLE_WORDS for token in tokens)
    if strong == 0 and weak == 0:
        return 0.0
    score = TITLE_STRONG * min(1, strong) + TITLE_WEAK * min(2, weak) / 2 + TITLE_DENSITY * (weak / len(tokens))
    if has_legal_form(text):
        score -= TITLE_LEGAL_FORM_PENALTY
    return max(0.0, min(1.0, score))


# More than this share of a listed line's parts being services makes it a list of services. Chosen, not tuned:
# "Director, Sales, EMEA" (one part of three without a title word) stays a title, the smallbiz_set lists
# (seeds 1 and 3) have most or all of their parts services.
SERVICE_PART_SHARE = 0.5


# A bullet is a list mark wherever it stands: no word holds one, and on photos OCR often drops the spaces
# around a small one ("Limpeza·Reformas", "Drain Cleaning·Residential").
BULLETS = re.compile(r"\s*[•·]\s*")
LIST_PARTS = re.compile(f"{LIST_SEPARATOR.pattern}|{BULLETS.pattern}")


# Bullets and the spaced "+" OCR reads a small bullet as ("Commercial • Residential", "Commercial + Repairs"):
# marks that list things; a person's roles listed so ("Owner • Realtor") are each a title.
_LIST_MARKS = re.compile(rf"{BULLETS.pattern}|\s+\+\s+")


def _marked_part_no_title(text: str) -> bool:
    """Parts between list marks of which one is no title: a list of services or goods, not a job's title."""
    parts = [part for part in _LIST_MARKS.split(text) if part.strip()]
    return len(parts) >= 2 and any(title_score(part) == 0.0 for part in parts)


def services_list(text: str) -> bool:
    """A list of services ("Commercial - Remodeling - Drain Cleaning", "Consertos • Vendas • Peças"): parts
    between list marks, more than half of them a trade or no title ("Director, Sales, EMEA" stays a title)."""
    parts = [part for part in LIST_PARTS.split(text) if part.strip()]
    if len(parts) < 2:
        return False
    services = sum(
        any(trade_word(word) or word in COMPANY_WORDS for word in words_of(part)) or title_score(part) == 0.0
        for part in parts
    )
    return services > SERVICE_PART_SHARE * len(parts)


# A word English writes at least this often (pyspellchecker's counts) is a word, never two glued ones: with
# "medica" a title word, "medical" split as "medica" + the connector "l" and a hospital's name outscored the
# title under it (stranger_set seed 4). Chosen as letter_spaced_text.MIN_WORD_COUNT (100), not tuned: glued
# titles ("directeurcommercial", "vertriebsleiter") are no English words at all.
ENGLISH_WORD_COUNT = MIN_WORD_COUNT
# The least score a line needs to be taken as the title (parse_roles; a title's second line, title_lines).
MIN_TITLE_SCORE = 0.45


def _title_tokens(tokens: list[str]) -> list[str]:
    """The words, a glued or compound one made of two title words counted as both ("Directeurcommercial",
    "Vertriebsleiter": ``glued_words.compound_parts``)."""
    vocabulary = TITLE_WORDS | STRONG_TITLE_WORDS
    counts = english_counts()
    result: list[str] = []
    for token in tokens:
        if token in PROFESSION_WORDS or compound_occupation(token):
            result.append(token)  # "Hoofddocent", "Oberarzt": a job noun's compound, not two glued words
            continue
        if counts.get(token, 0) >= ENGLISH_WORD_COUNT:
            result.append(token)
            continue
        parts = compound_parts(token, vocabulary, STRONG_TITLE_WORDS)
        result.extend(parts if parts is not None else (token,))
    return result


# Occupations the lexicon does not list are still recognised by the suffixes that form them in several
# languages ("Eletricista", "Fonoaudióloga", "Kinesiologist", "Podólogo", "Ortodontista", "Pediatra", Dutch
# "Psycholoog", Nordic, Polish and Czech "Psykolog", "Kardiolog", "Fisioterapeuta", "Cinematographer"; English
# writes no "-olog" word but "-alog" ones): only on a line of SUFFIX_TITLE_WORDS word of at least
# SUFFIX_TITLE_LETTERS letters ("Pizzaria Paulista" is a shop), that is no known first name nor company
# word. English "-ist" alone is left out: Nordic surnames end so ("Lindqvist").
TITLE_SUFFIXES = (
    "ista",
    "istas",
    "ologo",
    "ologa",
    "ologist",
    "ologue",
    "ologe",
    "ologin",
    "oloog",
    "olog",
    "iatra",
    "iatre",
    "iater",
    "iatrist",
    "euta",
    "eute",
    "ografo",
    "ografa",
    "grapher",
    "graphe",
    "ician",
    "icien",
    "icienne",
)
SUFFIX_TITLE_WORDS = 1
SUFFIX_TITLE_LETTERS = 7


def _occupation_by_suffix(tokens: list[str]) -> int:
    """1 when a short line's word is an occupation by its suffix alone (``TITLE_SUFFIXES``), else 0."""
    if len(tokens) > SUFFIX_TITLE_WORDS or any(
        token in COMPANY_WORDS or token in STRONG_COMPANY_WORDS or is_first_name(token) for token in tokens
    ):
        return 0
    return int(any(len(token) >= SUFFIX_TITLE_LETTERS and token.endswith(TITLE_SUFFIXES) for token in tokens))


# A job's word from Faker's job lists (``job_words``) makes a title only on a line this short ("Locksmith",
# "HVAC Technician", "Mestre de Obras"): longer lines with such a word are firms and services ("Chaveiro
# Estrela e Filhos"). Chosen, not tuned: the longest trade titles of the small-business set's tune seeds
# (1 and 3) have three words.
JOB_TITLE_WORDS = 3


# The words joining a job's head to its object ("Mestre de Obras", "Técnico em Refrigeração", "Tree
# surgeon of …"): the names data lists some as first names ("de", "do"), which no job's head is.
_JOB_JOINING_WORDS = word_set("de da do das dos del di du des em en of and e y et")


def _named_job(tokens: list[str]) -> int:
    """1 when a short line opens or ends with a word naming a job (``job_words``) or a compound of one
    ("Oberarzt", "Locksmith": ``profession_words.compound_occupation``) and holds no company word nor first
    name (joining words aside), else 0."""
    if len(tokens) > JOB_TITLE_WORDS or any(
        token in COMPANY_WORDS
        or token in STRONG_COMPANY_WORDS
        or (token not in _JOB_JOINING_WORDS and is_first_name(token))
        for token in tokens
    ):
        return 0
    jobs = job_words()
    ends = (tokens[0], tokens[-1])
    return int(any(token in jobs or compound_occupation(token) for token in ends))


def department_score(text: str) -> float:
    tokens = words_of(text)
    if not tokens or any(ch.isdigit() for ch in text):
        return 0.0
    return 0.7 if any(token in DEPARTMENT_WORDS for token in tokens) else 0.0
