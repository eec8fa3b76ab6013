"""The text layer of vCard: escaping, splitting on unescaped separators, folding lines at 75 octets.

Written by hand rather than with vobject so the output is exact and tested byte for byte (vobject folds by
characters, not octets, and has no opinion on Outlook's or Apple's quirks), and so that reading is tolerant,
linear-time on hostile input, and keeps each card's original text.
"""

from __future__ import annotations

import re

CRLF = b"\r\n"
MAX_OCTETS = 75  # RFC 2426 §2.6 / RFC 6350 §3.2: lines SHOULD NOT be longer than 75 octets, excluding the CRLF

# Control characters cannot travel in a vCard value (only newline, escaped as \n); tab is kept.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x85")
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)
_SEPARATOR_TOKENS = {";": re.compile(r"\\.|;", re.DOTALL), ",": re.compile(r"\\.|,", re.DOTALL)}


def clean_text(value: str) -> str:
    """Line endings as \\n, other control characters dropped: what a vCard (and most address books) can carry."""
    return _CONTROLS.sub("", _NEWLINES.sub("\n", value))


def single_line(value: str) -> str:
    """A value that must stay on one line (a URL, an email, a phone number)."""
    return " ".join(clean_text(value).split("\n")).strip()


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def web_address(value: str) -> str:
    """A website as a URI: "www.x.fr" leaves as "https://www.x.fr" (a vCard URL, Google and Outlook want a
    scheme); a value that already has one ("http:", "mailto:") is left as it is."""
    text = single_line(value)
    if not text or (_SCHEME.match(text) and not re.match(r"^[^/]*:\d", text)):
        return text
    return "https://" + text.lstrip("/")


def escape(value: str) -> str:
    """Escape a text value (RFC 2426 §4: backslash, comma, semicolon and newline)."""
    text = clean_text(value)
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def unescape(value: str) -> str:
    r"""Undo `escape`. Unknown escapes keep their backslash (2.1 files hold Windows paths like C:\Users)."""

    def one(match: re.Match[str]) -> str:
        char = match.group(1)
        if char in "nN":
            return "\n"
        if char in "\\,;:":
            return char
        return match.group(0)

    return _ESCAPED.sub(one, value)


def split_unescaped(value: str, separator: str) -> list[str]:
    """Split on separators not preceded by an escaping backslash; components stay escaped. Linear time."""
    parts: list[str] = []
    start = 0
    for match in _SEPARATOR_TOKENS[separator].finditer(value):
        if match.group(0) == separator:
            parts.append(value[start : match.start()])
            start = match.end()
    parts.append(value[start:])
    return parts


def fold_line(line: str) -> bytes:
    """One content line as UTF-8 with CRLF, folded so no physical line exceeds 75 octets.

    A fold never splits a UTF-8 multi-byte character: the cut moves back to the start of the character.
    Continuation lines start with one space, which counts in their 75 octets.
    """
    data = line.encode("utf-8")
    if len(data) <= MAX_OCTETS:
        return data + CRLF
    chunks: list[bytes] = []
    start = 0
    limit = MAX_OCTETS
    while len(data) - start > limit:
        cut = start + limit
        while data[cut] & 0xC0 == 0x80:  # a continuation byte: back up to the character's first byte
            cut -= 1
        chunks.append(data[start:cut])
        start = cut
        limit = MAX_OCTETS - 1
    chunks.append(data[start:])
    return b"\r\n ".join(chunks) + CRLF
