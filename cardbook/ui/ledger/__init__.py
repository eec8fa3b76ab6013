"""The exchange ledger in the window: networks (with what each brought), events and an event's page (one key per
exchange outcome), prescribers, the introductions one could make, the exchange actions, a contact's needs and
offers, encounters, referrals, follow-ups, strength and timeline, and the reports.

Entry points (each a QWidget built with the window's services, common.services.AppServices — its undo stack is
Edit ▸ Undo, its change notice the one every change is announced through; ReportsPage only reads, from the
library):
    NetworksPage, EventsPage, PrescribersPage,
    IntroductionsPage, ReportsPage                                pages of the main window's stack
    ContactLedger                                                 every contact section, kept in step
    NeedsSection, ExchangeSection, ReferralsSection,
    FollowUpsSection, StrengthView, TimelineView                  the same sections one by one
"""

from cardbook.ui.ledger.contact_ledger import ContactLedger
from cardbook.ui.ledger.events_page import EventsPage
from cardbook.ui.ledger.exchange_actions import ExchangeActions
from cardbook.ui.ledger.exchange_section import ExchangeSection
from cardbook.ui.ledger.follow_ups_section import FollowUpsSection
from cardbook.ui.ledger.introductions_page import IntroductionsPage
from cardbook.ui.ledger.needs_section import NeedsSection
from cardbook.ui.ledger.networks_page import NetworksPage
from cardbook.ui.ledger.prescribers_page import PrescribersPage
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
    "IntroductionsPage",
    "NeedsSection",
    "NetworksPage",
    "PrescribersPage",
    "ReferralsSection",
    "ReportsPage",
    "StrengthView",
    "TimelineView",
]
