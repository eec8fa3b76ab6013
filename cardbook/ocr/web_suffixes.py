"""The suffixes under which domains are registered (".com", ".com.br", ".gouv.fr", ".coffee"), from the
Public Suffix List — a maintained list, so that a new generic suffix (".realty", ".health") or a country's
second level (".org.br", ".qc.ca") is known without a word list of our own.

The list is read from Debian's ``publicsuffix`` package (``/usr/share/publicsuffix``, installed by
packaging/bootstrap.sh and a dependency of the .deb: the system's updates keep it current), else from the
copy the ``publicsuffixlist`` Python package ships (a dependency: every platform's bundle has it, Windows
and macOS included). Only the data file is read; the package's own updater, which would fetch the list, is
never run: nothing goes over the network.

Only the list's ICANN section is read: its private section names hosting platforms ("github.io",
"blogspot.com"), whose users' sites are no firm's suffix. Without either file, the few suffixes
``parse_contacts.TLDS`` names still work (``FALLBACK_SECOND_LEVEL`` for the second level).
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from cardbook.ocr.load_once import once

LIST_PATHS = (Path("/usr/share/publicsuffix/public_suffix_list.dat"),)
LIST_PACKAGE = "publicsuffixlist"  # the Python package shipping the list, read when no system copy is found
_PRIVATE_START = "===BEGIN PRIVATE DOMAINS==="
# Second-level labels under a country code, used only when the list is missing.
FALLBACK_SECOND_LEVEL = frozenset(("co", "com", "org", "net", "gov", "edu", "ac", "gouv", "asso", "ne", "or", "go"))


@once
def icann_suffixes() -> frozenset[str]:
    """Every ICANN suffix of the list, lower case, ASCII only ("com", "com.br", "gouv.fr", "*.ck");
    empty when no list is installed."""
    for text in _list_texts():
        suffixes: set[str] = set()
        for raw in text.splitlines():
            line = raw.strip()
            if _PRIVATE_START in line:
                break
            if not line or line.startswith("//") or not line.isascii():
                continue
            suffixes.add(line.lower())
        return frozenset(suffixes)
    return frozenset()


def _list_texts() -> Iterator[str]:
    """The list's text from each place it may be, in order of preference (the first readable one is used)."""
    for path in LIST_PATHS:
        try:
            yield path.read_text(encoding="utf-8")
        except OSError:
            continue
    try:
        yield (resources.files(LIST_PACKAGE) / "public_suffix_list.dat").read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        return


@once
def top_level_domains() -> frozenset[str]:
    """The list's top-level domains ("com", "fr", "coffee"); empty without the list."""
    return frozenset(suffix for suffix in icann_suffixes() if "." not in suffix and not suffix.startswith(("*", "!")))


def suffix_length(labels: list[str]) -> int:
    """How many of a host's last ``labels`` make its public suffix: 1 for "atelier.fr", 2 for
    "casa.com.br" and "mairie.gouv.fr"; at least 1 (the last label), at most all but one."""
    suffixes = icann_suffixes()
    if not suffixes:
        fallback = len(labels) >= 3 and labels[-2] in FALLBACK_SECOND_LEVEL
        return 2 if fallback else 1
    longest = 1
    for size in range(2, len(labels)):
        tail = ".".join(labels[-size:])
        wildcard = ".".join(["*", *labels[-size + 1 :]])
        if f"!{tail}" in suffixes:
            break
        if tail in suffixes or wildcard in suffixes:
            longest = size
    return longest


def split_suffix(host: str) -> tuple[str, str]:
    """A host before its public suffix and the suffix, lower case: ("firm", "co.uk") of "Firm.co.uk"."""
    labels = host.lower().split(".")
    size = suffix_length(labels)
    return ".".join(labels[:-size]), ".".join(labels[-size:])
