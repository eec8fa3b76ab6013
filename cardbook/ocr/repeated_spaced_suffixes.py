"""A top-level domain read apart from its host on two or more of the card's addresses: evidence of itself.

``host_evidence.restore_lost_dots`` writes back the dot OCR read as a space before a top-level domain ("office@
firm fr", "www.firm fr") only when the card shows that domain elsewhere: another address ending with it, or a
phone's calling code. Light or small contact type loses the same dot on every address of the card, and a
card's phones print no calling code at home ("05 83 58 17 55"): then nothing showed the domain, and all the
card's e-mails and its website were lost. The same suffix read apart after ``MIN_REPEATS`` different
addresses is no chance: a word after an address is rarely a top-level domain, and never the same one after
two of them. (``restore_lost_dots`` still asks that the suffix be a listed top-level domain, and that the
address before it has none.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

# Different addresses (host and suffix as read) the suffix must follow. Two: one address and a word after it is
# the case the evidence guards against; two addresses with the same word after them are the card's
# domain. Chosen, not tuned.
MIN_REPEATS = 2


def repeated_suffixes(texts: Sequence[str], host_then_space: re.Pattern[str]) -> set[str]:
    """The suffixes (lower case) ``host_then_space`` finds after ``MIN_REPEATS`` different addresses or more."""
    found = {
        (match.group("host").lower(), match.group("suffix").lower())
        for text in texts
        for match in host_then_space.finditer(text)
    }
    counts = Counter(suffix for _, suffix in found)
    return {suffix for suffix, count in counts.items() if count >= MIN_REPEATS}
