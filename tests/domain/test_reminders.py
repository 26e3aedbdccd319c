"""Task reminders (domain.reminders): what the assignee notices, then properties of the schedule.

Every test passes ``now`` explicitly; nothing sleeps or reads the clock.
"""

from __future__ import annotations

import ast
import itertools
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import domain.reminders as reminders
from domain.reminders import (
    Decision,
    QuietHours,
    ReminderPolicy,
    Step,
    StepKind,
    next_reminder,
    parse_quiet_hours,
    should_escalate,
    snooze_until_date,
    steps,
)

TOKYO = ZoneInfo("Asia/Tokyo")
LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
UTC = UTC
DAY = timedelta(days=1)
HOUR = timedelta(hours=1)
NIGHT = parse_quiet_hours("20:00-08:00")


def jst(*args: int) -> datetime:
    return datetime(*args, tzinfo=TOKYO)


def policy(**overrides) -> ReminderPolicy:
    return ReminderPolicy(tz=overrides.pop("tz", TOKYO), **overrides)


def first(n: int, **kwargs) -> list[Step]:
    return list(itertools.islice(steps(**kwargs), n))


def decide(*, due_at, now, sent=0, created_at=None, snoozed_until=None, legal=False, pol=None) -> Decision:
    return next_reminder(
        due_at=due_at,
        legal=legal,
        created_at=created_at if created_at is not None else due_at - 30 * DAY,
        sent=sent,
        snoozed_until=snoozed_until,
        now=now,
        policy=pol or policy(),
    )


class Sweep:
    """Plays the caller: keeps ``sent`` like the database and records what was DMed."""

    def __init__(self, *, due_at, created_at, legal=False, pol=None, snoozed_until=None):
        self.due_at, self.created_at, self.legal = due_at, created_at, legal
        self.pol = pol or policy()
        self.snoozed_until = snoozed_until
        self.sent = 0
        self.dms: list[tuple[datetime, Step]] = []
        self.next_at: datetime | None = None

    def at(self, now: datetime) -> Step | None:
        decision = next_reminder(
            due_at=self.due_at, legal=self.legal, created_at=self.created_at, sent=self.sent,
            snoozed_until=self.snoozed_until, now=now, policy=self.pol,
        )
        assert decision.consumed >= self.sent
        self.sent, self.next_at = decision.consumed, decision.next_at
        if decision.send is not None:
            self.dms.append((now, decision.send))
        return decision.send

    def follow(self, until: datetime, *, limit: int = 200) -> list[tuple[datetime, Step]]:
        """Wake up exactly when told (``next_at``) until ``until``; return the DMs sent."""
        start = len(self.dms)
        now = self.created_at
        self.at(now)
        for _ in range(limit):
            if self.next_at > until:
                break
            now = self.next_at
            self.at(now)
        return self.dms[start:]


# ---------------------------------------------------------------------------------------------
# parse_quiet_hours / QuietHours
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("20:00-08:00", time(20), time(8)),
        ("22:00-23:30", time(22), time(23, 30)),
        (" 8:15 - 9:45 ", time(8, 15), time(9, 45)),
        ("２０：００〜０８：００", time(20), time(8)),
        ("00:00-07:00", time(0), time(7)),
    ],
)
def test_parse_quiet_hours_accepts_windows(text, start, end):
    assert parse_quiet_hours(text) == QuietHours(start, end)


@pytest.mark.parametrize("text", [None, "", "   ", "none", "None", "NONE"])
def test_parse_quiet_hours_none_means_no_quiet_hours(text):
    assert parse_quiet_hours(text) is None


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("25:00-08:00", "start hour 25 is out of range"),
        ("20:00-24:00", "end hour 24 is out of range"),
        ("08:60-09:00", "start minute 60 is out of range"),
        ("8-20", "expected HH:MM-HH:MM"),
        ("20:00", "expected HH:MM-HH:MM"),
        ("evenings", "expected HH:MM-HH:MM"),
        ("20:00-20:00", "start and end are both 20:00"),
    ],
)
def test_parse_quiet_hours_rejects_with_a_clear_message(text, says):
    with pytest.raises(ValueError, match=says) as caught:
        parse_quiet_hours(text)
    assert repr(text) in str(caught.value)


def test_quiet_hours_start_is_quiet_and_end_is_not():
    night = QuietHours(time(20), time(8))
    assert night.wraps_midnight
    assert [night.contains(t) for t in (time(19, 59), time(20), time(0), time(7, 59), time(8))] == [
        False, True, True, True, False,
    ]
    evening = QuietHours(time(22), time(23, 30))
    assert not evening.wraps_midnight
    assert [evening.contains(t) for t in (time(21, 59), time(22), time(23, 29), time(23, 30), time(1))] == [
        False, True, True, False, False,
    ]
    assert str(night) == "20:00-08:00"


