"""`cardbook gui --help` and docs/CLI.md name every page and dialog `--view` opens (ui/window/app.VIEWS and
DIALOG_VIEWS)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cardbook.cli import main as cli
from cardbook.ui.window.app import DIALOG_VIEWS, VIEWS, valid_view

DOCS = Path(__file__).resolve().parents[2] / "docs" / "CLI.md"


def _accepted() -> set[str]:
    return {*VIEWS, *DIALOG_VIEWS, "contact:ID", "event:ID"}


def test_gui_help_lists_every_view(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["gui", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    listed = help_text.split("--view VIEW", 2)[-1]
    named = {word for word in _accepted() if re.search(rf"(?<![\w:]){re.escape(word)}(?![\w:])", listed)}
    assert named == _accepted()
    assert all(valid_view(v.replace("ID", "1")) for v in _accepted())


def test_docs_list_every_view() -> None:
    text = DOCS.read_text(encoding="utf-8")
    synopsis = re.search(r"cardbook gui \[.*?\[--view ([^\]]+)\]", text)
    assert synopsis is not None
    assert set(synopsis.group(1).split("|")) == _accepted()
    section = text.split("### `cardbook gui`", 1)[1].split("###", 1)[0]
    described = section.split("`--view VIEW`", 1)[1]
    assert {v for v in _accepted() if f"`{v}`" in described} == _accepted()
