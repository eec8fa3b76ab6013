"""The Reports page: after an event (choose one) and what each network brought (last 12 months or all time).

"Charts" draws the key figures natively (bar_chart.BarChart); "Document" shows the report exactly as it is saved
as PDF. "Save as PDF…" prints that document; "Save as HTML…" writes the command line's HTML with SVG charts.

A report reads every exchange (the network report takes ~0.3 s on a big library): it is read, and its
document written, on a worker thread (read_report, page_loader.PageLoader) while the page says "Loading…". The
document is laid out only when its tab is shown: a big event's runs to thousands of lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cardbook.app import report_render
from cardbook.domain.enums import Reciprocity
from cardbook.domain.member import Viewpoint
from cardbook.domain.network import Event
from cardbook.domain.reports import EventReport, NetworkValue, Period
from cardbook.storage import members, settings
from cardbook.storage.contacts.records import NotFoundError
from cardbook.storage.ledger import events as ledger_events
from cardbook.storage.ledger import reports
from cardbook.storage.library import Library
from cardbook.ui.common.formatting import count_text, medium_date
from cardbook.ui.common.page_loader import PageLoader
from cardbook.ui.ledger.bar_chart import Bar
from cardbook.ui.ledger.report_files import write_html, write_pdf
from cardbook.ui.ledger.reports_view import EVENT, NETWORKS, ReportsView
from cardbook.ui.ledger.words import amount_text, exchange_text, percent_text, ui_language

KINDS = (Reciprocity.MUTUAL, Reciprocity.FROM_THEM, Reciprocity.FROM_ME, Reciprocity.UNKNOWN)


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What to read, decided on the GUI thread (the choices shown, the language, today)."""

    event_kind: bool
    event_id: int | None  # the event chosen (or asked for); the first event when it is not among them
    period: Period
    with_events: bool  # read the list of events again (to choose from)
    lang: str
    today: dt.date
    member: str | None = None  # a member's name, members.TEAM, or None: this computer's member (or the team)


@dataclass(frozen=True, slots=True)
class ReportData:
    events: list[Event] | None  # the events to choose from, when they were read again
    event_id: int | None  # the event reported on
    event_report: EventReport | None
    network_values: list[NetworkValue]
    document: str  # the report as saved, in HTML ("" when there is nothing to report)
    currency: str = settings.DEFAULT_CURRENCY  # the library's, for the page's amounts
    member_names: tuple[str, ...] = ()  # the library's members, to choose whose report (none: a personal library)
    member: str = members.TEAM  # whose report this is: a member's name or members.TEAM
    said: Viewpoint | None = None  # whose the document says it is (report_render: None in a personal library)


def read_report(library: Library, request: ReportRequest) -> ReportData:
    """Runs on any thread (the storage services open their own sessions; the document is plain text)."""
    events = ledger_events.list_events(library) if request.with_events else None
    event_id = request.event_id
    names = tuple(m.name for m in members.list_members(library))
    asked = request.member if request.member in (*names, members.TEAM) else None  # a member removed since: mine
    view = members.viewpoint(library, asked)
    whose = view.member_name or members.TEAM
    said = view if names else None
    if not request.event_kind:
        values = reports.network_report(library, request.period, view)
        document = report_render.network_report_html(
            values, request.period, request.lang, request.today, "table", whose=said
        )
        currency = settings.currency(library)
        return ReportData(events, event_id, None, values, document if values else "", currency, names, whose, said)
    if events is not None and event_id not in {e.id for e in events}:
        event_id = events[0].id if events else None
    report = None
    if event_id is not None:
        try:
            report = reports.event_report(library, event_id, view)
        except NotFoundError:
            report = None
    document = report_render.event_report_html(report, request.lang, request.today, "table", said) if report else ""
    return ReportData(events, event_id, report, [], document, member_names=names, member=whose, said=said)


