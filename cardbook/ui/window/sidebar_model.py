"""The sidebar's items: sections (not selectable) holding entries that filter the list or open a page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from cardbook.ui.common.formatting import count_text, day_month, medium_date, short_date
from cardbook.ui.common.style import SPACING, muted_color
from cardbook.ui.contacts.filters import ALL_CONTACTS, ContactFilter, FilterKind
from cardbook.ui.window.sidebar_data import SidebarData

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class SidebarEntry:
    """Either a contact filter or the name of a page to open ("events", "networks")."""

    filter: ContactFilter | None = None
    page: str | None = None


class SidebarModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, 2, parent)
        self._row_height = QFontMetrics(QApplication.font()).height() + SPACING

    def _section(self, title: str) -> QStandardItem:
        item = QStandardItem(title.upper())
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        item.setSizeHint(QSize(-1, self._row_height + SPACING))  # a section starts with a little air above
        font = QFont(QApplication.font())
        font.setWeight(QFont.Weight.Bold)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        item.setFont(font)
        item.setForeground(muted_color(QApplication.palette()))
        item.setAccessibleText(title)
        spare = QStandardItem()
        spare.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.appendRow([item, spare])
        return item

    def _entry(self, section: QStandardItem, label: str, entry: SidebarEntry, aside: str = "", **kw: Any) -> None:
        name = QStandardItem(label)
        name.setSizeHint(QSize(-1, self._row_height))
        name.setData(entry, ENTRY_ROLE)
        name.setToolTip(kw.get("tooltip", label))
        name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        side = QStandardItem(aside)
        side.setData(entry, ENTRY_ROLE)
        side.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        side.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if kw.get("muted"):
            side.setForeground(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        name.setAccessibleText(f"{label}, {aside}" if aside else label)
        section.appendRow([name, side])

    def populate(self, data: SidebarData) -> None:
        self.removeRows(0, self.rowCount())
        loc = QLocale()

        def n(value: int) -> str:
            return count_text(value, loc)

        contacts = self._section(self.tr("Contacts"))
        self._entry(contacts, self.tr("All"), SidebarEntry(ALL_CONTACTS), n(data.total))
        review = ContactFilter(FilterKind.REVIEW)
        self._entry(contacts, self.tr("Awaiting review"), SidebarEntry(review), n(data.review))

        exchange = self._section(self.tr("The exchange"))
        for kind, label, value in (
            (FilterKind.ONE_WAY, self.tr("One-way givers"), data.one_way),
            (FilterKind.OWE, self.tr("Cards I owe"), data.owe),
            (FilterKind.PRESCRIBERS, self.tr("Referrers"), data.prescribers),
            (FilterKind.FOLLOW_UPS, self.tr("Follow-ups due"), data.follow_ups_due),
        ):
            self._entry(exchange, label, SidebarEntry(ContactFilter(kind)), n(value))

        events = self._section(self.tr("Events"))
        for event in data.recent_events:
            f = ContactFilter(FilterKind.EVENT, event.id, event.name)
            tip = " · ".join(p for p in (event.name, medium_date(event.date), event.place or "") if p)
            this_year = event.date is not None and event.date.year == data.today.year
            when = day_month(event.date, loc) if this_year else short_date(event.date, loc)
            self._entry(events, event.name, SidebarEntry(f), when, muted=True, tooltip=tip)
        all_events = self.tr("All events…")
        self._entry(events, all_events, SidebarEntry(page="events"), n(data.event_count), muted=True)

        networks = self._section(self.tr("Networks"))
        for network in data.networks:
            f = ContactFilter(FilterKind.NETWORK, network.id, network.name)
            self._entry(networks, network.name, SidebarEntry(f))
        self._entry(networks, self.tr("All networks…"), SidebarEntry(page="networks"))

    def index_of(self, entry: SidebarEntry) -> QModelIndex:
        for section_row in range(self.rowCount()):
            section = self.item(section_row, 0)
            for row in range(section.rowCount()):
                child = section.child(row, 0)
                if child.data(ENTRY_ROLE) == entry:
                    return child.index()
        return QModelIndex()
