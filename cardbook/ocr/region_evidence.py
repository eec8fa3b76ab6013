"""What a card's own text says about its country: one finder per kind of evidence.

Each finder returns ``Evidence`` items (a region, what was seen, how much it weighs); ``cardbook.ocr.region``
adds them up. Weights are probabilities that the evidence alone names the card's country, combined as
independent clues (noisy-or), so two weak clues that agree beat one that stands alone.

Data comes from maintained packages where it exists: country names in many languages and the subdivision
codes (US and Brazilian states, Italian and Spanish provinces) from ``pycountry``; the language of the words
from ``py3langid``, loaded only when the other clues leave the question open (``region.decide_region``).
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import phonenumbers
import pycountry

from cardbook.ocr.lexicon import fold, word_set
from cardbook.ocr.load_once import once
from cardbook.ocr.postcodes import (
    BR_CEP,
    BR_CEP_WORD,
    BR_STATE,
    CA_POSTCODE,
    FIVE_DIGIT_CITY,
    FOUR_DIGIT_CITY,
    IT_PROVINCE,
    NL_POSTCODE,
    PREFIXED,
    PT_POSTCODE,
    STATE_NAME_ZIP,
    STATE_ZIP,
    UK_POSTCODE,
)

# --- weights: how surely one clue names the card's country on its own ---------------------------------
# An explicit "+55": the number's own country, and the card's country for its national numbers in most cases
# (a firm may print a foreign office's number, hence not 1.0).
PREFIX_WEIGHT = 0.8
# A US state code followed by a ZIP, the word CEP with a 5-3 code, a 4-3 Portuguese code: near certain.
STRONG_POSTCODE_WEIGHT = 0.9
# A UK postcode ("SW1A 1AA") or a Canadian one ("H2X 1Y4"): shapes nothing else prints.
POSTCODE_SHAPE_WEIGHT = 0.8
# A country prefix before a postcode ("B-9000", "D-10115", "CH-1200").
PREFIXED_POSTCODE_WEIGHT = 0.85
# A bare 5- or 4-digit code before a city: shared by several countries; the street words decide among them.
SHARED_POSTCODE_WEIGHT = 0.3
# A street word ("rue", "Straße", "Rua", "Calle", "Via"): a language more than a country.
STREET_WORD_WEIGHT = 0.35
# A country name ending an address line, or on a line of its own.
COUNTRY_NAME_WEIGHT = 0.85
# The same name inside other words on a line ("Brasil Distribuidora"): likely, not certain.
COUNTRY_NAME_INLINE_WEIGHT = 0.5
# A country-code top-level domain of the e-mail or website (".com.br", ".de"): chosen by the owner.
TLD_WEIGHT = 0.7
# A printed number shape typical of one numbering plan ("(650) 555-0100", "(11) 9.4000-4561").
NUMBER_SHAPE_WEIGHT = 0.5


@dataclass(frozen=True, slots=True)
class Evidence:
    """One clue: ``region`` (ISO 3166-1 alpha-2), its ``kind``, the ``text`` seen (to show "why")."""

    region: str
    kind: str
    text: str
    weight: float

    def describe(self) -> str:
        return f"{self.kind} {self.text!r}"


# --- international prefixes -------------------------------------------------------------------------
_PLUS_NUMBER = re.compile(r"(?:\+|\b00)\s?\(?\d[\d .\-()/]{6,}\d")


def prefix_evidence(texts: Sequence[str]) -> list[Evidence]:
    """Numbers printed with their country code ("+55 11 3208-4417", "0033 1 23 45 67 89"): each one's country."""
    found: list[Evidence] = []
    for text in texts:
        for match in _PLUS_NUMBER.finditer(text):
            raw = match.group(0).strip()
            number = "+" + raw[2:] if raw.startswith("00") else raw
            try:
                parsed = phonenumbers.parse(number, None)
            except phonenumbers.NumberParseException:
                continue
            region = phonenumbers.region_code_for_number(parsed)
            if (not region or region == "001") and parsed.country_code is not None:
                # Not valid as a whole (OCR slip): the calling code still names the plan's main country.
                region = phonenumbers.region_code_for_country_code(parsed.country_code)
            if region and region != "ZZ":
                found.append(Evidence(region, "international prefix", f"+{parsed.country_code}", PREFIX_WEIGHT))
    return found


# --- postcodes and street words ------------------------------------------------------------------------
# The shapes of the codes are ``postcodes``'s; this part weighs what each says of the country.


def _subdivisions(country: str) -> list[Any]:
    return list(pycountry.subdivisions.get(country_code=country) or ())  # type: ignore[no-untyped-call]


