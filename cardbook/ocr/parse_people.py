"""A person's name among the card's free-text lines: the evidence that a line is someone's name.

Each line gets a score per role from several weak clues that together are strong: word shapes
(capitalised words, initials), word lists (first names), the e-mail's local part (the person), and, in
``parse_roles``, layout (letter height, neighbours). The other roles' evidence is in ``title_evidence``
(job titles, departments), ``firm_evidence`` (companies) and ``shared_line`` ("Name, Title" on one line).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from cardbook.ocr.family_name_words import forgiven_family_word
from cardbook.ocr.inner_family_words import forgiven_inner_family_words
from cardbook.ocr.legal_forms import has_legal_form
from cardbook.ocr.lexicon import (
    COMPANY_WORDS,
    COUNTRIES,
    DEGREE_SUFFIXES,
    DEPARTMENT_WORDS,
    HONORIFICS,
    LEGAL_FORMS,
    NAME_PARTICLES,
    STREET_WORDS,
    TITLE_WORDS,
    TRADE_NOUNS,
    fold,
)
from cardbook.ocr.line_words import FUNCTION_WORDS, alpha_ratio
from cardbook.ocr.name_shapes import (
    NAME_CASING_BONUS,
    NAME_INITIALS_BONUS,
    family_in_capitals,
    given_before_family,
    initials_then_family,
    is_initials,
)
from cardbook.ocr.names_data import first_name_weight, is_first_name
from cardbook.ocr.post_nominals import credential_after_comma, words_before_comma
from cardbook.ocr.trade_words import trade_word

# Letters among a name's visible characters: below this the line holds symbols or digits read from a logo.
MIN_NAME_ALPHA_RATIO = 0.75
# A name has at most this many words, degrees included, its particles not counted ("Maria das Dores da
# Silva Santos, MBA": Iberian names join several family names with "da", "dos", "de").
MAX_NAME_WORDS = 5

# Evidence weights of a person's name (scores add up; the role picker needs 0.4). Two or three words
# shaped like a name with no word of the other lists start at NAME_BASE: not enough alone, enough with a
# job title beside them or in large type, so names outside the first-name data are still found in the
# usual name-over-title block.
NAME_BASE = 0.25
NAME_KNOWN_FIRST = 0.4  # a first name of some country: the strongest single clue
# A known first name after the first word: the family name printed first (East Asian order, in any
# case), on a line of at most MAX_FAMILY_FIRST_WORDS words; weaker, since a shop may end with one too.
# Only a last word of MIN_FAMILY_FIRST_LETTERS letters or more, on a line not in capitals: a shop's
# wordmark in capitals may end with a short word the names data lists ("ANA" of a cut "ANALYTICS").
NAME_KNOWN_FIRST_LATER = 0.2
MAX_FAMILY_FIRST_WORDS = 3
MIN_FAMILY_FIRST_LETTERS = 4
# A first word the names data lists below MIN_FIRST_NAME_WEIGHT: some evidence still ("Josué", "Reginaldo":
# the data's Portuguese names are Portugal's, not Brazil's). Set on ``smallbiz_set`` seeds 1 and 3 (seed 2 held
# out): with NAME_BASE and a layout clue it reaches MIN_NAME_SCORE where the line model doubts.
NAME_RARE_FIRST = 0.1
# The second part of a compound given name ("Luiz Fernando", "Marcos Antônio") counts when it is this common
# somewhere: rarer listed words are ordinary ones in other languages ("Oral" of a practice's description).
# Set on ``smallbiz_set`` seeds 1 and 3 and the parser tests (seed 2 held out).
COMPOUND_GIVEN_WEIGHT = 0.5
NAME_EMAIL = 0.45  # the e-mail's local part spells it
NAME_ONE_WORD_EMAIL = 0.5  # a lone word needs the e-mail to be a name at all
NAME_COUNTRY_PENALTY = 0.3  # "Brasil", "Deutschland": country names shaped like names
NAME_LONG_PENALTY = 0.15  # four name words or more are often a shop's name
# "Jean-Baptiste", "Anne-Sophie": compound first names capitalise each part; "Dupont," may end with a comma.
# Family names with a capital inside after a short prefix: "O'Brien", "D'Angelo", "McDonald", "MacArthur",
# "DeLuca", "DiMaggio", "LaRue". Matched on the word's shape (``letter_shape``: "A" a capital, "a" a small
# letter), so that every alphabet's letters count: ranges of code points such as "À-Þ" stop at Latin-1 and
# left Czech, Polish and other Central European names unread ("Matoušek", "Kolář", "Łukasz", "Wiśniewska").
_NAME_WORD = re.compile(
    r"^(?:A[a'’]+(?:-A?[a'’]+)*-?"
    r"|Aa{0,2}['’]?A[a'’]+"
    r"|[A'’\-]{2,}|A\.|A\.A\.(?:A\.)*),?$"
)


_INITIAL = re.compile(r"^A\.,?$")


# An honorific's full stop with the name's first letter right after it, the space lost ("Prof. Dr.Stefania"): a
# capital then a small letter, so that dotted degrees ("M.A.", "Ph.D.") stay as they are.
_GLUED_AFTER_DOT = re.compile(r"(?<![\w.])(\w+)\.(?=[^\W\d_][^\W\d_])")


def mended_honorifics(text: str) -> str:
    """``text`` with a space after each honorific OCR glued to the next word ("Dr.Stefania" → "Dr. Stefania") and
    an honorific's "l" read as "I" written back ("DipI.-Kfm." → "Dipl.-Kfm.")."""
    if "I" in text:
        text = re.sub(r"\S+", lambda match: _honorific_spelled(match.group(0)), text)

    def spaced(match: re.Match[str]) -> str:
        word, after = match.group(1), text[match.end() : match.end() + 2]
        token = text[match.start() :].split()[0]  # "Dr.Stefania"; "M.Sc." is a degree, "Dr.-Ing." a title
        glued = (
            fold(word) in HONORIFICS
            and after[:1].isupper()
            and after[1:].islower()
            and _bare(token) not in DEGREE_SUFFIXES | HONORIFICS
            and not token.endswith(".")
        )
        return f"{match.group(0)} " if glued else match.group(0)

    return _GLUED_AFTER_DOT.sub(spaced, text) if "." in text else text