# ---------------------------------------------------------------------------------------------
# The ordinary schedule: before, due, nags
# ---------------------------------------------------------------------------------------------


def test_ordinary_schedule_is_before_due_then_daily_nags():
    due = jst(2026, 12, 1, 15, 0)
    got = first(5, due_at=due, legal=False, policy=policy())
    assert [(s.index, s.kind, s.nag) for s in got] == [
        (0, StepKind.BEFORE, 0), (1, StepKind.DUE, 0), (2, StepKind.OVERDUE, 1),
        (3, StepKind.OVERDUE, 2), (4, StepKind.OVERDUE, 3),
    ]
    assert [s.nominal_at for s in got] == [due - DAY, due, due + DAY, due + 2 * DAY, due + 3 * DAY]
    assert [s.send_at for s in got] == [s.nominal_at for s in got]  # no quiet hours: nothing moves
    assert got[0].lead == DAY and all(s.lead is None for s in got[1:])
    assert all(s.send_at.utcoffset() == timedelta(0) for s in got)  # returned in UTC


def test_assignee_gets_remind_before_due_and_repeated_nags():
    due = jst(2026, 12, 1, 15, 0)
    sweep = Sweep(due_at=due, created_at=jst(2026, 11, 20, 9, 0))
    dms = sweep.follow(due + 3 * DAY)
    assert [(at, s.kind, s.nag) for at, s in dms] == [
        (due - DAY, StepKind.BEFORE, 0),
        (due, StepKind.DUE, 0),
        (due + DAY, StepKind.OVERDUE, 1),
        (due + 2 * DAY, StepKind.OVERDUE, 2),
        (due + 3 * DAY, StepKind.OVERDUE, 3),
    ]


def test_custom_lead_and_nag_interval():
    due = jst(2026, 12, 1, 15, 0)
    pol = policy(remind_before=timedelta(hours=2), nag_interval=timedelta(hours=4))
    got = first(4, due_at=due, legal=False, policy=pol)
    assert [s.nominal_at for s in got] == [due - 2 * HOUR, due, due + 4 * HOUR, due + 8 * HOUR]
    assert got[0].lead == 2 * HOUR


@pytest.mark.parametrize("remind_before", [timedelta(0), -HOUR])
def test_no_before_step_when_remind_before_is_not_positive(remind_before):
    due = jst(2026, 12, 1, 15, 0)
    pol = policy(remind_before=remind_before)
    got = first(3, due_at=due, legal=False, policy=pol)
    # Index 0 stays reserved: DUE is index 1 whatever the setting, so a stored `sent` keeps meaning.
    assert [(s.index, s.kind) for s in got] == [(1, StepKind.DUE), (2, StepKind.OVERDUE), (3, StepKind.OVERDUE)]
    early = decide(due_at=due, now=due - 2 * DAY, pol=pol)
    assert early.send is None and early.consumed == 0 and early.next_at == due
    at_due = decide(due_at=due, now=due, pol=pol)
    assert at_due.send.kind is StepKind.DUE and at_due.consumed == 2


def test_nothing_to_send_before_the_first_step_and_next_at_says_when():
    due = jst(2026, 12, 1, 15, 0)
    decision = decide(due_at=due, now=due - 3 * DAY)
    assert decision == Decision(send=None, consumed=0, next_at=due - DAY)


def test_a_step_is_sent_once_and_a_second_replica_with_the_new_counter_sends_nothing():
    due = jst(2026, 12, 1, 15, 0)
    now = due + timedelta(minutes=1)
    a = decide(due_at=due, now=now, sent=1)
    b = decide(due_at=due, now=now, sent=1)
    assert a == b and a.send.kind is StepKind.DUE and a.consumed == 2  # same claim: CAS decides
    after = decide(due_at=due, now=now, sent=a.consumed)
    assert after.send is None and after.consumed == 2 and after.next_at == due + DAY


# ---------------------------------------------------------------------------------------------
# Downtime, created late, backfilled
# ---------------------------------------------------------------------------------------------


def test_after_downtime_one_dm_not_a_backlog():
    due = jst(2026, 12, 1, 15, 0)
    # The DUE reminder went out (sent=2), then the bot was down for five and a half days.
    now = due + timedelta(days=5, hours=12)
    decision = decide(due_at=due, now=now, sent=2)
    assert decision.send.kind is StepKind.OVERDUE and decision.send.nag == 5
    assert decision.consumed == 7
    assert decision.next_at == due + 6 * DAY
    assert decide(due_at=due, now=now, sent=7).send is None


