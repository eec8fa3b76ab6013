"""A name and a job title sharing one line ("Ana Lima, Owner, License #4411", "Ana Lima | Owner", "Kim Tran
ACCOUNT EXECUTIVE"): where to cut it, and what separates a shared line's parts."""

from __future__ import annotations

import re

from cardbook.ocr.lexicon import DEGREE_SUFFIXES, NAME_PARTICLES, fold
from cardbook.ocr.line_words import PART_SEPARATOR
from cardbook.ocr.parse_people import name_score
from cardbook.ocr.title_evidence import firm_claim, title_score

# What a split "name, title" must reach on each side to be taken apart.
SPLIT_TITLE_SCORE = 0.5
SPLIT_NAME_SCORE = 0.2

_PART_SEPARATOR = PART_SEPARATOR


def part_separator() -> re.Pattern[str]:
    """What separates the parts of a shared line or of a list of services."""
    return _PART_SEPARATOR


def _degree(part: str) -> bool:
    return fold(part).replace(".", "").replace(" ", "") in DEGREE_SUFFIXES


def name_before_registration(text: str) -> str | None:
    """ "Ana Lima - CRECI 12345-F", "Mike Carter, Lic. #123456": the name, when every part after it is a
    licence or registration number (digits or "#") or what the firm claims ("Licensed & Insured"); None
    otherwise (a name and a title is ``split_name_title``'s)."""
    pieces = [piece.strip() for piece in _PART_SEPARATOR.split(text)]
    if len(pieces) < 2 or not pieces[0] or name_score(pieces[0], []) < SPLIT_NAME_SCORE:
        return None
    rest = [piece for piece in pieces[1:] if piece]
    registered = any(_registration(piece) for piece in rest)
    if registered and all(_registration(piece) or firm_claim(piece) for piece in rest):
        return pieces[0]
    return None


def title_before_registration(text: str) -> str | None:
    """ "Broker | License #012345", "Corretora de Imóveis - CRECI 12345-F": the title, when every part after it
    is a licence or registration number or what the firm claims; None otherwise. The number keeps the whole
    line from scoring as a title (a title holds no digits)."""
    pieces = [piece.strip() for piece in _PART_SEPARATOR.split(text)]
    rest = [piece for piece in pieces[1:] if piece]
    if len(pieces) < 2 or not pieces[0] or not rest or title_score(pieces[0]) < SPLIT_TITLE_SCORE:
        return None
    if any(_registration(piece) for piece in rest) and all(_registration(p) or firm_claim(p) for p in rest):
        return pieces[0]
    return None


def _registration(piece: str) -> bool:
    """A number with its label ("CRECI 12345-F", "Lic. #123456", "License # 44172"): a bare number is a house's
    ("R. São José, 1601" is a street)."""
    letters = sum(ch.isalpha() for ch in piece)
    return letters >= 2 and (any(ch.isdigit() for ch in piece) or "#" in piece)


def split_name_title(text: str) -> tuple[str, str] | None:
    """ "Ana Lima, Owner, License #4411" / "Ana Lima, CPA | Owner" / "Kim Tran ACCOUNT EXECUTIVE" → (name,
    title) when both fit.

    Between separators, the first part is the name, with the credentials printed after it ("Ana Lima,
    CPA": the name as printed); the title is the following parts that hold title words, up to a part with
    digits (a licence or registration number is not part of the title)."""
    pieces = _PART_SEPARATOR.split(text)
    if len(pieces) > 1:
        separators = [m.group(0) for m in _PART_SEPARATOR.finditer(text)]
        end = 1
        while end < len(pieces) and _degree(pieces[end]):
            end += 1
        name = pieces[0] + "".join(sep + piece for sep, piece in zip(separators[: end - 1], pieces[1:end], strict=True))
        if name_score(pieces[0], []) >= SPLIT_NAME_SCORE:
            title = ""
            for index in range(end, len(pieces)):
                part = pieces[index].strip()
                if not part or any(ch.isdigit() for ch in part) or "#" in part or firm_claim(part):
                    break
                if title_score(part) > 0 or (title and title_score(part + " " + title) > 0):
                    title += (separators[index - 1] if title else "") + part
                elif not _degree(part):
                    break
            if title and title_score(title) >= SPLIT_TITLE_SCORE:
                return name.strip(), title
    words = text.split()
    for cut in range(2, len(words)):
        # The comma after the name read as a full stop on a photo ("Raimundo Medeiros. Proprietário"); the
        # bar between them read as a letter ("Ana Lima I Owner": ``_BAR_READINGS``).
        if words[cut][-1:] in _HYPHENS:
            continue  # "Cavalcanti- Técnico": a word glued to the dash after it ends the name, no title opens so
        # A bar OCR glued to the word before or after it ("Ana LIMA| Owner") parts them as a spaced one does.
        left, right = " ".join(words[:cut]).rstrip(".,;:-–|"), " ".join(words[cut:]).lstrip("-–|")
        if words[cut] in _BAR_READINGS and cut + 1 < len(words):
            right = " ".join(words[cut + 1 :])
        if (
            title_score(right) >= SPLIT_TITLE_SCORE
            and name_score(left, []) >= SPLIT_NAME_SCORE
            and title_score(left) == 0.0
            and not _ends_with_particle(left)
        ):
            return left, right
    return _glued_at_hyphen(text)


# What OCR reads for a thin bar standing alone between a name and a title ("Ana Lima | Owner" read "Ana Lima
# I Owner"): no title opens with a one-letter word, and a name ending in a lone capital I is no name.
_BAR_READINGS = frozenset({"I", "l", "1", "|", "!"})


_HYPHENS = "-–"
# A hyphen between letters with no space around it, or a space on one side only: where OCR glued "Ana Lima -
# Owner" on a photo ("Ana Lima-Owner", "Ana Lima- Owner", "Ana Lima -Owner"). Spaced on both sides it is
# ``PART_SEPARATOR``'s.
_GLUED_HYPHEN = re.compile(r"(?<=[^\W\d_])[-–]\s*(?=[^\W\d_])|(?<=[^\W\d_])\s+[-–](?=[^\W\d_])")
# The name before such a hyphen has at least this many words: "Jean-Marc", "Ana Lima-Souza" are names.
GLUED_NAME_WORDS = 2


def _glued_at_hyphen(text: str) -> tuple[str, str] | None:
    """ "Ana Lima-Owner", "Ana Lima- Owner" → ("Ana Lima", "Owner"): a name of ``GLUED_NAME_WORDS`` words or
    more and a title after a hyphen OCR read without one or both of its spaces. A hyphenated family name
    ("Lima-Souza") is no title, and the title's own hyphen ("Sócio-Proprietário") has a title word before it,
    not a name."""
    for match in _GLUED_HYPHEN.finditer(text):
        left, right = text[: match.start()].strip(), text[match.end() :].strip()
        if (
            len(left.split()) >= GLUED_NAME_WORDS
            and title_score(right) >= SPLIT_TITLE_SCORE
            and title_score(left) == 0.0
            and name_score(left, []) >= SPLIT_NAME_SCORE
        ):
            return left, right
    return None


def _ends_with_particle(left: str) -> bool:
    """A name cut after a particle in lower case ("Pierre J. le" of "Pierre J. le Boulanger"): the family name is
    what follows, whatever list holds that word as a title. A capitalised "Le" may be a family name."""
    last = left.split()[-1] if left.split() else ""
    return last.islower() and fold(last) in NAME_PARTICLES
