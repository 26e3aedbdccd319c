"""Drills (訓練, 8-②): how a drill is scored.

A drill runs the whole incident flow on a made-up report so that the people on call practise it.
What the office wants to learn from it is how fast the reporting line picked it up and whether the
countermeasures were done in time, so a drill is scored on exactly that:

* **time to acknowledge**: from the report to the owner's or deputy's "I have it" (None while
  nobody acknowledged by the reference instant);
* **tasks done on time**: of the drill's tasks that fell due by the reference instant or were
  done (cancelled ones do not count), how many were done by their due time.

The reference instant is the drill's end, or — for a drill still running — the instant the
figures are computed for (``as_of``), so a report for a past period says what was true then.
Pure: no Slack, no database, no clock; every datetime timezone-aware.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

#: Task statuses as stored (``domain.tasks.TaskStatus`` values).
_DONE, _CANCELLED = "done", "cancelled"


@dataclass(frozen=True)
class DrillTask:
    due_at: datetime
    status: str  # "open" | "done" | "cancelled"
    completed_at: datetime | None = None


@dataclass(frozen=True)
class DrillScore:
    public_id: str
    department_id: str
    reported_at: datetime
    ended_at: datetime | None
    time_to_ack: timedelta | None
    tasks_due: int
    tasks_on_time: int

    @property
    def ended(self) -> bool:
        return self.ended_at is not None


def _utc(when: datetime) -> datetime:
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"datetime must be timezone-aware, got {when!r}")
    return when.astimezone(UTC)


def score(
    *,
    public_id: str,
    department_id: str,
    reported_at: datetime,
    acked_at: datetime | None,
    ended_at: datetime | None,
    tasks: Iterable[DrillTask],
    as_of: datetime,
) -> DrillScore:
    """The drill's score as of ``as_of`` (its end, if it ended before ``as_of``); see the module doc."""
    reported = _utc(reported_at)
    ended = _utc(ended_at) if ended_at is not None and _utc(ended_at) <= _utc(as_of) else None
    until = ended or _utc(as_of)
    acked = _utc(acked_at) if acked_at is not None and _utc(acked_at) <= until else None
    due = on_time = 0
    for task in tasks:
        if task.status == _CANCELLED:
            continue
        completed = _utc(task.completed_at) if task.status == _DONE and task.completed_at is not None else None
        done = completed is not None and completed <= until
        if not done and _utc(task.due_at) > until:
            continue  # not yet due, not done: nothing to score yet
        due += 1
        if done and completed is not None and completed <= _utc(task.due_at):
            on_time += 1
    return DrillScore(
        public_id=public_id,
        department_id=department_id,
        reported_at=reported,
        ended_at=ended,
        time_to_ack=max(timedelta(0), acked - reported) if acked is not None else None,
        tasks_due=due,
        tasks_on_time=on_time,
    )


@dataclass(frozen=True)
class DrillFigures:
    """The drills of a period, reported apart from the incident figures."""

    drills: tuple[DrillScore, ...]
    ack_median: timedelta | None
    tasks_due: int
    tasks_on_time: int

    @property
    def count(self) -> int:
        return len(self.drills)

    @property
    def ended(self) -> int:
        return sum(1 for d in self.drills if d.ended)


def _median(values: Sequence[timedelta]) -> timedelta | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def figures(scores: Iterable[DrillScore]) -> DrillFigures:
    """Totals over drills, oldest first: the median time to acknowledge (of those acknowledged) and
    the tasks done on time over the tasks scored."""
    drills = tuple(sorted(scores, key=lambda d: (d.reported_at, d.public_id)))
    return DrillFigures(
        drills=drills,
        ack_median=_median([d.time_to_ack for d in drills if d.time_to_ack is not None]),
        tasks_due=sum(d.tasks_due for d in drills),
        tasks_on_time=sum(d.tasks_on_time for d in drills),
    )


def in_period(reported_at: datetime, ended_at: datetime | None, start: datetime, end: datetime) -> bool:
    """A drill belongs to the period ``(start, end]`` when it ran during it: reported by ``end`` and
    not ended by ``start`` (the summary's half-open convention)."""
    reported = _utc(reported_at)
    return reported <= _utc(end) and (ended_at is None or _utc(ended_at) > _utc(start))