class ReportsPage(ReportsView):
    statusMessage = Signal(str)
    eventActivated = Signal(int)
    dataShown = Signal()  # the report read in the background is shown

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        ask_path: Callable[[str, str, str], str] | None = None,
        load: bool = True,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.today = today
        self.ask_path = ask_path or self._ask_path
        self.event_report: EventReport | None = None
        self.network_values: list[NetworkValue] = []
        self.currency = settings.DEFAULT_CURRENCY
        self._events_read = False  # the list of events to choose from is current
        self._document = ""  # the report as saved, laid out in the Document tab when that tab is shown
        self._document_shown = True
        self.loader = PageLoader(
            self, self.loading_line, self.tr("Loading the report…"), self.tr("Could not read the report: %1")
        )
        self.loader.shown.connect(self.dataShown)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.event_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self._member_picked = False  # follow this computer's member until another is chosen here
        self.report_member: str | None = None  # whose report is shown, when it is one member's
        self.report_said: Viewpoint | None = None  # whose the saved and printed document says it is
        self.member_choice.activated.connect(lambda _i: self._member_chosen())
        self.tabs.currentChanged.connect(lambda _i: self._show_document())
        self.pdf_action.triggered.connect(lambda: self.save_pdf())
        self.html_action.triggered.connect(lambda: self.save_html())
        if load:  # the window loads its pages when first shown (a network report is not free)
            self.reload()

    # ---- data --------------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self.loader.loading

    def reload(self) -> None:
        """Read the list of events again (keeping the chosen one), then the report shown; in the background."""
        self._events_read = False
        self.refresh()

    def show_event_report(self, event_id: int, *, reread_events: bool = False) -> None:
        """The report after `event_id` (shown once read; the first event's if it no longer exists), and the list
        of events read again too when `reread_events` (or when it does not hold this event)."""
        self._choose(EVENT)
        if reread_events:
            self._events_read = False
        index = self.event_choice.findData(event_id)
        if index >= 0:
            self.event_choice.blockSignals(True)
            self.event_choice.setCurrentIndex(index)
            self.event_choice.blockSignals(False)
        else:
            self._events_read = False  # an event the list does not know yet
        self.refresh(event_id)

    def show_network_report(self, all_time: bool = False) -> None:
        self.period_choice.blockSignals(True)
        self.period_choice.setCurrentIndex(1 if all_time else 0)
        self.period_choice.blockSignals(False)
        self._choose(NETWORKS)
        self.refresh()

    def _choose(self, kind: int) -> None:
        self.kind.blockSignals(True)  # one read for the whole change, not one per choice made on the way
        self.kind.setCurrentIndex(kind)
        self.kind.blockSignals(False)

    def period(self) -> Period:
        if self.period_choice.currentIndex() == 1:
            return Period()
        today = self.today()
        return Period.year_until(today)

    def refresh(self, event_id: int | None = None) -> None:
        """Read the report chosen in the background (the event `event_id`, else the one chosen)."""
        event_kind = self.kind.currentIndex() == EVENT
        self.event_pair.setVisible(event_kind)
        self.period_pair.setVisible(not event_kind)
        self.pdf_action.setEnabled(False)  # until the report asked for is shown
        self.html_action.setEnabled(False)
        chosen = event_id if event_id is not None else self.event_choice.currentData()
        member = self.member_choice.currentData() if self._member_picked else None
        request = ReportRequest(
            event_kind, chosen, self.period(), not self._events_read, ui_language(), self.today(), member
        )  # fmt: skip
        library = self.library
        self.loader.fetch(lambda: read_report(library, request), self._show_report)

    def _member_chosen(self) -> None:
        self._member_picked = True
        self.refresh()

    def _fill_members(self, names: tuple[str, ...], whose: str) -> None:
        """The choice of whose report, shown only in a library with members."""
        self.member_pair.setVisible(bool(names))
        self.member_choice.blockSignals(True)
        self.member_choice.clear()
        self.member_choice.addItem(self.tr("The whole team"), members.TEAM)
        for name in names:
            self.member_choice.addItem(name, name)
        self.member_choice.setCurrentIndex(max(0, self.member_choice.findData(whose)))
        self.member_choice.blockSignals(False)

    def _show_report(self, data: ReportData) -> None:
        self._fill_members(data.member_names, data.member)
        # A member's report says whose in its title (the PDF's, the file name offered).
        self.report_member = data.member if data.member_names and data.member != members.TEAM else None
        self.report_said = data.said
        if data.events is not None:
            self._fill_events(data.events, data.event_id)
        self.event_report = data.event_report
        self.network_values = data.network_values
        self.currency = data.currency
        self._document, self._document_shown = data.document, False
        if self.kind.currentIndex() == EVENT:
            self._show_event()
        else:
            self._show_networks()

    def _fill_events(self, events: list[Event], chosen: int | None) -> None:
        self._events_read = True
        self.event_choice.blockSignals(True)
        self.event_choice.clear()
        for event in events:
            when = medium_date(event.date)
            self.event_choice.addItem(f"{event.name} · {when}" if when else event.name, event.id)
        index = self.event_choice.findData(chosen)
        self.event_choice.setCurrentIndex(index if index >= 0 else 0)
        self.event_choice.blockSignals(False)

    def _show_event(self) -> None:
        report = self.event_report
        if report is None:
            self.show_empty(
                self.tr("No event to report on"),
                self.tr(
                    "Create an event on the Events page (Ctrl+Shift+N there) and import the cards collected at it."
                ),
            )
            return
        self.figures_for_event(
            count_text(report.exchanges.cards),  # meetings without cards brought no card (docs/MEETINGS.md)
            count_text(len(report.new_people)),
            count_text(len(report.met_again)),
            percent_text(report.exchanges.mutual_rate),
        )
        # Meetings again without cards (docs/MEETINGS.md) get a bar when there are some.
        kinds = KINDS + ((Reciprocity.NO_CARDS,) if report.exchanges.no_cards else ())
        bars = [Bar(exchange_text(k), float(report.exchanges.of(k)), count_text(report.exchanges.of(k))) for k in kinds]
        self.set_charts([(self.tr("Exchanges by kind"), bars)])
        self.show_report()
        self._show_document()

    def _show_networks(self) -> None:
        values = self.network_values
        if not values:
            self.show_empty(
                self.tr("No network yet"),
                self.tr("Add your clubs and associations on the Networks page, and link your events to them."),
            )
            return
        lang = ui_language()
        names = [report_render.network_label(v, lang) for v in values]
        self.figures_for_networks(
            count_text(sum(v.events_attended for v in values)),
            count_text(sum(v.cards_collected for v in values)),
            count_text(sum(v.received.count for v in values)),
            amount_text(sum(v.yearly_cost or 0.0 for v in values), self.currency),
        )
        mutual = [
            Bar(n, float(v.mutual_contacts), count_text(v.mutual_contacts)) for n, v in zip(names, values, strict=True)
        ]
        received = [
            Bar(n, float(v.received.count), count_text(v.received.count)) for n, v in zip(names, values, strict=True)
        ]
        costs = [
            Bar(n, cost, amount_text(cost, self.currency))
            for n, v in zip(names, values, strict=True)
            if (cost := v.cost_per_mutual_contact) is not None
        ]
        self.set_charts(
            [
                (self.tr("Mutual contacts per network"), mutual),
                (self.tr("Referrals received per network"), received),
                (self.tr("Cost per mutual contact"), costs),
            ],
            empty_text=self.tr("No yearly cost noted, or no mutual contact yet."),
        )
        self.show_report()
        self._show_document()

    def _show_document(self) -> None:
        """Lay the document out when its tab is shown (a big event's report takes seconds to lay out)."""
        if self.tabs.currentWidget() is self.browser and not self._document_shown:
            self._document_shown = True
            self.browser.setHtml(self._document)

    def _html(self, charts: str) -> str:
        lang, today = ui_language(), self.today()
        if self.event_report is not None:
            return report_render.event_report_html(self.event_report, lang, today, charts, self.report_said)
        return report_render.network_report_html(
            self.network_values, self.period(), lang, today, charts=charts, whose=self.report_said
        )

    def has_report(self) -> bool:
        return self.event_report is not None or bool(self.network_values)

    def report_title(self) -> str:
        if self.event_report is not None:
            title = self.tr("After the event: %1").replace("%1", self.event_report.event.name)
        else:
            title = self.tr("What each network brought")
        if self.report_member is None:
            return title
        return (
            self.tr("%1 — %2", "a report's title, then whose report it is")
            .replace("%1", title)
            .replace("%2", self.report_member)
        )

    # ---- saving ------------------------------------------------------------------------------------------

    def _default_name(self, extension: str) -> str:
        base = self.report_title().replace(":", " -").replace("/", "-")
        return f"{base} {self.today().isoformat()}.{extension}"

    def _ask_path(self, caption: str, name: str, filter_text: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, caption, str(Path.home() / name), filter_text)
        return path

    def save_pdf(self, path: Path | None = None) -> Path | None:
        if not self.has_report():
            return None
        if path is None:
            chosen = self.ask_path(self.tr("Save the report as PDF"), self._default_name("pdf"), self.tr("PDF (*.pdf)"))
            if not chosen:
                return None
            path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        return self._write(
            path, lambda p: write_pdf(p, self._html("table"), self.report_title(), landscape=bool(self.network_values))
        )

    def save_html(self, path: Path | None = None) -> Path | None:
        if not self.has_report():
            return None
        if path is None:
            chosen = self.ask_path(
                self.tr("Save the report as HTML"), self._default_name("html"), self.tr("Web page (*.html)")
            )
            if not chosen:
                return None
            path = Path(chosen if chosen.lower().endswith((".html", ".htm")) else chosen + ".html")
        return self._write(path, lambda p: write_html(p, self._html("svg")))

    def _write(self, path: Path, write: Callable[[Path], None]) -> Path | None:
        try:
            write(path)
        except OSError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The report was not saved"), "", parent=self)
            box.setText(self.tr("Cardbook could not write %1.").replace("%1", str(path)))
            box.setInformativeText(exc.strerror or str(exc))
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.open()
            return None
        self.statusMessage.emit(self.tr("Report saved: %1").replace("%1", str(path)))
        return path
