"""Hosts of e-mails and websites mended from the card's other contacts, before the lines are parsed.

Small contact type loses what holds an address together: the dot before the top-level domain ("name@host fi",
"www.host pl"), the dot between a host's words ("linkedin com/in/…") or one letter of the host ("iohnsonbailey"
beside "johnsonbailey"). The finders then keep a wrong address or none. Nothing here is guessed from the
address alone; each repair needs the card's own evidence:

- ``restore_lost_dots``: a space read for the dot before a top-level domain is written back as a dot only when
  the card shows that domain elsewhere: another e-mail or website ending with it (".fi", ".co.uk"), or the
  country of a phone number ("+358": Finland, ".fi"), or the same suffix read apart after two of the card's
  addresses (``repeated_spaced_suffixes``). A social network's host read with a space for its dot
  ("linkedin com/in/…") is written whole when the words joined are that host and a path follows.
- ``at_sign_from_host``: an "@" read as "e" ("E jan_smithesummit.com"): a word with no "@" that ends with "e"
  and another address's host of the card, before it a local part the card's name lines spell, is that e-mail.
- ``agree_hosts``: two addresses' main labels one letter apart (changed, lost or added) are one host read
  twice; the one a line of the card spells (the firm's name, read in larger type), or else the one two other
  addresses print, is written for the other.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Sequence

import phonenumbers

from cardbook.ocr.fields import CardLine
from cardbook.ocr.lexicon import words_of
from cardbook.ocr.mail_names import card_words, spelled_local
from cardbook.ocr.parse_contacts import (
    ALL_TLDS,
    SOCIAL_HOSTS,
    find_emails,
    find_websites,
    main_domain_label,
    repair_contact_text,
)
from cardbook.ocr.repeated_spaced_suffixes import repeated_suffixes

# A country calling code is read from a phone written with "+" and one to three digits.
_CALLING_CODE = re.compile(r"(?<![\w+])\+\s?(\d{1,3})(?=[\s\-.(/]|\d)")
# The United Kingdom's region code is GB, its top-level domain .uk.
_TLD_OF_REGION = {"gb": "uk"}
# Where an e-mail's or a website's host ends and a space read for a dot leaves the top-level domain apart:
# "x@host fi", "www.host pl", "wwwhost fi", "x@host co.uk". Only at the end of the address (line end, a space,
# a "/" path or punctuation after it).
_HOST_THEN_SPACE = re.compile(
    r"(?P<host>(?:[\w.+\-']*\w@|(?<![\w.])(?:https?://)?www\.?)[a-z0-9][a-z0-9\-.]*[a-z0-9])"
    r" (?P<suffix>[a-z]{2,3}(?:\.[a-z]{2,3})?)(?=$|[\s/,;)])",
    re.IGNORECASE,
)
# A social network's host read with a space for its dot, a path after it: "linkedin com/in/x".
_SOCIAL_SPLIT = re.compile(r"(?<![\w.])(?P<name>[a-z]{2,12}) (?P<suffix>[a-z]{2,3})(?=/)", re.IGNORECASE)
# Two hosts are one read twice when their main labels differ by this many letters at most, and are this long:
# a short label differs from another short one by a letter by chance.
MAX_HOST_DIFFERENCES = 1
MIN_AGREED_HOST = 6
# Without a line that spells the host, the addresses vote: a host two addresses print against one that only
# one prints (OCR seldom misreads the same letter twice).
MIN_AGREEING_ADDRESSES = 2


# The finders' patterns are costly and each repair here asks a line's hosts again: a card's few lines are kept.
_HOSTS_KEPT = 64


@functools.lru_cache(maxsize=_HOSTS_KEPT)
def hosts_in(text: str) -> tuple[str, ...]:
    """The hosts of the e-mails and websites ``text`` (repaired contact text) holds."""
    if "." not in text:  # no address without a dot
        return ()
    hosts = [found.value.partition("@")[2] for found in find_emails(text)]
    return (*hosts, *(found.value.split("/")[0] for found in find_websites(text)))


def phone_tlds(texts: Sequence[str]) -> set[str]:
    """The country top-level domains of the calling codes the card's phones print ("+358" → "fi")."""
    tlds: set[str] = set()
    for text in texts:
        for match in _CALLING_CODE.finditer(text):
            digits = match.group(1)
            # "+4930…": the code is the shortest prefix that names a country.
            for size in range(1, len(digits) + 1):
                region = phonenumbers.region_code_for_country_code(int(digits[:size]))
                if region and region != "ZZ":
                    tlds.add(_TLD_OF_REGION.get(region.lower(), region.lower()))
                    break
    return tlds


def _contact_suffixes(texts: Sequence[str]) -> set[str]:
    """The suffixes the card's e-mails and websites end with, one and two labels: "uk" and "co.uk"."""
    suffixes: set[str] = set()
    for text in texts:
        if "." not in text:
            continue
        for host in hosts_in(text):
            labels = host.lower().split(".")
            suffixes.update(".".join(labels[-size:]) for size in (1, 2) if len(labels) > size)
    return suffixes


