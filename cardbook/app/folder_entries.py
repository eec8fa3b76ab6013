"""What a folder given to `scan` holds that is not read, each entry named once with the reason (issue 15, "say
what happened").

Why: a folder stands for the photos inside it (scanning.expand_image_paths takes the files named like images,
in every subfolder). Before this, a `.gif`, a file without an extension or a named pipe in that folder was
dropped without a word, and a user whose card photos were exported without extensions saw "no image files
given" or fewer cards than photos, and no reason. Hidden files and folders (`.DS_Store`, `.thumbnails/`) stay
silent: they are the system's, not the user's. Nothing here opens a file: a named pipe or a device is told
from its mode alone, so naming it can never block or read forever.
"""

from __future__ import annotations

import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cardbook.ocr.loading import IMAGE_SUFFIXES

# The photo types, as the user knows them, for the reason of a skipped file.
_READ = "photos are read from .jpg, .png, .webp, .tif, .heic and .bmp files"

_SPECIAL = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)

SHOWN_AT_MOST = 20  # named one by one; beyond, one line says how many more (a folder of 10,000 documents)


@dataclass(frozen=True, slots=True)
class SkippedEntry:
    path: Path
    reason: str


def skipped_entries(arguments: Iterable[str | Path]) -> list[SkippedEntry]:
    """The entries of the folders among `arguments` that the scan does not read, sorted, each once. Files given
    by name are not listed: they are read whatever their name, and reading one says what is wrong with it."""
    found: dict[Path, str] = {}
    for argument in arguments:
        folder = Path(argument)
        if not folder.is_dir():
            continue
        for child in sorted(folder.rglob("*")):
            if any(part.startswith(".") for part in child.relative_to(folder).parts):
                continue
            reason = why_skipped(child)
            if reason is not None:
                found.setdefault(child, reason)
    return [SkippedEntry(path, reason) for path, reason in found.items()]


def why_skipped(path: Path) -> str | None:
    """Why the scan of a folder passes over `path`, or None when it reads it (or it is a folder, looked into)."""
    try:
        mode = path.stat().st_mode
    except OSError as error:  # a link to nowhere, a file gone meanwhile
        return f"cannot be read ({error.strerror or error})"
    if stat.S_ISDIR(mode):
        return None
    special = next((name for test, name in _SPECIAL if test(mode)), None)
    if special is not None:
        return f"not a photo: {special}"
    suffix = path.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return None
    if not suffix:
        return f"no file extension ({_READ})"
    return f"{suffix} files are not read ({_READ})"


def describe_skipped(entries: list[SkippedEntry]) -> list[str]:
    """One line per skipped entry, at most SHOWN_AT_MOST, then one line for the rest."""
    lines = [f"{entry.path}: skipped, {entry.reason}" for entry in entries[:SHOWN_AT_MOST]]
    if len(entries) > SHOWN_AT_MOST:
        more = len(entries) - SHOWN_AT_MOST
        lines.append(f"… and {more} more {'entry' if more == 1 else 'entries'} of the folder skipped")
    return lines
