"""The management report (``leakbot report``): what management reads about a period — the incidents,
their causes, the approved recurrence measures and how far they got, the cases reportable to a
regulator, and how fast the organization acknowledged and closed (the response guide's 再発防止 and
reporting to management, survey case 8-⑦).

Pure: the caller reads the facts (incidents reported in ``[start, end)``) and passes ``now`` for
"overdue". Near misses are counted apart (``domain.near_miss``), drills never appear (the storage
filter ``counted_incidents`` keeps them out).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from domain.legal.codes import DUTY_LEVELS
from domain.legal.outcome import Duty, from_json
from domain.near_miss import NearMissFigures


@dataclass(frozen=True)
class MeasureFacts:
    title: str
    assignee: str | None
    due_at: datetime
    status: str  # open | done | cancelled


@dataclass(frozen=True)
class ReportIncident:
    public_id: str
    department_id: str
    event_type: str
    severity: str
    phase: str
    reported_at: datetime
    acked_at: datetime | None
    closed_at: datetime | None
    #: From the approved recurrence statement (empty when none is approved yet).
    direct_cause: str = ""
    root_cause: str = ""
    measures: tuple[MeasureFacts, ...] = ()
    #: Jurisdictions (``appi``, ``mynumber``, ``gdpr``) whose regulator report is required or possibly required.
    reportable: tuple[str, ...] = ()

    @property
    def time_to_ack(self) -> timedelta | None:
        return self.acked_at - self.reported_at if self.acked_at else None

    @property
    def time_to_close(self) -> timedelta | None:
        return self.closed_at - self.reported_at if self.closed_at else None


@dataclass(frozen=True)
class Durations:
    count: int
    median: timedelta | None
    worst: timedelta | None


@dataclass(frozen=True)
class ReportFigures:
    start: datetime
    end: datetime
    #: The instant "overdue" is judged at (when the report is made).
    now: datetime
    incidents: tuple[ReportIncident, ...]
    closed: int
    reportable: int
    ack: Durations
    close: Durations
    measures_done: int
    measures_open: int
    measures_overdue: int
    near_misses: NearMissFigures | None = None


def reportable_jurisdictions(outcome: dict[str, Any] | None) -> tuple[str, ...]:
    """The jurisdictions of a stored legal outcome whose regulator report is (possibly) required."""
    if not outcome:
        return ()
    digest = from_json(outcome)
    return tuple(
        code for code, j in digest.jurisdictions if j.duty(Duty.REGULATOR_REPORT) in DUTY_LEVELS
    )


def _durations(values: list[timedelta]) -> Durations:
    if not values:
        return Durations(0, None, None)
    ordered = sorted(values)
    mid = len(ordered) // 2
    median = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return Durations(len(ordered), median, ordered[-1])


def is_overdue(measure: MeasureFacts, now: datetime) -> bool:
    return measure.status == "open" and measure.due_at <= now


def compile_report(
    incidents: list[ReportIncident], *, start: datetime, end: datetime, now: datetime,
    near_misses: NearMissFigures | None = None,
) -> ReportFigures:
    """The figures of the report over the incidents reported in ``[start, end)``."""
    rows = tuple(sorted(incidents, key=lambda i: (i.reported_at, i.public_id)))
    measures = [m for i in rows for m in i.measures]
    return ReportFigures(
        start=start,
        end=end,
        now=now,
        incidents=rows,
        closed=sum(1 for i in rows if i.closed_at is not None),
        reportable=sum(1 for i in rows if i.reportable),
        ack=_durations([d for i in rows if (d := i.time_to_ack) is not None]),
        close=_durations([d for i in rows if (d := i.time_to_close) is not None]),
        measures_done=sum(1 for m in measures if m.status == "done"),
        measures_open=sum(1 for m in measures if m.status == "open"),
        measures_overdue=sum(1 for m in measures if is_overdue(m, now)),
        near_misses=near_misses,
    )