@once
def _subdivision_codes(country: str) -> frozenset[str]:
    """Two-letter subdivision codes of a country (US states, Brazilian states, Italian provinces…)."""
    codes = {sub.code.split("-", 1)[1] for sub in _subdivisions(country)}
    return frozenset(code for code in codes if len(code) == 2 and code.isalpha())


@once
def _subdivision_names(country: str) -> dict[str, str]:
    """Folded subdivision name → code, for the states spelled out ("Palo Alto, California 94306")."""
    return {fold(sub.name): sub.code for sub in _subdivisions(country)}


_SINGLE_COUNTRY_CODES = (
    (PT_POSTCODE, "PT", STRONG_POSTCODE_WEIGHT),
    (UK_POSTCODE, "GB", POSTCODE_SHAPE_WEIGHT),
    (CA_POSTCODE, "CA", POSTCODE_SHAPE_WEIGHT),
    (NL_POSTCODE, "NL", POSTCODE_SHAPE_WEIGHT),
)
_PREFIX_REGIONS = {"B": "BE", "CH": "CH", "D": "DE", "L": "LU", "A": "AT", "NL": "NL", "I": "IT", "E": "ES"}
_PREFIX_REGIONS |= {"P": "PT", "F": "FR", "FR": "FR", "DK": "DK", "S": "SE", "N": "NO"}
# Countries printing a bare 5-digit code before the city, and those printing 4 digits.
_FIVE_DIGIT_REGIONS = ("FR", "DE", "ES", "IT")
_FOUR_DIGIT_REGIONS = ("BE", "CH", "AT", "LU", "DK")

# Street words, folded, to the countries that write them (a word of one language is a clue to each).
_STREET_WORDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("rue", "boulevard", "bd", "impasse", "allee", "chemin", "quai", "cedex", "chaussee"), ("FR", "BE", "CH", "LU")
    ),
    **dict.fromkeys(("strasse", "str", "gasse", "platz", "weg"), ("DE", "AT", "CH")),
    **dict.fromkeys(
        (
            "rua",
            "travessa",
            "praca",
            "rodovia",
            "estrada",
            "jd",
            "jardim",
            "andar",
            "sala",
            "bairro",
            "proximo",
            "vila",
        ),
        ("BR", "PT"),
    ),
    **dict.fromkeys(("calle", "avda", "paseo", "plaza", "planta", "c/"), ("ES",)),
    **dict.fromkeys(("via", "viale", "piazza", "corso", "vicolo", "piazzale"), ("IT", "CH")),
    **dict.fromkeys(("straat", "laan", "plein", "gracht", "steenweg"), ("NL", "BE")),
    # English ones ("Dr", "St" are also titles and saints: left out).
    **dict.fromkeys(
        ("street", "avenue", "ave", "road", "rd", "suite", "blvd", "lane", "ln", "hwy", "pkwy"),
        ("US", "GB", "CA", "AU", "IE"),
    ),
}
# Street words too ambiguous to name a country ("Dr" and "St" are titles and saints, "CT" a state) but enough
# to tell a street number from a postcode.
_ENGLISH_STREET_ONLY = word_set("ct court dr st way circle cir place pl terrace ter square sq")
_STREET_SUFFIXES = {"strasse": ("DE", "AT", "CH"), "str": ("DE", "AT", "CH"), "weg": ("DE", "AT", "CH", "NL")}
_STREET_SUFFIXES |= {"straat": ("NL", "BE"), "laan": ("NL", "BE"), "platz": ("DE", "AT", "CH")}


def _add(found: list[Evidence], regions: Iterable[str], kind: str, text: str, weight: float) -> None:
    found.extend(Evidence(region, kind, text, weight) for region in regions)


def _is_street(code_and_city: str) -> bool:
    """ "5432 Blackwelder CT", "1234 Main Street": a street number and street, not a postcode and city."""
    words = re.findall(r"[\w/]+", fold(code_and_city.split(",")[0]))
    return any(word in _STREET_WORDS or word in _ENGLISH_STREET_ONLY for word in words[1:])