def letter_shape(word: str) -> str:
    """The word with each capital written "A" and each small letter "a", other characters kept ("Łukasz" →
    "Aaaaaa", "O'Brien" → "A'Aaaaa"): letters of any alphabet, whatever their code points."""
    return "".join("A" if ch.isupper() else "a" if ch.islower() else ch for ch in word)


# A full stop OCR read after a name's last word (a comma's tail, a speck of the photo: "Ana Lima."): dropped when
# that word has this many letters at least, so that "Jr.", "Sr." and initials keep theirs.
MIN_STOPPED_WORD_LETTERS = 3


def without_closing_stop(text: str) -> str:
    """ "Ana Paula Lima." → "Ana Paula Lima": no name ends with a full stop after a whole word; an initial, a
    degree or an honorific keeps its dot ("Ana Lima Jr.", "Ana Lima, Ph.D.")."""
    words = text.split()
    last = words[-1] if words else ""
    if (
        last.endswith(".")
        and not last.endswith("..")
        and len(last) - 1 >= MIN_STOPPED_WORD_LETTERS
        and last[:-1].isalpha()
        and _bare(last) not in DEGREE_SUFFIXES | HONORIFICS
    ):
        return text.rstrip()[:-1]
    return text


def name_score(text: str, locals_: list[str]) -> float:
    text = without_closing_stop(text)
    tokens = text.replace(",", " , ").split()
    words = [_honorific_spelled(token) for token in tokens if token != ","]
    # The honorifics before a name, one or several ("Dr.", "Prof. Dr.", "Mag. Dr.", "Dipl.-Ing.", "ir."): they
    # do not count among its words.
    leading = 0
    while leading < len(words) - 1 and _bare(words[leading]) in HONORIFICS:
        leading += 1
    # Particles inside the name ("Pereira da Costa"), not at its ends: "Le" ends "Maria Le" as a family name.
    inner_particles = sum(fold(word) in NAME_PARTICLES for word in words[1:-1])
    counted = len(words) - inner_particles - leading
    if not 1 <= counted <= MAX_NAME_WORDS or any(ch.isdigit() for ch in text) or "@" in text:
        return 0.0
    if alpha_ratio(text) < MIN_NAME_ALPHA_RATIO or has_legal_form(text):
        return 0.0
    # "D.M.D." / "Ph.D." / "M." compare without their dots.
    folded_words = [_bare(word).strip("'’") for word in words]
    core = [w for w, f in zip(words, folded_words, strict=True) if f not in DEGREE_SUFFIXES | HONORIFICS]
    folded_core = [fold(word).strip(".,'’") for word in core]
    # A middle initial ("Duane O. Ford") is no word of any list: "O." is not Portuguese "o", "A." not "a".
    listed_core = {f for word, f in zip(core, folded_core, strict=True) if not _INITIAL.match(letter_shape(word))}
    bad = listed_core & (TITLE_WORDS | COMPANY_WORDS | LEGAL_FORMS | STREET_WORDS | DEPARTMENT_WORDS)
    # "Sá", "Mé": a two-letter form with an accent is a family name (``legal_forms``: forms are written without).
    bad -= {f for word, f in zip(core, folded_core, strict=True) if len(f) <= 2 and not word.isascii()}
    bad -= forgiven_family_word(folded_core)  # "Paulo Sales": a family name that is a list's word too
    bad -= forgiven_inner_family_words(folded_core)  # "Ana Clara Pastor Lopes" (``inner_family_words``)
    mailbox_person = _given_name_of_mailbox(folded_core, locals_)
    if bad - {"st"} - ({folded_core[0]} if mailbox_person else set()) or (
        _names_a_trade(folded_core) and not mailbox_person
    ):
        return 0.0
    # A leading honorific is printed in any case, with or without its dot ("Dr.", "DR.", "Prof.", "Sra."); a
    # credential after the comma in mixed case ("ChFC": ``post_nominals``).
    first_comma = words_before_comma(tokens)
    shaped = sum(
        bool(_NAME_WORD.match(letter_shape(word)))
        or fold(word) in NAME_PARTICLES
        or _bare(word) in DEGREE_SUFFIXES
        or position < leading
        or credential_after_comma(word, position, first_comma)
        for position, word in enumerate(words)
    )
    # "J. R. Okafor", and "M. Okafor" whose "M." reads as an honorific too (``name_shapes``)
    if initials_then_family([letter_shape(word) for word in words if word in core or is_initials(letter_shape(word))]):
        return _initialled_score(core, locals_)  # no given name to look up
    if shaped < len(words) or any(f in FUNCTION_WORDS and f not in NAME_PARTICLES for f in listed_core):
        return 0.0
    # Particles ("de", "van", "ben") only count as such inside a name: "Ben Walker" starts with a name.
    last = len(folded_core) - 1
    real = [f for i, f in enumerate(folded_core) if len(f) > 1 and (i in (0, last) or f not in NAME_PARTICLES)]
    if not real:
        return 0.0
    if len(real) == 1:
        # One word is a name only when an e-mail spells it ("Rodrigo" with rodrigo@…).
        country = NAME_COUNTRY_PENALTY if real[0] in COUNTRIES else 0.0
        return max(0.0, min(1.0, NAME_ONE_WORD_EMAIL * email_affinity(real, locals_) - country))
    score = NAME_BASE
    # "DUPONT Jean": surname first in capitals, then the first name.
    # All words in capitals say nothing about the order: then the first word must be the first name.
    surname_first = (
        len(real) >= 2 and is_first_name(real[-1]) and core[0].rstrip(",").isupper() and not core[-1].isupper()
    )
    known_first_name = is_first_name(real[0]) or surname_first
    if known_first_name:
        score += NAME_KNOWN_FIRST
    elif (
        len(real) <= MAX_FAMILY_FIRST_WORDS
        and len(real[-1]) >= MIN_FAMILY_FIRST_LETTERS
        and is_first_name(real[-1])
        and not text.isupper()
    ):
        score += NAME_KNOWN_FIRST_LATER  # "Tanaka Hiroshi": the family name first
    elif (
        len(real) >= 3
        and not text.isupper()
        and any(first_name_weight(word) >= COMPOUND_GIVEN_WEIGHT for word in real[1:-1])
    ):
        score += NAME_KNOWN_FIRST_LATER  # "Luiz Fernando Bezerra": a compound given name, its first part rare
    elif first_name_weight(real[0]) > 0.0 and not text.isupper():
        score += NAME_RARE_FIRST  # "Josué Rodrigues": a given name the data lists, rarely
    elif len(real) >= 4 and not inner_particles:
        return 0.0  # four names and none of them a known first name: a shop or a slogan
    else:
        score += NAME_CASING_BONUS * family_in_capitals(core)  # "Ljuba KOWALCZYK", "KIM Minjun" (``name_shapes``)
    if any(f in COUNTRIES for f in real):
        score -= NAME_COUNTRY_PENALTY
    score += NAME_EMAIL * email_affinity(real, locals_)
    if len(real) > 3 and not inner_particles:
        score -= NAME_LONG_PENALTY  # joined by particles, four names are one Iberian person's
    return max(0.0, min(1.0, score))


