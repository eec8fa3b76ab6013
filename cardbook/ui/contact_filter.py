"""Which contacts the list shows: everyone, a list of the exchange, or those met at an event or in a network."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from cardbook.domain.enums import ContactStatus
from cardbook.storage import contacts, encounters, referrals
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


def _t(text: str) -> str:
    return QCoreApplication.translate("ContactFilter", text)


def filter_title(f: ContactFilter) -> str:
    titles = {
        FilterKind.ALL: _t("All contacts"),
        FilterKind.REVIEW: _t("Awaiting review"),
        FilterKind.ONE_WAY: _t("One-way givers"),
        FilterKind.OWE: _t("Cards I owe"),
        FilterKind.PRESCRIBERS: _t("Prescribers"),
        FilterKind.FOLLOW_UPS: _t("Follow-ups due"),
        FilterKind.EVENT: _t("Met at %1"),
        FilterKind.NETWORK: _t("Met through %1"),
    }
    return titles[f.kind].replace("%1", f.name)


def filter_explanation(f: ContactFilter) -> str:
    """One line under the list's heading that says what the list means and, where it helps, what to do."""
    texts = {
        FilterKind.ALL: "",
        FilterKind.REVIEW: _t("Cards read automatically: check their fields before you rely on them."),
        FilterKind.ONE_WAY: _t("They handed you a card and never took yours: the exchange did not happen."),
        FilterKind.OWE: _t("You took their card without giving yours. Send it, or decide none is owed."),
        FilterKind.PRESCRIBERS: _t("People who sent business your way, those with won deals first."),
        FilterKind.FOLLOW_UPS: _t("Follow-ups whose date has come."),
        FilterKind.EVENT: _t("Everyone you met at this event."),
        FilterKind.NETWORK: _t("Everyone you met at this network's events."),
    }
    return texts[f.kind]


def filter_empty_text(f: ContactFilter) -> tuple[str, str]:
    """What the list says when the filter keeps nobody: a title, and what it means or what to do."""
    texts = {
        FilterKind.ALL: (_t("No contacts yet"), _t("Import photos of business cards (Ctrl+I).")),
        FilterKind.REVIEW: (_t("Nothing to review"), _t("Every card read so far has been checked.")),
        FilterKind.ONE_WAY: (
            _t("No one-way givers"),
            _t("Everyone who handed you a card got yours, or the exchange was not recorded."),
        ),
        FilterKind.OWE: (_t("You owe no cards"), _t("Everyone whose card you took has had yours.")),
        FilterKind.PRESCRIBERS: (
            _t("No prescribers yet"),
            _t("When someone sends business your way, record the referral on their page."),
        ),
        FilterKind.FOLLOW_UPS: (_t("No follow-up due"), _t("Nothing to do today.")),
        FilterKind.EVENT: (_t("Nobody recorded at this event"), _t("Cards imported for this event will show here.")),
        FilterKind.NETWORK: (
            _t("Nobody met through this network"),
            _t("People met at this network's events will show here."),
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
            due = referrals.follow_ups_due(library, today)
            return list(dict.fromkeys(item.contact_id for item in due if item.contact_id is not None))
        case FilterKind.EVENT:
            return contacts.contact_ids_at_event(library, f.ref_id) if f.ref_id is not None else []
        case FilterKind.NETWORK:
            return contacts.contact_ids_in_network(library, f.ref_id) if f.ref_id is not None else []
