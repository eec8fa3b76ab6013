"""Postal codes as each country prints them: the one place these shapes are written.

Two readers use them: ``parse_address`` (which line ends an address) and ``region_evidence`` (which
country the card shows). They used to keep their own copies, which drifted apart. This module imports
nothing of the reader: ``region_evidence`` cannot import ``parse_address`` (that makes the circle
fields → region → region_evidence → parse_address → fields).

Patterns that also name the state, the province or the country prefix capture it as group 1.
"""

from __future__ import annotations

import re
from functools import cache

import pycountry

# A city name after a postcode: a capital, then letters, apostrophes, hyphens, dots and spaces.
CITY = r"[A-ZÀ-ÖØ-Þ][\w'’\-. ]{1,40}"

# US and Canada: a two-letter state or province and a ZIP ("Salem, MA 01970", "CA 94305-9505").
STATE_ZIP = re.compile(r"\b([A-Z]{2})\.?,?\s+(\d{5})(?:-\d{4})?\b")
# The state spelled out before the ZIP ("Palo Alto, California 94306").
STATE_NAME_ZIP = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?),?\s+\d{5}(?:-\d{4})?\b")
# Canada ("H2X 1Y4") and the United Kingdom ("SW1A 1AA"): shapes nothing else prints.
CA_POSTCODE = re.compile(r"\b[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d\b")
UK_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[ABD-HJLNP-UW-Z]{2}\b")
# Brazil: a CEP "01014-000", alone (not inside a longer run of digits) or after the word "CEP".
BR_CEP = re.compile(r"(?<![\d\-.])\d{5}-\d{3}(?![\d\-])")
BR_CEP_WORD = re.compile(r"\bcep\s*[:.]?\s*\d{5}-?\d{3}\b", re.I)
# A Brazilian state code as a word ("… | SP", "São Paulo - SP,") and at the very end of a line ("- SP").
BR_STATE = re.compile(r"(?:^|[\s,\-/|–])([A-Z]{2})\s*(?:[,.|]|$)")
BR_STATE_AT_END = re.compile(r"(?:-|/|\|)\s*([A-Z]{2})\s*$")
# Portugal "1000-001 Lisboa", the Netherlands "1012 AB Amsterdam".
PT_POSTCODE = re.compile(rf"(?<![\d\-])\d{{4}}-\d{{3}}\s+{CITY}")
NL_POSTCODE = re.compile(rf"\b\d{{4}} ?[A-Z]{{2}}\s+{CITY}")
# A European country prefix before the code ("B-4000", "D-10115", "CH-1200", "F-75008").
PREFIXED = re.compile(r"\b(B|CH|D|L|A|NL|I|E|P|F|FR|DK|S|N)\s?-\s?\d{4,5}\b")
PREFIXED_CITY = re.compile(PREFIXED.pattern + rf"\s+{CITY}")
# A bare code before the city: five digits (France, Germany, Spain, Italy), four (Belgium, Switzerland,
# Austria, Luxembourg, Denmark). Not inside a longer number, a phone or a "12,5".
FIVE_DIGIT_CITY = re.compile(rf"(?<![\d\-.,])\b\d{{5}}\s+{CITY}")
FOUR_DIGIT_CITY = re.compile(rf"(?<![\d\-.,])\b\d{{4}}\s+{CITY}")
# France also prints "75 008 Paris", an optional "F-" and "CEDEX" for business mail.
FR_POSTAL = re.compile(rf"(?:\b(?:F|FR)\s?-\s?)?\b(?:[0-9]{{5}}|[0-9]{{2}} [0-9]{{3}})\s+{CITY}|\bcedex\b", re.I)
# Italy: the CAP, the town and the province's code ("00187 Roma (RM)"); some print a comma after the CAP
# ("00187, Roma (RM)").
IT_PROVINCE = re.compile(r"\b\d{5},?\s+[A-Z][\w'’ ]+\s*\(?([A-Z]{2})\)?\s*$")
# The city before a bare five-digit code at the line's end ("Granada, 48957"): Spanish cards written in the
# order of an envelope's last line elsewhere; weaker evidence than the code first (a US ZIP without its state).
CITY_THEN_CODE = re.compile(rf"^\s*{CITY},\s*\d{{5}}\s*$")
# Japan: a prefecture/city suffix ("Chiyoda-ku") or a "100-0005" code before "Japan".
JP_LINE = re.compile(r"\b\w+-(?:ken|shi|ku|cho|machi|gun)\b|\b\d{3}-\d{4}\b\s*japan", re.I)
# A line holding a postcode alone, perhaps after its label ("01234-567", "CEP: 01234-567", "94305-9505",
# "75008", "H2X 1Y4", "SW1A 1AA"): printed under the city line on many cards. Four digits alone are not
# taken (a year, "1975", is printed so too).
POSTCODE_ONLY = re.compile(
    r"^\s*(?:(?:cep|zip|plz|cap|cp|c\.p\.|code postal|postcode|postal code)\s*[:.\-]?\s*)?"
    r"(?:\d{5}-\d{3}|\d{5}(?:-\d{4})?|\d{4}-\d{3}|[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d"
    r"|(?:[A-Z]{1,2}\d[A-Z\d]?)\s?\d[ABD-HJLNP-UW-Z]{2}|\d{4}\s?[A-Z]{2})\s*$",
    re.IGNORECASE,
)


