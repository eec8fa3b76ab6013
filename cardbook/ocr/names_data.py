"""First names of many countries, from the ``gender-guesser`` package's data file (about 45,000 names).

A hand-typed list of a few hundred names only knows the cards it was written for; the data file of
``gender-guesser`` (Jörg Michael's ``nam_dict.txt``, GFDL) lists first names of 54 countries and regions —
Western and Eastern Europe, the Americas through Portugal/Spain, Arabia, India, China, Japan, Korea,
Vietnam — each with how common it is per country on a 1–13 scale. We read that file directly (not the
package's ``Detector``, which builds a dict of dicts of about 40 MB) into one dict of folded name → its
highest frequency anywhere, about 4 MB, once per process and only when a card first needs it.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

from cardbook.ocr.lexicon import fold

# A first name this common somewhere (frequency 2 of 13 in gender-guesser's data) counts as one; rarer
# entries include surnames and ordinary words used as names in one country.
MIN_FIRST_NAME_WEIGHT = 2 / 13
# Frequencies in the file are single hex-like digits per country ("1".."9", "A".."D" = 10..13).
_MAX_FREQUENCY = 13
# The country columns of a name line start here (the file's fixed-width format, dated 2008-11-16).
_COUNTRY_COLUMN = 30


def _data_file() -> Path | None:
    spec = importlib.util.find_spec("gender_guesser")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "data" / "nam_dict.txt"
    return path if path.exists() else None


_DIGIT_VALUES = {ch: value for value, ch in enumerate("0123456789ABCD")}


def _frequency(columns: str) -> int:
    """The highest per-country frequency of a name line ("1".."9" < "A".."D" in ASCII order too)."""
    digits = columns.replace(" ", "")
    return _DIGIT_VALUES.get(max(digits), 0) if digits else 0


@functools.cache
def first_names() -> dict[str, float]:
    """Folded first name → how common it is in the country where it is most common (0–1]."""
    path = _data_file()
    if path is None:
        return {}
    names: dict[str, float] = {}
    with path.open(encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            if not raw or raw[0] in "#=":
                continue
            parts = raw.split(maxsplit=2)
            if len(parts) < 2:
                continue
            weight = _frequency(raw[_COUNTRY_COLUMN:].rstrip("\r\n$ ")) / _MAX_FREQUENCY
            # "Jean+Pierre" stands for "Jean Pierre", "Jean-Pierre" and "Jeanpierre".
            name = parts[1]
            folded = name.lower() if name.isascii() else fold(name)
            variants = (folded,) if "+" not in folded else {folded.replace("+", sep) for sep in ("", "-", " ")}
            for key in variants:
                if weight > names.get(key, 0.0):
                    names[key] = weight
    return names


def first_name_weight(word: str) -> float:
    """How common ``word`` (any case, accents or not) is as a first name somewhere; 0 when unknown.

    Compound names ("Jean-Baptiste", "Anne-Sophie") count when each part is a first name."""
    key = fold(word).strip(".,'’")
    if not key:
        return 0.0
    names = first_names()
    if key in names:
        return names[key]
    parts = [part for part in key.split("-") if part]
    if len(parts) >= 2 and all(part in names for part in parts):
        return min(names[part] for part in parts)
    return 0.0


def is_first_name(word: str) -> bool:
    """A first name of some country in the shipped names data, compound ones included ("anne-sophie")."""
    return first_name_weight(word) >= MIN_FIRST_NAME_WEIGHT
