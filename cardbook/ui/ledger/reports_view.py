"""The Reports page's layout: the choice of report, its figures, its charts and its printable document."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cardbook.ui.common.empty_state import EmptyState
from cardbook.ui.common.flow_layout import FlowLayout
from cardbook.ui.common.icons import Icon
from cardbook.ui.common.page_loader import LoadingLine
from cardbook.ui.common.style import SPACING, caption_label, heading_label
from cardbook.ui.ledger.bar_chart import Bar, BarChart
from cardbook.ui.ledger.event_detail_view import Figure
from cardbook.ui.ledger.widgets import make_action, tool_button

EVENT, NETWORKS = 0, 1


class ReportsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(2 * SPACING, 2 * SPACING, 2 * SPACING, SPACING)
        column.setSpacing(SPACING)
        top = QHBoxLayout()  # the heading with the save buttons: the choices below keep a narrow window usable
        top.setSpacing(SPACING)
        top.addWidget(heading_label(self.tr("Reports"), self))
        top.addStretch(1)
        column.addLayout(top)
        column.addWidget(
            caption_label(
                self.tr(
                    "What an event brought, and what each network is worth against its yearly cost. "
                    "Save a report as PDF to print it or as HTML to open it in a browser."
                ),
                self,
            )
        )
        window = Qt.ShortcutContext.WindowShortcut
        self.pdf_action = make_action(self, self.tr("Save as &PDF…"), shortcut="Ctrl+Shift+P", context=window)
        self.html_action = make_action(self, self.tr("Save as &HTML…"), shortcut="Ctrl+Shift+S", context=window)

        bar = FlowLayout(spacing=SPACING)  # the choices wrap rather than widen the page (and the window)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("After an event"))
        self.kind.addItem(self.tr("What each network brought"))
        self.kind_label = QLabel(self.tr("&Report:"), self)
        self.kind_label.setBuddy(self.kind)
        self.event_choice = QComboBox(self)
        # Event names run long ("Matinale de la CCI : « Financer sa croissance »"): the list takes the room the bar
        # has, up to a readable width.
        self.event_choice.setMinimumContentsLength(30)
        self.event_choice.setMaximumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.event_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_choice.currentTextChanged.connect(self.event_choice.setToolTip)  # the whole name, when cut
        self.event_label = QLabel(self.tr("E&vent:"), self)
        self.event_label.setBuddy(self.event_choice)
        self.period_choice = QComboBox(self)
        self.period_choice.addItem(self.tr("Last 12 months"))
        self.period_choice.addItem(self.tr("All time"))
        self.period_label = QLabel(self.tr("P&eriod:"), self)
        self.period_label.setBuddy(self.period_choice)
        self.pdf_button = tool_button(self.pdf_action, self)
        self.html_button = tool_button(self.html_action, self)
        # Each label stays with its list when the bar wraps; the page shows the event's or the period's pair.
        self.kind_pair = self._pair(self.kind_label, self.kind)
        self.event_pair = self._pair(self.event_label, self.event_choice)
        self.event_pair.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.event_pair.setMaximumWidth(
            self.event_label.sizeHint().width() + SPACING + self.event_choice.maximumWidth()
        )
        self.period_pair = self._pair(self.period_label, self.period_choice)
        # Whose report, in a team library (hidden in a library without members): a member's, or the team's.
        self.member_choice = QComboBox(self)
        self.member_label = QLabel(self.tr("&Whose:"), self)
        self.member_label.setBuddy(self.member_choice)
        self.member_pair = self._pair(self.member_label, self.member_choice)
        self.member_pair.setVisible(False)
        for pair in (self.kind_pair, self.event_pair, self.period_pair, self.member_pair):
            bar.addWidget(pair)
        top.addWidget(self.pdf_button)
        top.addWidget(self.html_button)
        column.addLayout(bar)
        self.loading_line = LoadingLine(self)
        column.addWidget(self.loading_line)

        self.figures = [Figure("", self) for _ in range(4)]
        figures = QHBoxLayout()
        figures.setSpacing(SPACING)
        for figure in self.figures:
            figures.addWidget(figure)
        figures.addStretch(1)

        charts_page = QWidget(self)
        charts_column = QVBoxLayout(charts_page)
        charts_column.setContentsMargins(0, SPACING, 0, 0)
        charts_column.setSpacing(2 * SPACING)
        charts_column.addLayout(figures)
        self.charts_holder = QVBoxLayout()
        self.charts_holder.setSpacing(2 * SPACING)
        charts_column.addLayout(self.charts_holder)
        charts_column.addStretch(1)
        self.charts: list[BarChart] = []
        charts_scroll = QScrollArea(self)
        charts_scroll.setWidgetResizable(True)
        charts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        charts_scroll.setWidget(charts_page)

        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Report document"))
        # As in the PDF (print_layout): a narrow column wraps between words, never inside one.
        self.browser.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(charts_scroll, self.tr("Charts"))
        self.tabs.addTab(self.browser, self.tr("Document (as saved)"))
        self.empty = EmptyState("", symbol=Icon.REPORTS, parent=self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.empty)
        column.addWidget(self.stack, 1)
        for first, second in (
            (self.kind, self.event_choice),
            (self.event_choice, self.period_choice),
            (self.period_choice, self.pdf_button),
            (self.pdf_button, self.html_button),
            (self.html_button, self.tabs),
        ):
            QWidget.setTabOrder(first, second)

    def _pair(self, label: QLabel, choice: QComboBox) -> QWidget:
        pair = QWidget(self)
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING)
        row.addWidget(label)
        row.addWidget(choice, 1)
        return pair

    def set_charts(self, charts: list[tuple[str, list[Bar]]], empty_text: str = "") -> None:
        while len(self.charts) < len(charts):
            chart = BarChart(parent=self)
            self.charts.append(chart)
            self.charts_holder.addWidget(chart)
        for chart, (title, bars) in zip(self.charts, charts, strict=False):
            chart.set_bars(title, bars, empty_text)
            chart.show()
        for chart in self.charts[len(charts) :]:
            chart.hide()

    def figures_for_event(self, cards: str, new: str, again: str, rate: str) -> None:
        captions = (
            self.tr("cards collected"),
            self.tr("new contacts"),
            self.tr("met again"),
            self.tr("mutual exchanges"),
        )
        for figure, caption, value in zip(self.figures, captions, (cards, new, again, rate), strict=True):
            figure.set_value(value, caption)

    def figures_for_networks(self, events: str, cards: str, referrals: str, cost: str) -> None:
        captions = (
            self.tr("events attended"),
            self.tr("cards collected"),
            self.tr("referrals received"),
            self.tr("yearly cost"),
        )
        for figure, caption, value in zip(self.figures, captions, (events, cards, referrals, cost), strict=True):
            figure.set_value(value, caption)

    def show_report(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.pdf_action.setEnabled(True)
        self.html_action.setEnabled(True)

    def show_empty(self, title: str, body: str) -> None:
        self.empty.set_text(title, body)
        self.stack.setCurrentWidget(self.empty)
        self.pdf_action.setEnabled(False)
        self.html_action.setEnabled(False)