def restore_lost_dots(lines: Sequence[CardLine]) -> list[CardLine]:
    """``lines`` with the dot before an address's top-level domain written back where the card shows that
    domain elsewhere (see the module's docstring)."""
    texts = [repair_contact_text(line.text) for line in lines]
    if not any(_HOST_THEN_SPACE.search(text) or _SOCIAL_SPLIT.search(text) for text in texts):
        return list(lines)
    # the card's other addresses, its phones' countries, the same suffix read apart twice (``repeated_spaced_suffixes``)
    evidence = _contact_suffixes(texts) | phone_tlds(texts) | repeated_suffixes(texts, _HOST_THEN_SPACE)

    def dotted(match: re.Match[str]) -> str:
        suffix = match.group("suffix").lower()
        if suffix.split(".")[-1] not in ALL_TLDS or suffix not in evidence:
            return match.group(0)
        bare = re.sub(r"^.*@|^(?:https?://)?www\.?", "", match.group("host"), flags=re.IGNORECASE)
        if "." in bare and bare.rsplit(".", 1)[1].lower() in ALL_TLDS:  # a whole address, a word after it
            return match.group(0)
        return f"{match.group('host')}.{match.group('suffix')}"

    def social(match: re.Match[str]) -> str:
        host = f"{match.group('name')}.{match.group('suffix')}".lower()
        return host if host in SOCIAL_HOSTS else match.group(0)

    result: list[CardLine] = []
    for line, text in zip(lines, texts, strict=True):
        mended = _SOCIAL_SPLIT.sub(social, _HOST_THEN_SPACE.sub(dotted, text))
        result.append(dataclasses.replace(line, text=mended) if mended != text else line)
    return result


def one_edit(first: str, second: str) -> bool:
    """Whether ``second`` is ``first`` with at most one letter changed, lost or added."""
    if abs(len(first) - len(second)) > MAX_HOST_DIFFERENCES:
        return False
    if len(first) == len(second):
        return sum(a != b for a, b in zip(first, second, strict=True)) <= MAX_HOST_DIFFERENCES
    short, long_ = sorted((first, second), key=len)
    return any(long_[:cut] + long_[cut + 1 :] == short for cut in range(len(long_)))


def _line_spellings(lines: Sequence[CardLine]) -> set[str]:
    """The card's lines without an address, their words squashed from the start ("johnson", "johnsonbailey")."""
    spellings: set[str] = set()
    for line in lines:
        if "@" in line.text or "www" in line.text.lower() or re.search(r"\w\.\w", line.text):
            continue
        tokens = words_of(line.text)
        spellings |= {"".join(tokens[:size]) for size in range(1, len(tokens) + 1)}
    return spellings


def agree_hosts(lines: Sequence[CardLine]) -> list[CardLine]:
    """``lines`` with an e-mail's or a website's main label one letter away from another address's label on
    the card written as that one, when the other is the better evidence: a line of the card spells it and
    not this one, or two addresses or more print it and this one only one."""
    labels: dict[int, list[str]] = {}
    for line in lines:
        found = [main_domain_label(host) for host in hosts_in(repair_contact_text(line.text))]
        if found:
            labels[line.index] = found
    counts = Counter(label for found in labels.values() for label in found if len(label) >= MIN_AGREED_HOST)
    if len(counts) < 2:
        return list(lines)
    spellings = _line_spellings(lines)

    def spelled(label: str) -> bool:
        return label.replace("-", "") in spellings

    def better(other: str, label: str) -> bool:
        if spelled(label):
            return False
        return spelled(other) or (counts[other] >= MIN_AGREEING_ADDRESSES and counts[label] == 1)

    result = list(lines)
    for position, line in enumerate(result):
        for label in dict.fromkeys(labels.get(line.index, ())):
            if label not in counts:
                continue
            meant = [other for other in counts if other != label and better(other, label) and one_edit(label, other)]
            if len(meant) != 1:
                continue
            text = re.sub(
                rf"(?<![\w\-]){re.escape(label)}(?=\.)",
                meant[0],
                repair_contact_text(result[position].text),
                flags=re.I,
            )
            result[position] = dataclasses.replace(line, text=text)
    return result


# What OCR reads for a small "@": an "e" (its round body without the tail).
_AT_READ_AS = "e"


def hosts_per_line(lines: Sequence[CardLine]) -> list[set[str]]:
    """Each line's hosts of e-mails and websites (``hosts_in``), lower case, without "www.": what another line
    is compared with."""
    return [
        {re.sub(r"^www\d?\.", "", host.lower()) for host in hosts_in(repair_contact_text(line.text))} for line in lines
    ]


def at_sign_from_host(lines: Sequence[CardLine]) -> list[CardLine]:
    """``lines`` with an e-mail whose "@" was read as "e" written with it, when the rest after the "e" is the
    host of another address on the card and the part before it is spelled by the card's name lines (see the
    module's docstring)."""
    hosts = {
        host for hosts in hosts_per_line(lines) for host in hosts if len(main_domain_label(host)) >= MIN_AGREED_HOST
    }
    if not hosts:
        return list(lines)
    words = card_words([line.text for line in lines])
    result: list[CardLine] = []
    for line in lines:
        text = line.text
        if "@" not in text:
            for token in text.split():
                for host in hosts:
                    local = token[: -len(host) - 1]
                    if token.lower().endswith(_AT_READ_AS + host) and local and spelled_local(local, words):
                        text = text.replace(token, f"{local}@{token[len(local) + 1 :]}")
        result.append(dataclasses.replace(line, text=text) if text != line.text else line)
    return result
