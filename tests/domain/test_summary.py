"""The weekly summary: counts, acknowledgement times, task lists, the 12-week series, the schedule,
and the counts-only version for a wider audience."""

from __future__ import annotations

import ast
import dataclasses
import itertools
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import domain.summary as summary_module
from domain.summary import (
    OTHER,
    AggregateSummary,
    IncidentFacts,
    TaskFacts,
    WeeklySchedule,
    aggregate_only,
    latest_occurrence,
    parse_weekly_schedule,
    summarize,
)

TOKYO = ZoneInfo("Asia/Tokyo")
NEW_YORK = ZoneInfo("America/New_York")
# Monday 2026-11-23 09:00 JST: the weekly run; the period is (Mon 11-16 09:00, Mon 11-23 09:00].
END = datetime(2026, 11, 23, 9, 0, tzinfo=TOKYO)
START = END - timedelta(days=7)
H = timedelta(hours=1)
D = timedelta(days=1)


def inc(pid, dept="sales", etype="loss", phase="investigation", *, reported, acked=None, closed=None):
    return IncidentFacts(pid, dept, etype, phase, reported, acked, closed)


def task(pid, title, due, *, status="open", assignee="UASSIGN", follow_up=False, legal=False):
    return TaskFacts(pid, title, assignee, due, status, follow_up, legal)


# A hand-built week. Times are in UTC on purpose: the summary must not care.
INCIDENTS = [
    # before the period, still open
    inc("L-01", "sales", "loss", "investigation", reported=START - 3 * D, acked=START - 3 * D + 10 * timedelta(minutes=1)),
    # before the period, closed in the period
    inc("L-02", "hr", "misdelivery", "closed", reported=START - 10 * D, acked=START - 10 * D + H, closed=START + D),
    # before the period, closed before it
    inc("L-03", "hr", "theft", "closed", reported=START - 20 * D, acked=START - 20 * D + H, closed=START - D),
    # reported exactly at period start: belongs to the previous week
    inc("L-04", "it", "malware", "containment", reported=START, acked=START + 2 * H),
    # reported in the period, acked after 30 min, still open
    inc("L-05", "sales", "misdelivery", "containment", reported=START + D, acked=START + D + timedelta(minutes=30)),
    # reported in the period, acked after 2 h, closed in the period
    inc("L-06", "it", "loss", "closed", reported=START + 2 * D, acked=START + 2 * D + 2 * H, closed=START + 3 * D),
    # reported in the period, never acknowledged: 5 h before the end
    inc("L-07", "sales", "malware", "reported", reported=END - 5 * H),
    # reported in the period, acked only after period_end: unacknowledged at period_end
    inc("L-08", "legal", "misdelivery", "reported", reported=END - 2 * H, acked=END + H),
    # reported exactly at period_end: in this period, open at the end, acknowledged after 0 s
    inc("L-09", "sales", "loss", "reported", reported=END, acked=END),
    # reported after period_end: invisible
    inc("L-10", "sales", "loss", "reported", reported=END + H),
    # closed exactly at period_end: closed in this period, not open at the end
    inc("L-11", "hr", "loss", "notification", reported=START - 2 * D, acked=START - 2 * D + H, closed=END),
    # closed after period_end: still open at the end
    inc("L-12", "it", "theft", "closed", reported=START - 5 * D, acked=START - 5 * D + H, closed=END + D),
]


def utc(incident):
    return dataclasses.replace(
        incident,
        reported_at=incident.reported_at.astimezone(UTC),
        acked_at=incident.acked_at.astimezone(UTC) if incident.acked_at else None,
        closed_at=incident.closed_at.astimezone(UTC) if incident.closed_at else None,
    )


@pytest.fixture(scope="module")
def week():
    return summarize([utc(i) for i in INCIDENTS], [], period_end=END, tz=TOKYO)


def test_period_is_the_seven_days_ending_at_period_end(week):
    assert week.period_end == END
    assert week.period_start == START
    assert week.period_start.tzinfo is not None


def test_new_closed_open_counts(week):
    # new: L-05, L-06, L-07, L-08, L-09 (L-04 at the start boundary is last week's)
    assert week.new == 5
    # closed: L-02, L-06, L-11 (L-11 exactly at the end); L-12 after the end is not
    assert week.closed == 3
    # open at the end: L-01, L-04, L-05, L-07, L-08, L-09, L-12
    assert week.open == 7


