"""Each contact's meetings and referrals as X-CARDBOOK-* properties: written with the card, read back as they
were, escaped like any vCard text; one that cannot be read is a warning and the card is kept."""

from __future__ import annotations

import datetime as dt

from cardbook.domain.contact import Contact
from cardbook.domain.enums import OfferedBy, Reciprocated, ReferralOutcome
from cardbook.interop.records import ExportRecord, MeetingLine, ReferralLine
from cardbook.interop.vcard_read import read_vcards
from cardbook.interop.vcard_write import VCardOptions, write_vcard

MEETINGS = [
    MeetingLine(
        dt.date(2026, 3, 12), "Petit-déjeuner; réseau, Lyon", "Salle 2\nétage", OfferedBy.THEM, Reciprocated.NO
    ),
    MeetingLine(None, None, "Gare de Lyon", OfferedBy.ME, Reciprocated.YES),
]
REFERRALS = [
    ReferralLine(dt.date(2026, 4, 1), None, "Noémie Vautrin", ReferralOutcome.WON, "Devis signé; 3 jours"),
    ReferralLine(None, "Bastien Rouault", None, ReferralOutcome.PENDING, ""),
]


def test_meetings_and_referrals_come_back_from_the_vcard() -> None:
    record = ExportRecord(Contact(full_name="Noémie Vautrin"), list(MEETINGS), list(REFERRALS))
    data = write_vcard(record)
    assert data.count(b"X-CARDBOOK-ENCOUNTER:") == len(MEETINGS)
    assert data.count(b"X-CARDBOOK-REFERRAL:") == len(REFERRALS)
    [item] = read_vcards(data).contacts
    assert sorted(item.meetings, key=lambda m: m.date or dt.date.min) == sorted(
        MEETINGS, key=lambda m: m.date or dt.date.min
    )
    assert item.referrals == REFERRALS
    assert item.contact.notes == ""  # the readable history of the NOTE is not taken for the user's notes


def test_without_history_there_are_no_history_properties() -> None:
    record = ExportRecord(Contact(full_name="Noémie Vautrin"), list(MEETINGS), list(REFERRALS))
    assert b"X-CARDBOOK" not in write_vcard(record, VCardOptions(with_history=False))


def test_a_property_that_cannot_be_read_is_a_warning_and_the_card_is_kept() -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ariane Delorme\r\n"
        "X-CARDBOOK-ENCOUNTER:le 3 mars;Salon;;them;yes\r\n"
        "X-CARDBOOK-ENCOUNTER:2026-03-04;Salon;;sometimes;yes\r\n"
        "X-CARDBOOK-ENCOUNTER:2026-03-05;Salon;;them;yes\r\nEND:VCARD\r\n"
    )
    result = read_vcards(card.encode())
    [item] = result.contacts
    assert item.meetings == [MeetingLine(dt.date(2026, 3, 5), "Salon", None, OfferedBy.THEM, Reciprocated.YES)]
    assert [(w.line, w.skipped) for w in result.warnings] == [(4, False), (5, False)]
    assert all("X-CARDBOOK-ENCOUNTER not understood" in w.reason for w in result.warnings)
