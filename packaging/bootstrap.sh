#!/bin/sh
# Installs what Cardbook needs when it is missing, and nothing when it is already there:
#  - Tesseract OCR with French and English data (and, optional, the models of the card languages whose letters
#    fra+eng miss: Portuguese, Spanish, German, Italian, Dutch, Swedish, Danish, Norwegian, Finnish, Polish and
#    Czech, which give those cards their letters back: cardbook/ocr/card_accents.py; the reader works without
#    them), the few system libraries Qt needs, poppler-utils (the tests read the printed reports back with pdftotext and pdftoppm) and the Public
#    Suffix List (publicsuffix: the reader's top-level domains) (apt-get, Debian/Ubuntu);
#  - PostgreSQL's server binaries (Debian's postgresql package): the tests run the storage suite against a
#    throw-away cluster too (tests/pg_server.py: initdb into a temporary folder, Unix socket only). The package
#    may create and start a system cluster of its own; the tests never use it, and it is left as the package
#    set it up (stop it with `pg_ctlcluster 15 main stop` if it is not wanted);
#  - what `make package` and its test need: binutils (PyInstaller reads libraries with objdump), desktop-file-utils
#    and appstream (to validate the menu entry and the metainfo);
#  - a virtual environment in .venv with Cardbook, its test tools, the classifier trainer and PyInstaller
#    (pip install -e ".[test,train,package]").
# Safe to run again: each step is skipped when already done.
set -eu
cd "$(dirname "$0")/.."

# The optional Tesseract models (cardbook/ocr/card_accents.py ACCENT_MODELS), Debian's tesseract-ocr-<lang>.
OPTIONAL_LANGS="por spa deu ita nld swe dan nor fin pol ces"

need_apt=""
if ! command -v tesseract >/dev/null 2>&1; then
    need_apt="yes"
else
    langs=$(tesseract --list-langs 2>/dev/null || true)
    echo "$langs" | grep -qx fra || need_apt="yes"
    echo "$langs" | grep -qx eng || need_apt="yes"
    # Optional (the reader goes on without them): installed where apt-get can, never a reason to stop.
    if command -v apt-get >/dev/null 2>&1; then
        for lang in $OPTIONAL_LANGS; do
            echo "$langs" | grep -qx "$lang" || need_apt="yes"
        done
    fi
fi
command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || need_apt="yes"
# The Public Suffix List (Debian's publicsuffix): the reader's top-level domains (cardbook/ocr/web_suffixes.py).
[ -f /usr/share/publicsuffix/public_suffix_list.dat ] || need_apt="yes"
# Qt's offscreen and xcb platforms load these at run time; a minimal Debian image lacks some of them.
for lib in libEGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libGL.so.1; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || need_apt="yes"
done
for tool in objdump desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null 2>&1 || need_apt="yes"
done
# Debian keeps initdb out of PATH, under /usr/lib/postgresql/VERSION/bin (tests/pg_server.py looks there).
# Optional: without it only the PostgreSQL half of the tests is skipped, so it never stops the set-up.
need_pg=""
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || need_pg="postgresql"
if [ -n "$need_pg" ] && command -v apt-get >/dev/null 2>&1; then
    need_apt="yes"
fi

if [ -n "$need_apt" ]; then
    if command -v apt-get >/dev/null 2>&1; then
        SUDO=""
        [ "$(id -u)" -eq 0 ] || SUDO="sudo"
        echo "Installing Tesseract (French, English), Qt runtime libraries and packaging tools with apt-get..."
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
            tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng \
            libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
            libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 fonts-dejavu-core poppler-utils \
            binutils desktop-file-utils appstream publicsuffix $need_pg >/dev/null
        # The card languages' models, one by one: a pack this release lacks is skipped, never a reason to stop.
        for lang in $OPTIONAL_LANGS; do
            DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "tesseract-ocr-$lang" >/dev/null 2>&1 ||
                echo "tesseract-ocr-$lang is not available: those cards keep the default models' reading" >&2
        done
    else
        echo "Tesseract with French and English data is missing. Install it first:" >&2
        echo "  macOS:   brew install tesseract tesseract-lang" >&2
        echo "  Windows: the UB Mannheim installer (github.com/UB-Mannheim/tesseract), tick French" \
            "(and Portuguese, Spanish, German, Italian, Dutch, Swedish, Danish, Norwegian, Finnish, Polish and" \
            "Czech for those cards' letters)" >&2
        exit 1
    fi
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
        echo "Cardbook needs Python 3.11 or newer ($PY is older)." >&2; exit 1; }
    "$PY" -m venv .venv 2>/dev/null || {
        if command -v apt-get >/dev/null 2>&1; then
            SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
            $SUDO apt-get install -y -qq python3-venv >/dev/null
            "$PY" -m venv .venv
        else
            exit 1
        fi
    }
fi
# Reinstall only when pyproject.toml changed since the last install.
if [ ! -f .venv.stamp ] || [ pyproject.toml -nt .venv.stamp ]; then
    echo "Installing Cardbook's Python packages into .venv..."
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,train,package]"
    touch .venv.stamp
fi
