"""A scan without the library (``cardbook scan`` without ``--import``) never imports the storage layer: SQLAlchemy
and the library's modules were ~0.5 s of every scan's start, before its first card (docs/measuring/speed-and-memory.md).
Each check runs in a fresh interpreter: this test process has imported everything already."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]


def _modules_after(code: str) -> set[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    script = f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_the_batch_modules_do_not_import_the_storage_layer() -> None:
    loaded = _modules_after("import cardbook.cli.main, cardbook.cli.scan, cardbook.app.scanning, cardbook.ocr.jsonout")
    assert "cardbook.app.scanning" in loaded
    assert not {name for name in loaded if name == "sqlalchemy" or name.startswith("cardbook.storage")}


def test_a_scan_without_the_library_never_imports_it(tmp_path: Path) -> None:
    # Two images (a batch: the warm-up thread runs too); blank paper reads as no card, quickly.
    for number in range(2):
        Image.fromarray(np.full((300, 500, 3), 235, np.uint8)).save(tmp_path / f"blank-{number}.png")
    code = (
        "import sys, io\nfrom cardbook.cli.main import main\nsys.stdout = io.StringIO()\n"
        f"main(['scan', '--json', '--jobs', '2', {str(tmp_path)!r}])\nsys.stdout = sys.__stdout__"
    )
    loaded = _modules_after(code)
    assert "cardbook.ocr.pipeline" in loaded
    assert not {name for name in loaded if name == "sqlalchemy" or name.startswith("cardbook.storage")}


def test_a_scan_with_the_library_stores_through_it(tmp_path: Path) -> None:
    """The other side: ``scan_batch`` given a library imports the storing module (``scanning_library``)."""
    code = (
        "from cardbook.app.scanning import scan_batch\nfrom cardbook.ocr.pipeline import ReadOptions\n"
        "from cardbook.storage.library import Library\n"
        f"library = Library.open({str(tmp_path / 'library')!r})\n"
        "list(scan_batch([], ReadOptions(), library=library))"
    )
    assert "cardbook.app.scanning_library" in _modules_after(code)
