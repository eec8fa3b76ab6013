"""A web or e-mail address printed across two lines, joined back before the lines are parsed.

A long address wraps on a narrow card after a hyphen or a dot ("www.valedosol-" over
"turismo.com.br"): read line by line, the first piece is no address and the second a wrong one. The
two lines are joined only when the first line ends with a piece of an address (it holds a dot, "www",
a scheme or an "@" and ends with "-" or ".") and the piece and the next line's first word make one
address whole, nothing of the word left over. An icon printed before the second line may be read as
a mark or two ("> design"); it is dropped with the join.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from cardbook.ocr.fields import CardLine
from cardbook.ocr.parse_contacts import find_emails, find_websites, repair_contact_text

# The end of a line that is the first piece of an address: "www.valedosol-", "hello@casa-", "x.com."
_HEAD = re.compile(r"(?:^|\s)(?P<piece>(?:https?://)?[\w.+\-']*(?:[.@]|www)[\w.+\-'@]*[.\-])$", re.IGNORECASE)
# The start of the next line: an icon's marks (no letters or digits), then the address's rest.
_TAIL = re.compile(r"^\s*(?:[^\w\s]{1,2}\s+){0,2}(?P<rest>[\w][\w.\-/]*)(?P<after>.*)$")


def _whole(address: str) -> bool:
    """Whether ``address`` reads as one e-mail or website, every character of it."""
    found = find_emails(address) if "@" in address else find_websites(address)
    return len(found) == 1 and found[0].start == 0 and found[0].end >= len(address.rstrip(".,;"))


def join_split_addresses(lines: Sequence[CardLine]) -> list[CardLine]:
    """``lines`` with each address cut across two lines written whole on the first; the second keeps
    what follows the address's rest, and is left out when nothing does."""
    result = list(lines)
    position = 0
    while position < len(result) - 1:
        first, second = result[position], result[position + 1]
        head = _HEAD.search(repair_contact_text(first.text).rstrip())
        tail = _TAIL.match(second.text)
        if head is not None and tail is not None:
            piece = head.group("piece")
            joined = piece + tail.group("rest")
            if not _whole(piece) and _whole(joined):
                after = tail.group("after").strip()
                result[position] = dataclasses.replace(first, text=first.text.rstrip() + tail.group("rest"))
                if after:
                    result[position + 1] = dataclasses.replace(second, text=after)
                else:
                    del result[position + 1]
        position += 1
    return result
