"""Given and family names: splitting a name as printed, and the orders lists sort and show people in.

A card prints one name ("Jean-François DUPONT", "DUPONT Jean", "Ana da Silva"); address books and a French user's
list want the family name apart, to sort by it ("Trier par nom") and to show "DUPONT Jean". The split reads the
evidence the name itself carries, in this order (docs/LIBRARY_FORMAT.md, "Names"):

1. the comma form "Dupont, Jean": family before the comma;
2. capitals: among words written normally, the word(s) in capitals are the family name, first or last
   ("DUPONT Jean", "Jean DUPONT", "WANG Li" — how French cards and Chinese names in Latin letters mark it);
3. particles: "de", "du", "van", "von", "da", "dos", "di", "le"... and what follows them are the family name
   ("Ana da Silva", "Jan van der Berg"), also before a family name in capitals ("Jean de LA FONTAINE");
4. otherwise the last word ("Marie Martin"); a single word is a given name ("Madonna").

Titles ("Dr", "Mme") and suffixes ("Jr.", "III") are left out of both parts. No lists of first names: those live
in ocr/ (the reader's evidence), and this rule stays plain and free of I/O. The `nameparser` package would know
English titles better, but it is not one of Cardbook's dependencies.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cardbook.domain.text import fold

# Lower-case words that belong to the family name that follows them.
PARTICLES = frozenset(
    {"de", "du", "des", "d'", "van", "von", "der", "den", "ter", "te", "le", "la", "di", "da", "das", "do", "dos",
     "del", "della", "dello", "degli", "y", "zu", "af", "av", "bin", "ibn", "al", "el"}
)  # fmt: skip
# Particles that may start a family name in capitals too ("Marine Le Pen", "Ana Da Silva"): the rest ("y",
# "al", "bin"...) count only when written in lower case.
_CAPITAL_PARTICLES = frozenset({"de", "du", "des", "van", "von", "der", "den", "le", "la", "di", "da", "dos", "del"})
_TITLES = frozenset(
    {"m", "mr", "mrs", "ms", "mme", "mlle", "mmes", "dr", "pr", "prof", "me", "maitre", "docteur", "sr", "sra",
     "srta", "dra", "herr", "frau", "sir", "dame", "monsieur", "madame", "mademoiselle"}
)  # fmt: skip
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "fils", "pere"})


@dataclass(frozen=True, slots=True)
class NameParts:
    given: str = ""
    family: str = ""

    def __bool__(self) -> bool:
        return bool(self.given or self.family)


class Evidence(StrEnum):
    """What decided a split (the module docstring's rules)."""

    NONE = "none"  # no name
    COMMA = "comma"
    CAPITALS = "capitals"
    PARTICLE = "particle"
    LAST_WORD = "last word"  # nothing in the name said: its last word
    SINGLE = "single"  # one word: a given name


def _bare(word: str) -> str:
    return fold(word).strip(".,")


def _is_capitals(word: str) -> bool:
    """A word in capitals that can be a name: two letters or more, every letter upper case, a vowel among them
    — not an initial ("J.", "J.-P.") nor initials run together ("JP", "JF")."""
    letters = [c for c in word if c.isalpha()]
    has_vowel = any(c in "aeiouy" for c in fold("".join(letters)))
    return len(letters) >= 2 and has_vowel and "." not in word and all(c.isupper() for c in letters)


def _is_particle(word: str, *, any_case: bool) -> bool:
    folded = fold(word)
    if word.islower():
        return folded in PARTICLES
    return any_case and folded in _CAPITAL_PARTICLES


def _without_titles(words: list[str]) -> list[str]:
    """Drop leading titles and trailing suffixes, keeping at least one word."""
    while len(words) > 1 and _bare(words[0]) in _TITLES:
        words = words[1:]
    while len(words) > 1 and _bare(words[-1]) in _SUFFIXES:
        words = words[:-1]
    return [w.rstrip(",") for w in words if w.rstrip(",")]


def _with_particles(words: list[str], start: int) -> int:
    """Move a family name's start back over the lower-case particles before it ("Jean de LA FONTAINE")."""
    while start > 1 and _is_particle(words[start - 1], any_case=False):
        start -= 1
    return start


def split_name(full_name: str) -> NameParts:
    """(given, family) read from a printed name; the module docstring gives the rules, in order."""
    return _split(full_name)[0]


def name_evidence(full_name: str) -> Evidence:
    """What decided the split of `full_name`: the reader (ocr/) weighs a name split by its last word alone with
    the first names it knows ("Dupont Jean")."""
    return _split(full_name)[1]


def _split(full_name: str) -> tuple[NameParts, Evidence]:
    text = " ".join(full_name.split())
    if not text:
        return NameParts(), Evidence.NONE
    if text.count(",") == 1:
        before, after = (part.strip() for part in text.split(","))
        if before and after and _bare(after) not in _SUFFIXES:
            given = " ".join(_without_titles(after.split()))
            return NameParts(given, " ".join(_without_titles(before.split()))), Evidence.COMMA
    words = _without_titles(text.split())
    if not words:  # punctuation alone (","): kept whole, as a one-word name would be
        return NameParts(text, ""), Evidence.SINGLE
    if len(words) == 1:
        return NameParts(words[0], ""), Evidence.SINGLE
    capitals = [_is_capitals(w) for w in words]
    if any(capitals) and not all(capitals):
        if capitals[0]:  # "DUPONT Jean", "DA SILVA Ana", "WANG Li"
            count = capitals.index(False)
            return NameParts(" ".join(words[count:]), " ".join(words[:count])), Evidence.CAPITALS
        if capitals[-1]:  # "Jean DUPONT", "Jean de LA FONTAINE"
            start = _with_particles(words, len(words) - capitals[::-1].index(False))
            return NameParts(" ".join(words[:start]), " ".join(words[start:])), Evidence.CAPITALS
        # capitals in the middle ("Ana DA SILVA Santos"): the first run of them is the family name
        start = capitals.index(True)
        end = start + capitals[start:].index(False)
        start = _with_particles(words, start)
        return NameParts(" ".join(words[:start] + words[end:]), " ".join(words[start:end])), Evidence.CAPITALS
    for i in range(1, len(words) - 1):
        if _is_particle(words[i], any_case=True):  # "Ana da Silva", "Marine Le Pen", "Jan van der Berg"
            return NameParts(" ".join(words[:i]), " ".join(words[i:])), Evidence.PARTICLE
    return NameParts(" ".join(words[:-1]), words[-1]), Evidence.LAST_WORD


def name_parts(full_name: str, given: str | None, family: str | None) -> NameParts:
    """The parts to use: those stored (typed by the user, read from a vCard's N), else the printed name's split.
    One part stored and the other not: the missing one comes from the split when the split agrees on the stored
    one's place, so a typed family name is never replaced."""
    stored = NameParts((given or "").strip(), (family or "").strip())
    if stored.given and stored.family:
        return stored
    split = split_name(full_name)
    if not stored:
        return split
    if stored.family:
        return NameParts(split.given if fold(split.family) == fold(stored.family) else "", stored.family)
    return NameParts(stored.given, split.family if fold(split.given) == fold(stored.given) else "")


def filled_parts(full_name: str, given: str | None, family: str | None) -> tuple[str | None, str | None]:
    """(given, family) to store: each empty one filled from the split, what was there kept as it is."""
    parts = name_parts(full_name, given, family)
    return (
        given if (given or "").strip() else parts.given or None,
        family if (family or "").strip() else parts.family or None,
    )


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


def parts_to_store(
    full_name: str, given: str | None, family: str | None, *, before: tuple[str, str | None, str | None] | None = None
) -> tuple[str | None, str | None]:
    """(given, family) to store when a contact is saved with `full_name`: an empty part filled from the split,
    a part that is there kept. `before` is what the save replaces (full name, given, family): when the full name
    changed and the parts are still the old name's split (nobody typed them), they follow the new name — a
    corrected "Jean DUPOND" does not keep the family name "DUPONT" read from the first scan."""
    if before is not None:
        old_full, old_given, old_family = before
        unchanged = (_text(given), _text(family)) == (_text(old_given), _text(old_family))
        derived = filled_parts(old_full or "", None, None) == (_text(old_given), _text(old_family))
        if (old_full or "").strip() != full_name.strip() and unchanged and derived:
            given = family = None
    return filled_parts(full_name, given, family)


def sort_keys(full_name: str, given: str | None, family: str | None, display_name: str) -> tuple[str, str]:
    """(by first name, by family name): folded "given family" and "family given"; a contact with no person's
    name (a shop, an email) sorts by what lists show for it in both orders."""
    parts = name_parts(full_name, given, family)
    if not parts:
        key = fold(display_name)
        return key, key
    return fold(f"{parts.given} {parts.family}".strip()), fold(f"{parts.family} {parts.given}".strip())


class NameOrder(StrEnum):
    """How lists show a person's name."""

    AS_WRITTEN = "as_written"  # the name as printed or typed
    GIVEN_FIRST = "given_first"  # "Jean Dupont"
    FAMILY_FIRST = "family_first"  # "DUPONT Jean": the family name in capitals, the French address-book habit


def _name_case(name: str) -> str:
    """A family name's words in capitals, in ordinary case for "Jean Dupont": "LE GOFF" -> "Le Goff",
    "D'ALEMBERT" -> "D'Alembert", "DE GAULLE" -> "de Gaulle", "VAN DER BERG" -> "van der Berg" (the particles
    but "le" and "la" in lower case, as the name is written after a first name). Other words stay as written."""
    words = name.split()
    cased = []
    for i, word in enumerate(words):
        if not word.isupper():
            cased.append(word)
        elif i < len(words) - 1 and fold(word) in PARTICLES - {"le", "la"}:
            cased.append(word.lower())
        else:
            pieces = []
            for piece in word.split("-"):
                head, quote, tail = piece.partition("'")
                pieces.append(head.capitalize() + quote + tail.capitalize() if quote else piece.capitalize())
            cased.append("-".join(pieces))
    return " ".join(cased)


def shown_name(full_name: str, given: str | None, family: str | None, display_name: str, order: NameOrder) -> str:
    """What a list shows for a person in `order`; a contact with no person's name shows its display name."""
    if order is NameOrder.AS_WRITTEN:
        return display_name
    parts = name_parts(full_name, given, family)
    if not parts.family:
        return display_name if not parts.given else parts.given
    if order is NameOrder.FAMILY_FIRST:
        return f"{parts.family.upper()} {parts.given}".strip()
    # "JEAN DUPONT" all in capitals stays so: only a family name set apart by its capitals is re-cased
    given_in_capitals = parts.given.isupper()
    family_text = parts.family if given_in_capitals else _name_case(parts.family)
    return f"{parts.given} {family_text}".strip()


def typed_family(full_name: str, given: str | None, family: str | None) -> str:
    """The family name a form shows as typed: the stored one when it is not what the printed name's split
    gives (the user typed it, or a vCard's N brought it), else "" — the split is shown as a hint instead, and
    follows the name while it is edited."""
    stored = (family or "").strip()
    if not stored:
        return ""
    return "" if fold(stored) == fold(split_name(full_name).family) else stored


def parts_from_typed_family(full_name: str, family: str) -> tuple[str | None, str | None]:
    """(given, family) when the user typed the family name: the given name is what the full name holds beside
    it ("Martin Pierre" with family "Martin" -> "Pierre"); None when the typed name is not in the full name."""
    family = family.strip()
    if not family:
        return None, None
    words, wanted = full_name.split(), [fold(word) for word in family.split()]
    folded = [fold(word.strip(",")) for word in words]
    for start in range(len(words) - len(wanted) + 1):
        if folded[start : start + len(wanted)] == wanted:
            rest = " ".join(word.strip(",") for word in words[:start] + words[start + len(wanted) :])
            return rest or None, family
    return None, family
