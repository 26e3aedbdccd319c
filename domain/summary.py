"""The weekly summary for the privacy office: what came in, what closed, what is still open, and
which countermeasures are late or due soon.

Pure: no Slack, no database, no clock. The caller reads the facts, picks ``period_end`` (normally the
latest scheduled instant, see :func:`latest_occurrence`) and passes the organization's timezone.
All datetimes must be timezone-aware; a naive one is refused with ``ValueError``.

Conventions (one rule everywhere, so the numbers add up):

* A period is the half-open interval ``(start, end]``: something that happens exactly at ``end``
  belongs to the period that ends there, not to the next one.
* An incident is open at instant ``T`` when ``reported_at <= T`` and it is not closed by ``T``
  (``closed_at is None or closed_at > T``). Hence for every week
  ``open_at_end = open_at_start + new - closed``.
* A task is overdue at ``T`` when it is open and ``due_at <= T`` (the same rule as the task list:
  at the deadline minute it is due). "Upcoming" is ``T < due_at <= T + 14 days``; the two sets
  therefore meet without a gap or an overlap.
* Weeks are counted in the organization's wall-clock time: each week boundary is ``period_end``
  moved back by whole weeks *in local time*, so across a daylight-saving change the boundaries
  stay at the scheduled local hour.
* Task status and incident phase are the current values (there is no history of them); counts by
  time (new/closed/open, acknowledgement) use the timestamps and so are exact for any ``period_end``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from domain.inquiries import InquiryFigures
from domain.phases import ORDER as PHASE_ORDER

#: How far ahead "upcoming deadlines" look.
UPCOMING_WINDOW = timedelta(days=14)
#: The bucket that small departments / event types are merged into by :func:`aggregate_only`.
OTHER = "other"

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_FULL_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SCHEDULE = re.compile(r"^\s*([A-Za-z]+)\s+(\d{1,2}):(\d{2})\s*$")


# --- facts -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class IncidentFacts:
    public_id: str
    department_id: str
    event_type: str
    phase: str
    reported_at: datetime
    acked_at: datetime | None
    closed_at: datetime | None


@dataclass(frozen=True)
class TaskFacts:
    incident_public_id: str
    title: str
    assignee: str | None
    due_at: datetime
    status: str  # "open" | "done" | "cancelled"
    follow_up: bool
    legal: bool


# --- schedule --------------------------------------------------------------------------------


@dataclass(frozen=True)
class WeeklySchedule:
    weekday: int  # Monday = 0 … Sunday = 6, as datetime.weekday()
    at: time


def parse_weekly_schedule(text: str) -> WeeklySchedule:
    """``"mon 09:00"`` → ``WeeklySchedule(0, time(9, 0))``.

    The day is ``mon``…``sun`` (or the full English name), in any case; the time is ``H:MM`` or
    ``HH:MM`` on a 24-hour clock. Anything else raises ``ValueError`` saying what is expected.
    """
    expected = "expected '<day> HH:MM' with <day> one of mon, tue, wed, thu, fri, sat, sun (e.g. 'mon 09:00')"
    match = _SCHEDULE.match(text) if isinstance(text, str) else None
    if match is None:
        raise ValueError(f"invalid weekly schedule {text!r}: {expected}")
    day, hour, minute = match.group(1).lower(), int(match.group(2)), int(match.group(3))
    if day in _WEEKDAYS:
        weekday = _WEEKDAYS.index(day)
    elif day in _FULL_WEEKDAYS:
        weekday = _FULL_WEEKDAYS.index(day)
    else:
        raise ValueError(f"invalid weekly schedule {text!r}: unknown day {match.group(1)!r}; {expected}")
    if hour > 23 or minute > 59:
        raise ValueError(f"invalid weekly schedule {text!r}: time out of range (00:00–23:59); {expected}")
    return WeeklySchedule(weekday, time(hour, minute))


def _require_aware(when: datetime, name: str) -> None:
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {when!r}")


def _utc(when: datetime) -> datetime:
    """Aware datetimes sharing a tzinfo compare and subtract by wall clock (Python's rule), which is
    wrong across a daylight-saving fold; every comparison here therefore goes through UTC."""
    return when.astimezone(UTC)


def _local(day: date, at: time, tz: ZoneInfo) -> datetime:
    """The instant the wall clock in ``tz`` shows ``day at``, canonical in ``tz``.

    A wall time skipped by a daylight-saving jump resolves with the offset before the jump (so
    02:30 on a spring-forward night becomes 03:30 summer time); a repeated one means its first
    occurrence (``fold=0``).
    """
    naive = datetime.combine(day, at.replace(tzinfo=None))
    return naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


def latest_occurrence(schedule: WeeklySchedule, now: datetime, tz: ZoneInfo) -> datetime:
    """The latest scheduled instant ``<= now`` (``now`` itself when it is exactly on schedule)."""
    _require_aware(now, "now")
    local = now.astimezone(tz)
    day = local.date() - timedelta(days=(local.weekday() - schedule.weekday) % 7)
    candidate = _local(day, schedule.at, tz)
    if _utc(candidate) > _utc(now):
        candidate = _local(day - timedelta(days=7), schedule.at, tz)
    return candidate


# --- summary ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekPoint:
    week_start: date  # local date of the week's first boundary (the schedule's weekday)
    new: int
    closed: int
    open_at_end: int


@dataclass(frozen=True)
class WeeklySummary:
    period_start: datetime
    period_end: datetime
    new: int
    closed: int
    open: int
    open_by_department: dict[str, int]
    open_by_event_type: dict[str, int]
    open_by_phase: dict[str, int]
    overdue: tuple[TaskFacts, ...]
    follow_ups: tuple[TaskFacts, ...]
    ack_median: timedelta | None
    ack_worst: timedelta | None
    unacknowledged: int
    upcoming: tuple[TaskFacts, ...]
    series: tuple[WeekPoint, ...]
    #: Inquiries received in the period (per day, by category; ``domain.inquiries.figures``), when counted.
    inquiries: InquiryFigures | None = None


def _weeks_back(period_end: datetime, tz: ZoneInfo, k: int) -> datetime:
    """``period_end`` moved back ``k`` weeks in local wall-clock time."""
    local = period_end.astimezone(tz)
    if k == 0:
        return local
    return _local(local.date() - timedelta(weeks=k), local.timetz(), tz)


def _incident_in_utc(inc: IncidentFacts) -> IncidentFacts:
    for name in ("reported_at", "acked_at", "closed_at"):
        value = getattr(inc, name)
        if value is not None:
            _require_aware(value, f"{inc.public_id}.{name}")
    return replace(
        inc,
        reported_at=_utc(inc.reported_at),
        acked_at=_utc(inc.acked_at) if inc.acked_at else None,
        closed_at=_utc(inc.closed_at) if inc.closed_at else None,
    )


def _is_open(incident: IncidentFacts, at: datetime) -> bool:
    return incident.reported_at <= at and (incident.closed_at is None or incident.closed_at > at)


def _in(when: datetime | None, start: datetime, end: datetime) -> bool:
    return when is not None and start < when <= end


def _by_count(counter: Counter[str]) -> dict[str, int]:
    """Largest first, then by key, so the order is stable."""
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def _by_phase(counter: Counter[str]) -> dict[str, int]:
    """Lifecycle order; unknown phase values (should not happen) after, by key."""
    known = [str(p) for p in PHASE_ORDER]
    rank = {p: i for i, p in enumerate(known)}
    return dict(sorted(counter.items(), key=lambda kv: (rank.get(kv[0], len(known)), kv[0])))


def _median(values: list[timedelta]) -> timedelta | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def summarize(
    incidents: Iterable[IncidentFacts],
    tasks: Iterable[TaskFacts],
    *,
    period_end: datetime,
    tz: ZoneInfo,
    weeks: int = 12,
) -> WeeklySummary:
    """The weekly summary for the 7 days ``(period_end - 1 week, period_end]`` (see module doc)."""
    _require_aware(period_end, "period_end")
    if weeks < 1:
        raise ValueError(f"weeks must be at least 1, got {weeks}")
    incidents = tuple(_incident_in_utc(i) for i in incidents)
    tasks = tuple(tasks)
    due: dict[int, datetime] = {}
    for task in tasks:
        _require_aware(task.due_at, f"task {task.incident_public_id}/{task.title!r}.due_at")
        due[id(task)] = _utc(task.due_at)

    local_bounds = [_weeks_back(period_end, tz, k) for k in range(weeks, -1, -1)]  # oldest first
    boundaries = [_utc(b) for b in local_bounds]
    period_start = local_bounds[-2]
    period_end_given, period_end = period_end, _utc(period_end)
    period_start_utc = boundaries[-2]

    new = sum(1 for i in incidents if _in(i.reported_at, period_start_utc, period_end))
    closed = sum(1 for i in incidents if _in(i.closed_at, period_start_utc, period_end))
    open_now = [i for i in incidents if _is_open(i, period_end)]

    # Acknowledgement, over the incidents reported in the period. An acknowledgement after
    # period_end did not exist yet at period_end, so it counts as "still unacknowledged".
    acked: list[timedelta] = []
    waiting: list[timedelta] = []
    for inc in incidents:
        if not _in(inc.reported_at, period_start_utc, period_end):
            continue
        if inc.acked_at is not None and inc.acked_at <= period_end:
            acked.append(max(timedelta(0), inc.acked_at - inc.reported_at))
        else:
            waiting.append(period_end - inc.reported_at)
    everything = acked + waiting
    ack_worst = max(everything) if everything else None

    open_tasks = [x for x in tasks if x.status == "open"]
    overdue = sorted(
        (x for x in open_tasks if due[id(x)] <= period_end),
        key=lambda x: (due[id(x)], x.incident_public_id, x.title),
    )
    horizon = period_end + UPCOMING_WINDOW
    upcoming = sorted(
        (x for x in open_tasks if period_end < due[id(x)] <= horizon),
        key=lambda x: (due[id(x)], not x.legal, x.incident_public_id, x.title),
    )
    closed_ids = {i.public_id for i in incidents if i.closed_at is not None}
    follow_ups = sorted(
        (x for x in open_tasks if x.follow_up and x.incident_public_id in closed_ids),
        key=lambda x: (due[id(x)], x.incident_public_id, x.title),
    )

    series = tuple(
        WeekPoint(
            week_start=local_start.date(),
            new=sum(1 for i in incidents if _in(i.reported_at, start, end)),
            closed=sum(1 for i in incidents if _in(i.closed_at, start, end)),
            open_at_end=sum(1 for i in incidents if _is_open(i, end)),
        )
        for local_start, start, end in zip(local_bounds, boundaries, boundaries[1:], strict=False)
    )

    return WeeklySummary(
        period_start=period_start,
        period_end=period_end_given,
        new=new,
        closed=closed,
        open=len(open_now),
        open_by_department=_by_count(Counter(str(i.department_id) for i in open_now)),
        open_by_event_type=_by_count(Counter(str(i.event_type) for i in open_now)),
        open_by_phase=_by_phase(Counter(str(i.phase) for i in open_now)),
        overdue=tuple(overdue),
        follow_ups=tuple(follow_ups),
        ack_median=_median(acked),
        ack_worst=ack_worst,
        unacknowledged=len(waiting),
        upcoming=tuple(upcoming),
        series=series,
    )


# --- the version for a wider audience --------------------------------------------------------


@dataclass(frozen=True)
class AggregateSummary:
    """Counts and the chart only: no incident ID, task title, assignee, description or name.

    ``open_by_department`` / ``open_by_event_type`` never show a group smaller than ``min_count``
    except the merged :data:`OTHER` bucket (see :func:`aggregate_only`).
    """

    period_start: datetime
    period_end: datetime
    new: int
    closed: int
    open: int
    open_by_department: dict[str, int]
    open_by_event_type: dict[str, int]
    open_by_phase: dict[str, int]
    overdue_count: int
    ack_median: timedelta | None
    ack_worst: timedelta | None
    series: tuple[WeekPoint, ...]
    other_label_used: bool
    unacknowledged: int = 0
    min_count: int = 1


def _merge_small(counts: dict[str, int], min_count: int) -> tuple[dict[str, int], bool]:
    kept: Counter[str] = Counter()
    merged = False
    for key, n in counts.items():
        if n < min_count:
            kept[OTHER] += n
            merged = True
        else:
            kept[key] += n
    if merged:  # "other" goes last whatever its size: it is a remainder, not a group
        other = kept.pop(OTHER)
        return {**_by_count(kept), OTHER: other}, True
    return _by_count(kept), False


def aggregate_only(summary: WeeklySummary, *, min_count: int) -> AggregateSummary:
    """The summary reduced to counts for a wider audience.

    Any department or event type with fewer than ``min_count`` open incidents is merged into the
    key ``"other"``. If ``"other"`` itself ends up below ``min_count`` it is still shown: it is
    derivable anyway (total open minus the groups shown), it names no group, and hiding it would
    make the breakdown stop adding up to the total, which readers take for an error. For event
    types, the real ``EventType.OTHER`` falls into the same bucket (both mean "その他").
    Phases are not identifying and are kept as they are. ``min_count`` must be at least 1
    (1 merges nothing).
    """
    if min_count < 1:
        raise ValueError(f"min_count must be at least 1, got {min_count}")
    departments, merged_dept = _merge_small(summary.open_by_department, min_count)
    event_types, merged_type = _merge_small(summary.open_by_event_type, min_count)
    return AggregateSummary(
        period_start=summary.period_start,
        period_end=summary.period_end,
        new=summary.new,
        closed=summary.closed,
        open=summary.open,
        open_by_department=departments,
        open_by_event_type=event_types,
        open_by_phase=dict(summary.open_by_phase),
        overdue_count=len(summary.overdue),
        ack_median=summary.ack_median,
        ack_worst=summary.ack_worst,
        series=summary.series,
        other_label_used=merged_dept or merged_type,
        unacknowledged=summary.unacknowledged,
        min_count=min_count,
    )
