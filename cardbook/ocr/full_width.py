"""Full-width letters, digits and signs made plain, as soon as RapidOCR reads them.

RapidOCR's recognition model carries a Chinese character set. That set holds the full-width forms of ASCII
(U+FF01-U+FF5E, "ＲＥ", "１２", "："), so a Latin letter it is unsure of is sometimes given its full-width twin.
A card in the languages this reader handles never prints them, while every later step (the parser's patterns,
the names data, the scoring and what the user edits) compares plain letters. They were first made plain in the
company alone (``firm_spelled_rows``, docs/measuring/names-and-firms.md); ``rapid_engine`` now does it for
every word it returns.
"""

from __future__ import annotations

# The full-width forms of ASCII (U+FF01-U+FF5E) and the ideographic space, as their plain characters.
_FULL_WIDTH = {0xFF01 + offset: 0x21 + offset for offset in range(0x5E)} | {0x3000: 0x20}


def plain_width(text: str) -> str:
    """``text`` with full-width letters, digits and signs made plain ("ＭＡＲ" → "MAR")."""
    return text.translate(_FULL_WIDTH)
