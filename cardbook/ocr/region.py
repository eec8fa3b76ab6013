"""The card's own country, decided from its evidence before its phone numbers are read.

A national number ("(11) 9.4000-4561", "(650) 555-0100") means nothing without a country. The user's country
is the wrong answer for every card from abroad, so each card is asked first: international prefixes, postcodes
and street words, country names, the e-mail's and website's country domain, the layout of its numbers and, when
those leave the question open, the language of its words. The default region (the library setting or
``--region``) decides only when the card says nothing, and the decision says so (``source == "default"``).
"""

from __future__ import annotations

import contextlib
import locale
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

import phonenumbers

from cardbook.ocr import langid_store
from cardbook.ocr.load_once import once
from cardbook.ocr.region_evidence import (
    Evidence,
    country_name_evidence,
    number_shape_evidence,
    postcode_evidence,
    prefix_evidence,
    street_evidence,
    tld_evidence,
)

# The default region's head start: enough to win when nothing on the card points elsewhere or when the clues
# are split evenly, too little to beat any single real clue (the weakest, a street word, weighs 0.35).
DEFAULT_PRIOR = 0.15
# A card's national numbers that are valid in a region are a clue to it, in proportion to how many are. Kept
# weak: plans with open lengths (Austria, Germany) accept many numbers printed for another country.
VALID_NUMBERS_WEIGHT = 0.25
# Below this the clues found are weak enough that the language of the words is worth working out.
LANGUAGE_NEEDED_BELOW = 0.75
# py3langid's probability under which a card's few words are not taken to be in one language: on the shared
# cards' printed lines its wrong guesses stayed under 0.35 and half of its right ones were above 0.75.
LANGUAGE_MIN_PROBABILITY = 0.75
# Fewer letters than this (names, a company word) say nothing reliable about a language.
LANGUAGE_MIN_LETTERS = 20
# Languages considered, and the countries each one points to with its weight: a language is shared, so
# each is a weak clue, strongest for the country most of its cards come from.
LANGUAGE_REGIONS: dict[str, tuple[tuple[str, float], ...]] = {
    "pt": (("BR", 0.35), ("PT", 0.25)),
    "es": (("ES", 0.3), ("MX", 0.2)),
    "fr": (("FR", 0.3), ("BE", 0.15), ("CH", 0.15), ("CA", 0.1)),
    "de": (("DE", 0.3), ("AT", 0.15), ("CH", 0.15)),
    "it": (("IT", 0.3), ("CH", 0.1)),
    "nl": (("NL", 0.3), ("BE", 0.2)),
    # English is printed on cards everywhere: barely a clue.
    "en": (("US", 0.2), ("GB", 0.15)),
}
FALLBACK_REGION = "FR"  # when neither the setting nor the system locale names a country

RegionSource = Literal["card", "default"]


@dataclass(frozen=True, slots=True)
class RegionDecision:
    """The country a card's national numbers are read in, how sure, and why (the clues for that country)."""

    region: str
    confidence: float
    source: RegionSource
    evidence: tuple[Evidence, ...] = ()
    others: tuple[str, ...] = field(default=())  # other countries the card shows, most likely first

    @property
    def from_card(self) -> bool:
        return self.source == "card"

    def why(self) -> str:
        """One line for the user: "BR (0.97): CEP '01014-000', domain '.com.br'" or "FR: default region"."""
        if not self.from_card:
            return f"{self.region}: default region (the card names no country)"
        clues = ", ".join(dict.fromkeys(item.describe() for item in self.evidence))
        return f"{self.region} ({self.confidence:.2f}): {clues}"

    def as_dict(self) -> dict[str, object]:
        """The JSON form (``cardbook scan --json`` key "region")."""
        return {
            "code": self.region,
            "confidence": round(self.confidence, 2),
            "source": self.source,
            "evidence": [{"kind": e.kind, "text": e.text, "weight": e.weight} for e in self.evidence],
        }


def card_region(region: str) -> RegionDecision:
    """A decision taken elsewhere (a QR code's country, a test): ``region`` as if the card showed it."""
    return RegionDecision(region.upper(), 1.0, "card")


def default_region() -> str:
    """The user's country from the environment (``LC_ALL``/``LC_CTYPE``/``LANG``, e.g. "pt_BR.UTF-8"), else
    ``FALLBACK_REGION``: the default of the library setting and of ``--region``. ``locale.getlocale()`` is asked
    only when none of them is set (Windows): it calls "C.UTF-8", which names no country, "en_US", and would
    read every card of such a system as American."""
    candidates = [value for name in ("LC_ALL", "LC_CTYPE", "LANG") if (value := os.environ.get(name, ""))]
    if not candidates:
        with contextlib.suppress(ValueError):
            candidates.append(locale.getlocale()[0] or "")
    for name in candidates:
        match = re.match(r"^[a-z]{2,3}[_-]([A-Z]{2})\b", name)
        if match and match.group(1) in phonenumbers.SUPPORTED_REGIONS:
            return match.group(1)
    return FALLBACK_REGION


