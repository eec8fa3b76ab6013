"""The queries behind the two reports.

The report after an event is computed by domain/reports.py from what is loaded here; what each network brought is
counted by the database, with the domain's rules written in SQL (storage/ledger/rules.py), and assembled into
lines by domain/reports.network_lines.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Select, func, select

from cardbook.domain.enums import NoCardReason, ReferralDirection, ReferralOutcome
from cardbook.domain.member import Viewpoint
from cardbook.domain.reports import (
    EventReport,
    FollowUpItem,
    MetFigures,
    NetworkValue,
    Period,
    build_event_report,
    network_lines,
    referral_figures,
)
from cardbook.storage.convert import network_from_row
from cardbook.storage.ledger import rules
from cardbook.storage.ledger.events import event_page
from cardbook.storage.ledger.introductions import needs_of
from cardbook.storage.library import Library
from cardbook.storage.members import viewpoint
from cardbook.storage.models import ContactRow, EncounterRow, EventRow, FollowUpRow, NetworkRow, ReferralRow


def event_report(library: Library, event_id: int, view: Viewpoint | None = None) -> EventReport:
    """The after-event summary: who was met (new or again), the exchanges, what they need and whom I could
    introduce them to, follow-ups to do, cards I owe — from `view` (None: this machine's point of view,
    storage/members.viewpoint; a member's report counts the cards that member collected)."""
    view = view if view is not None else viewpoint(library)
    page = event_page(library, event_id, view)
    people = [card.person for card in page.cards]
    contact_ids = sorted({p.contact_id for p in people})
    with library.session() as session:
        rows = session.execute(
            select(FollowUpRow, ContactRow.full_name, ContactRow.company)
            .join(ContactRow, ContactRow.id == FollowUpRow.contact_id)
            .where(
                FollowUpRow.contact_id.in_(contact_ids),
                FollowUpRow.done_on.is_(None),
                rules.mine(view, FollowUpRow.member_id),
            )
        ).all()
        follow_ups = [
            FollowUpItem(f.id, f.contact_id, name or company or "", f.due, f.note or "", f.every_weeks)
            for f, name, company in rows
        ]
    needs = needs_of(library, contact_ids)
    return build_event_report(page.event, page.network.name if page.network else None, people, follow_ups, needs)


def network_report(library: Library, period: Period | None = None, view: Viewpoint | None = None) -> list[NetworkValue]:
    """What each network brought over `period` (all time when None; see domain/reports.py for the definitions).

    The figures of domain/reports.network_values, counted by the database: a big library has hundreds of
    thousands of encounters, and none of them is loaded (the rules in SQL are storage/ledger/rules.py's).

    `view` (None: this machine's point of view, storage/members.viewpoint): a member's report counts the cards
    they collected and the referrals they recorded; the events attended are the team's (an event has no
    member), and a referral is credited to the network where the team first met its contact. So the members'
    cards and referrals add up to the team's, less the rows that belong to nobody.
    """
    period = period or Period()
    view = view if view is not None else viewpoint(library)
    with library.session() as session:
        networks = [network_from_row(r) for r in session.scalars(select(NetworkRow))]
        events_attended: dict[int | None, int] = {
            network_id: count
            for network_id, count in session.execute(
                select(EventRow.network_id, func.count())
                .where(rules.within(EventRow.date, period))
                .group_by(EventRow.network_id)
            )
        }
        met: dict[int | None, MetFigures] = {}
        for (
            network_id,
            cards,
            mutual,
            from_them,
            from_me,
            no_cards,
            people,
            mutual_people,
            repeat,
            givers,
        ) in session.execute(_met_query(period, view)):
            exchanges = rules.exchange_counts(cards, mutual, from_them, from_me, no_cards)
            met[network_id] = MetFigures(exchanges, people, mutual_people, repeat, givers)
        received: dict[int | None, list[tuple[ReferralOutcome, float | None]]] = defaultdict(list)
        given: dict[int | None, list[tuple[ReferralOutcome, float | None]]] = defaultdict(list)
        senders: dict[int | None, set[int]] = defaultdict(set)
        for network_id, direction, outcome, value, contact_id in session.execute(_attributed_referrals(period, view)):
            target = received if direction == ReferralDirection.RECEIVED.value else given
            target[network_id].append((ReferralOutcome(outcome), value))
            if direction == ReferralDirection.RECEIVED.value:
                senders[network_id].add(contact_id)
    return network_lines(
        networks,
        events_attended,
        met,
        {key: referral_figures(items) for key, items in received.items()},
        {key: referral_figures(items) for key, items in given.items()},
        {key: len(ids) for key, ids in senders.items()},
    )


def _met_query(period: Period, view: Viewpoint) -> Select[int | None, int, int, int, int, int, int, int, int, int]:
    """Per network (NULL: no network), over the encounters at its events of the period — domain/reports.met_figures:
    the meetings and their exchanges (those without cards included), the people met, those with at least one
    mutual exchange there, those met there at least twice. One row per (network, person) first, then per network:
    one sort of the encounters, no COUNT(DISTINCT …) per figure."""
    state = rules.reciprocity(EncounterRow.offered_by, EncounterRow.reciprocated)
    cards, mutual, from_them, from_me, no_cards = rules.exchange_sums(state)
    per_person = (
        select(
            EventRow.network_id.label("network_id"),
            cards.label("cards"),
            mutual.label("mutual"),
            from_them.label("from_them"),
            from_me.label("from_me"),
            no_cards.label("no_cards"),
            rules.count_of(rules.one_way_because(NoCardReason.NOT_ASKED)).label("not_asked"),
        )
        .select_from(EncounterRow)
        .join(EventRow, EventRow.id == EncounterRow.event_id)
        .where(rules.within(EventRow.date, period), rules.mine(view, EncounterRow.member_id))
        .group_by(EventRow.network_id, EncounterRow.contact_id)
        .subquery()
    )
    return select(
        per_person.c.network_id,
        rules.int_sum(per_person.c.cards),
        rules.int_sum(per_person.c.mutual),
        rules.int_sum(per_person.c.from_them),
        rules.int_sum(per_person.c.from_me),
        rules.int_sum(per_person.c.no_cards),
        func.count(),
        rules.count_of(per_person.c.mutual > 0),
        rules.count_of(per_person.c.cards >= 2),
        rules.count_of(per_person.c.not_asked > 0),
    ).group_by(per_person.c.network_id)


def _attributed_referrals(period: Period, view: Viewpoint) -> Select[int | None, str, str, float | None, int]:
    """(network of the first meeting, direction, outcome, value) of every referral of the period received from a
    contact or given to one, whose contact was first met at an event — in the order they were recorded, so that
    domain/reports.referral_figures adds their values in the order network_values did (a float sum depends on it).
    Only referrals become rows here: a few per hundred contacts."""
    direction, contact = rules.referral_direction(), rules.referral_contact()
    attributed = (
        select(
            ReferralRow.id.label("id"),
            direction.label("direction"),
            ReferralRow.outcome.label("outcome"),
            ReferralRow.value.label("value"),
            contact.label("contact_id"),
            rules.first_met_event(contact).label("first_event"),
        )
        .where(rules.within(ReferralRow.date, period), contact.is_not(None), rules.mine(view, ReferralRow.member_id))
        .subquery()
    )
    return (
        select(
            EventRow.network_id,
            attributed.c.direction,
            attributed.c.outcome,
            attributed.c.value,
            attributed.c.contact_id,
        )
        .select_from(attributed)
        .outerjoin(EventRow, EventRow.id == attributed.c.first_event)  # the event's network; NULL for none
        .where(attributed.c.first_event.is_not(None))
        .order_by(attributed.c.id)
    )
