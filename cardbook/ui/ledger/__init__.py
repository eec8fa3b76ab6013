"""The exchange ledger in the window: networks, events and an event's page, the exchange actions, a contact's
encounters, referrals, follow-ups, strength and timeline, and the reports.

Entry points (each a QWidget built with the library; pass one shared QUndoStack to make Edit ▸ Undo global):
    NetworksPage, EventsPage, ReportsPage                        pages of the main window's stack
    ContactLedger                                                 every contact section, kept in step
    ExchangeSection, ReferralsSection, FollowUpsSection,
    StrengthView, TimelineView, ExchangeActions                   the same sections one by one
"""

from cardbook.ui.ledger.contact_ledger import ContactLedger
from cardbook.ui.ledger.events_page import EventsPage
from cardbook.ui.ledger.exchange_actions import ExchangeActions
from cardbook.ui.ledger.exchange_section import ExchangeSection
from cardbook.ui.ledger.follow_ups_section import FollowUpsSection
from cardbook.ui.ledger.networks_page import NetworksPage
from cardbook.ui.ledger.referrals_section import ReferralsSection
from cardbook.ui.ledger.reports_page import ReportsPage
from cardbook.ui.ledger.strength_view import StrengthView
from cardbook.ui.ledger.timeline_view import TimelineView

__all__ = [
    "ContactLedger",
    "EventsPage",
    "ExchangeActions",
    "ExchangeSection",
    "FollowUpsSection",
    "NetworksPage",
    "ReferralsSection",
    "ReportsPage",
    "StrengthView",
    "TimelineView",
]
