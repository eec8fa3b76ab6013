"""Domain rules of the ledger written as SQL expressions, for figures computed by aggregation in the database.

A big library has hundreds of thousands of encounters: the network report, the events list and the event page
count them with GROUP BY and SUM(CASE …) rather than load each one as an object. Each expression here mirrors
one rule of cardbook/domain and names it; tests/storage/test_ledger_figures_sql.py checks every expression
against its domain rule case by case, and every figure computed with them against the domain's computation.
A change to one of those rules must be made here too.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Integer, SQLColumnExpression, and_, case, cast, func, not_, or_, select, true
from sqlalchemy.orm import aliased

from cardbook.domain.enums import NoCardReason, OfferedBy, Reciprocated, Reciprocity, ReferralDirection
from cardbook.domain.member import Viewpoint
from cardbook.domain.reports import ExchangeCounts, Period
from cardbook.storage.models import EncounterRow, ReferralRow

# The mapped classes, or aliases of them (aliased(EncounterRow)).
_Encounter = type[EncounterRow]
_Referral = type[ReferralRow]


def reciprocity(offered_by: SQLColumnExpression[Any], reciprocated: SQLColumnExpression[Any]) -> ColumnElement[str]:
    """domain/exchange.encounter_reciprocity, as the Reciprocity value: mutual whenever the other side answered
    ("yes", even with nobody known to have offered first); one-way from whoever offered when the answer was "no";
    no cards when nobody offered one (checked first); unknown otherwise."""
    return case(
        (offered_by == OfferedBy.NOBODY.value, Reciprocity.NO_CARDS.value),
        (reciprocated == Reciprocated.YES.value, Reciprocity.MUTUAL.value),
        (and_(reciprocated == Reciprocated.NO.value, offered_by == OfferedBy.THEM.value), Reciprocity.FROM_THEM.value),
        (and_(reciprocated == Reciprocated.NO.value, offered_by == OfferedBy.ME.value), Reciprocity.FROM_ME.value),
        else_=Reciprocity.UNKNOWN.value,
    )


def mine(viewpoint: Viewpoint, member_id: SQLColumnExpression[int | None]) -> ColumnElement[bool]:
    """domain/member.py: the rows of the point of view — one member's, or every row (no filter at all)."""
    if viewpoint.member_id is None:
        return true()
    return member_id == viewpoint.member_id


def one_way_from_them(e: _Encounter = EncounterRow) -> ColumnElement[bool]:
    """domain/exchange: their card came one way (them, no)."""
    return and_(e.offered_by == OfferedBy.THEM.value, e.reciprocated == Reciprocated.NO.value)


def no_card_reason(e: _Encounter = EncounterRow) -> ColumnElement[str]:
    """domain/exchange.no_card_reason for a one-way-from-them row: an unrecorded reason reads as UNKNOWN."""
    return func.coalesce(e.why_no_card, NoCardReason.UNKNOWN.value)


def one_way_because(reason: NoCardReason, e: _Encounter = EncounterRow) -> ColumnElement[bool]:
    """A one-way-from-them encounter with this reason; MY_LAPSE and UNKNOWN leave out dismissed ones ("no card
    owed"), as domain/exchange.owes_card and reason_unrecorded do."""
    condition = and_(one_way_from_them(e), no_card_reason(e) == reason.value)
    if reason is NoCardReason.NOT_ASKED:
        return condition
    return and_(condition, e.owe_dismissed.is_(False))


