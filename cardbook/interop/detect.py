"""Is a file a vCard or a CSV file? Its content decides; the extension only breaks a tie."""

from __future__ import annotations

import re
from pathlib import PurePath

from cardbook.interop.csv_mapping import CsvField, guess_mapping
from cardbook.interop.csv_read import detect_layout
from cardbook.interop.text_encoding import decode_text, looks_binary

_VCARD = re.compile(r"^\s*BEGIN:VCARD\s*$", re.IGNORECASE | re.MULTILINE)
VCARD_EXTENSIONS = {".vcf", ".vcard"}
CSV_EXTENSIONS = {".csv", ".tsv", ".txt"}


def detect_format(data: bytes, name: str = "") -> str | None:
    """ "vcard", "csv", or None when the file looks like neither."""
    text, _encoding = decode_text(data[:65536])
    if _VCARD.search(text):
        return "vcard"
    extension = PurePath(name).suffix.lower()
    if looks_binary(text):
        return "vcard" if extension in VCARD_EXTENSIONS else None  # the vCard reader says what is wrong
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    cells = [c.strip().strip('"') for c in re.split(r"[,;\t]", first)]
    if len(cells) > 1 and (
        detect_layout(cells) or any(f is not CsvField.IGNORE for f in guess_mapping(cells).values())
    ):
        return "csv"
    if extension in VCARD_EXTENSIONS:
        return "vcard"
    if extension in CSV_EXTENSIONS:
        return "csv"
    return None
