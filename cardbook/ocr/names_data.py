"""First names of many countries, from the ``gender-guesser`` package's data file (about 45,000 names).

A hand-typed list of a few hundred names only knows the cards it was written for; the data file of
``gender-guesser`` (Jörg Michael's ``nam_dict.txt``, GFDL) lists first names of 54 countries and regions —
Western and Eastern Europe, the Americas through Portugal/Spain, Arabia, India, China, Japan, Korea,
Vietnam — each with how common it is per country on a 1–13 scale. We read that file directly (not the
package's ``Detector``, which builds a dict of dicts of about 40 MB) into one dict of folded name → its
highest frequency anywhere, about 4 MB, once per process and only when a card first needs it.

That file dates from 2008 and misses first names common today in some countries (Brazil's Thiago, Matheus,
Murilo; compound Brazilian given names such as "João Pedro"). Faker's person providers (maintained, MIT; one
module per locale, 73 locales) list the first names each locale's generator draws from; names they list that
the file lacks join it at the lowest weight that still counts (``MIN_FIRST_NAME_WEIGHT``), since Faker says
nothing about how common they are, unless English writes them as a word (``FAKER_NAME_AS_WORD_COUNT``).
Figures: docs/MEASURING.md, "First names from Faker".
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from collections.abc import Iterator
from pathlib import Path

from cardbook.domain import text as text_folding
from cardbook.domain.text import fold as text_fold
from cardbook.ocr import names_store
from cardbook.ocr.accents import english_counts
from cardbook.ocr.lexicon import fold
from cardbook.ocr.load_once import once

# A first name this common somewhere (frequency 2 of 13 in gender-guesser's data) counts as one; rarer
# entries include surnames and ordinary words used as names in one country.
MIN_FIRST_NAME_WEIGHT = 2 / 13
# Faker's largest lists (its "en" locale draws from every name a US census counted) hold words as well:
# "North", "Roll". A name only Faker lists is skipped when English writes it as a word at least this often
# (pyspellchecker's English counts, whose floor is 50: names seen in subtitles, "Isadora", "Lucca", sit there;
# "Fielding" 1118, "North" 61507). Set on layout_set seeds 7 and the parser tests; seed 11 held out.
FAKER_NAME_AS_WORD_COUNT = 100
# Frequencies in the file are single hex-like digits per country ("1".."9", "A".."D" = 10..13).
_MAX_FREQUENCY = 13
# The country columns of a name line start here (the file's fixed-width format, dated 2008-11-16).
_COUNTRY_COLUMN = 30
# Every weight is a whole number on this scale (``MIN_FIRST_NAME_WEIGHT`` too): how names_store keeps them.
WEIGHT_SCALE = _MAX_FREQUENCY
# The distributions whose data the table is built from (gender-guesser's file, Faker's providers, English's
# counts in pyspellchecker): the prebuilt table is used only with these very versions.
_SOURCE_PACKAGES = ("gender-guesser", "faker", "pyspellchecker")


def _data_file() -> Path | None:
    spec = importlib.util.find_spec("gender_guesser")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "data" / "nam_dict.txt"
    return path if path.exists() else None


DIGIT_VALUES = {ch: value for value, ch in enumerate("0123456789ABCD")}


def name_lines() -> Iterator[tuple[str, str]]:
    """Each name line of gender-guesser's data file (comments and headers left out) with the name it gives
    (its second field: "Jean+Pierre", "Aimé"); none when the package is not installed. The countries'
    frequency columns follow from ``_COUNTRY_COLUMN``, one character each (``DIGIT_VALUES``)."""
    path = _data_file()
    if path is None:
        return
    with path.open(encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            if not raw or raw[0] in "#=":
                continue
            parts = raw.split(maxsplit=2)
            if len(parts) >= 2:
                yield raw, parts[1]


def _frequency(columns: str) -> int:
    """The highest per-country frequency of a name line ("1".."9" < "A".."D" in ASCII order too)."""
    digits = columns.replace(" ", "")
    return DIGIT_VALUES.get(max(digits), 0) if digits else 0


@once
def first_names() -> dict[str, float]:
    """Folded first name → how common it is in the country where it is most common (0–1].

    Read from the table prebuilt from the same packages (``names_store``: tens of milliseconds instead of
    1.4-2.1 s of Python and 44 MB at every scan's start); built here when the shipped file was built from
    other package versions or another rule."""
    stored = names_store.load(first_names_stamp())
    return stored if stored is not None else build_first_names()


def first_names_stamp() -> dict[str, object]:
    """What ``build_first_names`` depends on: the packages it reads and its rule (``names_store.stamp``)."""
    rule = (
        build_first_names,
        gender_guesser_names,
        name_lines,
        faker_first_names,
        _latin_name,
        _frequency,
        text_fold,
        text_folding._SPECIAL,  # the letters fold spells out ("œ" -> "oe")
        DIGIT_VALUES,
        _FAKER_FIRST_NAME_LISTS,
        MIN_FIRST_NAME_WEIGHT,
        FAKER_NAME_AS_WORD_COUNT,
        _MAX_FREQUENCY,
        _COUNTRY_COLUMN,
    )
    return names_store.stamp(_SOURCE_PACKAGES, rule)


def build_first_names() -> dict[str, float]:
    """``first_names`` built from the packages' data (what ``names_store``'s file holds)."""
    names = dict(gender_guesser_names())
    english = english_counts()
    for name in faker_first_names():
        folded = fold(name)
        if english.get(folded, 0) >= FAKER_NAME_AS_WORD_COUNT:
            continue
        # A compound given name ("Luiz Miguel") counts whole, hyphenated, and by its capitalised parts
        # (a lower-case part such as "das" is a particle, not a name).
        parts = {fold(part) for part in name.split() if part[:1].isupper() and len(part) >= 3}
        for key in {folded, folded.replace(" ", "-"), *parts}:
            names.setdefault(key, MIN_FIRST_NAME_WEIGHT)
    return names


@once
def gender_guesser_names() -> dict[str, float]:
    """The names of gender-guesser's data file alone, folded, with their highest frequency (0–1]."""
    names: dict[str, float] = {}
    for raw, name in name_lines():
        weight = _frequency(raw[_COUNTRY_COLUMN:].rstrip("\r\n$ ")) / _MAX_FREQUENCY
        # "Jean+Pierre" stands for "Jean Pierre", "Jean-Pierre" and "Jeanpierre".
        folded = name.lower() if name.isascii() else fold(name)
        variants = (folded,) if "+" not in folded else {folded.replace("+", sep) for sep in ("", "-", " ")}
        for key in variants:
            if weight > names.get(key, 0.0):
                names[key] = weight
    return names


# The class attributes of a Faker person provider that hold first names (tuples, or dicts of name → weight).
_FAKER_FIRST_NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def faker_first_names() -> set[str]:
    """Every first name Faker's person providers list, in the Latin script (what fra+eng OCR can read)."""
    if importlib.util.find_spec("faker") is None:
        return set()
    import faker.providers.person as person_providers

    found: set[str] = set()
    for module_info in pkgutil.iter_modules(person_providers.__path__):
        module = importlib.import_module(f"{person_providers.__name__}.{module_info.name}")
        provider = getattr(module, "Provider", None)
        for attribute in _FAKER_FIRST_NAME_LISTS:
            # Read the class's own attribute: some locales define these as properties of an instance.
            listed = vars(provider).get(attribute) if provider is not None else None
            if isinstance(listed, (tuple, list, dict)):
                found.update(name for name in listed if isinstance(name, str) and _latin_name(name))
    return found


def _latin_name(name: str) -> bool:
    """Letters (and a space or hyphen between parts) whose accent-folded form is ASCII."""
    folded = fold(name)
    return bool(folded) and folded.isascii() and folded.replace(" ", "").replace("-", "").isalpha()


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
