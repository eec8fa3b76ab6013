"""The storage tests' `library`: SQLite, and also PostgreSQL for the modules that say `ENGINES = BOTH`.

A module opts in once it passes on both (docs/TEAM_LIBRARY.md lists what does not yet); the PostgreSQL half is
skipped, with the reason said once in the report header, where the server binaries are missing.
CARDBOOK_TRY_BOTH=1 runs every module on both, to see what a module that has not opted in still lacks.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from cardbook.storage.library import Library

BOTH = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "storage_engine" in metafunc.fixturenames:
        engines = getattr(metafunc.module, "ENGINES", BOTH if os.environ.get("CARDBOOK_TRY_BOTH") else ("sqlite",))
        metafunc.parametrize("storage_engine", engines, indirect=True)


@pytest.fixture
def storage_engine(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def library(storage_engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Library]:
    if storage_engine == "postgresql":
        yield request.getfixturevalue("pg_library")
        return
    lib = Library.open(tmp_path / "library")
    yield lib
    lib.close()
