"""Shared fixtures: a fresh library (a real SQLite file in a temporary folder) per test, and the throw-away
PostgreSQL cluster (tests/pg_server.py) for the tests that also run on a server library."""

from __future__ import annotations

import os

# Tests never need a display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cardbook.storage.library import Library
from tests import pg_server

PG_MISSING = (
    "PostgreSQL's server binaries (initdb, pg_ctl) are not installed: the PostgreSQL half of the storage tests "
    "is skipped (packaging/bootstrap.sh installs Debian's postgresql package)"
)


def pytest_report_header(config: pytest.Config) -> str:
    """Said once, at the top of the run: whether the PostgreSQL half runs."""
    found = pg_server.find_binaries()
    if found is None:
        return f"PostgreSQL: {PG_MISSING}"
    return f"PostgreSQL: throw-away clusters from {found} (Unix socket only)"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[pg_server.PgCluster]:
    """This process's throw-away cluster, with the schema migrated once into the template database."""
    found = pg_server.find_binaries()
    if found is None:
        pytest.skip(PG_MISSING)
    cluster = pg_server.start_cluster(found)
    try:
        cluster.execute(f'CREATE DATABASE "{pg_server.TEMPLATE}"')
        Library.open(cluster.url(pg_server.TEMPLATE), local_root=cluster.folder / "template-local").close()
        yield cluster
    finally:
        pg_server.remove_cluster(cluster)


@pytest.fixture
def pg_library(pg_cluster: pg_server.PgCluster, tmp_path: Path) -> Iterator[Library]:
    """A fresh, current library in its own database of the test cluster."""
    name = pg_cluster.new_database()
    lib = Library.open(pg_cluster.url(name), local_root=tmp_path / "library")
    yield lib
    lib.close()
    pg_cluster.drop_database(name)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cardbook never uses the network: any attempt to reach another machine fails the test that made it."""
    import socket

    real_connect = socket.socket.connect

    def guarded_connect(sock: socket.socket, address: object) -> object:
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            host = address[0] if isinstance(address, tuple) else str(address)
            if host not in ("127.0.0.1", "::1", "localhost"):
                raise AssertionError(f"network access attempted: {address!r}")
        return real_connect(sock, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)


# pytest-qt waits 5 s by default for a condition or a signal. Background work (reads, saves, OCR) can take longer
# than that on a loaded 2-core CI machine, and a wait only sets an upper bound: a passing test does not wait longer.
# Tests that check that something does NOT happen pass their own short timeout, which this leaves alone.
PATIENT_WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def _patient_qt_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        from pytestqt.qtbot import QtBot
    except ImportError:  # pragma: no cover - pytest-qt is part of the test tools
        return
    wait_until, wait_signal = QtBot.waitUntil, QtBot.waitSignal

    def patient_wait_until(self: QtBot, callback: Any, *, timeout: int = PATIENT_WAIT_MS) -> None:
        wait_until(self, callback, timeout=timeout)

    def patient_wait_signal(self: QtBot, signal: Any, *, timeout: int = PATIENT_WAIT_MS, **options: Any) -> Any:
        return wait_signal(self, signal, timeout=timeout, **options)

    monkeypatch.setattr(QtBot, "waitUntil", patient_wait_until)
    monkeypatch.setattr(QtBot, "waitSignal", patient_wait_signal)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "library")
    yield lib
    lib.close()
