"""How the window sorts and shows people's names: by first name or by family name, and "as written", "Jean
Dupont" or "DUPONT Jean" (domain/person_names.py). A choice of this computer's user, not of the library: kept in
the window's QSettings (None: for this window only — screenshots, tests), changed from Preferences or the contact
list's Names menu (ui/contacts/name_menu.py), and followed at once by the list, the wall and the table."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings, Signal

from cardbook.domain.person_names import NameOrder


class NameSort(StrEnum):
    """The name the list sorts people by (the storage's orders: storage.contacts.records.NAME_ORDERS)."""

    FIRST = "first"
    FAMILY = "family"


_SORT_KEY = "contacts/nameSort"
_ORDER_KEY = "contacts/nameOrder"
_E = TypeVar("_E", NameSort, NameOrder)


def _read(settings: QSettings | None, key: str, kind: type[_E], default: _E) -> _E:
    value = settings.value(key, default.value) if settings is not None else default.value
    try:
        return kind(str(value))
    except ValueError:  # a value from a newer Cardbook, or edited by hand
        return default


class NameChoices(QObject):
    changed = Signal()  # the sort or the shown order changed

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.sort = _read(settings, _SORT_KEY, NameSort, NameSort.FIRST)
        self.order = _read(settings, _ORDER_KEY, NameOrder, NameOrder.AS_WRITTEN)

    def choose(self, sort: NameSort | None = None, order: NameOrder | None = None) -> None:
        """Change either (None: keep it), remember it, and say so once when something changed."""
        new_sort = self.sort if sort is None else sort
        new_order = self.order if order is None else order
        if (new_sort, new_order) == (self.sort, self.order):
            return
        self.sort, self.order = new_sort, new_order
        if self._settings is not None:
            self._settings.setValue(_SORT_KEY, new_sort.value)
            self._settings.setValue(_ORDER_KEY, new_order.value)
        self.changed.emit()
