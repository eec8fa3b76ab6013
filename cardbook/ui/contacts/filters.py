"""Which contacts the list shows: everyone, a list of the exchange, or those met at an event or in a network."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from cardbook.domain.enums import ContactStatus
from cardbook.storage.contacts import records as contacts
from cardbook.storage.ledger import encounters
from cardbook.storage.ledger import follow_ups as ledger_followups
from cardbook.storage.library import Library


class FilterKind(StrEnum):
    ALL = "all"
    REVIEW = "review"
    ONE_WAY = "one_way"
    OWE = "owe"
    PRESCRIBERS = "prescribers"
    FOLLOW_UPS = "follow_ups"
    EVENT = "event"
    NETWORK = "network"


@dataclass(frozen=True, slots=True)
class ContactFilter:
    kind: FilterKind = FilterKind.ALL
    ref_id: int | None = None  # the event or network id
    name: str = ""  # the event or network name, for headings


ALL_CONTACTS = ContactFilter()


def filter_title(f: ContactFilter) -> str:
    titles = {
        FilterKind.ALL: QCoreApplication.translate("ContactFilter", "All contacts"),
        FilterKind.REVIEW: QCoreApplication.translate("ContactFilter", "Awaiting review"),
        FilterKind.ONE_WAY: QCoreApplication.translate("ContactFilter", "One-way givers"),
        FilterKind.OWE: QCoreApplication.translate("ContactFilter", "Cards I owe"),
        FilterKind.PRESCRIBERS: QCoreApplication.translate("ContactFilter", "Referrers"),
        FilterKind.FOLLOW_UPS: QCoreApplication.translate("ContactFilter", "Follow-ups due"),
        FilterKind.EVENT: QCoreApplication.translate("ContactFilter", "Met at %1"),
        FilterKind.NETWORK: QCoreApplication.translate("ContactFilter", "Met through %1"),
    }
    return titles[f.kind].replace("%1", f.name)


def filter_explanation(f: ContactFilter) -> str:
    """One line under the list's heading that says what the list means and, where it helps, what to do."""
    texts = {
        FilterKind.ALL: "",
        FilterKind.REVIEW: QCoreApplication.translate(
            "ContactFilter", "Cards read automatically: check their fields before you rely on them."
        ),
        FilterKind.ONE_WAY: QCoreApplication.translate(
            "ContactFilter", "They handed you a card and never took yours: the exchange did not happen."
        ),
        FilterKind.OWE: QCoreApplication.translate(
            "ContactFilter", "You took their card without giving yours. Send it, or decide none is owed."
        ),
        FilterKind.PRESCRIBERS: QCoreApplication.translate(
            "ContactFilter", "People who sent business your way, those with won deals first."
        ),
        FilterKind.FOLLOW_UPS: QCoreApplication.translate("ContactFilter", "Follow-ups whose date has come."),
        FilterKind.EVENT: QCoreApplication.translate("ContactFilter", "Everyone you met at this event."),
        FilterKind.NETWORK: QCoreApplication.translate("ContactFilter", "Everyone you met at this network's events."),
    }
    return texts[f.kind]


def filter_empty_text(f: ContactFilter) -> tuple[str, str]:
    """What the list says when the filter keeps nobody: a title, and what it means or what to do."""
    texts = {
        FilterKind.ALL: (
            QCoreApplication.translate("ContactFilter", "No contacts yet"),
            QCoreApplication.translate("ContactFilter", "Import photos of business cards (Ctrl+I)."),
        ),
        FilterKind.REVIEW: (
            QCoreApplication.translate("ContactFilter", "Nothing to review"),
            QCoreApplication.translate("ContactFilter", "Every card read so far has been checked."),
        ),
        FilterKind.ONE_WAY: (
            QCoreApplication.translate("ContactFilter", "No one-way givers"),
            QCoreApplication.translate(
                "ContactFilter", "Everyone who handed you a card got yours, or the exchange was not recorded."
            ),
        ),
        FilterKind.OWE: (
            QCoreApplication.translate("ContactFilter", "You owe no cards"),
            QCoreApplication.translate("ContactFilter", "Everyone whose card you took has had yours."),
        ),
        FilterKind.PRESCRIBERS: (
            QCoreApplication.translate("ContactFilter", "No referrers yet"),
            QCoreApplication.translate(
                "ContactFilter", "When someone sends business your way, record the referral on their page."
            ),
        ),
        FilterKind.FOLLOW_UPS: (
            QCoreApplication.translate("ContactFilter", "No follow-up due"),
            QCoreApplication.translate("ContactFilter", "Nothing to do today."),
        ),
        FilterKind.EVENT: (
            QCoreApplication.translate("ContactFilter", "Nobody recorded at this event"),
            QCoreApplication.translate("ContactFilter", "Cards imported for this event will show here."),
        ),
        FilterKind.NETWORK: (
            QCoreApplication.translate("ContactFilter", "Nobody met through this network"),
            QCoreApplication.translate("ContactFilter", "People met at this network's events will show here."),
        ),
    }
    return texts[f.kind]


def filter_ids(library: Library, f: ContactFilter, today: dt.date) -> list[int] | None:
    """The contact ids the filter keeps (None: everyone). Order is whatever the service gives."""
    match f.kind:
        case FilterKind.ALL:
            return None
        case FilterKind.REVIEW:
            return contacts.all_contact_ids(library, status=ContactStatus.AWAITING_REVIEW)
        case FilterKind.ONE_WAY:
            return encounters.one_way_giver_ids(library)
        case FilterKind.OWE:
            return encounters.cards_i_owe_ids(library)
        case FilterKind.PRESCRIBERS:
            return encounters.prescriber_ids(library)
        case FilterKind.FOLLOW_UPS:
            due = ledger_followups.follow_ups_due(library, today)
            return list(dict.fromkeys(item.contact_id for item in due if item.contact_id is not None))
        case FilterKind.EVENT:
            return contacts.contact_ids_at_event(library, f.ref_id) if f.ref_id is not None else []
        case FilterKind.NETWORK:
            return contacts.contact_ids_in_network(library, f.ref_id) if f.ref_id is not None else []