def test_open_breakdowns(week):
    assert week.open_by_department == {"sales": 4, "it": 2, "legal": 1}
    assert list(week.open_by_department) == ["sales", "it", "legal"]  # largest first
    assert week.open_by_event_type == {"loss": 2, "malware": 2, "misdelivery": 2, "theft": 1}
    # lifecycle order; L-12's current phase is "closed" although it was open at period_end
    assert week.open_by_phase == {"reported": 3, "containment": 2, "investigation": 1, "closed": 1}
    assert list(week.open_by_phase) == ["reported", "containment", "investigation", "closed"]
    for counts in (week.open_by_department, week.open_by_event_type, week.open_by_phase):
        assert sum(counts.values()) == week.open


def test_acknowledgement_median_worst_and_unacknowledged(week):
    # acknowledged in the period: L-05 30 min, L-06 2 h, L-09 0 min -> median 30 min
    assert week.ack_median == timedelta(minutes=30)
    # worst: L-07 still waiting after 5 h (more than L-06's 2 h)
    assert week.ack_worst == 5 * H
    # L-07 never acked, L-08 acked only after period_end
    assert week.unacknowledged == 2


def test_ack_median_of_an_even_count_is_the_mean_of_the_middle_two():
    incidents = [
        inc("A", reported=START + D, acked=START + D + timedelta(minutes=10)),
        inc("B", reported=START + D, acked=START + D + timedelta(minutes=30)),
    ]
    result = summarize(incidents, [], period_end=END, tz=TOKYO)
    assert result.ack_median == timedelta(minutes=20)
    assert result.ack_worst == timedelta(minutes=30)
    assert result.unacknowledged == 0


def test_ack_when_nothing_was_acknowledged_or_reported():
    only_waiting = summarize([inc("A", reported=END - 3 * H)], [], period_end=END, tz=TOKYO)
    assert only_waiting.ack_median is None
    assert only_waiting.ack_worst == 3 * H
    assert only_waiting.unacknowledged == 1
    empty = summarize([], [], period_end=END, tz=TOKYO)
    assert (empty.ack_median, empty.ack_worst, empty.unacknowledged) == (None, None, 0)
    assert (empty.new, empty.closed, empty.open) == (0, 0, 0)
    assert empty.open_by_department == {} and empty.overdue == () and empty.upcoming == ()


# --- tasks -------------------------------------------------------------------------------------

TASK_INCIDENTS = [
    inc("L-OPEN", reported=START - 30 * D),
    inc("L-CLOSED", reported=START - 30 * D, closed=START - 2 * D),
]


def test_overdue_and_upcoming_boundaries():
    tasks = [
        task("L-OPEN", "at end", END),  # due exactly at period_end: overdue (due at that minute)
        task("L-OPEN", "just after end", END + timedelta(minutes=1)),
        task("L-OPEN", "at +14 days", END + 14 * D),  # included in upcoming
        task("L-OPEN", "after +14 days", END + 14 * D + timedelta(minutes=1)),  # neither
        task("L-OPEN", "old", END - 9 * D),
        task("L-OPEN", "done late", END - 9 * D, status="done"),
        task("L-OPEN", "cancelled", END + D, status="cancelled"),
    ]
    result = summarize(TASK_INCIDENTS, tasks, period_end=END, tz=TOKYO)
    assert [x.title for x in result.overdue] == ["old", "at end"]  # oldest first
    assert [x.title for x in result.upcoming] == ["just after end", "at +14 days"]  # soonest first


def test_every_open_task_up_to_the_horizon_is_in_exactly_one_list():
    dues = [END + k * timedelta(hours=7) for k in range(-60, 60)]
    tasks = [task("L-OPEN", f"t{k}", due) for k, due in enumerate(dues)]
    result = summarize(TASK_INCIDENTS, tasks, period_end=END, tz=TOKYO)
    overdue = {x.title for x in result.overdue}
    upcoming = {x.title for x in result.upcoming}
    assert not overdue & upcoming
    expected = {x.title for x in tasks if x.due_at <= END + 14 * D}
    assert overdue | upcoming == expected


def test_upcoming_puts_legal_deadlines_first_on_ties():
    due = END + 3 * D
    tasks = [
        task("L-OPEN", "ordinary", due),
        task("L-OPEN", "statutory", due, legal=True),
        task("L-OPEN", "earlier ordinary", due - H),
    ]
    result = summarize(TASK_INCIDENTS, tasks, period_end=END, tz=TOKYO)
    assert [x.title for x in result.upcoming] == ["earlier ordinary", "statutory", "ordinary"]


