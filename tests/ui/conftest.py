"""Fixtures for the window's tests: a fresh library per test, filled with a small French sample."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from cardbook.storage.library import Library
from cardbook.ui.common.i18n import install_source_plurals
from cardbook.ui.common.runner import wait_for_tasks
from cardbook.ui.window.main_window import MainWindow
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


@pytest.fixture
def lib(tmp_path: Path, _sample_template: tuple[Path, Sample]) -> Iterator[Library]:
    """A fresh library holding the sample (see `sample` for its ids), at tmp_path / "lib"."""
    shutil.copytree(_sample_template[0], tmp_path / "lib")
    library = Library.open(tmp_path / "lib")
    yield library
    wait_for_tasks()  # the pages' background reads end before their library closes
    library.close()


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
def window(qtbot, lib: Library) -> MainWindow:  # type: ignore[no-untyped-def]
    return open_window(qtbot, lib)


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