def test_downtime_over_the_before_and_due_steps_sends_only_the_due_step():
    due = jst(2026, 12, 1, 15, 0)
    decision = decide(due_at=due, now=due + HOUR, sent=0)
    assert decision.send.kind is StepKind.DUE and decision.consumed == 2


def test_task_created_two_hours_before_due_gets_no_due_in_one_day_reminder():
    due = jst(2026, 12, 1, 15, 0)
    created = due - 2 * HOUR
    at_creation = decide(due_at=due, created_at=created, now=created)
    assert at_creation.send is None and at_creation.next_at == due
    sweep = Sweep(due_at=due, created_at=created)
    assert [s.kind for _, s in sweep.follow(due + DAY)] == [StepKind.DUE, StepKind.OVERDUE]


def test_backfilled_task_is_first_nagged_at_the_first_nag_time_after_creation():
    due = jst(2026, 11, 1, 15, 0)
    created = due + timedelta(days=3, hours=6)  # entered 3 days 6 hours after its due time
    at_creation = decide(due_at=due, created_at=created, now=created)
    assert at_creation.send is None and at_creation.consumed == 0
    assert at_creation.next_at == due + 4 * DAY
    first_nag = decide(due_at=due, created_at=created, now=due + 4 * DAY)
    assert first_nag.send.kind is StepKind.OVERDUE and first_nag.send.nag == 4
    assert first_nag.consumed == 6


def test_a_step_exactly_at_creation_is_kept():
    due = jst(2026, 12, 1, 15, 0)
    decision = decide(due_at=due, created_at=due, now=due)
    assert decision.send.kind is StepKind.DUE


# ---------------------------------------------------------------------------------------------
# Snooze
# ---------------------------------------------------------------------------------------------


def test_snooze_one_day_moves_the_next_reminder():
    due = jst(2026, 12, 1, 15, 0)
    sweep = Sweep(due_at=due, created_at=jst(2026, 11, 25, 9, 0))
    sweep.follow(due - DAY)
    assert [s.kind for _, s in sweep.dms] == [StepKind.BEFORE]
    snoozed_at = due - DAY + timedelta(minutes=5)
    sweep.snoozed_until = snoozed_at + DAY  # the "snooze 1 day" button
    assert sweep.at(due) is None  # the due-time DM waits for the snooze
    assert sweep.next_at == due + timedelta(minutes=5)
    step = sweep.at(sweep.next_at)
    assert step.kind is StepKind.DUE and step.nominal_at == due and step.send_at == due + timedelta(minutes=5)


def test_a_snooze_over_several_nags_ends_with_one_dm():
    due = jst(2026, 12, 1, 15, 0)
    until = due + timedelta(days=4, hours=1)
    decision = decide(due_at=due, now=until, sent=3, snoozed_until=until)  # nag 1 had been sent
    assert decision.send.nag == 4 and decision.consumed == 6
    assert decide(due_at=due, now=until - timedelta(seconds=1), sent=3, snoozed_until=until).send is None


def test_snooze_until_date_wakes_at_the_start_of_the_allowed_window():
    day = date(2026, 12, 3)
    assert snooze_until_date(day, policy()) == jst(2026, 12, 3, 9, 0)
    assert snooze_until_date(day, policy(quiet_hours=NIGHT)) == jst(2026, 12, 3, 8, 0)
    # A window that does not cover the night says nothing about mornings: 09:00.
    assert snooze_until_date(day, policy(quiet_hours=parse_quiet_hours("22:00-23:30"))) == jst(2026, 12, 3, 9, 0)
    assert snooze_until_date(day, policy(quiet_hours=parse_quiet_hours("08:00-10:00"))) == jst(2026, 12, 3, 10, 0)
    got = snooze_until_date(day, policy(quiet_hours=NIGHT))
    assert got.tzinfo is TOKYO


def test_snooze_until_date_then_reminder_arrives_that_morning():
    pol = policy(quiet_hours=NIGHT)
    due = jst(2026, 12, 1, 15, 0)
    until = snooze_until_date(date(2026, 12, 4), pol)
    sweep = Sweep(due_at=due, created_at=due - 5 * DAY, pol=pol, snoozed_until=until)
    dms = sweep.follow(jst(2026, 12, 4, 23, 0))
    assert [(at, s.kind, s.nag) for at, s in dms] == [
        (jst(2026, 12, 4, 8, 0), StepKind.OVERDUE, 2),
        (jst(2026, 12, 4, 15, 0), StepKind.OVERDUE, 3),
    ]


