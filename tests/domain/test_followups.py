from __future__ import annotations

from datetime import date

import pytest

from cardbook.domain.followups import FollowUpState, completed, due_after_meeting, follow_up_state, snoozed
from cardbook.domain.referral import FollowUp

TODAY = date(2026, 5, 10)


@pytest.mark.parametrize(
    ("follow_up", "state"),
    [
        (FollowUp(due=date(2026, 5, 1), done_on=date(2026, 5, 2)), FollowUpState.DONE),
        (FollowUp(due=None), FollowUpState.UNSCHEDULED),
        (FollowUp(due=date(2026, 5, 9)), FollowUpState.OVERDUE),
        (FollowUp(due=TODAY), FollowUpState.DUE_TODAY),
        (FollowUp(due=date(2026, 5, 17)), FollowUpState.THIS_WEEK),
        (FollowUp(due=date(2026, 5, 18)), FollowUpState.LATER),
    ],
)
def test_state(follow_up: FollowUp, state: FollowUpState) -> None:
    assert follow_up_state(follow_up, TODAY) is state


def test_a_rhythm_moves_to_the_meeting_plus_n_weeks_when_later() -> None:
    rhythm = FollowUp(due=date(2026, 6, 1), every_weeks=6)
    assert due_after_meeting(rhythm, date(2026, 5, 10)) == date(2026, 6, 21)


def test_a_rhythm_never_moves_earlier() -> None:
    rhythm = FollowUp(due=date(2026, 6, 1), every_weeks=6)
    assert due_after_meeting(rhythm, date(2026, 4, 1)) is None  # 13 May is before 1 June
    assert due_after_meeting(rhythm, date(2026, 4, 20)) is None  # 1 June exactly: no change


def test_only_open_rhythms_move() -> None:
    assert due_after_meeting(FollowUp(due=date(2026, 6, 1)), TODAY) is None
    done = FollowUp(due=date(2026, 6, 1), every_weeks=2, done_on=date(2026, 5, 1))
    assert due_after_meeting(done, TODAY) is None
    assert due_after_meeting(FollowUp(due=None, every_weeks=2), TODAY) == date(2026, 5, 24)


def test_snooze_counts_from_the_due_date_when_it_is_ahead() -> None:
    assert snoozed(FollowUp(id=3, due=date(2026, 5, 20)), 7, TODAY).due == date(2026, 5, 27)


def test_snooze_counts_from_today_when_overdue_or_undated() -> None:
    assert snoozed(FollowUp(due=date(2026, 4, 1)), 7, TODAY).due == date(2026, 5, 17)
    assert snoozed(FollowUp(due=None), 2, TODAY).due == date(2026, 5, 12)


def test_snooze_refuses_nonsense() -> None:
    with pytest.raises(ValueError):
        snoozed(FollowUp(due=TODAY), 0, TODAY)
    with pytest.raises(ValueError):
        snoozed(FollowUp(due=TODAY, done_on=TODAY), 3, TODAY)


def test_done_one_off() -> None:
    done, following = completed(FollowUp(id=4, contact_id=2, due=TODAY, note="Call"), date(2026, 5, 11))
    assert done.done_on == date(2026, 5, 11) and done.id == 4
    assert following is None


def test_done_rhythm_creates_the_next_occurrence() -> None:
    done, following = completed(FollowUp(id=4, contact_id=2, due=TODAY, note="Coffee", every_weeks=4), TODAY)
    assert done.done_on == TODAY
    assert following == FollowUp(id=None, contact_id=2, due=date(2026, 6, 7), note="Coffee", every_weeks=4)


def test_done_twice_is_refused() -> None:
    with pytest.raises(ValueError):
        completed(FollowUp(due=TODAY, done_on=TODAY), TODAY)