def postcode_evidence(texts: Sequence[str]) -> list[Evidence]:
    """Postal codes by the shape each country prints, with the state or province that goes with them."""
    found: list[Evidence] = []
    for text in texts:
        for match in STATE_ZIP.finditer(text):
            if match.group(1) in _subdivision_codes("US"):
                _add(found, ["US"], "state and ZIP", match.group(0), STRONG_POSTCODE_WEIGHT)
            elif match.group(1) in _subdivision_codes("CA"):
                _add(found, ["CA"], "province and postcode", match.group(0), STRONG_POSTCODE_WEIGHT)
        for match in STATE_NAME_ZIP.finditer(text):
            if fold(match.group(1)) in _subdivision_names("US"):
                _add(found, ["US"], "state and ZIP", match.group(0), STRONG_POSTCODE_WEIGHT)
        cep = BR_CEP.search(text)
        if BR_CEP_WORD.search(text):
            _add(found, ["BR"], "CEP", BR_CEP_WORD.search(text).group(0), STRONG_POSTCODE_WEIGHT)  # type: ignore[union-attr]
        elif cep:
            state = BR_STATE.search(text[cep.end() :]) or BR_STATE.search(text[: cep.start()])
            weight = STRONG_POSTCODE_WEIGHT if state and state.group(1) in _subdivision_codes("BR") else 0.5
            _add(found, ["BR"], "CEP", cep.group(0), weight)
        elif (
            (state := BR_STATE.search(text))
            and re.search(r"\s[-–/|]\s*[A-Z]{2}\s*$", text)
            and state.group(1) in _subdivision_codes("BR")
        ):
            # "Jardim Fernandes - SP": a Brazilian address line ends with " - UF".
            _add(found, ["BR"], "state", state.group(0).strip(" ,-/|–"), SHARED_POSTCODE_WEIGHT)
        for pattern, region, weight in _SINGLE_COUNTRY_CODES:
            if shape := pattern.search(text):
                _add(found, [region], "postcode", shape.group(0), weight)
        for match in PREFIXED.finditer(text):
            _add(found, [_PREFIX_REGIONS[match.group(1)]], "postcode", match.group(0), PREFIXED_POSTCODE_WEIGHT)
        if not PREFIXED.search(text):
            if (province := IT_PROVINCE.search(text)) and province.group(1) in _subdivision_codes("IT"):
                _add(found, ["IT"], "CAP and province", province.group(0), STRONG_POSTCODE_WEIGHT)
            if (five := FIVE_DIGIT_CITY.search(text)) and not _is_street(five.group(0)):
                _add(found, _FIVE_DIGIT_REGIONS, "postcode", five.group(0), SHARED_POSTCODE_WEIGHT)
            elif (four := FOUR_DIGIT_CITY.search(text)) and not _is_street(four.group(0)):
                _add(found, _FOUR_DIGIT_REGIONS, "postcode", four.group(0), SHARED_POSTCODE_WEIGHT)
    return found


def street_evidence(texts: Sequence[str]) -> list[Evidence]:
    """Street words ("rue", "Rua", "Calle", "Via", "…straße"): each counts once per card."""
    seen: dict[str, tuple[str, ...]] = {}
    for text in texts:
        if "@" in text:
            continue
        for word in re.findall(r"[\w/]+", fold(text).replace("ß", "ss")):
            regions = _STREET_WORDS.get(word)
            if regions is None and len(word) > 6:
                suffix = next((s for s in _STREET_SUFFIXES if word.endswith(s)), None)
                regions = _STREET_SUFFIXES[suffix] if suffix else None
            if regions is not None and word not in seen and len(seen) < 3:
                seen[word] = regions
    found: list[Evidence] = []
    for word, regions in seen.items():
        _add(found, regions, "street word", word, STREET_WORD_WEIGHT)
    return found


# --- country names ---------------------------------------------------------------------------------------
# Languages whose country names are looked for (the card languages Cardbook reads).
NAME_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl")
# Everyday words or US states that are also country names: never taken as a country on their own.
_AMBIGUOUS_NAMES = word_set(
    "georgia jordan chad turkey china guinea man niger mali oman togo peru chile cuba panama monaco jersey guernsey"
)
# What cards print that pycountry does not list under these languages.
_ALIASES = {
    "usa": "US",
    "u.s.a": "US",
    "u.s.a.": "US",
    "eua": "US",
    "eeuu": "US",
    "ee.uu": "US",
    "uk": "GB",
    "u.k": "GB",
    "u.k.": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "great britain": "GB",
    "holland": "NL",
    "brasil": "BR",
    "belgie": "BE",
    "schweiz": "CH",
    "suisse": "CH",
    "svizzera": "CH",
}


@once
def _country_names() -> dict[str, str]:
    """Folded country name (in each of ``NAME_LANGUAGES``) → alpha-2."""
    names: dict[str, str] = {}
    for language in NAME_LANGUAGES:
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
        for country in pycountry.countries:
            for attribute in ("name", "common_name"):
                english = getattr(country, attribute, None)
                if english:
                    names.setdefault(fold(translate.gettext(english)), country.alpha_2)
    names.update(_ALIASES)
    return {name: code for name, code in names.items() if name not in _AMBIGUOUS_NAMES and len(name) > 1}


