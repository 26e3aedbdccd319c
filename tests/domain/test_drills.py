"""Scoring a drill: time to acknowledge and tasks done on time, as of its end or of a given instant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.drills import DrillTask, figures, in_period, score
from domain.incidents import parse_public_id, public_id

T0 = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
H = timedelta(hours=1)


def _score(**overrides):
    values = dict(public_id="DRILL-2026-0001", department_id="sales", reported_at=T0, acked_at=T0 + timedelta(minutes=12),
                  ended_at=T0 + 10 * H, tasks=[], as_of=T0 + 20 * H)
    values.update(overrides)
    return score(**values)


def test_drill_ids_have_their_own_prefix_and_parse_back():
    assert public_id(2026, 3, drill=True) == "DRILL-2026-0003"
    assert public_id(2026, 3) == "LEAK-2026-0003"
    assert parse_public_id("drill-2026-0003") == "DRILL-2026-0003"
    assert parse_public_id("ＤＲＩＬＬ-2026-0003") == "DRILL-2026-0003"
    assert parse_public_id("DRILL-2026-3") is None and parse_public_id("DRIL-2026-0003") is None


def test_tasks_done_on_time_count_only_what_fell_due_or_was_done():
    tasks = [
        DrillTask(T0 + 2 * H, "done", T0 + 1 * H),  # on time
        DrillTask(T0 + 2 * H, "done", T0 + 3 * H),  # late
        DrillTask(T0 + 4 * H, "open"),  # overdue at the end: due, not on time
        DrillTask(T0 + 30 * H, "open"),  # not due by the end: not scored
        DrillTask(T0 + 30 * H, "done", T0 + 5 * H),  # done early: on time
        DrillTask(T0 + 1 * H, "cancelled", T0 + 2 * H),  # cancelled: not scored
    ]
    result = _score(tasks=tasks)
    assert (result.tasks_due, result.tasks_on_time) == (4, 2)
    assert result.time_to_ack == timedelta(minutes=12) and result.ended


def test_a_running_drill_is_scored_as_of_the_instant_asked():
    tasks = [DrillTask(T0 + 2 * H, "done", T0 + 3 * H), DrillTask(T0 + 4 * H, "open")]
    early = _score(ended_at=None, acked_at=T0 + 5 * H, tasks=tasks, as_of=T0 + 2.5 * H)
    assert early.time_to_ack is None and not early.ended  # acknowledged only later
    assert (early.tasks_due, early.tasks_on_time) == (1, 0)
    later = _score(ended_at=None, acked_at=T0 + 5 * H, tasks=tasks, as_of=T0 + 6 * H)
    assert later.time_to_ack == 5 * H and (later.tasks_due, later.tasks_on_time) == (2, 0)
    # An end after the instant asked is not an end yet.
    assert not _score(ended_at=T0 + 10 * H, as_of=T0 + 9 * H).ended


def test_figures_total_the_drills_with_the_median_of_the_acknowledged():
    a = _score(public_id="DRILL-2026-0002", reported_at=T0 + H, acked_at=T0 + 2 * H)
    b = _score(acked_at=T0 + timedelta(minutes=30), tasks=[DrillTask(T0 + H, "done", T0)])
    c = _score(public_id="DRILL-2026-0003", acked_at=None, tasks=[DrillTask(T0 + H, "open")])
    result = figures([a, b, c])
    assert [d.public_id for d in result.drills] == ["DRILL-2026-0001", "DRILL-2026-0003", "DRILL-2026-0002"]
    assert result.ack_median == timedelta(minutes=45) and (result.tasks_due, result.tasks_on_time) == (2, 1)
    assert (result.count, result.ended) == (3, 3)
    assert figures([]).ack_median is None


def test_a_drill_is_in_a_period_when_it_ran_during_it():
    start, end = T0, T0 + 7 * 24 * H
    assert in_period(T0 - H, None, start, end)  # still running
    assert in_period(T0 - H, T0 + H, start, end)  # ended inside
    assert not in_period(T0 - 2 * H, T0, start, end)  # ended exactly at the start: the week before
    assert in_period(end, None, start, end) and not in_period(end + H, None, start, end)


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        _score(reported_at=datetime(2026, 11, 24, 1, 0))
