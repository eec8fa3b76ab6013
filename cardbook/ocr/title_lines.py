"""A job title printed on two lines: which neighbour of the chosen title line carries it on.

A title continues on the next line ("Head of" / "Corporate Finance", "Vice President," / "Business
Development"), or a second role is printed under the first ("Broker" / "Owner"); a department, the town of
the address or a line across another is no part of it. Moved from ``parse_roles`` as is.
"""

from __future__ import annotations

import re

from cardbook.ocr.address_lines import flags_for
from cardbook.ocr.block_layout import line_between
from cardbook.ocr.lexicon import DEPARTMENT_WORDS, TITLE_WORDS, word_set, words_of
from cardbook.ocr.role_lines import Assignment, RoleLine, clean, same_block
from cardbook.ocr.row_pieces import right_pieces, row_rest
from cardbook.ocr.title_evidence import MIN_TITLE_SCORE, department_score, title_score

# A title's second line: a neighbour in the same type that is a title of its own (a second role, "Partner"
# under "Managing Director") scores at least TITLE_LINE_SCORE; one that only continues the first ("Head of" /
# "Corporate Finance", "Gestor" / "de Projeto") follows a first line ending with a connecting word or starts
# with one (a lower-case start alone is as often a word OCR cut from a picture). Set on
# ``corporate_set`` seed 1 (seed 2 held out): MIN_TITLE_SCORE, the score a title alone needs.
TITLE_LINE_SCORE = MIN_TITLE_SCORE
# At most this many lines make one title: a third line of title words is the next block (a department).
# Chosen, not tuned: corporate_set (seed 1) prints at most two title lines, as the shared cards do.
MAX_TITLE_LINES = 2
# A line with this much postal evidence (``address_lines.flags_for``: a town with its state or postcode) ends an
# address, never continues a title: the least that starts an address block.
MIN_POSTAL_LINE = 0.5
# "em": Portuguese "in" ("Técnico" / "em Refrigeração", "Especialista" / "em Implantes").
_JOINING = r"of|for|and|de|des|du|da|do|dos|del|di|della|em|für|und|et|e|y|en|van|voor|och|og"
# A university's or a school's unit under a professor's title ("Faculté des sciences", "Fakultät für …",
# "School of Law"): the department's line, whatever title's word its field holds ("sciences").
_UNIT_OPENERS = word_set(
    """
    faculty faculte facultad faculdade facolta fakultat faculteit fakultet wydzial school ecole escola escuela
    scuola institute institut instituto istituto
    """
)
_UNIT_WORDS = DEPARTMENT_WORDS | _UNIT_OPENERS
_CONTINUED = re.compile(rf"(?:,|&|\b(?:{_JOINING}))\s*$", re.I)
_CONTINUING = re.compile(rf"^\s*(?:&|(?:{_JOINING})\s)", re.I)


