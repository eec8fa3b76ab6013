"""Letters the engines read inside numbers, and the spaces they lose around numbers: written back from the
number's own shape, before the parser and the card's text see the line.

Both engines read a zero as "O" or "o" and a one as "l", "I" or "|" when a digit stands beside a round or a
straight stroke ("+34 612 34 O5 59", "WV o2002", "(l1) 3456-7890"): a phone then loses a digit, a postcode is no
postcode. And a narrow space after a calling code or a label is lost: "+1201-555-0123" for "+1 201-555-0123",
"T+1 …" for "T +1 …" (an icon or a one-letter label glued to the number), "CEP57351-167", "NY94504-9809". Each
rule below reads only the line's own shape, and none touches a word that is no number:

- ``digits_in_numbers`` (rule "letter in a number"): in a run of number tokens (whitespace-separated tokens
  made only of digits, the confusable letters and a number's punctuation) holding at least
  ``MIN_RUN_DIGITS`` real digits, a confusable letter that touches a digit is the digit. A token holding any
  other letter ("05A", "I-95", "GF50X35") is no number token and is left as read; a confusable letter away
  from every digit ("I-95") stays a letter;
- ``spaced_calling_code`` (rule "+1 glued"): "+1" followed at once by a North American number's 3-3-4 groups
  is the calling code and the number. Every calling code beginning with 1 is North America's (ITU E.164
  assignments), so "+1201…" can be read no other way;
- ``spaced_label`` (rule "label glued"): one to ``MAX_GLUED_LABEL`` letters glued before a "+" and a digit
  ("T+1", "M+351"), or capitals glued before a number of at least ``MIN_GLUED_NUMBER_DIGITS`` digits with a
  number's separators ("CEP57351-167", "CNPJ36.680.971/0001-86"), get their space back;
- ``letter_o_in_state`` (rule "0 in a state"): the reverse, a state's code read with a zero ("Denver, C0 80202",
  "Cidade/T0"): a capital and "0" standing alone, on a line that also holds a postcode's four digits or more,
  are the state whose code they spell with "O" (a US state or a Brazilian one, ``STATE_COUNTRIES``).
"""

from __future__ import annotations

import re
from functools import cache

from cardbook.ocr.postcodes import two_letter_subdivisions

# What the engines read for a digit: the round and the straight strokes ("O", "o" and "l" stood for digits in
# stranger_set's and smallbiz_set's misses; "I" is the same stroke in capitals). Not "|": one-line addresses
# print it between their parts ("6/6 | 46579"), glued or not.
_TO_DIGIT = {"O": "0", "o": "0", "I": "1", "l": "1"}
_CONFUSABLE = "".join(_TO_DIGIT)
# A number token: digits, the confusable letters and what numbers print between their groups (a phone's
# brackets, dashes, dots, slashes and plus, a trailing comma or semicolon before the next part).
_NUMBER_TOKEN = re.compile(rf"[+(]?[0-9{re.escape(_CONFUSABLE)}][0-9{re.escape(_CONFUSABLE)}().\-/]*[,;]?")
# A run of number tokens is a number only with this many real digits: a phone, a postcode of four or five
# digits or a house number beside one. Fewer ("Suite 2O", "l0") and the letters may be letters: set so that
# every Continental postcode (four digits at least) qualifies and no token of one or two characters alone does.
MIN_RUN_DIGITS = 4

# "+1" then a North American number: three, three and four digits with the groups' separators.
_GLUED_CALLING_CODE = re.compile(r"(?<![\w+])\+1(?=\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?!\d))")
# One to three letters glued before "+" and a digit: an icon read as a letter, or a short label ("T", "M", "Tel":
# ``MAX_GLUED_LABEL``). No word ends in a letter followed at once by a plus and a digit.
MAX_GLUED_LABEL = 3
# The number must not run into a word or an "@": "jan+1@host" is an e-mail's tag.
_LETTERS_BEFORE_PLUS = re.compile(rf"(?<![\w@.+])([^\W\d_]{{1,{MAX_GLUED_LABEL}}})(?=\+\d[\d().\-/ ]*(?![\w@]))")
# Capitals glued before a long number with a number's separators: "CEP57351-167", "NY94504-9809". At least
# ``MIN_GLUED_NUMBER_DIGITS`` digits: shorter codes that mix capitals and digits are product or unit names
# ("A4", "GF50X35", "B2B"), which print without a space.
MIN_GLUED_NUMBER_DIGITS = 5
_CAPITALS_BEFORE_NUMBER = re.compile(r"(?<![\w@.])([A-Z]{1,5})(?=\d[\d.\-/]*[.\-/]\d)")


