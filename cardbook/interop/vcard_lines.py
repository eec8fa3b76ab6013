"""vCard files cut into cards, content lines and properties, at the byte level.

Bytes rather than text because a file may mix encodings (a 2.1 card in Windows-1252 after UTF-8 ones), and
each value is decoded with its own CHARSET after quoted-printable decoding. Every step is linear in the input:
no regular expression runs over a whole value, so a 2 MB line costs what reading it costs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cardbook.interop.text_encoding import decode_bytes

_NAME = re.compile(r"[A-Za-z0-9-]{1,80}(?:\.[A-Za-z0-9-]{1,80})?")
_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}
_CARET = re.compile(r"\^([n^'])")  # RFC 6868 escapes in parameter values: ^n newline, ^^ caret, ^' quote
_CARET_VALUES = {"n": "\n", "^": "^", "'": '"'}


class CardSyntaxError(ValueError):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


@dataclass(slots=True)
class RawCard:
    index: int  # 1-based
    line: int  # line of BEGIN:VCARD
    lines: list[tuple[int, bytes]] = field(default_factory=list)  # between BEGIN and END
    complete: bool = False
    raw: list[bytes] = field(default_factory=list)  # every physical line, BEGIN and END included

    @property
    def text(self) -> str:
        """The card as found in the file (line endings normalised to CRLF)."""
        return decode_bytes(b"\r\n".join(self.raw) + b"\r\n")

    @property
    def version(self) -> str:
        for _, line in self.lines:
            if line[:8].upper() == b"VERSION:":
                return line[8:].strip().decode("latin-1")
        return "3.0"


@dataclass(slots=True)
class Property:
    name: str  # upper case, without its group
    params: dict[str, list[str]]  # upper-case keys; 2.1 bare parameters filed under TYPE or ENCODING
    value: bytes  # still encoded (quoted-printable, base64) and escaped
    line: int

    def types(self) -> list[str]:
        return [t.strip().lower() for value in self.params.get("TYPE", []) for t in value.split(",")]

    @property
    def encoding(self) -> str | None:
        values = self.params.get("ENCODING")
        return values[-1].upper() if values else None

    @property
    def charset(self) -> str | None:
        values = self.params.get("CHARSET")
        return values[-1] if values else None


def physical_lines(data: bytes) -> list[bytes]:
    if b"\n" not in data and b"\r" in data:  # classic Mac line endings
        return data.split(b"\r")
    return [line[:-1] if line.endswith(b"\r") else line for line in data.split(b"\n")]


def _marker(line: bytes) -> bytes:
    return line.strip().upper() if len(line) < 40 else b""


def split_cards(lines: list[bytes]) -> tuple[list[RawCard], bool]:
    """The cards of a file and whether any BEGIN:VCARD was seen. A card cut short by the next BEGIN or by the end
    of the file is returned with complete=False."""
    cards: list[RawCard] = []
    current: RawCard | None = None
    for number, line in enumerate(lines, start=1):
        marker = _marker(line)
        if marker == b"BEGIN:VCARD":
            current = RawCard(index=len(cards) + 1, line=number, raw=[line])
            cards.append(current)
        elif current is None:
            continue  # text outside any card (blank lines, a mail header...): ignored
        elif marker == b"END:VCARD":
            current.raw.append(line)
            current.complete = True
            current = None
        else:
            current.raw.append(line)
            current.lines.append((number, line))
    return cards, bool(cards)


def _is_quoted_printable(line: bytes | bytearray) -> bool:
    colon = line.find(b":")
    return colon > 0 and b"QUOTED-PRINTABLE" in bytes(line[:colon]).upper()


def logical_lines(card: RawCard) -> list[tuple[int, bytes]]:
    """Unfold: a line starting with a space or tab continues the previous one (3.0/4.0 drop that one character;
    2.1 keeps it), and a quoted-printable value ending with "=" continues on the next line (soft line break)."""
    keep_space = card.version.startswith("2")
    out: list[tuple[int, bytearray]] = []
    soft_break = False
    for number, raw in card.lines:
        if not raw.strip():
            soft_break = False
            continue
        if soft_break and out:
            out[-1][1].extend(b"\r\n" + raw)  # kept so quoted-printable decoding removes "=\r\n" itself
        elif raw[:1] in (b" ", b"\t") and out:
            out[-1][1].extend(raw if keep_space else raw[1:])
        else:
            out.append((number, bytearray(raw)))
        current = out[-1][1]
        soft_break = current.endswith(b"=") and _is_quoted_printable(current)
    return [(number, bytes(line)) for number, line in out]


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    if '"' not in text:
        return text.split(separator)
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def _colon(raw: bytes) -> int:
    colon = raw.find(b":")
    if colon < 0 or b'"' not in raw[:colon]:
        return colon
    quoted = False  # a quoted parameter value may hold a colon (vCard 4.0: LABEL="...", TYPE="work,voice")
    for i, byte in enumerate(raw):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return i
    return -1


def parse_property(number: int, raw: bytes) -> Property:
    if b"\x00" in raw:
        raise CardSyntaxError(number, "binary data inside the card")
    colon = _colon(raw)
    if colon <= 0:
        raise CardSyntaxError(number, f"not a vCard line (no 'NAME:value'): {decode_bytes(raw[:40])!r}")
    head = raw[:colon].decode("latin-1")  # names and parameters are ASCII; latin-1 never fails
    parts = _split_outside_quotes(head, ";")
    name = parts[0].strip()
    if not _NAME.fullmatch(name):
        raise CardSyntaxError(number, f"{name[:30]!r} is not a vCard property name")
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        part = part.strip()
        if not part:
            continue
        key, equals, value = part.partition("=")
        if equals:
            values = [
                _CARET.sub(lambda m: _CARET_VALUES[m.group(1)], v.strip().strip('"'))
                for v in _split_outside_quotes(value, ",")
            ]
            params.setdefault(key.strip().upper(), []).extend(values)
        elif key.upper() in _ENCODINGS:  # vCard 2.1 bare parameters: "TEL;WORK;VOICE", "PHOTO;BASE64"
            params.setdefault("ENCODING", []).append(key.upper())
        else:
            params.setdefault("TYPE", []).append(key)
    return Property(name.rpartition(".")[2].upper(), params, raw[colon + 1 :], number)
