"""The meetings and referrals a Cardbook vCard carries (interop/vcard_history.py) stored with its contact on import:
encounters at their events (found by the events' one rule, the same name on the same day, else created) and
referrals from or to the contact.

A referral between two people of the file is on both their cards; it is stored once, from the card of the person
who made it (its target is then kept by name), so importing the whole file does not count it twice.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from cardbook.domain.network import Event
from cardbook.interop.records import ImportedContact
from cardbook.storage.contacts import search_index
from cardbook.storage.contacts.records import refresh_summary
from cardbook.storage.models import ContactRow, EncounterRow, EventRow, ReferralRow


class HistoryWriter:
    """Stores the history of imported contacts in the import's transaction, events looked up once."""

    def __init__(self, session: Session, member_id: int | None = None) -> None:
        """`member_id`: whose the meetings and referrals are (the member importing; storage/members.py)."""
        self._session = session
        self._member_id = member_id
        self._events: list[Event] | None = None

    def _event_id(self, name: str, date: dt.date | None) -> int:
        if self._events is None:
            self._events = [
                Event(id=i, name=n, date=d) for i, n, d in self._session.execute(
                    select(EventRow.id, EventRow.name, EventRow.date))
            ]  # fmt: skip
        for event in self._events:
            if event.is_same_as(name, date):
                assert event.id is not None
                return event.id
        row = EventRow(name=" ".join(name.split()), date=date)
        self._session.add(row)
        self._session.flush()
        self._events.append(Event(id=row.id, name=row.name, date=row.date))
        return row.id

    def store(self, row: ContactRow, item: ImportedContact) -> None:
        if not (item.meetings or item.referrals):
            return
        for m in item.meetings:
            event_id = self._event_id(m.event, m.date) if m.event else None
            encounter = EncounterRow(
                contact_id=row.id, event_id=event_id, date=m.date, place=m.place, member_id=self._member_id
            )
            encounter.offered_by, encounter.reciprocated = m.offered_by.value, m.reciprocated.value
            self._session.add(encounter)
        name = item.contact.display_name
        for r in item.referrals:
            if r.from_name is not None and r.from_name != name:
                continue  # made by someone else: stored from their card
            to_id = row.id if r.to_name is not None and r.to_name == name else None
            to_name = r.to_name if r.to_name is not None and to_id is None else None
            from_id = row.id if r.from_name is not None else None
            if from_id is None and to_id is None and to_name is None:
                continue  # from me to me: nothing to record
            referral = ReferralRow(
                from_contact_id=from_id, to_contact_id=to_id, to_name=to_name, date=r.date, member_id=self._member_id
            )
            referral.note, referral.outcome = r.note, r.outcome.value
            self._session.add(referral)
        self._session.flush()
        refresh_summary(self._session, row)
        search_index.reindex(self._session, row)  # the events' names and places are searchable