def test_follow_ups_are_open_carried_over_tasks_of_closed_incidents():
    tasks = [
        task("L-CLOSED", "carried over, late", END - D, follow_up=True),
        task("L-CLOSED", "carried over, later", END + 30 * D, follow_up=True),
        task("L-CLOSED", "carried over, done", END - D, follow_up=True, status="done"),
        task("L-OPEN", "flag on an open incident", END + D, follow_up=True),
    ]
    result = summarize(TASK_INCIDENTS, tasks, period_end=END, tz=TOKYO)
    assert [x.title for x in result.follow_ups] == ["carried over, late", "carried over, later"]
    # follow-ups are tasks like any other for the overdue list
    assert [x.title for x in result.overdue] == ["carried over, late"]
    assert [x.title for x in result.upcoming] == ["flag on an open incident"]


def test_lists_keep_the_original_task_objects():
    t = task("L-OPEN", "late", END - D)
    result = summarize(TASK_INCIDENTS, [t], period_end=END, tz=TOKYO)
    assert result.overdue == (t,)


# --- series ------------------------------------------------------------------------------------


def test_series_has_twelve_weeks_aligned_across_a_year_boundary():
    end = datetime(2027, 1, 4, 9, 0, tzinfo=TOKYO)  # Monday
    incidents = [
        inc("Y-1", reported=datetime(2026, 12, 31, 23, 30, tzinfo=TOKYO)),  # week of 12-28
        inc("Y-2", reported=datetime(2027, 1, 4, 8, 59, tzinfo=TOKYO), closed=datetime(2027, 1, 4, 9, 0, tzinfo=TOKYO)),
        inc("Y-3", reported=datetime(2026, 12, 28, 9, 0, tzinfo=TOKYO)),  # boundary: week of 12-21
    ]
    result = summarize(incidents, [], period_end=end, tz=TOKYO)
    starts = [p.week_start for p in result.series]
    assert len(starts) == 12
    assert starts[0] == date(2026, 10, 12)
    assert starts[-1] == date(2026, 12, 28)
    assert all(s.weekday() == 0 for s in starts)
    assert all(b - a == timedelta(days=7) for a, b in itertools.pairwise(starts))
    last, before = result.series[-1], result.series[-2]
    assert (last.new, last.closed, last.open_at_end) == (2, 1, 2)
    assert (before.new, before.closed, before.open_at_end) == (1, 0, 1)
    assert (last.new, last.closed, last.open_at_end) == (result.new, result.closed, result.open)


def test_series_in_a_daylight_saving_timezone_keeps_the_local_hour():
    # New York leaves summer time on 2026-11-01; the run is Wednesday 08:00 local.
    end = datetime(2026, 12, 2, 8, 0, tzinfo=NEW_YORK)
    result = summarize([], [], period_end=end, tz=NEW_YORK)
    starts = [p.week_start for p in result.series]
    assert all(s.weekday() == 2 for s in starts)
    assert starts[-1] == date(2026, 11, 25) and starts[0] == date(2026, 9, 9)
    # the period start is 08:00 local a week earlier, not 168 h back in UTC
    assert result.period_start.astimezone(NEW_YORK).hour == 8
    # an incident at 07:30 EDT on Wed 2026-10-28 belongs to the week starting 10-21 (before 08:00),
    # one at 08:30 EDT that day to the week starting 10-28
    incidents = [
        inc("E-1", reported=datetime(2026, 10, 28, 11, 30, tzinfo=UTC)),  # 07:30 EDT
        inc("E-2", reported=datetime(2026, 10, 28, 12, 30, tzinfo=UTC)),  # 08:30 EDT
        inc("E-3", reported=datetime(2026, 11, 4, 12, 30, tzinfo=UTC)),  # 07:30 EST
    ]
    result = summarize(incidents, [], period_end=end, tz=NEW_YORK)
    by_start = {p.week_start: p.new for p in result.series}
    assert by_start[date(2026, 10, 21)] == 1
    assert by_start[date(2026, 10, 28)] == 2


def test_series_length_follows_weeks_and_refuses_nonsense():
    assert len(summarize([], [], period_end=END, tz=TOKYO, weeks=4).series) == 4
    with pytest.raises(ValueError):
        summarize([], [], period_end=END, tz=TOKYO, weeks=0)


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        summarize([], [], period_end=datetime(2026, 11, 23, 9, 0), tz=TOKYO)
    with pytest.raises(ValueError, match="timezone-aware"):
        summarize([inc("N", reported=datetime(2026, 11, 20))], [], period_end=END, tz=TOKYO)
    with pytest.raises(ValueError, match="timezone-aware"):
        summarize([], [task("N", "x", datetime(2026, 11, 20))], period_end=END, tz=TOKYO)


