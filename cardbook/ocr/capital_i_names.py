"""A capital "I" opening a given name read as a small "l" ("lan", "lsabela", "lgor"), written back from the names
data when nothing else on the card spells it.

``mail_names.capital_i_from_mail`` mends such a word when the card's e-mail spells it with "I"; a shop's card
often prints no personal mailbox, and the name line then keeps a word with a small first letter that the name
picker never takes for a name (issue 10, session 18: the fresh photo proxy's tune seed lost a person and the
shop named after that person this way). On a line whose other words all open with a capital (a name's or a
firm's line in title case), a word opening with a small "l" whose spelling with "I" is a first name the data
lists commonly is that first name, even when the data lists the "l" spelling too ("Lan"): a name's capital "L"
has a foot OCR does not lose, while a sans-serif capital "I" and a small "l" are the same stroke.
"""

from __future__ import annotations

import re

from cardbook.ocr.lexicon import NAME_PARTICLES, fold
from cardbook.ocr.line_words import FUNCTION_WORDS
from cardbook.ocr.names_data import first_name_weight

# How common the "I" spelling must be somewhere in the names data (gender-guesser's 1-13 scale, 6 of 13): only
# names in everyday use, so that a rare listed word is not made of a small word the line really prints. Chosen,
# not tuned ("Ian", "Igor", "Isabel", "Ivan", "Ingrid" weigh 8-10 of 13).
MIN_I_NAME_WEIGHT = 6 / 13

# A word that opens with a small "l" and goes on in small letters.
_L_WORD = re.compile(r"(?<![\w@./])l[a-zà-ÿ]{2,}(?![\w@.])")


def _title_case_elsewhere(text: str, start: int, end: int) -> bool:
    """Every other word of the line opens with a capital, and there is at least one."""
    others = [word for word in (text[:start] + " " + text[end:]).split() if any(ch.isalpha() for ch in word)]
    return bool(others) and all(next(ch for ch in word if ch.isalpha()).isupper() for word in others)


def capital_i_from_names(text: str) -> str:
    """``text`` with a word read "l…" written "I…" when that spells a common first name, on a line whose other
    words open with capitals."""
    if "l" not in text:
        return text

    def mend(match: re.Match[str]) -> str:
        read = match.group(0)
        folded = fold(read)
        if folded in NAME_PARTICLES or folded in FUNCTION_WORDS:
            return read
        if first_name_weight("i" + folded[1:]) < MIN_I_NAME_WEIGHT:
            return read
        return "I" + read[1:] if _title_case_elsewhere(text, match.start(), match.end()) else read

    return _L_WORD.sub(mend, text)