def title_lines(first: Assignment, items: list[RoleLine], taken: set[int], order: list[int]) -> Assignment:
    """The title with the neighbouring line that carries on its block (a title on two lines, or two roles one
    under the other), joined with ", " in reading order as cards are transcribed."""
    chosen = next(item for item in items if item.line.index == first[1][0])
    printed = [item.line for item in items]
    joiner = ", "
    group = [chosen]
    # A row's pieces OCR read apart ("Consejero" "Delegado") are one line: the right ones follow their left piece.
    right_of = right_pieces(items)
    blocked = taken | {items[position].line.index for row in right_of for position in row}
    for item in sorted(items, key=lambda i: abs(order.index(i.line.index) - order.index(chosen.line.index))):
        if len(group) >= MAX_TITLE_LINES:
            break
        if item is chosen or item.line.index in blocked or not same_block(item.line, chosen.line, order):
            continue
        if line_between(item.line, chosen.line, printed):
            continue  # a title never continues across another line (the name between a tagline and the title)
        if flags_for(item.text).postal >= MIN_POSTAL_LINE:
            continue  # the town under the title ("Presidente Prudente - SP"): the address's, whatever its words
        upper, lower = sorted((chosen, item), key=lambda i: order.index(i.line.index))
        cut = _first_word_cut(upper, lower, chosen)
        continued = cut or bool(_CONTINUED.search(upper.text) or _CONTINUING.match(lower.text) or _comma_cut(upper))
        titled = title_score(item.text) >= TITLE_LINE_SCORE
        opening = words_of(item.text)[:1]
        unit = department_score(item.text) > 0 or bool(set(opening) & _UNIT_OPENERS)
        department = unit and (not titled or bool(set(opening) & _UNIT_WORDS))
        if department and not continued:
            continue  # the department under the title ("Abteilung Einkauf", "Geschäftsbereich Personal")
        if titled or (continued and not _no_title_part(item.text)):
            group.append(item)
            joiner = " " if cut else ", "
    apart = taken | {member.line.index for member in group}
    rests = {item.line.index: row_rest(item, items, apart, right_of) for item in group}
    if len(group) == 1 and not rests[chosen.line.index]:
        return first
    group.sort(key=lambda item: order.index(item.line.index))
    text = joiner.join(
        " ".join(
            [first[0] if item is chosen else clean(item.text), *(clean(rest.text) for rest in rests[item.line.index])]
        )
        for item in group
    )
    indexes = tuple(
        index for item in group for index in (item.line.index, *(r.line.index for r in rests[item.line.index]))
    )
    return (text, indexes, first[2])


def continues_title(item: RoleLine, items: list[RoleLine], order: list[int]) -> bool:
    """``item`` carries on the title above it ("Mestre" / "de Obras", "Técnico" / "em Refrigeração"): it opens
    in lower case with a joining word, right under a line holding a title's word, in the same type. No name
    is printed so; name-shaped, it was taken for the person."""
    if not _CONTINUING.match(item.text) or not item.text[:1].islower():
        return False
    return any(
        title_score(other.text) > 0 and same_block(other.line, item.line, order)
        for other in items
        if other is not item and order.index(other.line.index) == order.index(item.line.index) - 1
    )


# The ranks of a craft before its trade ("Master Plumber", "Journeyman Electrician", "Mestre" / "Eletricista"):
# they qualify a trade as "Senior" does a title, but neither the lexicon nor Faker's job lists hold them as
# title words (Faker's English jobs open with no rank). A short list, per language, of the guild ranks; no
# firm or person is named by one alone.
_TRADE_RANKS = word_set("master journeyman apprentice mestre maestro maitre meister")


def _first_word_cut(upper: RoleLine, lower: RoleLine, chosen: RoleLine) -> bool:
    """A title cut after its first word ("LICENSED" / "PLUMBER", "Senior" / "Project Manager", "Master" /
    "Electrician"): the line above the chosen title is one word that only qualifies a title (a weak title
    word: "licensed", "senior", "key", "lead"; a craft's rank), and the two read as one title. A one-word firm
    or name over the title holds no such word."""
    words = words_of(upper.text)
    return (
        lower is chosen
        and len(words) == 1
        and upper.text.strip().isalpha()
        and (words[0] in TITLE_WORDS or words[0] in _TRADE_RANKS)
        and title_score(f"{upper.text} {lower.text}") >= TITLE_LINE_SCORE
    )


def _comma_cut(upper: RoleLine) -> bool:
    """A title cut after its comma ("Vice President," / "Business Development"): the printed line ends with the
    comma (``strip_junk`` drops it from the role text) and is a title itself; a name ends so too ("Ana Lima,"
    over her title) and continues nothing."""
    return upper.line.text.rstrip().endswith(",") and title_score(upper.text) > 0


def _no_title_part(text: str) -> bool:
    """A line that cannot continue a title: digits, an e-mail, or more words than a title holds."""
    return any(ch.isdigit() for ch in text) or "@" in text or (title_score(text) == 0 and len(words_of(text)) > 4)