_instants = st.datetimes(
    min_value=datetime(2026, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(UTC)
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(_instants, st.one_of(st.none(), st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=60)))),
        max_size=30,
    ),
    st.sampled_from([TOKYO, NEW_YORK, ZoneInfo("Europe/London")]),
)
def test_each_week_open_is_previous_open_plus_new_minus_closed(rows, tz):
    incidents = [
        inc(f"P-{i}", reported=rep, closed=rep + life if life is not None else None) for i, (rep, life) in enumerate(rows)
    ]
    end = datetime(2026, 12, 7, 9, 0, tzinfo=tz)
    result = summarize(incidents, [], period_end=end, tz=tz, weeks=12)
    for before, after in zip(result.series, result.series[1:], strict=False):
        assert after.open_at_end == before.open_at_end + after.new - after.closed
    last = result.series[-1]
    assert (last.new, last.closed, last.open_at_end) == (result.new, result.closed, result.open)


# --- schedule ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("mon 09:00", WeeklySchedule(0, time(9, 0))),
        ("Mon 9:00", WeeklySchedule(0, time(9, 0))),
        ("  FRI 17:30 ", WeeklySchedule(4, time(17, 30))),
        ("sun 00:00", WeeklySchedule(6, time(0, 0))),
        ("wednesday 23:59", WeeklySchedule(2, time(23, 59))),
    ],
)
def test_parse_weekly_schedule(text, expected):
    assert parse_weekly_schedule(text) == expected


@pytest.mark.parametrize(
    "text", ["", "mon", "09:00", "mo 09:00", "mon 24:00", "mon 09:60", "mon 9", "mon 09:0", "月 09:00", "mon09:00"]
)
def test_parse_weekly_schedule_refuses_with_a_clear_message(text):
    with pytest.raises(ValueError, match="mon 09:00"):
        parse_weekly_schedule(text)


MON_9 = WeeklySchedule(0, time(9, 0))


def test_latest_occurrence():
    wednesday = datetime(2026, 11, 25, 14, 0, tzinfo=TOKYO)
    assert latest_occurrence(MON_9, wednesday, TOKYO) == datetime(2026, 11, 23, 9, 0, tzinfo=TOKYO)
    # a Monday before the hour: the latest is last week's
    early = datetime(2026, 11, 23, 8, 59, 59, tzinfo=TOKYO)
    assert latest_occurrence(MON_9, early, TOKYO) == datetime(2026, 11, 16, 9, 0, tzinfo=TOKYO)


def test_now_exactly_at_the_scheduled_minute():
    now = datetime(2026, 11, 23, 9, 0, tzinfo=TOKYO)
    assert latest_occurrence(MON_9, now, TOKYO) == now
    assert latest_occurrence(MON_9, now + timedelta(seconds=59), TOKYO) == now
    # Monday 07:00 in Tokyo is still Sunday in UTC: the weekday is the one in tz
    mon_7 = WeeklySchedule(0, time(7, 0))
    now_utc = datetime(2026, 11, 22, 22, 0, tzinfo=UTC)
    assert now_utc.weekday() == 6
    assert latest_occurrence(mon_7, now_utc, TOKYO) == datetime(2026, 11, 23, 7, 0, tzinfo=TOKYO)


def test_occurrences_are_in_the_given_timezone_and_follow_daylight_saving():
    now = datetime(2026, 11, 3, 12, 0, tzinfo=UTC)  # Tuesday, after New York's fall back
    latest = latest_occurrence(MON_9, now, NEW_YORK)
    assert latest.tzinfo is NEW_YORK
    assert latest == datetime(2026, 11, 2, 9, 0, tzinfo=NEW_YORK)
    assert latest.utcoffset() == timedelta(hours=-5)
    before = latest_occurrence(MON_9, latest - timedelta(seconds=1), NEW_YORK)
    assert before == datetime(2026, 10, 26, 9, 0, tzinfo=NEW_YORK)
    assert before.utcoffset() == timedelta(hours=-4)
    # a week of wall-clock time is 169 real hours here
    assert latest.astimezone(UTC) - before.astimezone(UTC) == timedelta(days=7, hours=1)


def test_occurrences_require_an_aware_now():
    with pytest.raises(ValueError):
        latest_occurrence(MON_9, datetime(2026, 11, 23, 9, 0), TOKYO)


