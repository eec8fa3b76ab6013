"""The card wall (issue 14, item 4): the contact list as a grid of the cards' pictures, on a real library with
real card images — tiles, the thumbnails' disk cache, filters, opening a contact, a corrupt picture."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from cardbook.domain.contact import Contact
from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.card_faces import card_faces
from cardbook.storage.library import Library
from cardbook.ui.contacts.card_wall import CardWall
from cardbook.ui.contacts.thumbnails import Thumbnails
from cardbook.ui.window.main_window import MainWindow
from tests.ui.conftest import OFFSCREEN_NOISE, open_window
from tests.ui.contacts.wall_cards import add_card_contact, card_jpeg
from tests.ui.helpers import settle

CARDS = [
    ("Camille Durand", "Atelier Durand", "Designer"),
    ("Paul Lambert", "Lambert Immobilier", "Agent"),
    ("Inès Roux", "Roux & Fils", "Gérante"),
    ("Thomas Blanc", "Blanc Conseil", "Consultant"),
]


@pytest.fixture
def window(qtbot, lib: Library, carded: dict[str, int]) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window, opened once the card contacts are in the library."""
    return open_window(qtbot, lib)


@pytest.fixture
def carded(lib: Library) -> dict[str, int]:
    """The sample library (contacts typed in: no pictures) and four contacts read from card images."""
    return {
        name: add_card_contact(lib, Contact(full_name=name, company=company, title=title), card_jpeg(name, company))
        for name, company, title in CARDS
    }


def _wall(qtbot, window: MainWindow) -> CardWall:  # type: ignore[no-untyped-def]
    """The window on the wall, once every tile in view has its name, face and picture (or placeholder)."""
    assert window.show_view("wall")
    wall = window.contacts_page.wall
    qtbot.waitUntil(lambda: wall.isVisible() and not window.controller.querying, timeout=10_000)
    _settled(qtbot, window)
    return wall


