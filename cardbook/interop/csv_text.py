"""A CSV file's text and rows, as far as a damaged file allows: the two ways issue 15 saw one go silently wrong.

- Mixed encodings: a file put together from two exports (one UTF-8, one from Excel on Windows) stored "ZoÃ©"
  for every accented name of one half, whichever single encoding was chosen. When the whole file is not UTF-8,
  each line is decoded on its own, UTF-8 first, then Windows-1252 (Latin-1 for its five unassigned bytes), and
  when both kinds of line are present the lines read the second way are named.
- An unbalanced quote: `"` at the start of a cell opens a quoted value that runs to the next `"`, so one stray
  quote took in the 1,999 rows after it as a single cell. A row whose quoted cell runs over several lines and
  that does not end as a CSV writer ends one (the file ends inside it, or text follows its closing quote) is
  taken for that; its first line is read again with the quote as a plain character, and reading goes on from
  the line after it.

- Another encoding altogether: a file with no UTF-8 line that Windows-1252 does not read cleanly either (a
  Shift_JIS export from a Japanese Outlook, Windows-1251 from a Russian one) is read in the encoding that
  charset-normalizer finds its bytes fit best, and the notice names it; when two encodings fit equally well and
  read differently, the notice says the names may be wrong and how to make sure.

All are reported as `FileNotice`s (the import goes on, the user is told which lines).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

from cardbook.interop.records import FileNotice
from cardbook.interop.text_encoding import to_utf8

MAX_LINES_NAMED = 10  # a notice names this many lines, then says how many more
# Each stray quote costs one more pass over the rest of the file; past this many, the remaining lines are read
# one row per line with quotes as plain characters, so a file of stray quotes stays linear.
MAX_RECOVERIES = 50


# Enough of the file for charset-normalizer to judge (it samples within it); cut at a line end.
DETECTION_SAMPLE = 256 * 1024
# Encodings that read a Western file the way Windows-1252 does: a guess among them changes nothing.
_WESTERN = {"cp1252", "latin_1", "iso8859_15", "ascii"}
_NAMES = {
    "cp932": "Shift_JIS (Japanese)", "shift_jis": "Shift_JIS (Japanese)", "euc_jp": "EUC-JP (Japanese)",
    "cp949": "EUC-KR (Korean)", "euc_kr": "EUC-KR (Korean)", "gb18030": "GB18030 (Chinese)", "gbk": "GBK (Chinese)",
    "big5": "Big5 (Chinese)", "cp1251": "Windows-1251 (Cyrillic)", "koi8_r": "KOI8-R (Cyrillic)",
    "cp1250": "Windows-1250 (Central European)", "cp1253": "Windows-1253 (Greek)", "cp1254": "Windows-1254 (Turkish)",
    "cp1255": "Windows-1255 (Hebrew)", "cp1256": "Windows-1256 (Arabic)", "cp874": "Windows-874 (Thai)",
}  # fmt: skip


MAX_RIVALS = 2  # a notice names this many other encodings that fit as well
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")


def encoding_name(codec: str) -> str:
    return _NAMES.get(codecs.lookup(codec).name.replace("-", "_"), _NAMES.get(codec, codec))


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str
    foreign_lines: tuple[int, ...] = ()  # 1-based lines read as Windows-1252 in an otherwise UTF-8 file
    detected: bool = False  # the encoding was found by charset-normalizer (named in a notice)
    rivals: tuple[str, ...] = ()  # other encodings that fit as well and read the file differently


def _sample(data: bytes) -> bytes:
    if len(data) <= DETECTION_SAMPLE:
        return data
    end = data.rfind(b"\n", 0, DETECTION_SAMPLE)
    return data[: end + 1] if end > 0 else data[:DETECTION_SAMPLE]


def _detect(data: bytes) -> DecodedText | None:
    """The encoding of a file none of whose lines is UTF-8, when it is not Windows-1252 (None when it is)."""
    from charset_normalizer import from_bytes  # only for the rare file that needs it

    sample = _sample(data)
    try:
        western: str | None = sample.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    matches = list(from_bytes(sample))
    if not matches:
        return None
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    fitting = [m for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.05]
    # Japanese text is written with kana as well as kanji; bytes that decode to kana in only one of the
    # encodings that fit (Shift_JIS beside EUC-KR, which charset-normalizer ranks alike) settle it.
    with_kana = [m for m in fitting if _KANA.search(str(m))]
    if len(with_kana) == 1:
        best, fitting = with_kana[0], with_kana
    # Windows-1252 stays the reading when it fits as well as the best guess, or reads the same text: it is what
    # Excel and Outlook write on French and English Windows, and a short file fits many encodings.
    if western is not None and any(m.encoding in _WESTERN or str(m) == western for m in fitting):
        return None
    text = data.decode(best.encoding, errors="replace")
    best_text = str(best)
    rivals = tuple(dict.fromkeys(encoding_name(m.encoding) for m in fitting if m is not best and str(m) != best_text))[
        :MAX_RIVALS
    ]
    return DecodedText(text, best.encoding, detected=True, rivals=rivals)


def _decode_line(line: bytes) -> tuple[str, bool]:
    """(text, read as UTF-8)."""
    try:
        return line.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    try:
        return line.decode("cp1252"), False
    except UnicodeDecodeError:
        return line.decode("latin-1"), False


def decode_csv(data: bytes) -> DecodedText:
    """The text of a CSV file: UTF-16 or UTF-8 when the whole file is, else line by line (see above)."""
    utf8, found = to_utf8(data)
    if found is not None:
        return DecodedText(utf8.decode("utf-8", errors="replace"), found)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    parts: list[str] = []
    utf8_accented = False
    foreign: list[int] = []
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        text, was_utf8 = _decode_line(line)
        parts.append(text)
        if not was_utf8:
            foreign.append(number)
        elif not line.isascii():
            utf8_accented = True
    if not utf8_accented:
        detected = _detect(data)
        if detected is not None:
            return detected
    # Only a mix is worth a word: a file that is Windows-1252 throughout is simply that (Excel's CSV).
    return DecodedText("".join(parts), "mixed" if utf8_accented else "cp1252", tuple(foreign) if utf8_accented else ())


def name_lines(lines: tuple[int, ...] | list[int]) -> str:
    shown = ", ".join(str(n) for n in lines[:MAX_LINES_NAMED])
    more = len(lines) - MAX_LINES_NAMED
    return f"{shown} and {more} more" if more > 0 else shown


def encoding_notice(decoded: DecodedText, rows: list[tuple[int, int, list[str]]]) -> FileNotice | None:
    """The rows (by their first line) some of whose lines were read as Windows-1252 in a UTF-8 file; or the
    encoding found for a file that is neither UTF-8 nor Windows-1252, and whether it is sure."""
    if decoded.detected:
        name = encoding_name(decoded.encoding)
        if decoded.rivals:
            return FileNotice(
                "detected_encoding",
                f"not UTF-8 nor Windows-1252, and its encoding is uncertain: read as {name}, but "
                f"{' or '.join(decoded.rivals)} fit as well; check the names, or save the file as UTF-8 and import "
                "it again",
            )
        return FileNotice("detected_encoding", f"not UTF-8 nor Windows-1252: read as {name}, the encoding it fits")
    if not decoded.foreign_lines:
        return None
    foreign = set(decoded.foreign_lines)
    starts = [start for start, end, _cells in rows if any(n in foreign for n in range(start, end + 1))]
    lines = starts or list(decoded.foreign_lines)
    return FileNotice(
        "mixed_encoding",
        f"{'line' if len(lines) == 1 else 'lines'} {name_lines(lines)} {'is' if len(lines) == 1 else 'are'} not "
        "UTF-8 like the rest of the file: read as Windows-1252 (Latin-1)",
        tuple(lines),
    )


class _Lines:
    """The file's lines handed to csv.reader one at a time, remembering which one it is on."""

    def __init__(self, lines: list[str], start: int) -> None:
        self.lines = lines
        self.position = start - 1  # index of the last line handed out

    def __iter__(self) -> Iterator[str]:
        while self.position + 1 < len(self.lines):
            self.position += 1
            yield self.lines[self.position]


