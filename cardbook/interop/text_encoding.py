"""Which text encoding an imported file uses: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252.

Windows-1252 is the fallback because it is what Excel and Outlook write on French and English Windows, and it
decodes Latin-1 files the same way for every printable character (WHATWG treats "ISO-8859-1" as 1252 too).
"""

from __future__ import annotations

import codecs
import re

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII-range text is NUL."""
    sample = data[:400]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def to_utf8(data: bytes) -> tuple[bytes, str | None]:
    """UTF-16 input transcoded to UTF-8 and a UTF-8 BOM removed; other bytes untouched (decoded later, per value).

    Returns the bytes and the encoding recognised ("utf-8-sig", "utf-16"...) or None when undecided.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :], "utf-8-sig"
    encoding = "utf-16" if data.startswith(_UTF16_BOMS) else _looks_utf16(data)
    if encoding is not None:
        text = data.decode(encoding, errors="replace")
        return text.lstrip("\ufeff").encode("utf-8"), encoding
    return data, None


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Bytes of one value or line: the declared charset if it decodes, else UTF-8, else Windows-1252, else Latin-1."""
    candidates: list[str] = []
    if charset:
        try:
            name = codecs.lookup(charset.strip().strip('"')).name
        except LookupError:
            name = ""
        if name in ("iso8859-1", "latin-1", "ascii"):
            name = "cp1252"  # what "ISO-8859-1" files written on Windows really hold (€, œ, ’)
        if name:
            candidates.append(name)
    candidates += ["utf-8", "cp1252"]
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")  # never fails: every byte is a character


def decode_text(data: bytes) -> tuple[str, str]:
    """A whole text file (CSV): (text, encoding name)."""
    utf8, found = to_utf8(data)
    if found is not None:
        return utf8.decode("utf-8", errors="replace"), found
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
# Random bytes hold about one control character in eight; a text export damaged here and there (a few NUL
# bytes from a crashed program) holds a handful. Above this share, the file is binary, not a damaged text.
BINARY_SHARE = 0.01


def looks_binary(text: str) -> bool:
    """Whether decoded text is binary data rather than text with a few stray control characters."""
    if not text:
        return False
    found = len(_CONTROL.findall(text))
    return found > 0 and found >= BINARY_SHARE * len(text)
