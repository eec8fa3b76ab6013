"""CSV import: Google Contacts and Outlook layouts recognised from their headers, anything else by column mapping.

Encoding per csv_text (UTF-8 with or without BOM, UTF-16 with BOM, else line by line UTF-8 or Windows-1252);
separator sniffed from the header line (",", ";" from French Excel, or tab). A row that cannot become a contact
is reported and skipped; a stray quote or mixed encodings are `FileNotice`s and the rest is read; a file that
is not a usable CSV at all raises InterchangeError.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping, Sequence

from cardbook.domain.contact import Contact
from cardbook.interop.csv_dialects import ENGLISH_VARIANTS, english_header, find_dialect
from cardbook.interop.csv_layouts import CsvLayout
from cardbook.interop.csv_mapping import CsvField, apply_overrides, guess_mapping
from cardbook.interop.csv_rows import generic_contact, google_contact, outlook_contact
from cardbook.interop.csv_text import decode_csv, encoding_notice, split_rows
from cardbook.interop.phones import DEFAULT_REGION
from cardbook.interop.records import FileNotice, ImportedContact, ImportIssue, InterchangeError, ReadResult
from cardbook.interop.text_encoding import looks_binary

# A contacts file has no business holding 8 MB in one cell, but csv's default 128 KB limit would reject long
# notes; the limit is process-wide, so it is only ever raised.
csv.field_size_limit(max(csv.field_size_limit(), 8 * 1024 * 1024))
_SEPARATORS = (",", ";", "\t")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")  # what a cell may not hold (tabs, line ends may)


def _separator(first_line: str) -> str:
    counts = {sep: 0 for sep in _SEPARATORS}
    quoted = False
    for char in first_line[:100_000]:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_SEPARATORS, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def detect_layout(header: Sequence[str]) -> CsvLayout | None:
    """Google or Outlook from their own column names; None for any other file."""
    names = {h.strip() for h in header}
    if {"E-mail 1 - Value", "Phone 1 - Value", "Organization 1 - Name"} & names or {
        "Given Name",
        "Group Membership",
    } <= names:
        return CsvLayout.GOOGLE
    if {"First Name", "Labels", "Organization Name"} <= names or {"File As", "Organization Title"} <= names:
        return CsvLayout.GOOGLE
    if "E-mail Address" in names and ({"Business Phone", "Mobile Phone", "Job Title", "Business Street"} & names):
        return CsvLayout.OUTLOOK
    return None


def _rows(text: str, separator: str) -> tuple[list[tuple[int, int, list[str]]], FileNotice | None]:
    """(first line, last line, cells) for every row, and what a stray quote did."""
    try:
        return split_rows(text, separator)
    except csv.Error as exc:
        raise InterchangeError(f"not a readable CSV file ({exc})") from exc


def _source_text(header: Sequence[str], cells: Sequence[str], separator: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerow(cells)
    return out.getvalue()


def read_csv(
    data: bytes,
    region: str = DEFAULT_REGION,
    overrides: Mapping[str, CsvField | str] | None = None,
    layout: CsvLayout | None = None,
) -> ReadResult:
    """Every contact of a CSV file. `overrides` (header or 1-based column number -> field) forces the generic
    reader with the guessed mapping corrected; `layout` forces Google or Outlook."""
    decoded = decode_csv(data)
    text = decoded.text
    if not text.strip():
        raise InterchangeError("the file is empty")
    if looks_binary(text[:65536]):  # a few stray NUL bytes are dropped from the cells below
        raise InterchangeError("not a CSV file (it holds binary data)")
    separator = _separator(text.split("\n", 1)[0])
    rows, quote_notice = _rows(text, separator)
    while rows and not any(c.strip() for c in rows[0][2]):
        rows.pop(0)
    if not rows:
        raise InterchangeError("the file is empty")
    header = [h.strip().lstrip("\ufeff") for h in rows[0][2]]
    source_header = header
    dialect = None if overrides or layout else find_dialect(header)
    found = None if overrides else (layout or (CsvLayout.OUTLOOK if dialect else detect_layout(header)))
    build: Callable[[dict[str, str], list[str]], Contact]
    if found is CsvLayout.GOOGLE:
        result = ReadResult("csv-google")
        # Gmail's own export (its older layout) wrote a quote inside a value as \" : the backslash is not text.
        gmail = {"Given Name", "Group Membership"} <= set(header)
        build = lambda by_name, _cells: google_contact(  # noqa: E731
            {k: v.replace('\\"', '"') for k, v in by_name.items()} if gmail else by_name, region
        )
    elif found is CsvLayout.OUTLOOK:
        # Another language's or product's names for Outlook's columns, renamed to Outlook's own (csv_dialects).
        spoken = dialect or ENGLISH_VARIANTS
        header = english_header(header, spoken)
        result = ReadResult(f"csv-{dialect.name}" if dialect else "csv-outlook")
        build = lambda by_name, _cells: outlook_contact(by_name, region, spoken.day_first)  # noqa: E731
    else:
        mapping = guess_mapping(header)
        if overrides:
            try:
                mapping = apply_overrides(header, mapping, overrides)
            except ValueError as exc:
                raise InterchangeError(str(exc)) from exc
        if all(f is CsvField.IGNORE for f in mapping.values()):
            raise InterchangeError("no column of this CSV file is recognised as a contact field (give a mapping)")
        result = ReadResult("csv-generic")
        build = lambda _by_name, cells: generic_contact(cells, mapping, region)  # noqa: E731
    result.notices += [n for n in (quote_notice, encoding_notice(decoded, rows)) if n is not None]
    for index, (line, _last, cells) in enumerate(rows[1:], start=1):
        if not any(c.strip() for c in cells):
            continue  # blank rows (a spreadsheet's trailing ";;;;") are not contacts, nor errors
        if any(_CONTROL.search(c) for c in cells):  # NUL bytes and the like: never stored in a name
            cells = [_CONTROL.sub("", c) for c in cells]
        padded = cells + [""] * (len(header) - len(cells))
        by_name: dict[str, str] = {}
        for name, value in zip(header, padded, strict=False):
            by_name.setdefault(name, value)
        try:
            contact = build(by_name, padded)
        except (ValueError, LookupError, UnicodeError, OverflowError) as exc:  # a damaged row: skip it, go on
            result.issues.append(ImportIssue(index, line, f"unreadable row ({exc})"[:200], unit="row"))
            continue
        if not (contact.display_name or contact.phones or contact.websites):
            result.issues.append(ImportIssue(index, line, "no name, company, email or phone", unit="row"))
            continue
        source = _source_text(source_header, cells, separator)
        result.contacts.append(ImportedContact(contact, index, line, "csv", source))
    return result
