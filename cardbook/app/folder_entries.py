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
from enum import StrEnum
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


class SkipKind(StrEnum):
    """Why an entry is passed over, for a front end that words it in the user's language."""

    UNREADABLE = "unreadable"  # detail: the system's error
    SPECIAL = "special"  # detail: what it is (a named pipe, a device, a socket)
    NO_EXTENSION = "no extension"
    OTHER_TYPE = "other type"  # detail: the suffix (".gif")


@dataclass(frozen=True, slots=True)
class SkippedEntry:
    path: Path
    reason: str  # the command line's words
    kind: SkipKind = SkipKind.OTHER_TYPE
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Listing:
    """What a scan of `arguments` reads (`files`) and what it passes over (`skipped`), from one walk."""

    files: list[str]
    skipped: list[SkippedEntry]


def list_arguments(arguments: Iterable[str | Path]) -> Listing:
    """Files as given (even missing ones: reading them reports why), folders replaced by the photos inside them
    and their subfolders, sorted, no path twice; and the folders' entries that are not read (`skipped_entries`).

    One walk of each folder (one `stat` per entry, two for a name like a photo's): the window used to walk a
    dropped folder twice, on its GUI thread (scanning.expand_image_paths, then skipped_entries), and a folder of
    thousands of entries froze it. The window now calls this on a worker (ui/importing/import_controller.py)."""
    files: dict[str, None] = {}
    skipped: dict[Path, SkippedEntry] = {}
    for argument in arguments:
        folder = Path(argument)
        if not folder.is_dir():
            files[str(argument)] = None
            continue
        for child in sorted(folder.rglob("*")):
            if any(part.startswith(".") for part in child.relative_to(folder).parts):
                continue
            entry = skipped_entry(child)
            if entry is None:
                if child.suffix.lower() in IMAGE_SUFFIXES and not child.is_dir():
                    files[str(child)] = None
            elif child not in skipped:
                skipped[child] = entry
    return Listing(list(files), list(skipped.values()))


def skipped_entries(arguments: Iterable[str | Path]) -> list[SkippedEntry]:
    """The entries of the folders among `arguments` that the scan does not read, sorted, each once. Files given
    by name are not listed: they are read whatever their name, and reading one says what is wrong with it."""
    return list_arguments(arguments).skipped


def skipped_entry(path: Path) -> SkippedEntry | None:
    """Why the scan of a folder passes over `path`, or None when it reads it (or it is a folder, looked into)."""
    try:
        mode = path.stat().st_mode
    except OSError as error:  # a link to nowhere, a file gone meanwhile
        why = error.strerror or str(error)
        return SkippedEntry(path, f"cannot be read ({why})", SkipKind.UNREADABLE, why)
    if stat.S_ISDIR(mode):
        return None
    special = next((name for test, name in _SPECIAL if test(mode)), None)
    if special is not None:
        return SkippedEntry(path, f"not a photo: {special}", SkipKind.SPECIAL, special)
    suffix = path.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return None
    if not suffix:
        return SkippedEntry(path, f"no file extension ({_READ})", SkipKind.NO_EXTENSION)
    return SkippedEntry(path, f"{suffix} files are not read ({_READ})", SkipKind.OTHER_TYPE, suffix)


def describe_skipped(entries: list[SkippedEntry]) -> list[str]:
    """One line per skipped entry, at most SHOWN_AT_MOST, then one line for the rest."""
    lines = [f"{entry.path}: skipped, {entry.reason}" for entry in entries[:SHOWN_AT_MOST]]
    if len(entries) > SHOWN_AT_MOST:
        more = len(entries) - SHOWN_AT_MOST
        lines.append(f"… and {more} more {'entry' if more == 1 else 'entries'} of the folder skipped")
    return lines