def _digit_count(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _touching_digit(token: str) -> str:
    """``token`` with each confusable letter that touches a digit (directly or through other confusable
    letters that do) written as the digit."""
    chars = list(token)
    changed = True
    while changed:
        changed = False
        for i, ch in enumerate(chars):
            if ch not in _TO_DIGIT:
                continue
            # A lower-case "o" only before a digit: after one it is an ordinal read without its stroke ("1º").
            neighbours = chars[i + 1 : i + 2] if ch == "o" else chars[max(0, i - 1) : i] + chars[i + 1 : i + 2]
            if any(n.isdigit() for n in neighbours):
                chars[i] = _TO_DIGIT[ch]
                changed = True
    return "".join(chars)


def digits_in_numbers(text: str) -> str:
    """``text`` with the confusable letters of its number runs written as digits (rule "letter in a number")."""
    tokens = text.split(" ")
    out = list(tokens)
    run: list[int] = []

    def close() -> None:
        if sum(_digit_count(tokens[i]) for i in run) >= MIN_RUN_DIGITS:
            for i in run:
                out[i] = _touching_digit(tokens[i])
        run.clear()

    for i, token in enumerate(tokens):
        if token and _NUMBER_TOKEN.fullmatch(token) and _digit_count(token):
            run.append(i)
        else:
            close()
    close()
    return " ".join(out)


def spaced_calling_code(text: str) -> str:
    """``text`` with "+1" glued to a North American number spaced from it (rule "+1 glued")."""
    return _GLUED_CALLING_CODE.sub("+1 ", text)


def _spaced_capitals(match: re.Match[str]) -> str:
    number = re.match(r"[\d.\-/]+", match.string[match.end() :])
    if number is None or _digit_count(number.group()) < MIN_GLUED_NUMBER_DIGITS:
        return match.group()
    return match.group() + " "


def spaced_label(text: str) -> str:
    """``text`` with a label or an icon's letters glued before a number spaced from it (rule "label glued")."""
    text = _LETTERS_BEFORE_PLUS.sub(r"\1 ", text)
    return _CAPITALS_BEFORE_NUMBER.sub(_spaced_capitals, text)


def repaired_number_text(text: str) -> str:
    """One line's text with every rule of this module applied."""
    return letter_o_in_state(spaced_calling_code(spaced_label(digits_in_numbers(text))))


# Whose state codes follow the town on an address line (ISO 3166-2 through ``postcodes``): "CO", "OH", "OK",
# "OR", "MO"; "GO", "RO", "TO". Not Italy's provinces nor the UK: a British postcode's district may be "S0".
STATE_COUNTRIES = ("US", "BR")
_STATE_WITH_ZERO = re.compile(r"(?<![\w.@-])(?:[A-Z]0|0[A-Z])(?![\w@-])")
_POSTCODE_DIGITS = re.compile(r"\d{4}")


@cache
def _state_codes() -> frozenset[str]:
    return frozenset().union(*(two_letter_subdivisions(country) for country in STATE_COUNTRIES))


def letter_o_in_state(text: str) -> str:
    """``text`` with a state's code read with a zero written with its "O" (rule "0 in a state")."""
    if "0" not in text or not _POSTCODE_DIGITS.search(text):
        return text

    def written(match: re.Match[str]) -> str:
        code = match.group().replace("0", "O")
        return code if code in _state_codes() else match.group()

    return _STATE_WITH_ZERO.sub(written, text)
