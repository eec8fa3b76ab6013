"""The widgets the screenshot tool renders: name -> (size, factory(library, sample))."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QScrollArea, QWidget

from cardbook.storage.library import Library
from cardbook.ui.common.runner import wait_for_tasks
from cardbook.ui.ledger.contact_ledger import ContactLedger
from cardbook.ui.ledger.events_page import EventsPage
from cardbook.ui.ledger.follow_ups_section import FollowUpsSection
from cardbook.ui.ledger.networks_page import NetworksPage
from cardbook.ui.ledger.referrals_section import ReferralsSection
from cardbook.ui.ledger.reports_page import ReportsPage
from tests.ui.helpers import services_for
from tests.ui.sample_library import Sample

Factory = Callable[[Library, Sample], QWidget]


def loaded(*pages: QWidget) -> None:
    """Until the pages have shown what they read in the background."""
    while any(getattr(page, "loading", False) for page in pages):
        wait_for_tasks()
        QCoreApplication.processEvents()


def _networks(library: Library, sample: Sample) -> QWidget:
    page = NetworksPage(services_for(library))
    loaded(page)
    page.select_network(sample.networks["Alumni EM Lyon"].id or 0)
    return page


def _network_dialog(library: Library, sample: Sample) -> QWidget:
    page = NetworksPage(services_for(library))
    loaded(page)
    page.select_network(sample.networks["Club des Entrepreneurs Lyonnais"].id or 0)
    dialog = page.edit_network()
    assert dialog is not None
    return dialog


def _events(library: Library, sample: Sample) -> QWidget:
    page = EventsPage(services_for(library))
    loaded(page)
    page.select_event(sample.events["Soirée CCI Rhône"].id or 0)
    return page


def _event_detail(library: Library, sample: Sample) -> QWidget:
    page = EventsPage(services_for(library))
    page.show_event(sample.events["Petit-déjeuner du Club"].id or 0)
    loaded(page, page.detail)
    page.detail.table.selectRow(1)
    page.detail.tabs.setCurrentIndex(2)
    return page


def _event_dialog(library: Library, sample: Sample) -> QWidget:
    page = EventsPage(services_for(library))
    loaded(page)
    page.select_event(sample.events["Soirée CCI Rhône"].id or 0)
    dialog = page.edit_event()
    assert dialog is not None
    return dialog


def _contact(name: str) -> Factory:
    def make(library: Library, sample: Sample) -> QWidget:
        area = QScrollArea()
        area.setWidgetResizable(True)
        block = ContactLedger(services_for(library))
        block.setContentsMargins(16, 16, 16, 16)
        block.show_contact(sample.ids[name])
        area.setWidget(block)
        return area

    return make


def _referral_dialog(library: Library, sample: Sample) -> QWidget:
    section = ReferralsSection(services_for(library), sample.ids["Émilie Lefèvre"])
    dialog = section.add_referral()
    assert dialog is not None
    dialog.between.setChecked(True)
    return dialog


def _follow_up_dialog(library: Library, sample: Sample) -> QWidget:
    section = FollowUpsSection(services_for(library), sample.ids["Émilie Lefèvre"])
    dialog = section.add_follow_up()
    assert dialog is not None
    return dialog


def _event_report(library: Library, sample: Sample) -> QWidget:
    page = ReportsPage(library)
    page.show_event_report(sample.events["Petit-déjeuner du Club"].id or 0)
    loaded(page)
    return page


def _network_report(library: Library, sample: Sample) -> QWidget:
    page = ReportsPage(library)
    page.show_network_report(all_time=True)
    loaded(page)
    return page


def _network_document(library: Library, sample: Sample) -> QWidget:
    page = ReportsPage(library)
    page.show_network_report(all_time=True)
    loaded(page)
    page.tabs.setCurrentIndex(1)
    return page


SHOTS: dict[str, tuple[tuple[int, int], Factory]] = {
    "networks": ((1000, 560), _networks),
    "network-dialog": ((0, 0), _network_dialog),
    "events": ((1000, 560), _events),
    "event-detail": ((1000, 720), _event_detail),
    "event-dialog": ((0, 0), _event_dialog),
    "contact-emilie": ((520, 1400), _contact("Émilie Lefèvre")),
    "contact-jerome": ((520, 900), _contact("Jérôme Girard")),
    "referral-dialog": ((0, 0), _referral_dialog),
    "report-event": ((1000, 640), _event_report),
    "report-networks": ((1000, 720), _network_report),
    "report-networks-document": ((1000, 720), _network_document),
    "follow-up-dialog": ((0, 0), _follow_up_dialog),
}
