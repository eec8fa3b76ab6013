"""Shared fixtures: a fresh library (a real SQLite file in a temporary folder) per test."""

from __future__ import annotations

import os

# Tests never need a display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from cardbook.storage.library import Library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "library")
    yield lib
    lib.close()
