"""The accent tables (``accents``) prebuilt, one compact file per language shipped with the package.

Building a language's tables parses its pyspellchecker word list (hundreds of thousands of words) and, for
the first language, English's counts: 0.1-0.7 s of Python holding the GIL each (1.8 s for the six), in the
middle of a batch when a card first shows its country, with the lists' dictionaries (tens of MB) alive
while they are built and English's counts kept for the rest of the run. The same tables read from
``models/accents_<lang>.json.gz`` (40-750 kB) take a few tens of milliseconds and nothing but the tables.

As for the first names (``names_store``, whose stamp this reuses): a file is only used when its stamp
(pyspellchecker's version, a digest of the building rule, the Unicode version the accents are stripped
with) equals the running one; otherwise the tables are built from the lists as before.
``tests/ocr/test_accent_store.py`` fails while a shipped file is stale; rebuild them with
``python -m cardbook.ocr.prebuilt_tables``.
"""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path
from typing import Any

from cardbook.ocr.names_store import MODEL_PACKAGE, stamp_matches

# Bumped when the file's layout changes (not its content: the stamp follows that).
FORMAT = 1

AccentTables = tuple[dict[str, str], frozenset[str], frozenset[str]]  # spellings, letters, known words


def file_name(lang: str) -> str:
    return f"accents_{lang}.json.gz"


def encode(tables: AccentTables, running: dict[str, Any]) -> bytes:
    """The file's bytes: the stamp and the three tables as sorted text (the same tables give the same bytes).
    A word holding a tab or a line break (none of the lists' does) raises ``ValueError``."""
    spellings, letters, known = tables
    words = [*spellings, *spellings.values(), *known, *letters]
    if any("\t" in word or "\n" in word for word in words):
        raise ValueError("a word holds a tab or a line break")
    document = {
        "format": FORMAT,
        "stamp": running,
        "spellings": "\n".join(f"{plain}\t{spelling}" for plain, spelling in sorted(spellings.items())),
        "letters": "".join(sorted(letters)),
        "known": "\n".join(sorted(known)),
    }
    text = json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return gzip.compress(text, compresslevel=9, mtime=0)


def decode(data: bytes, running: dict[str, Any]) -> AccentTables | None:
    """The tables in ``data``, or None when they were built from other sources than ``running`` says."""
    document = json.loads(gzip.decompress(data))
    if document.get("format") != FORMAT or not stamp_matches(document.get("stamp", {}), running):
        return None
    return _spellings(document["spellings"]), frozenset(document["letters"]), _known(document["known"])


def _spellings(pairs: str) -> dict[str, str]:
    """The "plain\tspelling" lines as a dict. Split at both marks at once, then paired: one C-level split instead
    of a Python ``split`` per line (the largest list holds 170,000 lines: 0.1 s of Python holding the GIL, in
    the middle of a batch's reading). ``encode`` writes one tab per line (its words hold none); text with
    another count is read line by line as before."""
    if not pairs:
        return {}
    fields = pairs.replace("\t", "\n").split("\n")
    if len(fields) != 2 * (pairs.count("\n") + 1):
        return dict(line.split("\t", 1) for line in pairs.split("\n"))
    return dict(zip(fields[::2], fields[1::2], strict=True))


def _known(words: str) -> frozenset[str]:
    return frozenset(words.split("\n")) if words else frozenset()


def load(lang: str, running: dict[str, Any]) -> AccentTables | None:
    """``lang``'s shipped tables when they were built from what is installed (``running``); None otherwise,
    or when there is no file for it."""
    try:
        data = resources.files(MODEL_PACKAGE).joinpath(file_name(lang)).read_bytes()
    except (FileNotFoundError, OSError):
        return None
    return decode(data, running)


def shipped_path(lang: str) -> Path:
    return Path(str(resources.files(MODEL_PACKAGE).joinpath(file_name(lang))))
