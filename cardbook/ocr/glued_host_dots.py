"""An e-mail whose host lost its last dot with no space in its place ("devis@vidalfr"), written back whole where
the card prints that host elsewhere ("www.vidal.fr").

Small type on photos loses the dot before the top-level domain. ``host_evidence.restore_lost_dots`` mends it
when OCR left a space there ("name@host fr"); read with nothing in its place, the address has no dot at all and
no finder takes it: the e-mail is lost. Nothing is guessed from the address alone: the glued host must equal,
letter for letter, a host (dots left out) that another e-mail or the website of the same card prints.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from cardbook.ocr.fields import CardLine
from cardbook.ocr.host_evidence import hosts_in
from cardbook.ocr.parse_contacts import repair_contact_text

# "local@host" and no dot after the "@": the host runs to the end of the word.
_DOTLESS_MAIL = re.compile(r"(?P<local>[\w.+'-]+)@(?P<host>[A-Za-z0-9-]{4,})(?![\w.@-])")


def _printed_hosts(texts: Sequence[str]) -> dict[str, str]:
    """The hosts the card's e-mails and websites print, by their letters without dots ("vidalfr": "vidal.fr")."""
    hosts: dict[str, str] = {}
    for text in texts:
        for host in hosts_in(text):
            host = re.sub(r"^(?:https?://)?www\d?\.", "", host, flags=re.I)
            if "." in host:
                hosts.setdefault(host.lower().replace(".", ""), host.lower())
    return hosts


def restore_glued_dots(lines: Sequence[CardLine]) -> list[CardLine]:
    """``lines`` with each dotless e-mail host another address of the card prints written with its dots."""
    texts = [repair_contact_text(line.text) for line in lines]
    if not any(_DOTLESS_MAIL.search(text) for text in texts):
        return list(lines)
    hosts = _printed_hosts(texts)
    if not hosts:
        return list(lines)

    def dotted(match: re.Match[str]) -> str:
        host = hosts.get(match.group("host").lower())
        return f"{match.group('local')}@{host}" if host else match.group(0)

    result: list[CardLine] = []
    for line, text in zip(lines, texts, strict=True):
        mended = _DOTLESS_MAIL.sub(dotted, text)
        result.append(dataclasses.replace(line, text=mended) if mended != text else line)
    return result