def test_snooze_until_date_across_a_dst_change_in_london():
    pol = policy(tz=LONDON, quiet_hours=parse_quiet_hours("22:00-07:00"))
    assert snooze_until_date(date(2026, 3, 29), pol) == datetime(2026, 3, 29, 6, 0, tzinfo=UTC)  # 07:00 BST
    assert snooze_until_date(date(2026, 3, 28), pol) == datetime(2026, 3, 28, 7, 0, tzinfo=UTC)  # 07:00 GMT


# ---------------------------------------------------------------------------------------------
# Quiet hours
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("nominal", "sent_at"),
    [
        (jst(2026, 12, 1, 22, 0), jst(2026, 12, 2, 8, 0)),  # evening → next morning
        (jst(2026, 12, 2, 3, 0), jst(2026, 12, 2, 8, 0)),  # after midnight → same morning
        (jst(2026, 12, 2, 7, 59), jst(2026, 12, 2, 8, 0)),
        (jst(2026, 12, 2, 8, 0), jst(2026, 12, 2, 8, 0)),  # end of quiet hours is allowed
        (jst(2026, 12, 2, 19, 59), jst(2026, 12, 2, 19, 59)),
        (jst(2026, 12, 2, 20, 0), jst(2026, 12, 3, 8, 0)),
    ],
)
def test_quiet_hours_wrapping_midnight_defer_ordinary_reminders(nominal, sent_at):
    pol = policy(quiet_hours=NIGHT)
    assert pol.allowed_at(nominal) == sent_at
    due_step = first(2, due_at=nominal, legal=False, policy=pol)[1]
    assert due_step.kind is StepKind.DUE and due_step.nominal_at == nominal and due_step.send_at == sent_at


def test_quiet_hours_not_wrapping_defer_within_the_day():
    pol = policy(quiet_hours=parse_quiet_hours("12:00-13:30"))
    assert pol.allowed_at(jst(2026, 12, 1, 12, 15)) == jst(2026, 12, 1, 13, 30)
    assert pol.allowed_at(jst(2026, 12, 1, 11, 59)) == jst(2026, 12, 1, 11, 59)
    late = policy(quiet_hours=parse_quiet_hours("22:00-23:30"))
    assert late.allowed_at(jst(2026, 12, 1, 22, 45)) == jst(2026, 12, 1, 23, 30)
    assert late.allowed_at(jst(2026, 12, 2, 1, 0)) == jst(2026, 12, 2, 1, 0)


def test_allowed_at_returns_the_moment_itself_when_allowed():
    pol = policy(quiet_hours=NIGHT)
    moment = jst(2026, 12, 1, 10, 0)
    assert pol.allowed_at(moment) is moment


def test_nags_in_quiet_hours_wait_for_the_morning():
    pol = policy(quiet_hours=NIGHT)
    due = jst(2026, 12, 1, 21, 0)
    sweep = Sweep(due_at=due, created_at=jst(2026, 11, 25, 9, 0), pol=pol)
    dms = sweep.follow(jst(2026, 12, 3, 12, 0))
    assert [(at, s.kind) for at, s in dms] == [
        (jst(2026, 12, 1, 8, 0), StepKind.BEFORE),  # 21:00 the day before is quiet
        (jst(2026, 12, 2, 8, 0), StepKind.DUE),
        (jst(2026, 12, 3, 8, 0), StepKind.OVERDUE),
    ]


def test_quiet_hours_and_business_days_never_defer_a_legal_deadline():
    pol = policy(quiet_hours=NIGHT, business_days_only=True)
    due = jst(2026, 11, 21, 23, 0)  # a Saturday night
    got = first(5, due_at=due, legal=True, policy=pol)
    assert [s.send_at for s in got] == [s.nominal_at for s in got]
    assert [s.send_at for s in got] == [due - 3 * DAY, due - DAY, due, due + DAY, due + 2 * DAY]


# ---------------------------------------------------------------------------------------------
# Business days
# ---------------------------------------------------------------------------------------------


def test_business_days_only_moves_weekend_reminders_to_monday_morning():
    pol = policy(business_days_only=True, quiet_hours=NIGHT)
    assert pol.allowed_at(jst(2026, 12, 5, 11, 0)) == jst(2026, 12, 7, 8, 0)  # Sat → Mon 08:00
    assert pol.allowed_at(jst(2026, 12, 4, 21, 0)) == jst(2026, 12, 7, 8, 0)  # Fri night → Mon 08:00
    no_quiet = policy(business_days_only=True)
    assert no_quiet.allowed_at(jst(2026, 12, 6, 23, 0)) == jst(2026, 12, 7, 9, 0)  # Sun → Mon 09:00


