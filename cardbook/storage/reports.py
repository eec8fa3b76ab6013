"""The queries behind the two reports; every figure is computed by domain/reports.py from what is loaded here."""

from __future__ import annotations

from sqlalchemy import select

from cardbook.domain.enums import OfferedBy, Reciprocated
from cardbook.domain.exchange import Encounter
from cardbook.domain.reports import EventReport, FollowUpItem, NetworkValue, Period, build_event_report, network_values
from cardbook.storage.convert import event_from_row, network_from_row, referral_from_row
from cardbook.storage.ledger_events import event_page
from cardbook.storage.library import Library
from cardbook.storage.models import ContactRow, EncounterRow, EventRow, FollowUpRow, NetworkRow, ReferralRow


def event_report(library: Library, event_id: int) -> EventReport:
    """The after-event summary: who was met (new or again), the exchanges, follow-ups to do, cards I owe."""
    page = event_page(library, event_id)
    people = [card.person for card in page.cards]
    contact_ids = sorted({p.contact_id for p in people})
    with library.session() as session:
        rows = session.execute(
            select(FollowUpRow, ContactRow.full_name, ContactRow.company)
            .join(ContactRow, ContactRow.id == FollowUpRow.contact_id)
            .where(FollowUpRow.contact_id.in_(contact_ids), FollowUpRow.done_on.is_(None))
        ).all()
        follow_ups = [
            FollowUpItem(f.id, f.contact_id, name or company or "", f.due, f.note or "", f.every_weeks)
            for f, name, company in rows
        ]
    return build_event_report(page.event, page.network.name if page.network else None, people, follow_ups)


def network_report(library: Library, period: Period | None = None) -> list[NetworkValue]:
    """What each network brought over `period` (all time when None; see domain/reports.py for the definitions)."""
    with library.session() as session:
        networks = [network_from_row(r) for r in session.scalars(select(NetworkRow))]
        events = [event_from_row(r) for r in session.scalars(select(EventRow))]
        # Plain columns rather than ORM rows: a big library has hundreds of thousands of encounters.
        encounters = [
            Encounter(
                id=eid,
                contact_id=cid,
                event_id=event_id,
                date=day,
                offered_by=OfferedBy(offered_by),
                reciprocated=Reciprocated(reciprocated),
            )
            for eid, cid, event_id, day, offered_by, reciprocated in session.execute(
                select(
                    EncounterRow.id,
                    EncounterRow.contact_id,
                    EncounterRow.event_id,
                    EncounterRow.date,
                    EncounterRow.offered_by,
                    EncounterRow.reciprocated,
                )
            )
        ]
        referrals = [referral_from_row(r) for r in session.scalars(select(ReferralRow))]
    return network_values(networks, events, encounters, referrals, period)