def _initialled_score(core: list[str], locals_: list[str]) -> float:
    """A name of initials and a family name ("N. Yamada", "A.-L. Okafor"): the shape's base, the initials'
    evidence and the e-mail's spelling of the family name."""
    family = [fold(word).strip(".,'’") for word in core if not is_initials(letter_shape(word))]
    country = NAME_COUNTRY_PENALTY if any(word in COUNTRIES for word in family) else 0.0
    score = NAME_BASE + NAME_INITIALS_BONUS + NAME_EMAIL * email_affinity(family, locals_) - country
    return max(0.0, min(1.0, score))


# A capital "I" after a small letter: small type's "l" ("DipI.-Kfm." for "Dipl.-Kfm.").
_I_FOR_L = re.compile(r"(?<=[a-z])I")


def _honorific_spelled(word: str) -> str:
    """``word`` with each capital "I" after a small letter read as "l" when that spells an honorific."""
    if "I" not in word or _bare(word) in HONORIFICS:
        return word
    fixed = _I_FOR_L.sub("l", word)
    return fixed if _bare(fixed) in HONORIFICS else word


def _bare(word: str) -> str:
    """A word as the honorific and degree lists hold it: folded, without its dots, commas and brackets
    ("Dr.-Ing." → "dr-ing", "Dott.ssa" → "dottssa", "M.Sc." → "msc", "(Hons)" → "hons")."""
    return fold(word).strip(",()").replace(".", "")


