"""The layers of docs/ARCHITECTURE.md: nothing outside ui/ may import Qt (it must run and test without a screen),
no module imports another that imports it back, and every module lives in a layer's package."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "cardbook"
QT_FREE = ["domain", "ocr", "storage", "interop", "app", "cli"]


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


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph() -> dict[str, set[str]]:
    """Which cardbook modules each module imports, at any depth of its code (lazy imports count too: a circle
    through a function is still a circle a reader has to hold in their head)."""
    modules = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    found.add(full if full in modules else node.module)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return circles


def test_no_import_circle() -> None:
    assert _circles(_import_graph()) == []


def test_the_circle_finder_finds_circles() -> None:
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_every_module_lives_in_a_layer() -> None:
    loose = sorted(p.name for p in PACKAGE.glob("*.py") if p.name not in {"__init__.py", "__main__.py"})
    assert loose == []


UI = PACKAGE / "ui"


def _modules_imported(path: Path) -> set[str]:
    """Every module `path` imports by absolute name, TYPE_CHECKING imports included (they are a circle too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _offenders(paths: list[Path], forbidden: str) -> list[str]:
    return sorted(
        str(path.relative_to(PACKAGE))
        for path in paths
        if any(name == forbidden or name.startswith(forbidden + ".") for name in _modules_imported(path))
    )


def test_the_window_never_imports_the_command_line() -> None:
    """The command line is a front end beside the window: what both need lives below them (cardbook.app)."""
    assert _offenders(list(UI.rglob("*.py")), "cardbook.cli") == []


def test_no_feature_imports_the_window() -> None:
    """Features get the services object (ui/common/services.py), never the main window: no circle back to it."""
    outside = [p for p in UI.rglob("*.py") if (UI / "window") not in p.parents]
    assert _offenders(outside, "cardbook.ui.window") == []


def test_no_view_touches_storage() -> None:
    """The naming rule of cardbook/ui/__init__.py: a `*_view.py` is widgets and layout, given plain data — it
    imports neither storage nor the runner nor the undo stack (its controller reads and writes for it)."""
    views = list(UI.rglob("*_view.py"))
    assert views
    for forbidden in ("cardbook.storage", "cardbook.ui.common.runner", "cardbook.ui.common.undo"):
        assert _offenders(views, forbidden) == [], forbidden
