"""A website cut after its host's dot on a "Web" line ("Web example." ), written whole from the card's e-mail.

Its suffix lost at the card's edge or in shadow, a website printed after a "Web" label is no address the finder
takes ("example." ends with a dot and no suffix), and the card shows no website at all (issue 10, session 18: one
of the tune caches' website misses). When an e-mail of the card prints a domain that starts with that piece
("ana@example.fr"), and only one does, the piece is that domain: a firm's site and mailbox share the host.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from cardbook.ocr.fields import CardLine
from cardbook.ocr.parse_contacts import find_emails, repair_contact_text

# A label announcing the site, then one host piece ending with its dot, nothing after.
_CUT_WEB_LINE = re.compile(
    r"^(?P<label>\W*(?:web|site|website|internet|url|w)\W*\s+)(?P<piece>[a-z0-9][\w\-]*\.)\s*$", re.IGNORECASE
)
# A piece this short ("ab.") starts many domains by chance.
MIN_PIECE_LETTERS = 4


def with_cut_websites(lines: Sequence[CardLine]) -> list[CardLine]:
    """``lines`` with each "Web <host>." line completed with the one e-mail domain of the card it starts."""
    cut = {line.index: match for line in lines if (match := _CUT_WEB_LINE.match(line.text))}
    if not cut:
        return list(lines)
    domains = {
        found.value.partition("@")[2].lower()
        for line in lines
        if "@" in line.text
        for found in find_emails(repair_contact_text(line.text))
    }
    result: list[CardLine] = []
    for line in lines:
        match = cut.get(line.index)
        piece = match.group("piece").lower() if match else ""
        whole = [domain for domain in domains if domain.startswith(piece)] if len(piece) > MIN_PIECE_LETTERS else []
        if match is None or len(whole) != 1:
            result.append(line)
            continue
        result.append(dataclasses.replace(line, text=match.group("label") + whole[0]))
    return result