def test_business_days_skip_a_monday_national_holiday():
    # 2026-11-23 (Mon) is 勤労感謝の日: Saturday, Sunday and Monday nags wait until Tuesday.
    pol = policy(business_days_only=True, quiet_hours=NIGHT)
    due = jst(2026, 11, 19, 10, 0)  # Thursday
    sweep = Sweep(due_at=due, created_at=due - 12 * HOUR, pol=pol)
    dms = sweep.follow(jst(2026, 11, 25, 12, 0))
    assert [(at, s.kind, s.nag) for at, s in dms] == [
        (jst(2026, 11, 19, 10, 0), StepKind.DUE, 0),
        (jst(2026, 11, 20, 10, 0), StepKind.OVERDUE, 1),
        (jst(2026, 11, 24, 8, 0), StepKind.OVERDUE, 4),  # one DM for Sat/Sun/Mon, not three
        (jst(2026, 11, 24, 10, 0), StepKind.OVERDUE, 5),
        (jst(2026, 11, 25, 10, 0), StepKind.OVERDUE, 6),
    ]


def test_business_days_over_new_year():
    pol = policy(business_days_only=True, quiet_hours=NIGHT)
    # 2027-01-01 (Fri) 元日, then the weekend: New Year's Eve evening → Monday 4 January.
    assert pol.allowed_at(jst(2026, 12, 31, 20, 30)) == jst(2027, 1, 4, 8, 0)
    assert pol.allowed_at(jst(2027, 1, 1, 12, 0)) == jst(2027, 1, 4, 8, 0)
    assert pol.allowed_at(jst(2026, 12, 31, 12, 0)) == jst(2026, 12, 31, 12, 0)  # 大晦日 is no holiday


def test_first_business_morning_after_a_closed_day_opens_at_the_window_start():
    # Without quiet hours a reminder due at Monday 00:30 waits for 09:00 like the weekend's ones,
    # so the order of reminders is kept; an ordinary Tuesday 00:30 is not touched.
    pol = policy(business_days_only=True)
    assert pol.allowed_at(jst(2026, 12, 7, 0, 30)) == jst(2026, 12, 7, 9, 0)
    assert pol.allowed_at(jst(2026, 12, 8, 0, 30)) == jst(2026, 12, 8, 0, 30)


def test_weekdays_are_untouched_by_business_days_only():
    pol = policy(business_days_only=True)
    moment = jst(2026, 12, 2, 14, 0)  # Wednesday
    assert pol.allowed_at(moment) == moment


# ---------------------------------------------------------------------------------------------
# Legal-deadline tasks
# ---------------------------------------------------------------------------------------------


def test_legal_schedule_is_three_days_one_day_due_then_nags():
    due = jst(2026, 12, 30, 0, 0)
    got = first(5, due_at=due, legal=True, policy=policy(remind_before=timedelta(hours=2)))
    assert [(s.index, s.kind, s.lead, s.nag) for s in got] == [
        (0, StepKind.BEFORE, 3 * DAY, 0),
        (1, StepKind.BEFORE, DAY, 0),
        (2, StepKind.DUE, None, 0),
        (3, StepKind.OVERDUE, None, 1),
        (4, StepKind.OVERDUE, None, 2),
    ]
    assert [s.nominal_at for s in got] == [due - 3 * DAY, due - DAY, due, due + DAY, due + 2 * DAY]


def test_legal_task_sweep_sends_each_step():
    due = jst(2026, 12, 30, 0, 0)
    sweep = Sweep(due_at=due, created_at=jst(2026, 12, 1, 10, 0), legal=True, pol=policy(quiet_hours=NIGHT))
    dms = sweep.follow(due + DAY)
    assert [(at, s.kind, s.lead) for at, s in dms] == [
        (due - 3 * DAY, StepKind.BEFORE, 3 * DAY),
        (due - DAY, StepKind.BEFORE, DAY),
        (due, StepKind.DUE, None),
        (due + DAY, StepKind.OVERDUE, None),
    ]


def test_legal_snooze_delays_before_steps_but_never_past_the_due_time():
    due = jst(2026, 12, 30, 0, 0)
    pol = policy()
    got = first(4, due_at=due, legal=True, policy=pol, snoozed_until=due - 2 * DAY)
    assert [s.send_at for s in got] == [due - 2 * DAY, due - DAY, due, due + DAY]
    long = first(4, due_at=due, legal=True, policy=pol, snoozed_until=due + 5 * DAY)
    assert [s.send_at for s in long] == [due, due, due, due + DAY]  # DUE and nags never delayed
    # At the due time the capped BEFORE steps and DUE coincide: one DM, the DUE one.
    decision = decide(due_at=due, now=due, sent=1, legal=True, snoozed_until=due + 5 * DAY)
    assert decision.send.kind is StepKind.DUE and decision.consumed == 3


