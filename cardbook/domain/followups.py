"""Follow-up rules: when one is due, snoozing, completing, and the "stay in touch every N weeks" rhythm.

Why a rhythm reschedules itself: the point of "see Hélène every 6 weeks" is the meeting, not the reminder. When
the user meets her anyway (at a club breakfast), the reminder should move to six weeks after that meeting rather
than nag them about someone they saw yesterday. It only ever moves *later*: a meeting recorded after the fact
(an old card typed in today) must not pull a reminder forward.

These functions are pure and return new objects; the storage layer (storage/ledger/follow_ups.py) saves them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from enum import StrEnum

from cardbook.domain.referral import FollowUp

UPCOMING_DAYS = 7  # "due this week" in the due list


class FollowUpState(StrEnum):
    DONE = "done"
    OVERDUE = "overdue"
    DUE_TODAY = "today"
    THIS_WEEK = "this_week"  # within UPCOMING_DAYS
    LATER = "later"
    UNSCHEDULED = "unscheduled"  # open, with no due date


def follow_up_state(follow_up: FollowUp, today: dt.date) -> FollowUpState:
    if follow_up.done_on is not None:
        return FollowUpState.DONE
    if follow_up.due is None:
        return FollowUpState.UNSCHEDULED
    if follow_up.due < today:
        return FollowUpState.OVERDUE
    if follow_up.due == today:
        return FollowUpState.DUE_TODAY
    if follow_up.due <= today + dt.timedelta(days=UPCOMING_DAYS):
        return FollowUpState.THIS_WEEK
    return FollowUpState.LATER


def due_after_meeting(follow_up: FollowUp, met_on: dt.date) -> dt.date | None:
    """The new due date of an open rhythm after a meeting on `met_on`, or None when it does not move.

    It moves to met_on + N weeks only when that is later than the current due date (see the module docstring).
    """
    if follow_up.done_on is not None:
        return None
    new_due = follow_up.rescheduled_after(met_on)
    if new_due is None or (follow_up.due is not None and new_due <= follow_up.due):
        return None
    return new_due


def snoozed(follow_up: FollowUp, days: int, today: dt.date) -> FollowUp:
    """The follow-up moved `days` later.

    Counted from its due date, or from today when it is already overdue (or has no date): snoozing a reminder
    that is three weeks late "by a week" means "remind me in a week", not "still three weeks... minus one late".
    """
    if days <= 0:
        raise ValueError("Snoozing needs a positive number of days.")
    if follow_up.done_on is not None:
        raise ValueError("A follow-up that is done cannot be snoozed.")
    start = today if follow_up.due is None or follow_up.due < today else follow_up.due
    return replace(follow_up, due=start + dt.timedelta(days=days))


def completed(follow_up: FollowUp, on: dt.date) -> tuple[FollowUp, FollowUp | None]:
    """(the follow-up marked done on `on`, the next occurrence of a rhythm or None).

    The next occurrence is a new follow-up (id None) due N weeks after the day it was done, with the same note:
    the done one stays in the contact's timeline as a record of what happened.
    """
    if follow_up.done_on is not None:
        raise ValueError("This follow-up is already done.")
    done = replace(follow_up, done_on=on)
    if follow_up.every_weeks is None or follow_up.every_weeks <= 0:
        return done, None
    following = FollowUp(
        id=None,
        contact_id=follow_up.contact_id,
        due=on + dt.timedelta(weeks=follow_up.every_weeks),
        note=follow_up.note,
        every_weeks=follow_up.every_weeks,
    )
    return done, following