def _settled(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Until every tile in view shows its name and its picture — or the placeholder of a contact without one."""
    wall = window.contacts_page.wall
    settle(qtbot, window)

    def shown(row: int) -> bool:
        contact_id = window.model.id_at(row)
        assert contact_id is not None
        pictures = wall.thumbnails
        has_face = pictures.has_face(contact_id)
        pictured = has_face is False or pictures.pixmap(contact_id) is not None or pictures.failed(contact_id)
        return has_face is not None and pictured and window.model.is_loaded(row)

    qtbot.waitUntil(
        lambda: bool(wall.visible_rows()) and all(shown(row) for row in wall.visible_rows()), timeout=10_000
    )


def _row(window: MainWindow, contact_id: int) -> int:
    row = window.model.row_of(contact_id)
    assert row is not None
    return row


def _picture_centre(wall: CardWall, row: int) -> QColor:
    """What the wall painted at the middle of a tile's picture."""
    index = wall.model().index(row, 0)
    wall.scrollTo(index)
    rect = wall.delegate.picture_rect(wall.visualRect(index))
    cell = wall.visualRect(index)
    left = cell.left() + (cell.width() - wall.delegate.tile.width()) // 2
    centre = QPoint(left + rect.left() - cell.left() + rect.width() // 2, rect.top() + rect.height() // 2)
    return wall.viewport().grab().toImage().pixelColor(centre)


def test_tiles_show_the_card_pictures_and_placeholders_for_the_others(
    qtbot, window: MainWindow, carded: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 1400)  # every tile in view
    wall = _wall(qtbot, window)
    assert window.contacts_page.wall_shown and window.commands.card_wall.isChecked()
    assert not window.contacts_page.pane_panel.isVisible()  # the wall spans the page
    assert wall.model() is window.model and wall.selectionModel() is window.contacts_page.table.selectionModel()
    assert len(wall.visible_rows()) == window.model.rowCount() == 16
    for contact_id in carded.values():
        pixmap = wall.thumbnails.pixmap(contact_id)
        assert pixmap is not None
        assert pixmap.width() <= wall.thumbnails.box.width() and pixmap.height() <= wall.thumbnails.box.height()
        assert pixmap.width() == wall.thumbnails.box.width() or pixmap.height() == wall.thumbnails.box.height()
    assert wall.thumbnails.decoded == len(carded)  # one decode per picture, none for the typed-in contacts
    typed_in = window.model.id_at(0)
    assert typed_in is not None and typed_in not in carded.values()
    assert wall.thumbnails.has_face(typed_in) is False and wall.thumbnails.pixmap(typed_in) is None
    # What is painted: the card's paper in a picture tile, the placeholder's fill in a typed-in contact's.
    paper = _picture_centre(wall, _row(window, carded["Camille Durand"]))
    placeholder = _picture_centre(wall, 0)
    assert paper.red() >= 240 and paper.green() >= 240  # the card's off-white paper (or its dark name)
    assert placeholder != paper
    # The name under each tile, in full in its tooltip.
    assert (
        wall.delegate.tooltip(_row(window, carded["Paul Lambert"]))
        == "Paul Lambert\nAgent\nLambert Immobilier\nAwaiting review"
    )


def test_thumbnails_are_cached_on_disk_and_reused(qtbot, lib: Library, carded: dict[str, int], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, lib)
    window.resize(1280, 1400)  # every tile in view
    wall = _wall(qtbot, window)
    box = wall.thumbnails.box
    faces = card_faces(lib, list(carded.values()))
    cached = {
        name: lib.images.thumbnail_path(faces[cid].sha256, box.width(), box.height()) for name, cid in carded.items()
    }
    assert all(path.is_file() for path in cached.values())
    thumb = QImage(str(cached["Camille Durand"]))
    assert (thumb.width(), thumb.height()) == (wall.thumbnails.pixmap(carded["Camille Durand"]).width(), thumb.height())
    # A second window reads the cached files, not the images: a cached file painted red shows red.
    red = QImage(thumb.size(), QImage.Format.Format_RGB32)
    red.fill(QColor(255, 0, 0))
    assert red.save(str(cached["Camille Durand"]), "JPG")
    cached["Paul Lambert"].unlink()  # and a cache file deleted is made again
    window.close()
    again = open_window(qtbot, lib)
    again.resize(1280, 1400)
    wall = _wall(qtbot, again)
    image = wall.thumbnails.pixmap(carded["Camille Durand"])
    assert image is not None
    centre = image.toImage().pixelColor(image.width() // 2, image.height() // 2)
    assert centre.red() > 200 and centre.green() < 60
    assert cached["Paul Lambert"].is_file()


def test_the_wall_follows_the_search_and_the_lists(qtbot, window: MainWindow, carded: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    wall = _wall(qtbot, window)
    window.search.setText("Durand")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and not window.controller.querying, timeout=10_000)
    _settled(qtbot, window)
    assert list(wall.visible_rows()) == [0]
    assert window.model.id_at(0) == carded["Camille Durand"]
    assert wall.thumbnails.pixmap(carded["Camille Durand"]) is not None
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 16 and not window.controller.querying, timeout=10_000)
    # A list of the sidebar: the cards awaiting review (the four read ones and one of the sample).
    window.commands.lists[next(k for k in window.commands.lists if k.value == "review")].trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 5 and not window.controller.querying, timeout=10_000)
    _settled(qtbot, window)
    assert window.contacts_page.wall_shown  # the list changed, not the view
    assert set(carded.values()) <= set(window.model.ids)
    assert len(wall.visible_rows()) == 5


def test_a_double_click_or_enter_opens_the_contact(qtbot, window: MainWindow, carded: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    wall = _wall(qtbot, window)
    page = window.contacts_page
    ines = carded["Inès Roux"]
    index = window.model.index(_row(window, ines), 0)
    wall.scrollTo(index)
    at = wall.visualRect(index).center()
    qtbot.mouseClick(wall.viewport(), Qt.MouseButton.LeftButton, pos=at)  # a double click: press, release...
    qtbot.mouseDClick(wall.viewport(), Qt.MouseButton.LeftButton, pos=at)  # ...then the second press
    qtbot.waitUntil(lambda: page.pane.contact_id == ines and window.presenter.reading is None, timeout=10_000)
    assert not page.wall_shown and not window.commands.card_wall.isChecked()
    assert page.pane_panel.isVisible() and page.current_id() == ines
    assert page.table.hasFocus() or not window.isActiveWindow()
    # Back on the wall with the keyboard (the shortcut), on the same card; Right moves on, Enter opens.
    window.commands.card_wall.trigger()
    assert page.wall_shown and page.current_id() == ines
    wall.setFocus()
    qtbot.keyClick(wall, Qt.Key.Key_Right)
    following = window.model.id_at(_row(window, ines) + 1)
    assert page.current_id() == following
    qtbot.keyClick(wall, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.pane.contact_id == following and window.presenter.reading is None, timeout=10_000)
    assert not page.wall_shown


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "Corrupt JPEG data", "JPEG datastream contains no image")  # libjpeg
def test_a_corrupt_picture_gives_a_placeholder(qtbot, lib: Library, carded: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    broken = carded["Thomas Blanc"]
    face = card_faces(lib, [broken])[broken]
    lib.images.path_for(face.sha256, face.extension).write_bytes(b"\xff\xd8\xff\xe0 not a JPEG after all")
    window = open_window(qtbot, lib)
    window.resize(1280, 1400)
    wall = _wall(qtbot, window)
    assert wall.thumbnails.failed(broken) and wall.thumbnails.pixmap(broken) is None
    assert wall.thumbnails.decoded == len(carded) - 1  # the others are shown
    box = wall.thumbnails.box
    assert not lib.images.thumbnail_path(face.sha256, box.width(), box.height()).exists()
    wall.viewport().grab()  # painted with its name and company, without an error


def test_the_wall_gives_way_to_the_editor(qtbot, window: MainWindow, carded: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    _wall(qtbot, window)
    page = window.contacts_page
    window.commands.new_contact.trigger()
    assert page.pane.is_editing()
    assert not page.wall_shown and page.pane_panel.isVisible() and not window.commands.card_wall.isChecked()


def test_the_page_switch_shows_the_wall_and_the_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.contacts_page
    qtbot.mouseClick(page.show_wall_button, Qt.MouseButton.LeftButton)
    assert page.wall_shown and window.commands.card_wall.isChecked() and page.list_stack.currentWidget() is page.wall
    qtbot.mouseClick(page.show_list_button, Qt.MouseButton.LeftButton)
    assert not page.wall_shown and not window.commands.card_wall.isChecked()
    assert page.list_stack.currentWidget() is page.table and page.pane_panel.isVisible()


def test_only_the_tiles_in_view_are_loaded_and_scrolling_loads_the_others(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    """Sixty typed-in contacts first (by name), then four read from cards: at the top of the wall none of the
    four pictures is decoded (nor cached); scrolled to the end, the four are."""
    for number in range(60):
        contacts.create_contact(lib, Contact(full_name=f"Aaron Abel {number:02}", company="Abel SA"))
    last = {
        name: add_card_contact(lib, Contact(full_name=name, company=company), card_jpeg(name, company, size=(525, 325)))
        for name, company in (("Zoé Zeller", "ZZ"), ("Zora Zink", "Zink"), ("Zack Zorn", "Zorn"), ("Zita Zuber", "Z"))
    }
    window = open_window(qtbot, lib)
    wall = _wall(qtbot, window)
    assert max(wall.visible_rows()) < window.model.rowCount() - 4
    # Which image stands for each contact is read a page of rows at a time; the pictures only for the tiles in view.
    assert wall.thumbnails.decoded == 0 and all(wall.thumbnails.has_face(i) for i in last.values())
    bar = wall.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: window.model.rowCount() - 1 in wall.visible_rows(), timeout=10_000)
    _settled(qtbot, window)
    assert all(wall.thumbnails.pixmap(i) is not None for i in last.values())
    assert wall.thumbnails.decoded == 4


def test_the_rows_in_view_are_those_qt_shows(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    """The wall works out which tiles are in view by arithmetic on its grid: it agrees with Qt's own hit test at
    the top, in the middle and at the end of a wall, and after a resize changes the number of columns."""
    for number in range(90):
        contacts.create_contact(lib, Contact(full_name=f"Aaron Abel {number:02}", company="Abel SA"))
    window = open_window(qtbot, lib)
    wall = _wall(qtbot, window)

    def hit_rows() -> list[int]:
        viewport = wall.viewport().rect()
        found = {
            wall.indexAt(QPoint(x, y)).row()
            for x in range(0, viewport.width(), 8)
            for y in range(0, viewport.height(), 8)
            if wall.indexAt(QPoint(x, y)).isValid()
        }
        return sorted(found)

    bar = wall.verticalScrollBar()
    columns = set()
    # A scroll stopping in the spacing under a line of tiles (that line's cell in view, none of its tile),
    # whatever the fonts make the tiles' size.
    tile = wall.rectForIndex(window.model.index(0, 0)).height()
    assert wall.gridSize().height() > tile + 1
    in_gap = 5 * wall.gridSize().height() + tile + 1
    for width, value in ((1280, 0), (1280, 1037), (1280, in_gap), (1280, 10**6), (1100, 0), (1100, 10**6)):
        window.resize(width, 800)
        QApplication.processEvents()
        bar.setValue(min(value, bar.maximum()))
        QApplication.processEvents()
        shown = hit_rows()
        assert shown and list(wall.visible_rows()) == list(range(shown[0], shown[-1] + 1)), (width, value)
        columns.add(wall.viewport().width() // wall.gridSize().width())
    assert len(columns) == 2  # the narrower window has a column less


def test_on_a_high_density_screen_the_pictures_are_sharp_and_the_same_size(
    qtbot, lib: Library, carded: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    """Twice the pixels in the same logical box, cached apart from the ordinary size."""
    pictures = Thumbnails(lib, QSize(400, 256), 2.0)
    camille = carded["Camille Durand"]
    pictures.visible = lambda contact_id: contact_id == camille
    pictures.ask_faces([camille])
    qtbot.waitUntil(lambda: pictures.has_face(camille) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: pictures.pixmap(camille) is not None, timeout=10_000)
    pixmap = pictures.pixmap(camille)
    assert pixmap is not None and pixmap.devicePixelRatio() == 2.0
    assert pixmap.width() == 400 and pixmap.deviceIndependentSize().width() == 200
    face = card_faces(lib, [camille])[camille]
    assert lib.images.thumbnail_path(face.sha256, 400, 256).is_file()
