"""A website's or mailbox's host read with a few wrong letters, written as the firm's name line spells it.

A small-business card prints its site in the body type under a firm's name set large; a phone photo reads the
small type with letters swapped ("casadakuz" under "Casa da" / "LUZ", "harborautbcare" under "Harbor Auto Care":
issue 10, session 18, three of the fresh photo proxy's eight website misses on its tune seeds).
``web_lines.agree_with_lines`` mends the known confusions of small type
("1"/"l", "rn"/"m") only, ``host_evidence.agree_hosts`` one letter between two addresses; here the firm's
line itself is the evidence: a host label as long as the line's words run together (or two neighbouring
lines', for a trade name in two sizes) and differing in a few letters only is that line's spelling.

A label the card prints in two addresses (its e-mail's and its website's) is kept: the firm's line is then
the misread one. Only substitutions count (the same number of letters): a lost or added letter changes which
words the label may spell, and ``agree_hosts`` handles one already. The line must be the only one that matches.

A shop's mailbox at a free-mail host is its name run together, read in the same small type: a local part of
letters only is mended the same way from one line (``locals_from_firm_lines``); not at a firm's own host, whose
people's mailboxes ("<initial><family name>") a logo's letter over the family name's line would spell (a scan
guard lost one so in a first version).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from cardbook.ocr.fields import CardLine
from cardbook.ocr.host_evidence import hosts_in
from cardbook.ocr.lexicon import WEBMAIL_HOSTS, words_of
from cardbook.ocr.parse_contacts import SOCIAL_HOSTS, find_emails, main_domain_label, repair_contact_text

# One wrong letter is allowed per this many letters of the label: two lines' words match a label of 8 to 15
# letters in one letter by chance almost never, and a label of 16 or more in two. Chosen, not tuned: the tune
# seeds' misread hosts (8-19 letters) held one or two wrong letters; no host of the scan caches moved with it.
LETTERS_PER_WRONG_LETTER = 8
# A label printed by this many addresses is trusted over the card's lines.
TWICE_PRINTED = 2
# Shorter labels are not mended: short words differ from many lines' words in one letter ("luz", "lux").
MIN_MENDED_LETTERS = 8


def _squashed_prefixes(tokens: list[str]) -> set[str]:
    return {"".join(tokens[:size]) for size in range(1, len(tokens) + 1)}


def _plain_words(lines: Sequence[CardLine]) -> list[list[str]]:
    """The words of each line holding no address."""
    return [
        words_of(line.text)
        for line in lines
        if not ("@" in line.text or "www" in line.text.lower() or re.search(r"\w\.\w", line.text))
    ]


def _line_spellings(lines: Sequence[CardLine]) -> set[str]:
    """The words of each line holding no address, run together from its start."""
    return {spelling for tokens in _plain_words(lines) for spelling in _squashed_prefixes(tokens)}


def _firm_spellings(lines: Sequence[CardLine]) -> set[str]:
    """The words of each line holding no address, run together from its start, and those of a line followed by
    the next one's ("salao" + "luz": a trade name in two sizes)."""
    plain = _plain_words(lines)
    spellings: set[str] = set()
    for position, tokens in enumerate(plain):
        spellings |= _squashed_prefixes(tokens)
        if position + 1 < len(plain) and tokens:
            spellings |= {"".join(tokens) + rest for rest in _squashed_prefixes(plain[position + 1])}
    return spellings


def _wrong_letters(first: str, second: str) -> int:
    return sum(a != b for a, b in zip(first, second, strict=True))


def _meant(label: str, spellings: set[str]) -> str | None:
    """The one spelling of the card's lines ``label`` misreads in a few letters, if exactly one."""
    if len(label) < MIN_MENDED_LETTERS or not label.isalpha() or label in spellings:
        return None
    allowed = len(label) // LETTERS_PER_WRONG_LETTER
    close = {word for word in spellings if len(word) == len(label) and _wrong_letters(word, label) <= allowed}
    return close.pop() if len(close) == 1 else None


def hosts_from_firm_lines(lines: Sequence[CardLine]) -> list[CardLine]:
    """``lines`` with each e-mail's and website's own host label (no free-mail or social host) that a line of
    the card spells but for a few letters written as that line spells it."""
    hosts = {line.index: hosts_in(repair_contact_text(line.text)) for line in lines if "." in line.text}
    shared = WEBMAIL_HOSTS | {main_domain_label(host) for host in SOCIAL_HOSTS}  # no firm's own host
    labels = {
        index: [label for host in found if (label := main_domain_label(host)) and label not in shared]
        for index, found in hosts.items()
    }
    # A label two addresses print is read right twice (OCR seldom misreads the same letters twice): then it is
    # the firm's line that was misread ("lronPoint" over "ironpoint.pl" and "anna@ironpoint.pl").
    printed = Counter(label for found in labels.values() for label in found)
    labels = {index: [label for label in found if printed[label] < TWICE_PRINTED] for index, found in labels.items()}
    if not any(labels.values()):
        return list(lines)
    spellings = _firm_spellings(lines)
    result = list(lines)
    for position, line in enumerate(result):
        for label in dict.fromkeys(labels.get(line.index, ())):
            meant = _meant(label, spellings)
            if meant is None:
                continue
            text = re.sub(
                rf"(?<![\w\-]){re.escape(label)}(?=\.)", meant, repair_contact_text(result[position].text), flags=re.I
            )
            result[position] = dataclasses.replace(result[position], text=text)
    return result


def locals_from_firm_lines(lines: Sequence[CardLine]) -> list[CardLine]:
    """``lines`` with each free-mail mailbox's local part of letters only that one line of the card spells but for
    a few letters written as that line spells it: a shop's mailbox at a free-mail host is its name run together
    ("<shop name>@gmail.com"), read in the same small type as its host. A firm's own host holds people's mailboxes
    ("<initial><family name>@"), which a logo's letter before the family name's line would spell: left alone."""
    spellings: set[str] | None = None
    result = list(lines)
    for position, line in enumerate(result):
        text = repair_contact_text(line.text) if "@" in line.text else ""
        for found in find_emails(text) if text else ():
            local, _, host = found.value.partition("@")
            if not local.isalpha() or main_domain_label(host) not in WEBMAIL_HOSTS:
                continue
            spellings = _line_spellings(lines) if spellings is None else spellings
            meant = _meant(local.lower(), spellings)
            if meant is not None:
                text = re.sub(rf"(?<![\w.\-+]){re.escape(local)}(?=@)", meant, text, count=1)
                result[position] = dataclasses.replace(result[position], text=text)
    return result