def _combine(weights: list[float]) -> float:
    """Independent clues (noisy-or): 1 − Π(1 − w)."""
    remaining = 1.0
    for weight in weights:
        remaining *= 1.0 - weight
    return 1.0 - remaining


_NATIONAL = re.compile(r"(?<![\d+])(?:\(\d{1,4}\)\s?)?\d(?:[\d .\-/]|\s(?=\d)){6,}\d(?!\d)")


def _national_numbers(texts: Sequence[str]) -> list[str]:
    """Runs of 8 to 12 digits without "+": the numbers whose country is the question."""
    numbers: list[str] = []
    for text in texts:
        for match in _NATIONAL.finditer(text):
            before = text[max(0, match.start() - 2) : match.start()]
            digits = re.sub(r"\D", "", match.group(0))
            if "+" not in before and not match.group(0).startswith("00") and 8 <= len(digits) <= 12:
                numbers.append(match.group(0).strip())
    return numbers


def _validity_evidence(numbers: list[str], regions: Sequence[str]) -> list[Evidence]:
    found: list[Evidence] = []
    if not numbers:
        return found
    for region in regions:
        valid = [number for number in numbers if _valid_in(number, region)]
        if valid:
            share = len(valid) / len(numbers)
            found.append(Evidence(region, "numbers valid there", valid[0], round(VALID_NUMBERS_WEIGHT * share, 3)))
    return found


def _valid_in(number: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


@once
def _language_identifier() -> object:
    """py3langid's model restricted to ``LANGUAGE_REGIONS``, loaded once per process (its byte automaton,
    39 MB, and those languages' weights, 1.4 MB): the prebuilt one shipped with the package (``langid_store``)
    when it matches what is installed, else py3langid's own model restricted live."""
    running = langid_store.langid_stamp(list(LANGUAGE_REGIONS))
    shipped = langid_store.load(running)
    return shipped if shipped is not None else langid_store.restricted_identifier(list(LANGUAGE_REGIONS))


def language_of(texts: Sequence[str]) -> tuple[str, float] | None:
    """The language of the card's words (contacts and digits left out), if they are enough to say."""
    words = [
        word for text in texts for word in re.findall(r"[^\W\d_]{2,}", re.sub(r"\S*[@/]\S*|\bwww\.\S+", " ", text))
    ]
    if sum(len(word) for word in words) < LANGUAGE_MIN_LETTERS:
        return None
    language, probability = _language_identifier().classify(" ".join(words))  # type: ignore[attr-defined]
    if probability < LANGUAGE_MIN_PROBABILITY:
        return None
    return str(language), float(probability)


def _language_evidence(texts: Sequence[str]) -> list[Evidence]:
    found = language_of(texts)
    if found is None:
        return []
    language, _ = found
    return [Evidence(region, "language", language, weight) for region, weight in LANGUAGE_REGIONS[language]]


def gather_evidence(texts: Sequence[str]) -> list[Evidence]:
    """Every clue the card's text gives, language excepted (see ``decide_region``)."""
    return [
        *prefix_evidence(texts),
        *postcode_evidence(texts),
        *street_evidence(texts),
        *country_name_evidence(texts),
        *tld_evidence(texts),
        *number_shape_evidence(texts),
    ]


def _scores(evidence: list[Evidence]) -> dict[str, float]:
    by_region: dict[str, list[float]] = {}
    for item in evidence:
        by_region.setdefault(item.region, []).append(item.weight)
    return {region: _combine(weights) for region, weights in by_region.items()}


def decide_region(texts: Sequence[str], default: str) -> RegionDecision:
    """The card's country from its lines' texts; ``default`` (the user's country) when they say nothing."""
    default = default.upper()
    evidence = gather_evidence(texts)
    scores = _scores(evidence)
    if max(scores.values(), default=0.0) < LANGUAGE_NEEDED_BELOW:
        evidence += _language_evidence(texts)
    candidates = list(dict.fromkeys([*(item.region for item in evidence), default]))
    evidence += _validity_evidence(_national_numbers(texts), candidates)
    scores = _scores(evidence)
    if not scores:
        return RegionDecision(default, DEFAULT_PRIOR, "default")
    with_prior = dict(scores)
    with_prior[default] = _combine([scores.get(default, 0.0), DEFAULT_PRIOR])
    ranked = sorted(with_prior, key=lambda region: with_prior[region], reverse=True)
    best = ranked[0]
    own = tuple(item for item in evidence if item.region == best)
    if not own or own_only_validity(own):
        # Numbers that happen to be valid in the default region are no sign of another country: the card
        # itself named none.
        return RegionDecision(default, DEFAULT_PRIOR, "default", own, tuple(r for r in ranked if r != default))
    others = tuple(region for region in ranked[1:] if region in scores)
    return RegionDecision(best, round(scores[best], 3), "card", own, others)


def own_only_validity(evidence: tuple[Evidence, ...]) -> bool:
    """Only "numbers valid there": the numbers fit, but nothing on the card names the country."""
    return all(item.kind == "numbers valid there" for item in evidence)
