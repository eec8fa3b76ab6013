"""Fixtures for the window's tests: a fresh library per test, filled with a small French sample.

`lib` (and `window`, on it) is a folder library; a module that says `ENGINES = BOTH` (or every module, with
CARDBOOK_TRY_BOTH=1) also runs on a team library in a database of the throw-away PostgreSQL cluster
(tests/pg_server.py), holding the same sample with the same ids (docs/TEAM_LIBRARY.md, "Tests")."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings

from cardbook.storage.library import Library
from cardbook.ui.common.gui_gc import collect_on_gui_thread
from cardbook.ui.common.i18n import install_source_plurals
from cardbook.ui.common.runner import wait_for_tasks
from cardbook.ui.window.main_window import MainWindow
from cardbook.ui.window.teardown import delete_now
from tests.ui.gui_thread_guard import record_sessions
from tests.ui.sample_library import Sample, build_sample

# Qt's offscreen platform cannot apply a window's size limits and warns about it on every show. That notice is
# about the test platform, not about Cardbook, so it alone is allowed; every other Qt warning still fails a test.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"
HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The English singular and plural forms ("1 contact", "3 contacts"), which run_gui installs in every language:
    the window's tests see the texts the user sees."""
    translator = install_source_plurals(qapp)
    assert translator is not None, "cardbook/ui/translations/cardbook_en.qm is missing: run `make translations`"
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """As in run_gui: Python's cycle collection runs on the GUI thread's timer only (cardbook/ui/common/gui_gc.py),
    never on a worker that happens to cross the threshold while a window of this test, or of the one before, has
    Qt objects in cycles waiting to be collected."""
    with collect_on_gui_thread(qapp):
        yield


@pytest.fixture
def empty_library(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "lib")
    yield library
    wait_for_tasks()  # the pages' background reads end before their library closes
    library.close()


@pytest.fixture(scope="session")
def _sample_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Sample]:
    """The sample is written once per test session; each test then gets its own fresh copy of it."""
    root = tmp_path_factory.mktemp("template") / "lib"
    library = Library.open(root)
    sample = build_sample(library)
    library.close()  # the last connection checkpoints the WAL: the folder is complete and quiet
    return root, sample


@pytest.fixture
def sample(_sample_template: tuple[Path, Sample]) -> Sample:
    return _sample_template[1]


BOTH = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "ui_engine" in metafunc.fixturenames:
        engines = getattr(metafunc.module, "ENGINES", BOTH if os.environ.get("CARDBOOK_TRY_BOTH") else ("sqlite",))
        metafunc.parametrize("ui_engine", engines, indirect=True)


@pytest.fixture
def ui_engine(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def _pg_sample_template(pg_cluster, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:  # type: ignore[no-untyped-def]
    """The sample written once into a server database, which each test copies (CREATE DATABASE ... TEMPLATE)."""
    name = pg_cluster.new_database()
    local = tmp_path_factory.mktemp("pg-template") / "lib"
    library = Library.open(pg_cluster.url(name), local_root=local)
    build_sample(library)
    library.close()
    return name, local


@pytest.fixture
def lib(
    tmp_path: Path, _sample_template: tuple[Path, Sample], ui_engine: str, request: pytest.FixtureRequest
) -> Iterator[Library]:
    """A fresh library holding the sample (see `sample` for its ids): a folder at tmp_path / "lib", or a server
    database with this machine's folder there."""
    shutil.copytree(_sample_template[0] if ui_engine == "sqlite" else _pg_local(request), tmp_path / "lib")
    if ui_engine == "sqlite":
        library = Library.open(tmp_path / "lib")
    else:
        cluster = request.getfixturevalue("pg_cluster")
        database = cluster.new_database(template=request.getfixturevalue("_pg_sample_template")[0])
        library = Library.open(cluster.url(database), local_root=tmp_path / "lib")
    yield library
    wait_for_tasks()  # the pages' background reads end before their library closes
    library.close()
    if ui_engine != "sqlite":
        cluster.drop_database(database)


def _pg_local(request: pytest.FixtureRequest) -> Path:
    return Path(request.getfixturevalue("_pg_sample_template")[1])


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_window(qtbot, library: Library, settings: QSettings | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.dataLoaded, timeout=10_000):
        window.show()
    return window


@pytest.fixture
def window(qtbot, lib: Library) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The window on `lib`, closed and deleted at the end of the test, before its library closes (teardown.py):
    no hidden window of an earlier test keeps timers or reads running into the next one."""
    opened = open_window(qtbot, lib)
    yield opened
    delete_now(opened)
    assert not shiboken6.isValid(opened), "the window outlived its test"


@pytest.fixture(autouse=True)
def _no_storage_on_the_gui_thread(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fails a test in which the window opened a storage session on the GUI thread (tests/ui/gui_thread_guard.py)."""
    recorder_gen = record_sessions(monkeypatch)
    recorder = next(recorder_gen)
    yield
    if os.environ.get("CARDBOOK_GUARD_LOG"):  # CARDBOOK_GUARD_LOG=file: list every caller instead of failing
        with open(os.environ["CARDBOOK_GUARD_LOG"], "a", encoding="utf-8") as log:
            log.writelines(f"{caller}\n" for caller in recorder.seen)
        return
    unexpected = recorder.unexpected()
    assert unexpected == [], f"storage read on the GUI thread by: {unexpected}"
