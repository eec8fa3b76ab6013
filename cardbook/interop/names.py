"""Given and family names for formats that need them (vCard N, CSV first/last) when only a full name is known."""

from __future__ import annotations

# Lower-case particles that belong to the family name: "Jean de La Fontaine", "Ludwig van Beethoven".
_PARTICLES = {"de", "du", "des", "d'", "van", "von", "der", "den", "le", "la", "di", "da", "del", "della", "dos"}


def _is_upper_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def split_full_name(full_name: str) -> tuple[str, str]:
    """(given, family) from a printed name; French cards often print the family name in capitals.

    "Jean-François DUPONT" and "DUPONT Jean-François" -> ("Jean-François", "DUPONT"); "Jean de La Fontaine" ->
    ("Jean", "de La Fontaine"); a single word is taken as the given name (how address books show "Madonna").
    """
    words = full_name.split()
    if not words:
        return "", ""
    if len(words) == 1:
        return words[0], ""
    upper = [_is_upper_word(w) for w in words]
    if any(upper) and not all(upper):
        if upper[0]:  # "DUPONT Jean": leading capitals are the family name
            count = next(i for i, u in enumerate(upper) if not u)
            return " ".join(words[count:]), " ".join(words[:count])
        if upper[-1]:  # "Jean DUPONT"
            first = len(words) - next(i for i, u in enumerate(reversed(upper)) if not u)
            return " ".join(words[:first]), " ".join(words[first:])
    for i, word in enumerate(words[1:], start=1):
        if word.lower() in _PARTICLES and i < len(words) - 1:
            return " ".join(words[:i]), " ".join(words[i:])
    return " ".join(words[:-1]), words[-1]


def structured_name(full_name: str, given: str | None, family: str | None) -> tuple[str, str]:
    """The (given, family) to write: the stored ones when the user has them, else derived from the full name."""
    if (given and given.strip()) or (family and family.strip()):
        return (given or "").strip(), (family or "").strip()
    return split_full_name(full_name)
