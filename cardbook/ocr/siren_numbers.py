"""A French firm's SIREN read as a phone number: the fine print's nine digits ("RCS Lyon 512 345 678") when OCR
parted them from their "RCS" label (a line of its own, a tiny box) or printed them alone.

The card says which digits are the SIREN wherever it prints its intra-community VAT number: "FR", a two-digit
key, then the SIREN itself ("TVA intracom. FR 16 512345678"). A phone found with those nine digits (or a SIRET,
the SIREN and five more) is the registration: no phone number shares them by chance. The key is not checked:
the match of nine digits is the evidence, and OCR misreads a key digit as often as any other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# "FR 16 512345678", "FR16512345678", "FR 16 512 345 678": the VAT number's key and SIREN.
_FRENCH_VAT = re.compile(r"\bFR\s?\d{2}\s?((?:\d\s?){8}\d)\b")
# A SIRET is the SIREN and the establishment's five digits.
SIRET_EXTRA_DIGITS = 5


def vat_sirens(texts: Iterable[str]) -> frozenset[str]:
    """The SIRENs the card's French VAT numbers hold (nine digits each)."""
    return frozenset(re.sub(r"\D", "", found.group(1)) for text in texts for found in _FRENCH_VAT.finditer(text))


def is_registration_number(number: str, sirens: frozenset[str]) -> bool:
    """The number's digits are a SIREN of the card, or a SIRET built on one."""
    digits = re.sub(r"\D", "", number)
    return any(
        digits == siren or (digits.startswith(siren) and len(digits) == len(siren) + SIRET_EXTRA_DIGITS)
        for siren in sirens
    )
