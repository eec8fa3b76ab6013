"""Reading defaults that the command line's parser shows in its help.

Kept apart from the engines so that building the parser (`cardbook --version`, `cardbook --help`) does not load
OpenCV, NumPy and the OCR engines: those cost about a second, which every command paid before it began.
"""

from __future__ import annotations

import os

DEFAULT_LANG = "fra+eng"  # Tesseract's languages: the cards our users bring home are French or English


def default_jobs() -> int:
    """Images read in parallel: one per core, at most 4 (each reader holds its engines, ~300 MB)."""
    return max(1, min(4, os.cpu_count() or 1))
