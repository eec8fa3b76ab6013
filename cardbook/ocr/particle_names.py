"""A name cut after its surname's particle: "Pieter van" / "den Berg", "Anna De" / "Luca", "Maria dos" /
"Santos Lima", across a line break or a wide gap on one row.

A particle ("van", "von", "de", "di", "da", "dos", "De la") opens a surname; it never ends a person's name.
Set on two lines, or read as two pieces of a row, the name's line ends with the particle and its surname
stood alone: taken as the title ("Di" / "Stefano"), as the firm ("den Berg"), or the name was lost. So
before the roles are picked, a line ending with particles is joined with the piece that continues it: the
line under it (``role_lines.neighbours``, in any type: a surname set in bold capitals) or the next piece of
the same row, made of capitalised name words (or further particles), no title's, firm's or contact's words.
First names alone on a line ("Karl") join a next line in the same type opening with a particle ("von Stetten").

The particles are the project's list (``lexicon.NAME_PARTICLES``). Faker's last-name providers print most of
them inside surnames (checked 2026-12: "van", "der", "den", "de", "la", "le", "da", "das", "dos", "del", "d'" in
the Dutch, German, French, Mexican and Brazilian lists); the rest ("di", "della", "du", "des", "do") are the
Italian, French and Portuguese ones those lists happen to lack.
"""

from __future__ import annotations

from dataclasses import replace

from cardbook.ocr.block_layout import same_row
from cardbook.ocr.lexicon import ANY_COMPANY_WORDS, NAME_PARTICLES, fold, words_of
from cardbook.ocr.names_data import is_first_name
from cardbook.ocr.profession_firms import PLURAL_PROFESSION_WORDS
from cardbook.ocr.role_lines import Assignment, RoleLine, neighbours, same_block
from cardbook.ocr.title_evidence import title_score

# Particles that join two names rather than open a surname ("Maria e Silva" is rare; "João e Maria" two
# people): a line ending with them is left alone.
_JOINING_ONLY = frozenset({"e", "y"})
# The surname's continuation: at most this many words ("Santos Lima", "den Berg", "la Fontaine"); more is
# a line of its own (an address, a sentence). Chosen, not tuned: a surname of two particles and two names.
MAX_CONTINUATION_WORDS = 4
# The name's own words before the particle: a first name at least, at most this many (a line of five words
# ending with "de" is a title or a sentence: "Directeur de"). Chosen, not tuned.
MAX_NAME_WORDS_BEFORE = 3
# First names alone on a line before a surname opening with a particle: one or two ("Anna Maria").
MAX_FIRST_NAMES = 2
# A firm's words never continue a surname: company words and a practice's profession ("van Dijk Advocaten").
_FIRM_WORDS = ANY_COMPANY_WORDS | PLURAL_PROFESSION_WORDS


def ends_with_particle(text: str) -> bool:
    """A name's start: one to three capitalised words, then one or more surname particles."""
    words = text.split()
    tail = 0
    while tail < len(words) and fold(words[len(words) - 1 - tail]) in NAME_PARTICLES:
        tail += 1
    head = words[: len(words) - tail]
    if not tail or fold(words[-1]) in _JOINING_ONLY or not 1 <= len(head) <= MAX_NAME_WORDS_BEFORE:
        return False
    if title_score(" ".join(head)) > 0:
        return False  # "Directeur de" / "Production": a title cut after its preposition, no name
    return all(word[:1].isupper() and word.isalpha() and fold(word) not in NAME_PARTICLES for word in head)


def continues_surname(text: str) -> bool:
    """The rest of a surname: capitalised words or particles, no digits, no title's nor firm's word."""
    words = text.split()
    if not 1 <= len(words) <= MAX_CONTINUATION_WORDS or title_score(text) > 0:
        return False
    if any(token in _FIRM_WORDS for token in words_of(text)):
        return False
    names = [word for word in words if fold(word) not in NAME_PARTICLES]
    return bool(names) and all(
        word.replace("-", "").replace("'", "").isalpha() and word[:1].isupper() for word in names
    )


def first_names_alone(text: str) -> bool:
    """A line of one or two first names of the names data ("Pieter", "Anna Maria"): the name's start when the
    next line opens with a particle ("van den Berg")."""
    words = text.split()
    return 1 <= len(words) <= MAX_FIRST_NAMES and all(
        word[:1].isupper() and word.replace("-", "").isalpha() and is_first_name(fold(word)) for word in words
    )


def opens_with_particle(text: str) -> bool:
    """A surname opening with its particles: "van den Berg", "von Stetten", "da Costa"."""
    words = text.split()
    return (
        len(words) >= 2
        and fold(words[0]) in NAME_PARTICLES
        and fold(words[0]) not in _JOINING_ONLY
        and continues_surname(text)
    )


def _same_row(a: RoleLine, b: RoleLine) -> bool:
    """``b`` is a piece of ``a``'s row, to its right (at any gap: a name's words set apart)."""
    box_a, box_b = a.line.box, b.line.box
    return box_a is not None and box_b is not None and box_b.left > box_a.left and same_row(box_a, box_b)


def with_particle_names(items: list[RoleLine], order: list[int]) -> tuple[list[RoleLine], dict[int, int]]:
    """The lines with each name cut after its particle joined to its surname's piece, and the joined
    pieces: the name line's index → the continuation's index (its line is then no role's)."""
    joined: dict[int, int] = {}
    merged: list[RoleLine] = []
    gone: set[int] = set()
    for position, item in enumerate(items):
        if item.line.index in gone:
            continue
        cut = ends_with_particle(item.text)
        if cut or first_names_alone(item.text):
            # A particle never ends a name: the next line continues it even in another size (a surname set
            # in bold capitals); after first names alone, only a surname opening with a particle in the same type.
            after = next(
                (
                    other
                    for other in items[position + 1 :]
                    if other.line.index not in gone
                    and (
                        _same_row(item, other)
                        or (
                            neighbours(item.line, other.line, order)
                            if cut
                            else same_block(item.line, other.line, order)
                        )
                    )
                ),
                None,
            )
            rest = continues_surname if cut else opens_with_particle
            if after is not None and rest(after.text):
                joined[item.line.index] = after.line.index
                gone.add(after.line.index)
                item = replace(item, text=f"{item.text} {after.text}")
        merged.append(item)
    return merged, joined


def with_pieces(role: Assignment | None, joined: dict[int, int]) -> Assignment | None:
    """A role picked on a joined line also holds its continuation's line (for its box and its lines)."""
    if role is None or not any(index in joined for index in role[1]):
        return role
    indexes = tuple(sorted({*role[1], *(joined[index] for index in role[1] if index in joined)}))
    return (role[0], indexes, role[2])