@once
def _country_pattern() -> re.Pattern[str]:
    names = sorted(_country_names(), key=len, reverse=True)
    return re.compile(r"(?<![\w@.])(" + "|".join(re.escape(name) for name in names) + r")(?![\w])")


def country_name_evidence(texts: Sequence[str]) -> list[Evidence]:
    """Country names in any of ``NAME_LANGUAGES``; strongest at the end of a line (an address's last part)."""
    found: list[Evidence] = []
    names = _country_names()
    for text in texts:
        if "@" in text or "www" in text.lower():
            continue
        folded = fold(text)
        for match in _country_pattern().finditer(folded):
            name = match.group(1)
            if len(name) <= 3 and not text[match.start() : match.end()].isupper():
                continue  # "us", "uk" as words: only the capitals "US", "UK" name a country
            at_end = not re.sub(r"[\W_]+", "", folded[match.end() :])
            weight = COUNTRY_NAME_WEIGHT if at_end else COUNTRY_NAME_INLINE_WEIGHT
            found.append(Evidence(names[name], "country name", text[match.start() : match.end()], weight))
    return found


# --- e-mail and website domains ----------------------------------------------------------------------
# Country-code domains sold worldwide as generic names ("app.io", "studio.co"): they say nothing.
_VANITY_TLDS = word_set("io ai co me tv ly fm to cc ws gg la so sh am im is vc ac tk ml ga cf gq nu")
_DOMAIN = re.compile(r"(?:@|\bwww\d?\.|https?://)([\w\-]+(?:\.[\w\-]+)*\.([a-z]{2}))\b", re.I)
# A domain printed without "www." counts when its shape leaves no doubt ("loja.com.br", "kikai.co.jp/rd").
_BARE_DOMAIN = re.compile(r"\b([\w\-]+\.(?:com?|org|net|gov|edu|ac)\.([a-z]{2}))\b|\b([\w\-]+\.([a-z]{2}))/", re.I)


def tld_evidence(texts: Sequence[str]) -> list[Evidence]:
    """The country-code domain of the card's e-mail and website (".com.br", ".fr", ".co.uk")."""
    found: list[Evidence] = []
    seen: set[str] = set()
    for text in texts:
        matches = [(m.group(1), m.group(2)) for m in _DOMAIN.finditer(text)]
        matches += [(m.group(1) or m.group(3), m.group(2) or m.group(4)) for m in _BARE_DOMAIN.finditer(text)]
        for domain_text, tld_text in matches:
            domain, tld = domain_text.lower(), tld_text.lower()
            if tld in _VANITY_TLDS or domain in seen:
                continue
            region = "GB" if tld == "uk" else tld.upper()
            if pycountry.countries.get(alpha_2=region) is None:
                continue
            seen.add(domain)
            found.append(Evidence(region, "domain", "." + domain.split(".", 1)[1], TLD_WEIGHT))
    return found


# --- printed number shapes -----------------------------------------------------------------------------
_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # North American: (650) 555-0100, 650-555-0100, 650.555.0100, 1-800-555-0199.
    ("US", re.compile(r"(?<![\d+])(?:1[-. ])?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?!\d)")),
    # Brazilian: (11) 2745-3310, (11) 9.4000-4561, 11 98834-2207, 9.8812-3375, 98123-4570.
    ("BR", re.compile(r"(?<![\d+])(?:\(\d{2}\)\s?|\d{2}\s)?(?:9\.?\d{4}|[2-5]\d{3})-\d{4}(?!\d)")),
    # French: 01 23 45 67 89, 06.12.34.56.78.
    ("FR", re.compile(r"(?<![\d+])0[1-9](?:[ .]\d{2}){4}(?!\d)")),
    # British: 020 7946 0958, 01632 960123, 07700 900123.
    ("GB", re.compile(r"(?<![\d+])0(?:20 \d{4} \d{4}|1\d{3} \d{6}|7\d{3} \d{6})(?!\d)")),
)


def number_shape_evidence(texts: Sequence[str]) -> list[Evidence]:
    """Number layouts one numbering plan prints ("(650) 555-0100"): a clue even without a country code.
    Each plan counts once per card."""
    found: list[Evidence] = []
    for region, pattern in _SHAPES:
        for text in texts:
            match = pattern.search(text)
            if match and not STATE_ZIP.search(text[: match.end()]):
                found.append(Evidence(region, "number layout", match.group(0), NUMBER_SHAPE_WEIGHT))
                break
    return found