def test_legal_task_created_late_skips_early_steps():
    due = jst(2026, 12, 30, 0, 0)
    decision = decide(due_at=due, created_at=due - 2 * DAY, now=due - 2 * DAY, legal=True)
    assert decision.send is None and decision.next_at == due - DAY


# ---------------------------------------------------------------------------------------------
# Escalation
# ---------------------------------------------------------------------------------------------


def test_escalation_after_n_overdue_nags_once():
    pol = policy()
    assert [should_escalate(overdue_nags_sent=n, already_escalated=False, policy=pol) for n in range(5)] == [
        False, False, False, True, True,
    ]
    assert not should_escalate(overdue_nags_sent=7, already_escalated=True, policy=pol)
    assert should_escalate(overdue_nags_sent=1, already_escalated=False, policy=policy(escalate_after=1))


@pytest.mark.parametrize("off", [0, -1])
def test_escalation_disabled(off):
    assert not should_escalate(overdue_nags_sent=100, already_escalated=False, policy=policy(escalate_after=off))


def test_sweep_escalates_on_the_third_nag():
    pol = policy()
    due = jst(2026, 12, 1, 15, 0)
    sweep = Sweep(due_at=due, created_at=due - 5 * DAY, pol=pol)
    nags, escalated_on = 0, None
    for _, step in sweep.follow(due + 5 * DAY):
        nags += step.kind is StepKind.OVERDUE
        if should_escalate(overdue_nags_sent=nags, already_escalated=escalated_on is not None, policy=pol):
            escalated_on = step.nag
    assert escalated_on == 3


# ---------------------------------------------------------------------------------------------
# Time zones and input checks
# ---------------------------------------------------------------------------------------------


def test_london_quiet_hours_through_the_spring_forward_gap():
    pol = policy(tz=LONDON, quiet_hours=parse_quiet_hours("00:30-01:30"))
    # 2026-03-29: 01:00 GMT becomes 02:00 BST, so 01:30 never shows; the window ends at the jump.
    assert pol.allowed_at(datetime(2026, 3, 29, 0, 40, tzinfo=UTC)) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    night = policy(tz=LONDON, quiet_hours=parse_quiet_hours("22:00-07:00"))
    assert night.allowed_at(datetime(2026, 3, 28, 23, 0, tzinfo=UTC)) == datetime(2026, 3, 29, 6, 0, tzinfo=UTC)


def test_london_quiet_hours_through_the_fall_back_repeat():
    # 2026-10-25: 02:00 BST becomes 01:00 GMT, so 01:00-02:00 happens twice.
    pol = policy(tz=LONDON, quiet_hours=parse_quiet_hours("01:30-03:00"))
    # 01:45 BST is quiet; the clock then goes back to 01:00 GMT, which is not.
    assert pol.allowed_at(datetime(2026, 10, 25, 0, 45, tzinfo=UTC)) == datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
    # 01:40 GMT (second time round) is quiet until 03:00 GMT.
    assert pol.allowed_at(datetime(2026, 10, 25, 1, 40, tzinfo=UTC)) == datetime(2026, 10, 25, 3, 0, tzinfo=UTC)
    night = policy(tz=LONDON, quiet_hours=parse_quiet_hours("22:00-07:00"))
    assert night.allowed_at(datetime(2026, 10, 24, 22, 0, tzinfo=UTC)) == datetime(2026, 10, 25, 7, 0, tzinfo=UTC)


def test_nag_interval_is_an_absolute_duration_across_dst():
    due = datetime(2026, 3, 28, 12, 0, tzinfo=LONDON)  # 12:00 GMT
    nag = first(3, due_at=due, legal=False, policy=policy(tz=LONDON))[2]
    assert nag.nominal_at - due == DAY
    assert nag.nominal_at.astimezone(LONDON).hour == 13  # 24 hours later reads 13:00 BST


@pytest.mark.parametrize("field", ["due_at", "created_at", "now", "snoozed_until"])
def test_naive_datetimes_are_refused(field):
    kwargs = dict(
        due_at=jst(2026, 12, 1, 15, 0), legal=False, created_at=jst(2026, 11, 1), sent=0,
        snoozed_until=None, now=jst(2026, 12, 1), policy=policy(),
    )
    kwargs[field] = datetime(2026, 12, 1, 9, 0)
    with pytest.raises(ValueError, match=f"{field} must be timezone-aware"):
        next_reminder(**kwargs)


