"""Remembering where the user left the window: geometry, toolbars, splitters and the list's columns."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

_GEOMETRY = "window/geometry"
_STATE = "window/state"
_SIDEBAR_VISIBLE = "window/sidebarVisible"
_CONTACTS_AS_WALL = "window/contactsAsWall"  # the contacts shown as the card wall rather than the list


def _bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def restore_window(
    settings: QSettings, window: QMainWindow, splitters: list[QSplitter], headers: dict[str, QHeaderView]
) -> bool:
    """Restore what was saved; False when nothing was (first run: the caller picks a default size)."""
    geometry = _bytes(settings, _GEOMETRY)
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = _bytes(settings, _STATE)
    if state is not None:
        window.restoreState(state)
    for splitter in splitters:
        saved = _bytes(settings, f"splitters/{splitter.objectName()}")
        if saved is not None:
            splitter.restoreState(saved)
    for name, header in headers.items():
        saved = _bytes(settings, f"headers/{name}")
        if saved is not None:
            header.restoreState(saved)
    return geometry is not None


def save_window(
    settings: QSettings, window: QMainWindow, splitters: list[QSplitter], headers: dict[str, QHeaderView]
) -> None:
    settings.setValue(_GEOMETRY, window.saveGeometry())
    settings.setValue(_STATE, window.saveState())
    for splitter in splitters:
        settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
    for name, header in headers.items():
        settings.setValue(f"headers/{name}", header.saveState())
    settings.sync()


def sidebar_visible(settings: QSettings) -> bool:
    value = settings.value(_SIDEBAR_VISIBLE, True)
    return value not in (False, "false", "0", 0)


def set_sidebar_visible(settings: QSettings, visible: bool) -> None:
    settings.setValue(_SIDEBAR_VISIBLE, visible)


def contacts_as_wall(settings: QSettings) -> bool:
    return settings.value(_CONTACTS_AS_WALL, False) in (True, "true", "1", 1)


def set_contacts_as_wall(settings: QSettings, wall: bool) -> None:
    settings.setValue(_CONTACTS_AS_WALL, wall)