def _literal_row(line: str, separator: str) -> list[str]:
    """One line split on the separator with quotes read as plain characters (the stray one dropped)."""
    cells = next(csv.reader([line.rstrip("\r\n")], delimiter=separator, quoting=csv.QUOTE_NONE), [])
    return [cell.strip('"') for cell in cells]


def split_rows(text: str, separator: str) -> tuple[list[tuple[int, int, list[str]]], FileNotice | None]:
    """(first line, last line, cells) of every row, and a notice naming the lines of unbalanced quotes.

    The csv module is strict here, so that a quoted value that does not end the way a CSV writer ends one (the
    file ends inside it, or text follows its closing quote) raises instead of carrying on; a value written
    properly over several lines (a note, an address) never does."""
    lines = list(io.StringIO(text, newline=""))
    rows: list[tuple[int, int, list[str]]] = []
    broken: list[int] = []
    start = 0
    while start < len(lines):
        if len(broken) >= MAX_RECOVERIES:
            rows += [(n + 1, n + 1, _literal_row(lines[n], separator)) for n in range(start, len(lines))]
            break
        source = _Lines(lines, start)
        first = start
        try:
            for cells in csv.reader(source, delimiter=separator, strict=True):
                rows.append((first + 1, source.position + 1, cells))
                first = source.position + 1
            break
        except csv.Error as error:
            if source.position > first or "end of data" in str(error):
                # A quote opened on line `first` ran on: that line alone, with the quote as a character.
                broken.append(first + 1)
                rows.append((first + 1, first + 1, _literal_row(lines[first], separator)))
            else:  # `"Jeannot" Dupont` on one line: read as the csv module always read it
                cells = next(csv.reader([lines[first]], delimiter=separator), [])
                rows.append((first + 1, first + 1, cells))
            start = first + 1
    notice = None
    if broken:
        rest = " (and every line after the last one named, one row each)" if len(broken) >= MAX_RECOVERIES else ""
        notice = FileNotice(
            "unbalanced_quote",
            f"{'lines' if len(broken) > 1 else 'line'} {name_lines(broken)}: a quote is opened and never closed; "
            f"read without it, and the rows after it recovered{rest}",
            tuple(broken),
        )
    return rows, notice