def test_naive_datetimes_are_refused_everywhere_else():
    naive = datetime(2026, 12, 1, 9, 0)
    with pytest.raises(ValueError, match="timezone-aware"):
        policy().allowed_at(naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        next(steps(due_at=naive, legal=False, policy=policy()))
    with pytest.raises(ValueError, match="timezone-aware"):
        next(steps(due_at=jst(2026, 12, 1), legal=False, policy=policy(), snoozed_until=naive))


def test_policy_and_counter_are_checked():
    with pytest.raises(ValueError, match="nag_interval"):
        policy(nag_interval=timedelta(0))
    with pytest.raises(ValueError, match="sent"):
        decide(due_at=jst(2026, 12, 1), now=jst(2026, 12, 1), sent=-1)
    with pytest.raises(TypeError):
        snooze_until_date(jst(2026, 12, 1), policy())


def test_module_stays_pure():
    """No Slack, no database, no clock: the sweep passes `now`."""
    tree = ast.parse(Path(reminders.__file__).read_text(encoding="utf-8"))
    forbidden = {"slack", "slack_bolt", "slack_sdk", "sqlmodel", "sqlalchemy", "bot", "storage", "handlers", "services"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            assert not {a.name.split(".")[0] for a in node.names} & forbidden
        elif isinstance(node, ast.ImportFrom) and node.module:
            assert node.module.split(".")[0] not in forbidden
        elif isinstance(node, ast.Attribute) and node.attr in {"now", "utcnow", "today"}:
            assert not (isinstance(node.value, ast.Name) and node.value.id in {"datetime", "date"})


# ---------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------

ZONES = [TOKYO, LONDON, NEW_YORK, ZoneInfo("UTC")]
# Daylight-saving changes, to be hit often rather than by luck.
DST_EDGES = [
    datetime(2026, 3, 29, 1, 0, tzinfo=UTC), datetime(2026, 10, 25, 1, 0, tzinfo=UTC),  # London
    datetime(2026, 3, 8, 7, 0, tzinfo=UTC), datetime(2026, 11, 1, 6, 0, tzinfo=UTC),  # New York
]

minutes_of_day = st.integers(0, 24 * 60 - 1).map(lambda m: time(m // 60, m % 60))
quiet_hours = st.one_of(
    st.none(),
    st.tuples(minutes_of_day, minutes_of_day).filter(lambda se: se[0] != se[1]).map(lambda se: QuietHours(*se)),
    st.just(NIGHT),
)
policies = st.builds(
    ReminderPolicy,
    tz=st.sampled_from(ZONES),
    remind_before=st.sampled_from([DAY, 2 * HOUR, timedelta(0), -HOUR, timedelta(minutes=37), 3 * DAY]),
    nag_interval=st.sampled_from([DAY, HOUR, timedelta(hours=5), timedelta(minutes=50), 2 * DAY]),
    escalate_after=st.integers(-1, 5),
    quiet_hours=quiet_hours,
    business_days_only=st.booleans(),
)
moments = st.one_of(
    st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31), timezones=st.just(UTC)),
    st.tuples(st.sampled_from(DST_EDGES), st.integers(-36 * 3600, 36 * 3600)).map(
        lambda et: et[0] + timedelta(seconds=et[1])
    ),
)
offsets = st.integers(-20 * 24 * 60, 20 * 24 * 60).map(lambda m: timedelta(minutes=m))
PROPS = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


def _reference(due, legal, created, sent, snoozed, now, pol):
    """The rules read literally: scan the schedule (R3, R4) instead of bisecting it."""
    latest, following = None, None
    for step in steps(due_at=due, legal=legal, policy=pol, snoozed_until=snoozed):
        if step.index < sent or step.nominal_at < created:
            continue
        if step.send_at <= now:
            latest = step
        else:
            following = step
            break
    return latest, following


@PROPS
@given(pol=policies, due=moments, legal=st.booleans(), snooze=st.one_of(st.none(), offsets))
def test_property_send_at_is_allowed_ordered_and_not_early(pol, due, legal, snooze):
    snoozed = None if snooze is None else due + snooze
    got = first(12, due_at=due, legal=legal, policy=pol, snoozed_until=snoozed)
    for a, b in itertools.pairwise(got):
        assert b.index == a.index + 1
        assert a.nominal_at < b.nominal_at
        assert a.send_at <= b.send_at  # never out of order
    for step in got:
        assert step.send_at >= step.nominal_at
        if legal:
            if step.kind is not StepKind.BEFORE:
                assert step.send_at == step.nominal_at
            assert step.send_at <= max(step.nominal_at, due)
        else:
            assert pol.is_allowed(step.send_at)
            local = step.send_at.astimezone(pol.tz)
            if pol.quiet_hours is not None:
                assert not pol.quiet_hours.contains(local.time())
            if pol.business_days_only:
                assert local.weekday() < 5 and not reminders.jpholiday.is_holiday(local.date())
            if snoozed is not None:
                assert step.send_at >= snoozed


@PROPS
@given(pol=policies, m=moments, gap=st.integers(0, 3 * 24 * 3600))
@example(
    pol=ReminderPolicy(tz=LONDON, quiet_hours=QuietHours(time(1, 30), time(3))),
    m=datetime(2026, 10, 25, 0, 45, tzinfo=UTC), gap=1800,
)
@example(pol=ReminderPolicy(tz=TOKYO, business_days_only=True), m=datetime(2026, 12, 6, 14, 0, tzinfo=UTC), gap=3600)
def test_property_allowed_at_is_the_earliest_allowed_moment(pol, m, gap):
    r = pol.allowed_at(m)
    assert r >= m and pol.is_allowed(r)
    assert pol.allowed_at(r) == r
    if r > m:  # every moment before r is held back, up to the last microsecond
        assert not pol.is_allowed(r - timedelta(microseconds=1))
        span = r - m
        assert not any(pol.is_allowed(m + span * i / 48) for i in range(48))
    later = m + timedelta(seconds=gap)
    assert pol.allowed_at(later) >= r  # monotone: a later moment is never sent earlier


@PROPS
@given(
    pol=policies.filter(lambda p: p.nag_interval >= HOUR),
    due=moments,
    legal=st.booleans(),
    created_off=offsets,
    now_off=offsets,
    sent=st.integers(0, 8),
    snooze=st.one_of(st.none(), offsets),
)
def test_property_next_reminder_matches_the_rules_read_literally(pol, due, legal, created_off, now_off, sent, snooze):
    created, now = due + created_off, due + now_off
    snoozed = None if snooze is None else due + snooze
    decision = next_reminder(
        due_at=due, legal=legal, created_at=created, sent=sent, snoozed_until=snoozed, now=now, policy=pol
    )
    latest, following = _reference(due, legal, created, sent, snoozed, now, pol)
    assert decision.send == latest
    assert decision.next_at == following.send_at
    assert decision.next_at > now
    assert decision.consumed >= sent
    if decision.send is None:
        assert decision.consumed == sent
    else:
        assert decision.consumed == decision.send.index + 1
        assert decision.send.nominal_at >= created and decision.send.send_at <= now


@PROPS
@given(
    pol=policies.filter(lambda p: p.nag_interval >= HOUR),
    due=moments,
    legal=st.booleans(),
    created_off=offsets,
    wakeups=st.lists(st.integers(0, 3 * 24 * 60), min_size=1, max_size=25),
)
def test_property_a_sweep_over_time_never_goes_back_or_repeats(pol, due, legal, created_off, wakeups):
    created = due + created_off
    sweep = Sweep(due_at=due, created_at=created, legal=legal, pol=pol)
    now = created
    for minutes in wakeups:
        now += timedelta(minutes=minutes)
        before = sweep.sent
        step = sweep.at(now)
        assert sweep.sent >= before  # consumed never decreases
        assert sweep.next_at > now
        if step is None:
            assert sweep.sent == before
        else:
            assert step.send_at <= now and step.nominal_at >= created
    indexes = [s.index for _, s in sweep.dms]
    assert indexes == sorted(set(indexes))  # each step at most once, in order


@PROPS
@given(pol=policies, due=moments, legal=st.booleans())
def test_property_nothing_sent_means_next_at_in_the_future(pol, due, legal):
    decision = next_reminder(
        due_at=due, legal=legal, created_at=due - 10 * DAY, sent=0, snoozed_until=None,
        now=due - 10 * DAY, policy=pol,
    )
    assume(decision.send is None)
    assert decision.next_at > due - 10 * DAY
    assert decision == replace(decision, consumed=0)


def test_a_snooze_without_a_day_lasts_one_day_and_a_chosen_day_wakes_at_the_window_start():
    now = jst(2026, 12, 1, 15, 30)
    assert reminders.snooze_until(None, policy(), now) == now + timedelta(days=1)
    assert reminders.snooze_until(date(2026, 12, 3), policy(), now) == jst(2026, 12, 3, 9, 0)