# The US Postal Service's codes for the Armed Forces' mail ("APO AE 09123", "FPO AP 96606"), which no
# subdivision list holds.
US_MILITARY_STATES = frozenset({"AA", "AE", "AP"})
# The freely associated states the US mail serves with ZIP codes and two-letter codes of their own (Micronesia,
# the Marshall Islands, Palau: USPS Publication 28, appendix B); ISO lists them as countries, not US subdivisions.
US_FREELY_ASSOCIATED = frozenset({"FM", "MH", "PW"})


@cache
def two_letter_subdivisions(country: str) -> frozenset[str]:
    """The two-letter codes of a country's subdivisions in ISO 3166-2 (pycountry): the US's states, district
    and outlying areas ("GU", "VI", "MP", "AS"), Italy's provinces ("MI", "RM")."""
    subdivisions = pycountry.subdivisions.get(country_code=country) or ()  # type: ignore[no-untyped-call]
    codes = {subdivision.code.split("-", 1)[1] for subdivision in subdivisions}
    return frozenset(code for code in codes if len(code) == 2 and code.isalpha())


def us_postal_state(code: str) -> bool:
    """A code the US mail takes for a state: the states, DC, the territories, the freely associated states and
    the Armed Forces' codes."""
    return code in US_MILITARY_STATES or code in US_FREELY_ASSOCIATED or code in two_letter_subdivisions("US")


# A UK postcode as OCR may give it, letters and digits mixed up where the engines confuse them ("PRO 3QG" for
# "PR0 3QG"): the area's one or two letters, the district's digit (then a digit or a letter), the sector's digit
# and the unit's two letters. ``uk_postcode_read`` writes each position as its kind wants it.
_UK_LOOSE_INWARD = re.compile(r"([0-9OIlS])([A-Z015]{2})")
_UK_LOOSE_OUTWARD = {size: re.compile(rf"([A-Z015]{{{size}}})([0-9OIlS])([0-9A-Z]?)") for size in (1, 2)}
# What the engines read for a digit in a letter's place and the reverse: the shapes they confuse.
_TO_DIGIT = str.maketrans({"O": "0", "I": "1", "l": "1", "S": "5"})
_TO_LETTER = str.maketrans({"0": "O", "1": "I", "5": "S"})
# At most this many characters are rewritten: more, and the words are something else that happens to fit.
MAX_POSTCODE_REWRITES = 2


def uk_postcode_read(outward: str, inward: str) -> str | None:
    """The UK postcode two words ("PRO", "3QG") spell once each position holds what the postcode's shape wants
    there: a digit read "O", "I", "l" or "S" written as the digit, a letter read "0", "1" or "5" as the letter.
    None when the words already are a postcode, hold no digit, or give no single reading with the fewest
    rewrites (at most ``MAX_POSTCODE_REWRITES``)."""
    text = f"{outward} {inward}"
    inward_match = _UK_LOOSE_INWARD.fullmatch(inward)
    if UK_POSTCODE.fullmatch(text) or inward_match is None or not any(ch.isdigit() for ch in text):
        return None
    sector, unit = inward_match.group(1).translate(_TO_DIGIT), inward_match.group(2).translate(_TO_LETTER)
    readings: set[str] = set()
    for pattern in _UK_LOOSE_OUTWARD.values():
        match = pattern.fullmatch(outward)
        if match is None:
            continue
        area, district, tail = match.groups()
        written = f"{area.translate(_TO_LETTER)}{district.translate(_TO_DIGIT)}{tail} {sector}{unit}"
        if UK_POSTCODE.fullmatch(written):
            readings.add(written)
    scored = sorted((sum(a != b for a, b in zip(text, written, strict=True)), written) for written in readings)
    if not scored or scored[0][0] > MAX_POSTCODE_REWRITES or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]