# --- counts only for a wider audience ------------------------------------------------------------


def _big_week():
    incidents = (
        [inc(f"S-{i}", "sales", "loss", reported=START - D) for i in range(5)]
        + [inc(f"H-{i}", "hr", "misdelivery", reported=START - D) for i in range(2)]
        + [inc("T-1", "tiny-secret-dept", "data_for_sale", "containment", reported=START + D)]
        + [inc("O-1", "ops", "other", reported=START + D)]
    )
    tasks = [
        task("S-0", "Call Mr. Tanaka about the lost laptop", END - D, assignee="UTANAKA"),
        task("T-1", "Notify the PPC", END + D, assignee="USECRET", legal=True),
    ]
    return summarize(incidents, tasks, period_end=END, tz=TOKYO)


def test_aggregate_merges_small_departments_and_event_types_into_other():
    agg = aggregate_only(_big_week(), min_count=3)
    assert agg.open_by_department == {"sales": 5, OTHER: 4}
    # "other" of merged small types and the genuine "other" event type share one bucket
    assert agg.open_by_event_type == {"loss": 5, OTHER: 4}
    assert agg.open_by_phase == {"investigation": 8, "containment": 1}  # phases untouched
    assert agg.other_label_used is True
    assert agg.min_count == 3
    assert (agg.new, agg.closed, agg.open, agg.overdue_count) == (2, 0, 9, 1)
    assert sum(agg.open_by_department.values()) == agg.open


def test_other_below_the_minimum_is_still_shown():
    agg = aggregate_only(_big_week(), min_count=5)
    assert agg.open_by_department == {"sales": 5, OTHER: 4}  # 4 < 5, kept as "other"
    assert list(agg.open_by_department)[-1] == OTHER


def test_aggregate_without_small_groups_uses_no_other_label():
    agg = aggregate_only(_big_week(), min_count=1)
    assert agg.other_label_used is False
    assert OTHER not in agg.open_by_department
    with pytest.raises(ValueError):
        aggregate_only(_big_week(), min_count=0)


def test_aggregate_leaks_no_ids_titles_assignees_or_small_names():
    week = _big_week()
    agg = aggregate_only(week, min_count=3)
    assert isinstance(agg, AggregateSummary)
    assert not any(isinstance(getattr(agg, f.name), tuple) and any(isinstance(x, TaskFacts) for x in getattr(agg, f.name))
                   for f in dataclasses.fields(agg))
    dump = repr(dataclasses.asdict(agg))
    for secret in ["S-0", "T-1", "H-0", "O-1", "Call Mr. Tanaka", "Notify the PPC", "UTANAKA", "USECRET",
                   "tiny-secret-dept", "hr", "ops", "data_for_sale", "misdelivery"]:
        assert secret not in dump, secret


def test_domain_module_is_pure():
    tree = ast.parse(Path(summary_module.__file__).read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name):
            assert (node.func.value.id, node.func.attr) not in {("datetime", "now"), ("datetime", "utcnow"), ("date", "today")}
    assert not imported & {"slack", "slack_sdk", "slack_bolt", "sqlmodel", "sqlalchemy", "prompts", "storage", "handlers", "bot"}


def test_a_scheduled_time_skipped_by_daylight_saving_runs_just_after_the_jump():
    sun_0230 = WeeklySchedule(6, time(2, 30))  # 2027-03-14 02:30 does not exist in New York
    run = latest_occurrence(sun_0230, datetime(2027, 3, 14, 7, 30, tzinfo=UTC), NEW_YORK)
    assert run.astimezone(UTC) == datetime(2027, 3, 14, 7, 30, tzinfo=UTC)  # 03:30 EDT
    assert (run.hour, run.minute) == (3, 30)
    before = latest_occurrence(sun_0230, datetime(2027, 3, 14, 7, 29, tzinfo=UTC), NEW_YORK)
    assert before == datetime(2027, 3, 7, 2, 30, tzinfo=NEW_YORK)


def test_a_repeated_hour_is_compared_in_real_time():
    sun_0130 = WeeklySchedule(6, time(1, 30))  # 2026-11-01 01:00–02:00 happens twice in New York
    second_pass = datetime(2026, 11, 1, 6, 10, tzinfo=UTC)  # 01:10 EST, after 01:30 EDT
    latest = latest_occurrence(sun_0130, second_pass, NEW_YORK)
    assert latest.astimezone(UTC) == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
