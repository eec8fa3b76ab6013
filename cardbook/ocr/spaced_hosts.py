"""A host OCR read with a space inside it ("www.tra pliver.pl"), joined when the card prints it whole elsewhere.

Small or light contact type is read with a space where the letters' gap is wide; inside a host the space cuts
the address, and the finders keep its tail ("pliver.pl"). The join needs the card's own evidence: the two
parts written together are the host of another of the card's e-mails or websites ("juliusz@trapliver.pl").
Nothing is joined on the host's look alone (a word before an address is as often a label or a name).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from cardbook.ocr.fields import CardLine
from cardbook.ocr.host_evidence import hosts_per_line

# A host's part after "www.", "://" or "@", a space, then the rest of the host up to its top-level domain.
_SPACED = re.compile(r"(?<=[.@/])([a-z0-9\-]+) ([a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,})\b", re.IGNORECASE)
# Both dots of a website read as spaces ("www host com", light type at 200 dpi): "www", the host's label, its
# top-level domain.
_SPACED_DOTS = re.compile(r"(?<![\w.])www ([a-z0-9\-]+) ([a-z]{2,3})\b", re.IGNORECASE)


def joined_spaced_hosts(lines: Sequence[CardLine]) -> list[CardLine]:
    """``lines`` with each host cut by a space joined, where another line prints the joined host."""
    line_hosts = hosts_per_line(lines)  # once: each line is compared with every other's
    result = list(lines)
    for position, line in enumerate(lines):
        if " " not in line.text or ("." not in line.text and "www " not in line.text.lower()):
            continue  # a host cut by a space keeps a dot, unless both were read as spaces after "www"
        others = {host for index, hosts in enumerate(line_hosts) if index != position for host in hosts}
        if not others:
            continue
        text = _SPACED.sub(functools.partial(_joined, known=others), line.text)
        text = _SPACED_DOTS.sub(functools.partial(_dotted, known=others), text)
        if text != line.text:
            result[position] = dataclasses.replace(line, text=text)
    return result


def _joined(match: re.Match[str], known: set[str]) -> str:
    whole = f"{match.group(1)}{match.group(2)}"
    return whole if whole.lower() in known else match.group(0)


def _dotted(match: re.Match[str], known: set[str]) -> str:
    host = f"{match.group(1)}.{match.group(2)}"
    return f"www.{host}" if host.lower() in known else match.group(0)
