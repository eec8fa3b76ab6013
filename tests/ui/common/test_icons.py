"""The window's icon set: one SVG per meaning, drawn in the palette's text colour, and the application's own icon."""

from __future__ import annotations

import configparser
import logging
import tomllib
from collections.abc import Iterator
from fnmatch import fnmatch
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from cardbook.ui.common import icons
from cardbook.ui.common.icons import ICON_DIR, Icon, application_icon, icon
from cardbook.ui.window.app import application

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "cardbook"
SELECTED = "#fefefe"  # the text on a selected row


def image_of(source: QIcon, size: int = 24, mode: QIcon.Mode = QIcon.Mode.Normal) -> QImage:
    return source.pixmap(QSize(size, size), 1.0, mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def opaque_colours(image: QImage) -> set[str]:
    """The colours of the fully inked pixels (the strokes' cores, not their anti-aliased edges)."""
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def palette_with(text: str, disabled: str, window: str) -> QPalette:
    palette = QPalette(QApplication.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor(text))
        palette.setColor(group, QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(disabled))
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText, QColor(SELECTED))
    return palette


@pytest.fixture
def restore_palette(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)


@pytest.mark.parametrize("which", list(Icon), ids=lambda which: which.name)
def test_every_meaning_has_a_line_icon_of_its_own(which: Icon) -> None:
    assert which.path.parent == ICON_DIR and which.path.is_file(), which.path
    renderer = QSvgRenderer(str(which.path))
    assert renderer.isValid()
    assert renderer.viewBoxF() == QRectF(0, 0, 24, 24)
    text = which.path.read_text(encoding="utf-8")
    assert 'stroke="currentColor"' in text
    assert text.count("stroke-width") == text.count(icons.STROKE) == 1  # one weight for the whole set
    assert "#" not in text  # no colour of its own: it is drawn in the palette's


@pytest.mark.parametrize("which", list(Icon), ids=lambda which: which.name)
def test_every_meaning_draws_something(qapp, which: Icon) -> None:  # type: ignore[no-untyped-def]
    made = icon(which)
    assert not made.isNull()
    image = image_of(made)
    assert image.size() == QSize(24, 24)
    inked = sum(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24))
    assert 20 < inked < 24 * 24 // 2  # a line drawing: some ink, mostly transparent
    sharp = icon(which).pixmap(QSize(24, 24), 2.0)
    assert (sharp.width(), sharp.devicePixelRatio()) == (48, 2.0)  # drawn for high-density screens too


def test_no_two_meanings_look_alike(qapp) -> None:  # type: ignore[no-untyped-def]
    masks = {
        which: [image.pixelColor(x, y).alpha() for y in range(24) for x in range(24)]
        for which in Icon
        for image in [image_of(icon(which))]
    }
    members = list(Icon)
    for i, first in enumerate(members):
        for second in members[i + 1 :]:
            differing = sum(abs(a - b) > 96 for a, b in zip(masks[first], masks[second], strict=True))
            assert differing >= 10, f"{first.name} and {second.name} look the same at 24 px"


@pytest.mark.parametrize(
    ("text", "disabled", "window"),
    [("#1d1d1f", "#a0a0a4", "#f6f6f6"), ("#ececec", "#6e6e70", "#242424")],
    ids=["light", "dark"],
)
def test_icons_are_drawn_in_the_palettes_text_colour(
    qapp, restore_palette, text: str, disabled: str, window: str
) -> None:  # type: ignore[no-untyped-def]
    qapp.setPalette(palette_with(text, disabled, window))
    for which in (Icon.SEARCH, Icon.CONTACTS, Icon.MY_CARD):
        assert opaque_colours(image_of(icon(which), 48)) == {text}
        assert opaque_colours(image_of(icon(which), 48, QIcon.Mode.Disabled)) == {disabled}
        assert opaque_colours(image_of(icon(which), 48, QIcon.Mode.Selected)) == {SELECTED}


def test_icons_already_shown_take_the_new_palettes_colour(qapp, qtbot, restore_palette) -> None:  # type: ignore[no-untyped-def]
    qapp.setPalette(palette_with("#101010", "#909090", "#fafafa"))
    window = QWidget()
    qtbot.addWidget(window)
    action = QAction(icon(Icon.EDIT), "Edit", window)
    window.addAction(action)
    button = QPushButton(icon(Icon.DELETE), "Delete", window)

    qapp.setPalette(palette_with("#f0f0f0", "#707070", "#202020"))
    assert opaque_colours(image_of(action.icon(), 48)) == {"#f0f0f0"}
    assert opaque_colours(image_of(button.icon(), 48)) == {"#f0f0f0"}


def test_a_missing_file_falls_back_to_qts_icon_with_a_log_line(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(icons, "ICON_DIR", tmp_path)  # an empty folder: no SVG at all
    monkeypatch.setattr(icons, "_cache", {})
    monkeypatch.setattr(icons, "_warned", set())
    with caplog.at_level(logging.WARNING, logger="cardbook.ui.common.icons"):
        fallback = icon(Icon.SEARCH)
        icon(Icon.SEARCH)
    assert not fallback.isNull()
    assert [record.getMessage() for record in caplog.records] == [
        f"Icon SEARCH: {tmp_path / 'search.svg'} is missing or unreadable, using Qt's standard icon"
    ]


def test_the_application_has_its_own_coloured_window_icon(qapp) -> None:  # type: ignore[no-untyped-def]
    app = application()
    assert not app.windowIcon().isNull()
    image = app.windowIcon().pixmap(QSize(64, 64), 1.0).toImage()
    assert image.size() == QSize(64, 64)
    saturations = {image.pixelColor(x, y).hsvSaturation() for x in range(0, 64, 4) for y in range(0, 64, 4)}
    assert max(saturations) > 128  # in colour, unlike the line icons
    assert not application_icon().isNull()
    # The copy shipped in the package is the desktop's icon, unchanged.
    shipped = ICON_DIR / "app.svg"
    assert shipped.read_bytes() == (ROOT / "resources" / "cardbook.svg").read_bytes()
    assert QSvgRenderer(str(shipped)).viewBoxF() == QRectF(0, 0, 256, 256)


def test_the_desktop_entry_starts_the_window() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "resources" / "cardbook.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "Cardbook"
    assert desktop["Exec"] == "cardbook gui"
    assert desktop["Icon"] == "cardbook"
    assert desktop["Categories"] == "Office;ContactManagement;"
    assert desktop["Comment"] and desktop["Comment[fr]"] and desktop["Comment"] != desktop["Comment[fr]"]


def test_the_package_data_ships_every_icon() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        patterns = tomllib.load(file)["tool"]["setuptools"]["package-data"]["cardbook"]
    svgs = sorted(ICON_DIR.glob("*.svg"))
    assert len(svgs) == len(Icon) + 1  # one per meaning, and the application's
    for svg in svgs:
        relative = svg.relative_to(PACKAGE).as_posix()
        assert any(fnmatch(relative, pattern) for pattern in patterns), relative
