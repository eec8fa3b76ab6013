"""A mailbox whose public suffix OCR cut short (".co" of ".co.uk" or of ".com"), completed from the card's
other address with the same host.

The mailbox is a card's longest contact line and often its smallest print: its last letters are lost at a
line's end in faint type, or the last label is read apart ("x@firm.co uk": ``host_evidence`` takes a word after a
whole address for no suffix, rightly). What is left still ends in a real top-level domain (".co" is Colombia's),
so ``mailbox_hosts.lost_suffix`` (no suffix at all) and ``suffix_from_card`` (one letter changed) leave it.
The card's website or other mailbox prints the same host with a longer suffix that begins with the one read
(".co.uk", ".com"): the mailbox's is that one cut. The suffix read must be a listed top-level domain itself (a
".c" left by a cut is no suffix, and the other address may be misread as well: ".cc"), and exactly one such
longer suffix printed; a different suffix that does not begin so (a ".de" mailbox, a ".com" site) is a firm's
second domain, and stays.
"""

from __future__ import annotations

import re

from cardbook.ocr.web_suffixes import split_suffix, top_level_domains

# A mailbox at the end of its address: the line's end, a space or punctuation after it (not a dot or a letter).
_MAILBOX_END = re.compile(r"(?P<mail>[\w.+\-']*\w@(?P<host>[a-z0-9\-]+(?:\.[a-z0-9\-]+)+))(?=$|[\s,;)|])", re.I)


def completed_suffix(text: str, others: set[str]) -> str:
    """``text`` with a mailbox's suffix completed from ``others`` (the card's other hosts), see the docstring."""

    def completed(match: re.Match[str]) -> str:
        name, suffix = split_suffix(match.group("host"))
        longer = {
            other_suffix
            for other_name, other_suffix in map(split_suffix, others)
            if other_name == name and other_suffix != suffix and other_suffix.startswith(suffix)
        }
        known = top_level_domains()
        if not name or len(longer) != 1 or (known and suffix.rsplit(".", 1)[-1] not in known):
            return match.group(0)  # a cut that is no suffix at all (".c") is no suffix read: nothing to complete
        return f"{match.group('mail')[: len(match.group('mail')) - len(suffix)]}{longer.pop()}"

    return _MAILBOX_END.sub(completed, text) if "@" in text else text
