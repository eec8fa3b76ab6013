"""The contact list's Names menu: sort by first or family name, and show names as written, "Jean Dupont" or
"DUPONT Jean" (ui/common/name_choices.py). Offered by the button above the list and the wall, and by a right
click on the list's header."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from cardbook.domain.person_names import NameOrder
from cardbook.ui.common.name_choices import NameChoices, NameSort


class NameMenu(QMenu):
    def __init__(self, names: NameChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Names"))
        self._names = names
        self.sort_actions: dict[NameSort, QAction] = {}
        self.order_actions: dict[NameOrder, QAction] = {}
        sorts = QActionGroup(self)
        for sort, text in sort_texts().items():
            action = self._choice(sorts, text, lambda _checked=False, s=sort: names.choose(sort=s))
            self.sort_actions[sort] = action
        self.addSeparator()
        orders = QActionGroup(self)
        for order, text in order_texts().items():
            action = self._choice(orders, text, lambda _checked=False, o=order: names.choose(order=o))
            self.order_actions[order] = action
        names.changed.connect(self._check)
        self._check()

    def _choice(self, group: QActionGroup, text: str, then: Callable[..., None]) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        group.addAction(action)
        action.triggered.connect(then)
        self.addAction(action)
        return action

    def _check(self) -> None:
        self.sort_actions[self._names.sort].setChecked(True)
        self.order_actions[self._names.order].setChecked(True)


def sort_texts() -> dict[NameSort, str]:
    return {
        NameSort.FIRST: QCoreApplication.translate("NameMenu", "Sort by &first name"),
        NameSort.FAMILY: QCoreApplication.translate("NameMenu", "Sort by f&amily name"),
    }


def order_texts() -> dict[NameOrder, str]:
    return {
        NameOrder.AS_WRITTEN: QCoreApplication.translate("NameMenu", "Names as &written"),
        NameOrder.GIVEN_FIRST: QCoreApplication.translate("NameMenu", "First name first (“Marie Dupont”)"),
        NameOrder.FAMILY_FIRST: QCoreApplication.translate("NameMenu", "Family name first (“DUPONT Marie”)"),
    }
