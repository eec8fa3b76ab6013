"""An address whose country suffix the photo cut off at the line's end ("contato@loja.com." or "loja.com.b" on
a Brazilian card), written whole from the card's country.

Phone photos crop a card's edge or lose its last letters in shadow; an e-mail or website printed last on its
line then ends ".com." or ".com.b" and the finders keep "…com", a wrong address (issue 10, session 18: two of
the fresh photo proxy's tune e-mail misses). A dot or a suffix's first letter left after ".com" at the very end
of a line is no sentence's full stop on a card: something was cut there. When the card's own lines name its
country (``region.decide_region``, from the card) and that country's firms register under ".com.<country>",
that suffix is written. A free-mail host ("gmail.com.") is left alone: it has no country suffix.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from cardbook.ocr.fields import CardLine
from cardbook.ocr.lexicon import WEBMAIL_HOSTS, fold
from cardbook.ocr.region import RegionDecision

# Countries whose firms register their domains under ".com.<suffix>" rather than the bare country code (the
# registries' own second-level domains: registro.br, nic.ar, nic.mx, auDA): the country → its suffix.
COMMERCIAL_SUFFIXES = {"BR": "br", "AR": "ar", "MX": "mx", "AU": "au"}

# An e-mail or a website ending ".com" then a dot and at most one more letter, at the end of the line.
_CUT_AT_END = re.compile(
    r"(?P<address>(?:[\w.+\-]+@|www\.)(?P<host>[\w\-]+(?:\.[\w\-]+)*)\.com)\.(?P<left>[a-z]?)\s*$", re.IGNORECASE
)


def with_country_suffix(lines: Sequence[CardLine], decision: RegionDecision) -> list[CardLine]:
    """``lines`` with each address cut after ".com." at a line's end given the card's country suffix."""
    suffix = COMMERCIAL_SUFFIXES.get(decision.region) if decision.from_card else None
    if suffix is None:
        return list(lines)
    result: list[CardLine] = []
    for line in lines:
        match = _CUT_AT_END.search(line.text) if ".com." in line.text.lower() else None
        if (
            match is None
            or not suffix.startswith(match.group("left").lower())
            or fold(match.group("host").rsplit(".", 1)[-1]) in WEBMAIL_HOSTS
        ):
            result.append(line)
            continue
        text = f"{line.text[: match.start()]}{match.group('address')}.{suffix}"
        result.append(dataclasses.replace(line, text=text))
    return result
