"""An e-mail's free-mail host read one letter wrong ("notmail.com", "gmall.com", "yanoo.com"), written as the
provider's: ``parse_domains.MAJOR_WEBMAIL`` holds the providers small businesses print most, and a label one letter
from one of them is that provider misread, never a firm's own name (``parse_domains.webmail_misread``, which
until now only kept such a host out of the firm's domains; the address itself stayed wrong: issue 10, session
18, one of the fresh photo proxy's tune e-mail misses). Only a label one letter from exactly one provider is
mended; the suffix stays as read.

``webmail_dots``: a major provider's host with a space read for its dot ("@gmail com") is written with it: these
providers' addresses end ".com" (``restore_lost_dots`` needs the card's evidence for other hosts' suffixes).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from cardbook.ocr.fields import CardLine
from cardbook.ocr.parse_contacts import find_emails, repair_contact_text
from cardbook.ocr.parse_domains import MAJOR_WEBMAIL, webmail_misread

# "@gmail com": a provider's host, a space read for the dot, then "com" ending the address.
_PROVIDER_SPACE_COM = re.compile(rf"(?<=@)({'|'.join(MAJOR_WEBMAIL)})\s+(com)(?![\w.@])", re.IGNORECASE)


def webmail_dots(lines: Sequence[CardLine]) -> list[CardLine]:
    """``lines`` with each "@<provider> com" written "@<provider>.com"."""
    result: list[CardLine] = []
    for line in lines:
        mended = _PROVIDER_SPACE_COM.sub(r"\1.\2", line.text) if "@" in line.text else line.text
        result.append(dataclasses.replace(line, text=mended) if mended != line.text else line)
    return result


def _provider(label: str) -> str | None:
    """The one major free-mail provider ``label`` misreads by a letter, if exactly one."""
    if not webmail_misread(label):
        return None
    near = [host for host in MAJOR_WEBMAIL if Levenshtein.distance(label, host) == 1]
    return near[0] if len(near) == 1 else None


def with_webmail_hosts(lines: Sequence[CardLine]) -> list[CardLine]:
    """``lines`` with each e-mail whose host's first label misreads a major free-mail provider by one letter
    written with the provider's label."""
    result: list[CardLine] = []
    for line in lines:
        text = repair_contact_text(line.text) if "@" in line.text else ""
        mended = text
        for found in find_emails(text) if text else ():
            host = found.value.partition("@")[2]
            label = host.split(".", 1)[0].lower()
            provider = _provider(label)
            if provider is not None:
                mended = re.sub(rf"(?<=@){re.escape(host.split('.', 1)[0])}(?=\.)", provider, mended, count=1)
        result.append(dataclasses.replace(line, text=mended) if mended != text else line)
    return result
