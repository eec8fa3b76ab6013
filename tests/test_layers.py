"""The layers of ARCHITECTURE.md: nothing below ui/ may import Qt (it must run and test without a screen)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "cardbook"
QT_FREE = ["domain", "ocr", "storage", "interop"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("layer", QT_FREE)
def test_no_qt_import_below_ui(layer: str) -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / layer).rglob("*.py")
        if _imports(path) & {"PySide6", "PyQt5", "PyQt6", "shiboken6"}
    ]
    assert offenders == []


def test_importing_the_core_layers_loads_no_qt() -> None:
    modules = [
        f"cardbook.{layer}.{p.stem}" if p.stem != "__init__" else f"cardbook.{layer}"
        for layer in QT_FREE
        for p in (PACKAGE / layer).glob("*.py")
    ]
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules) + "print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
