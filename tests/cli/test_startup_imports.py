"""`cardbook --version` and `cardbook --help` answer without loading the OCR stack.

Building the parser used to import OpenCV, NumPy and the OCR engines (through the scan options' defaults), so
every command, even `--version`, paid about a second before it began. The defaults now live in
cardbook/ocr/defaults.py; this checks, in a fresh interpreter, that the parser and `--version` stay light.
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("cv2", "numpy", "pytesseract", "rapidocr", "onnxruntime", "PySide6", "sqlalchemy")

PROBE = """
import contextlib, io, sys
from cardbook.cli.main import build_parser, main
build_parser()
with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.suppress(SystemExit):
    main(["--version"])
assert out.getvalue().startswith("cardbook "), out.getvalue()
print(" ".join(sorted(name for name in {heavy!r} if name in sys.modules)))
"""


def test_the_parser_and_version_load_no_heavy_library() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""  # the names of any heavy library loaded