def count_of(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many rows of the group meet `condition` (SUM(CASE …)), an integer on both engines."""
    return int_sum(case((condition, 1), else_=0))


def int_sum(column: ColumnElement[Any]) -> ColumnElement[int]:
    """SUM of integers as an integer: PostgreSQL's SUM of integers is a numeric (a Decimal in Python), which the
    window's models cannot show and the figures' arithmetic would carry along."""
    return cast(func.sum(column), Integer)


def exchange_sums(state: ColumnElement[str]) -> tuple[ColumnElement[int], ...]:
    """The columns of domain/reports.count_exchanges over `state` (a reciprocity()): the meetings, then the mutual,
    from-them, from-me and no-cards ones; exchange_counts() turns them into ExchangeCounts."""
    return (
        func.count(),
        count_of(state == Reciprocity.MUTUAL.value),
        count_of(state == Reciprocity.FROM_THEM.value),
        count_of(state == Reciprocity.FROM_ME.value),
        count_of(state == Reciprocity.NO_CARDS.value),
    )


def exchange_counts(total: int, mutual: int, from_them: int, from_me: int, no_cards: int = 0) -> ExchangeCounts:
    """ExchangeCounts from exchange_sums(): the rest of the meetings are those whose exchange is unknown."""
    return ExchangeCounts(mutual, from_them, from_me, total - mutual - from_them - from_me - no_cards, no_cards)


def within(day: SQLColumnExpression[Any], period: Period) -> ColumnElement[bool]:
    """domain/reports.Period.contains: inclusive bounds; an undated row counts only over all time."""
    if period.all_time:
        return true()
    conditions: list[ColumnElement[bool]] = [day.is_not(None)]
    if period.start is not None:
        conditions.append(day >= period.start)
    if period.end is not None:
        conditions.append(day <= period.end)
    return and_(*conditions)


def _to_me(r: _Referral) -> ColumnElement[bool]:
    return and_(r.to_contact_id.is_(None), func.coalesce(r.to_name, "") == "")


def referral_direction(r: _Referral = ReferralRow) -> ColumnElement[str]:
    """domain/referral.Referral.direction, as the ReferralDirection value: received when a contact sent it to me
    (no contact and no outside name on the receiving side), given when it came from me, between contacts else."""
    return case(
        (and_(r.from_contact_id.is_not(None), _to_me(r)), ReferralDirection.RECEIVED.value),
        (r.from_contact_id.is_(None), ReferralDirection.GIVEN.value),
        else_=ReferralDirection.BETWEEN_CONTACTS.value,
    )


def referral_contact(r: _Referral = ReferralRow) -> ColumnElement[int | None]:
    """The contact a referral counts for in domain/reports.network_values: who sent it when received, whom I sent
    it to when given (NULL for someone outside the library), NULL between two contacts (left out)."""
    return case(
        (and_(r.from_contact_id.is_not(None), _to_me(r)), r.from_contact_id),
        (r.from_contact_id.is_(None), r.to_contact_id),
        else_=None,
    )


def happened_before(a: _Encounter, b: _Encounter) -> ColumnElement[bool]:
    """domain/reports.happened_before(a, b), for two encounter rows (aliases): by date when both have one and the
    dates differ, otherwise by the order they were recorded (the id)."""
    dated_apart = and_(a.date.is_not(None), b.date.is_not(None), a.date != b.date)
    return or_(and_(dated_apart, a.date < b.date), and_(not_(dated_apart), a.id < b.id))


def first_met_event(contact_id: SQLColumnExpression[Any]) -> ColumnElement[int | None]:
    """domain/reports.first_met_event for one contact (a correlated scalar subquery): the event of their first
    encounter, NULL when that was at no event or when they were never met.

    The domain takes the person's encounters in the order they were recorded (storage hands them by id) and keeps
    the first one found unless a later one happened_before it; a later one happens before only when both are
    dated and its date is earlier. So: the earliest-recorded encounter when it has no date, else the earliest
    dated encounter (by date, then recorded first). Both lookups use the index on (contact_id, date).
    """
    recorded, dated = aliased(EncounterRow), aliased(EncounterRow)
    earliest_recorded = select(recorded).where(recorded.contact_id == contact_id).order_by(recorded.id).limit(1)
    earliest_dated = (
        select(dated.event_id)
        .where(dated.contact_id == contact_id, dated.date.is_not(None))
        .order_by(dated.date, dated.id)
        .limit(1)
    )
    return case(
        (
            earliest_recorded.with_only_columns(recorded.date).scalar_subquery().is_(None),
            earliest_recorded.with_only_columns(recorded.event_id).scalar_subquery(),
        ),
        else_=earliest_dated.scalar_subquery(),
    )