def _names_a_trade(folded: list[str]) -> bool:
    """A word of a trade or a shop's goods ("Vidraçaria Cavalcanti", "Liberty Pest Control", "Marcenaria da
    Ana"): a firm's line, not a person's. A word formed like a trade counts only first, where firms put
    it: family names end so too ("Fielding", "Manning")."""
    return bool(folded) and (
        (trade_word(folded[0]) and not given_before_family(folded))
        or any(word in TRADE_NOUNS and first_name_weight(word) == 0.0 for word in folded)
    )


def _given_name_of_mailbox(folded: list[str], locals_: list[str]) -> bool:
    """A first word that names a trade but is a given name too ("Tea", "Rose", "Olive") before a surname the
    e-mail spells on its own: a person ("Tea Lindqvist", tlindqvist@…), not a tea shop."""
    rest = [word for word in folded[1:] if len(word) >= MIN_MAILBOX_SURNAME]
    if len(folded) < 2 or not rest or not is_first_name(folded[0]):
        return False
    if any(trade_word(word) or word in TRADE_NOUNS | COMPANY_WORDS for word in rest):
        return False  # "Tea Bakery": the rest names the trade too
    # "teahouse@", "rosegarden@": the two words glued are the shop's name; a person's mailbox has the surname
    # alone, after an initial or after a separator ("tlindqvist", "tea.lindqvist")
    own = [local for local in locals_ if folded[0] + folded[1] not in fold(local)]
    return email_affinity(rest, own) >= 1.0


# A surname this long spelt in the e-mail is evidence (shorter ones are found inside other words).
MIN_MAILBOX_SURNAME = 4


def email_affinity(name_words: list[str], locals_: list[str]) -> float:
    """1.0 when an e-mail's local part spells the name (jean.dupont, jdupont, dupont.j, jd for J. D.)."""
    best = 0.0
    for local in locals_:
        parts = [p for p in re.split(r"[._\-+\d]+", fold(local)) if p]
        flat = "".join(parts)
        if not flat:
            continue
        for word in name_words:
            if len(word) >= 3 and (word in parts or (len(word) >= 4 and word in flat)):
                best = max(best, 1.0 if len(name_words) <= 3 else 0.8)
            elif len(word) == 3 and word in flat:
                best = max(best, 0.6)  # "Lee" in "mleeson": short, so weaker evidence
        initials = "".join(word[0] for word in name_words)
        first, last = name_words[0], name_words[-1]
        if flat == initials or (len(name_words) >= 2 and flat in (first[0] + last, last + first[0])):
            best = max(best, 0.9)
        if len(flat) >= 4 and fuzz.partial_ratio(flat, "".join(name_words)) >= 85:
            best = max(best, 0.7)
    return best


# Two people on one card (partners, a doctor and an assistant) both score as names, often both at the cap;
# then only OCR's confidence parts them (it weighs 1 - NAME_OCR_FLOOR = 40 % of the score, and two cleanly
# read lines differ by up to about 0.07 in confidence: 0.03 of score). Within this margin the scores say
# nothing, and the card's holder is the one printed first (the second goes to the other names). Set from
# the confidences of generated two-person cards (stranger_set seed 1), checked on seed 2.
NAME_TIE_MARGIN = 0.03

NameCandidate = tuple[float, tuple[str, tuple[int, ...], float], bool]


def first_of_close_names(found: list[NameCandidate]) -> tuple[tuple[str, tuple[int, ...], float] | None, bool]:
    """The best-scored name of ``found`` (score, assignment, backed by something personal; in reading
    order), or the first printed one whose score is as good within NAME_TIE_MARGIN when both are backed."""
    if not found:
        return None, False
    best = max(found, key=lambda candidate: candidate[0])  # the first of exact ties
    if best[2]:
        best = next(c for c in found if c[2] and c[0] >= best[0] - NAME_TIE_MARGIN)
    return best[1], best[2]
