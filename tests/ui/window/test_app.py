"""run_gui: the screenshot mode renders every view of a real library to a PNG and returns without a loop."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QImage

from cardbook.domain.contact import Contact
from cardbook.storage.contacts.interchange import save_my_card
from cardbook.storage.library import Library
from cardbook.ui.common.i18n import install_translations, locale_for, remove_translations
from cardbook.ui.window.app import SCREENSHOT_SIZE, run_gui, valid_view
from tests.ui.sample_library import Sample

VIEWS = ["contacts", "wall", "contact:1", "import", "events", "networks", "reports"]


@pytest.mark.parametrize("view", VIEWS)
def test_screenshot_of_each_view_is_a_full_size_png(qapp, lib: Library, tmp_path: Path, view: str) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / f"{view.replace(':', '_')}.png"
    assert run_gui(lib, screenshot=target, view=view) == 0
    assert target.stat().st_size > 10_000
    image = QImage(str(target))
    assert (image.width(), image.height()) == SCREENSHOT_SIZE
    # Not a blank canvas: the window drew text and widgets of several colours.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)}
    assert len(colours) > 5


def test_screenshot_of_a_contact_and_in_french(qapp, lib: Library, sample: Sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = QLocale().name()
    target = tmp_path / "fr.png"
    assert run_gui(lib, screenshot=target, lang="fr", view=f"contact:{sample.ids['Émilie Lefèvre']}") == 0
    assert QImage(str(target)).width() == SCREENSHOT_SIZE[0]
    assert QLocale().name() == before  # the process's locale is given back
    assert QCoreApplication.applicationName() == "Cardbook"
    assert QCoreApplication.organizationName() == "Cardbook"


def _dark_share(image: QImage) -> float:
    """The share of near-black pixels in the middle third of the picture (where a dialog is drawn)."""
    xs = range(image.width() // 3, 2 * image.width() // 3, 2)
    ys = range(image.height() // 3, 2 * image.height() // 3, 2)
    dark = sum(1 for x in xs for y in ys if QColor(image.pixel(x, y)).lightness() < 40)
    return dark / (len(xs) * len(ys))


def test_screenshot_of_the_my_card_dialog_over_the_window(qapp, lib: Library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    save_my_card(lib, Contact(full_name="Marguerite Delacroix", emails=["marguerite.delacroix@atelier-sud.fr"]))
    plain, dialog = tmp_path / "contacts.png", tmp_path / "my-card.png"
    assert run_gui(lib, screenshot=plain, view="contacts") == 0
    assert run_gui(lib, screenshot=dialog, view="my-card") == 0
    image = QImage(str(dialog))
    assert (image.width(), image.height()) == SCREENSHOT_SIZE
    # The dialog's QR code is drawn over the middle of the window: about an eighth of it black modules, against
    # a percent or two of dark text in the list alone.
    assert _dark_share(image) > 0.10 > 0.03 > _dark_share(QImage(str(plain)))


def test_screenshot_of_an_empty_library(qapp, empty_library: Library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "empty.png"
    assert run_gui(empty_library, screenshot=target) == 0
    assert target.stat().st_size > 5_000


def test_unknown_views_are_refused_with_a_message(qapp, lib: Library, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run_gui(lib, screenshot=tmp_path / "x.png", view="settings") == 2
    assert "unknown view 'settings'" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()
    assert valid_view("contact:12") and not valid_view("contact:abc") and valid_view("reports")
    assert valid_view("my-card") and valid_view("preferences") and not valid_view("my-card:3")


def test_french_loads_qts_own_translation(qapp) -> None:  # type: ignore[no-untyped-def]
    locale = locale_for("fr")
    assert locale.language() == QLocale.Language.French
    translators = install_translations(qapp, locale)
    try:
        assert any(t.language().startswith("fr") for t in translators)  # qtbase_fr.qm ships with PySide6
    finally:
        remove_translations(qapp, translators)


def test_the_window_runs_until_closed_and_freezes_its_startup_objects(qapp, lib: Library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import gc

    import shiboken6
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from cardbook.ui.window.main_window import MainWindow

    # The window keeps its geometry in the user's settings: here, in a settings file of the test's own.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    seen: list[MainWindow] = []
    # The window run_gui makes, not one an earlier test's run_gui left behind, closed but not deleted (a closed
    # window with rows, "closed" again, left this test's window open and its event loop running for ever).
    earlier = {id(widget) for widget in QApplication.topLevelWidgets() if isinstance(widget, MainWindow)}
    assert gc.get_freeze_count() == 0  # an earlier run_gui's freeze was undone: the one below is this test's

    def close_once_loaded() -> None:
        for widget in QApplication.topLevelWidgets():
            ours = isinstance(widget, MainWindow) and id(widget) not in earlier and widget.isVisible()
            if ours and not seen and widget.model.rowCount() > 0:
                seen.append(widget)
                widget.close()  # the last window closed: the event loop ends

    timer = QTimer()
    timer.timeout.connect(close_once_loaded)
    timer.start(50)
    try:
        assert run_gui(lib) == 0
        assert seen, "the window never showed its contacts"
        # Deleted before run_gui returned (ui/window/teardown.py), not left hidden for later tests to trip on.
        assert not shiboken6.isValid(seen[0])
        assert [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and id(w) not in earlier] == []
        assert gc.get_freeze_count() > 0  # the startup objects left the garbage collector's scans
        assert (tmp_path / "Cardbook" / "Cardbook.conf").is_file()  # the geometry was remembered
    finally:
        timer.stop()
        gc.unfreeze()
        default = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")  # Qt's default on Linux
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, default)


def test_screenshot_of_the_receive_dialog_shows_a_real_code_and_closes_its_port(
    qapp, empty_library: Library, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import socket
    import urllib.parse

    import cv2
    import zxingcpp

    target = tmp_path / "receive.png"
    assert run_gui(empty_library, screenshot=target, view="receive") == 0
    image = cv2.imread(str(target))
    assert image is not None and image.shape[1] >= 440  # the dialog alone, not the window
    [code] = zxingcpp.read_barcodes(image)  # the phone's camera would read this address
    url = urllib.parse.urlsplit(code.text)
    assert url.scheme == "http" and url.port and len(url.path.strip("/")) >= 20  # with its one-time token
    with pytest.raises(OSError):  # the picture taken, the server closed
        socket.create_connection(("127.0.0.1", url.port), timeout=5)
