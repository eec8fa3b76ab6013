"""The first-name table (``names_data.first_names``) prebuilt into a compact file shipped with the package.

Building the table parses gender-guesser's data file, imports Faker's 73 person providers and parses
English's word counts (pyspellchecker's list, kept only to leave out the Faker names English writes as
words): 1.4-2.1 s of Python holding the GIL at the start of every ``cardbook scan``, and about 44 MB
resident, most of it the English counts, which a card without accents never needs otherwise. The same
table read from ``models/first_names.json.gz`` (68,000 names, about 330 kB) takes tens of milliseconds.

The file says what it was built from (its stamp): the versions of the three packages and a digest of the
building rule (the source of the functions that build the table and the values of their constants). A table
is only taken from the file when its stamp equals the running one; otherwise (a package upgraded, the rule
edited) the table is built from the packages as before, so the answer never depends on a stale file — only
the time to get it. ``tests/ocr/test_names_store.py`` fails while the shipped file is stale; rebuild it
with ``python -m cardbook.ocr.prebuilt_tables``.

Weights are stored as whole numbers on the data file's 1-13 scale (every weight of the table is one of
them, the Faker names' ``MIN_FIRST_NAME_WEIGHT`` included), so the floats read back are the same to the bit.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.metadata
import inspect
import json
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

MODEL_PACKAGE = "cardbook.ocr.models"
NAMES_FILE = "first_names.json.gz"
# Bumped when the file's layout changes (not its content: the stamp follows that).
FORMAT = 1


def _version(distribution: str) -> str | None:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def _rule_digest(rule: Sequence[object]) -> str | None:
    """A digest of the functions' source and the other values' ``repr``; None where the source is not
    shipped (a frozen bundle holds compiled modules only: there the package versions alone decide)."""
    digest = hashlib.sha256()
    for part in rule:
        if callable(part):
            try:
                text = inspect.getsource(part)
            except (OSError, TypeError):
                return None
        else:
            text = repr(part)
        digest.update(text.encode("utf-8") + b"\0")
    return digest.hexdigest()


def stamp(distributions: Sequence[str], rule: Sequence[object]) -> dict[str, Any]:
    """What a table is built from: the installed versions of ``distributions`` and the digest of ``rule``."""
    return {
        "format": FORMAT,
        "packages": {name: _version(name) for name in distributions},
        "rule": _rule_digest(rule),
    }


def stamp_matches(stored: dict[str, Any], running: dict[str, Any]) -> bool:
    """A file built from ``stored`` answers as a live build would with ``running``."""
    if stored.get("format") != running["format"] or stored.get("packages") != running["packages"]:
        return False
    # No source to digest here (a frozen bundle): the bundle was built with its file, the versions agree.
    return running["rule"] is None or stored.get("rule") == running["rule"]


def encode(weights: dict[str, float], scale: int, running: dict[str, Any]) -> bytes:
    """The file's bytes: the stamp and, per whole-number weight on ``scale``, the names, sorted (the same
    table gives the same bytes). A weight not on the scale raises ``ValueError``."""
    by_step: dict[int, list[str]] = {}
    for name, weight in weights.items():
        step = round(weight * scale)
        if step / scale != weight or "\n" in name:
            raise ValueError(f"{name!r}: weight {weight!r} is not a whole number on a 1-{scale} scale")
        by_step.setdefault(step, []).append(name)
    document = {
        "stamp": running,
        "scale": scale,
        "names": {str(step): "\n".join(sorted(names)) for step, names in sorted(by_step.items())},
    }
    text = json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return gzip.compress(text, compresslevel=9, mtime=0)


def decode(data: bytes, running: dict[str, Any]) -> dict[str, float] | None:
    """The table in ``data``, or None when its stamp is not ``running`` (built from other sources)."""
    document = json.loads(gzip.decompress(data))
    if not stamp_matches(document.get("stamp", {}), running):
        return None
    scale = int(document["scale"])
    table: dict[str, float] = {}
    for step, names in document["names"].items():
        table.update(dict.fromkeys(names.split("\n"), int(step) / scale))
    return table


def load(running: dict[str, Any]) -> dict[str, float] | None:
    """The shipped table when it was built from what is installed (``running``); None otherwise, or when the
    file is missing."""
    try:
        data = resources.files(MODEL_PACKAGE).joinpath(NAMES_FILE).read_bytes()
    except (FileNotFoundError, OSError):
        return None
    return decode(data, running)


def shipped_path() -> Path:
    return Path(str(resources.files(MODEL_PACKAGE).joinpath(NAMES_FILE)))
