"""vCard files cut into cards, content lines and properties, at the byte level.

Bytes rather than text because a file may mix encodings (a 2.1 card in Windows-1252 after UTF-8 ones), and
each value is decoded with its own CHARSET after quoted-printable decoding. Every step is linear in the input:
no regular expression runs over a whole value, so a 2 MB line costs what reading it costs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cardbook.interop.text_encoding import decode_bytes

# Names as real files spell them: RFC 6350 allows letters, digits and "-"; Windows Contacts writes
# "X-WAB-WEDDING_ANNIVERSARY" and KDE "X-messaging/aim-All", so "_" and "/" are accepted too.
_NAME = re.compile(r"[A-Za-z0-9_/-]{1,80}(?:\.[A-Za-z0-9_/-]{1,80})?")
# The start of a content line ("TEL;", "item1.EMAIL:"): a line that does not start like this cannot be a new
# property, so after a 2.1 backslash or inside unindented base64 it continues the previous one.
_PROPERTY_START = re.compile(rb"[A-Za-z0-9_/-]{1,80}(?:\.[A-Za-z0-9_/-]{1,80})?[;:]")
_BASE64_LINE = re.compile(rb"[A-Za-z0-9+/]+=*")
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
    group: str = ""  # "item1" of "item1.TEL": Apple ties an X-ABLabel to its property this way

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


def _opens_nested(card: RawCard) -> bool:
    """vCard 2.1 §2.4.2: "AGENT:" with an empty value is followed by the agent's own BEGIN:VCARD ... END:VCARD."""
    return bool(card.lines) and card.lines[-1][1].rstrip().endswith(b":")


def split_cards(lines: list[bytes]) -> tuple[list[RawCard], bool]:
    """The cards of a file and whether any BEGIN:VCARD was seen. A card cut short by the next BEGIN or by the end
    of the file is returned with complete=False.

    A card nested in another (a 2.1 AGENT) is returned as a card of its own, after its parent; its lines stay in
    the parent's original text too, so that nothing of the parent as found is lost."""
    cards: list[RawCard] = []
    stack: list[RawCard] = []  # the card being read, and the cards it is nested in
    for number, line in enumerate(lines, start=1):
        marker = _marker(line)
        if marker == b"BEGIN:VCARD":
            card = RawCard(index=len(cards) + 1, line=number, raw=[line])
            if stack and _opens_nested(stack[-1]):
                for outer in stack:
                    outer.raw.append(line)
            else:
                stack.clear()  # the cards still open were cut short by this one
            stack.append(card)
            cards.append(card)
        elif not stack:
            continue  # text outside any card (blank lines, a mail header...): ignored
        elif marker == b"END:VCARD":
            for card in stack:
                card.raw.append(line)
            stack.pop().complete = True
        else:
            for card in stack:
                card.raw.append(line)
            stack[-1].lines.append((number, line))
    return cards, bool(cards)


def _is_quoted_printable(line: bytes | bytearray) -> bool:
    colon = line.find(b":")
    return colon > 0 and b"QUOTED-PRINTABLE" in bytes(line[:colon]).upper()


def _is_base64(line: bytes | bytearray) -> bool:
    colon = line.find(b":")
    head = bytes(line[:colon]).upper() if colon > 0 else b""
    return b"BASE64" in head or b"ENCODING=B" in head


def _ends_with_backslash(line: bytes | bytearray) -> bool:
    """An odd run of backslashes at the end: the line break itself is escaped (Android 2.1 addresses)."""
    tail = bytes(line[-64:])  # the tail only: this runs once per physical line of a possibly huge value
    run = len(tail) - len(tail.rstrip(b"\\"))
    return run % 2 == 1


def logical_lines(card: RawCard) -> list[tuple[int, bytes]]:
    """Unfold: a line starting with a space or tab continues the previous one (3.0/4.0 drop that one character;
    2.1 keeps it), and a quoted-printable value ending with "=" continues on the next line (soft line break).

    Two spellings real 2.1 writers use are unfolded too, when the next line cannot start a property: a line
    ending with a backslash continues on the next one (the escaped line break is kept as a newline), and base64
    data (a photo) may go on over unindented lines until a blank line."""
    keep_space = card.version.startswith("2")
    out: list[tuple[int, bytearray]] = []
    soft_break = in_base64 = escaped_break = False
    for number, raw in card.lines:
        if not raw.strip():
            soft_break = in_base64 = escaped_break = False
            continue
        starts_property = _PROPERTY_START.match(raw) is not None
        if soft_break and out:
            out[-1][1].extend(b"\r\n" + raw)  # kept so quoted-printable decoding removes "=\r\n" itself
        elif raw[:1] in (b" ", b"\t") and out:
            out[-1][1].extend(raw if keep_space else raw[1:])
        elif escaped_break and out and not starts_property:
            del out[-1][1][-1:]
            out[-1][1].extend(b"\\n" + raw)
        elif in_base64 and out and _BASE64_LINE.fullmatch(raw.strip()) and not starts_property:
            out[-1][1].extend(raw.strip())
        else:
            out.append((number, bytearray(raw)))
        current = out[-1][1]
        soft_break = current.endswith(b"=") and _is_quoted_printable(current)
        in_base64 = _is_base64(current)
        escaped_break = not soft_break and not in_base64 and _ends_with_backslash(current)
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
    group, _, bare = name.rpartition(".")
    return Property(bare.upper(), params, raw[colon + 1 :], number, group.casefold())
