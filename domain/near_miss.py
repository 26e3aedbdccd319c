"""Near misses (ヒヤリハット): "nothing leaked, but it nearly did" (the seed 001: 大事には至らなかった
ミスやトラブル). A lighter report than an incident: no channel, no escalation, no legal assessment;
the office is told, and a recurrence measure is required and reviewed by the office like an
incident's recurrence-prevention statement (``domain.recurrence``). Near misses are counted apart
from incidents, so the office sees the trend before it becomes an incident (Heinrich's ratio is
the usual argument for collecting them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.incidents import MAX_LONG_TEXT, ErrorCode, EventType, ValidationFailed
from domain.recurrence import Statement, StatementInput, validate_statement


@dataclass(frozen=True)
class NearMissInput:
    department_id: str | None
    event_type: str | None
    description: str | None
    stopped_by: str | None
    cause: str | None
    measure: str | None


@dataclass(frozen=True)
class NearMiss:
    department_id: str
    event_type: EventType
    description: str
    stopped_by: str
    statement: Statement


def validate_near_miss(raw: NearMissInput, *, known_departments: set[str], now: datetime) -> NearMiss:
    """Check a near-miss report; every refused field at once. The cause and the measure form the
    first version of its recurrence statement (so they are validated by the same rules)."""
    errors: dict[str, ErrorCode] = {}
    if not raw.department_id:
        errors["department"] = ErrorCode.REQUIRED
    elif raw.department_id not in known_departments:
        errors["department"] = ErrorCode.UNKNOWN_CHOICE
    event_type: EventType | None = None
    if not raw.event_type:
        errors["event_type"] = ErrorCode.REQUIRED
    else:
        try:
            event_type = EventType(raw.event_type)
        except ValueError:
            errors["event_type"] = ErrorCode.UNKNOWN_CHOICE
    texts: dict[str, str] = {}
    for name, value in (("description", raw.description), ("stopped_by", raw.stopped_by)):
        cleaned = (value or "").strip()
        if not cleaned:
            errors[name] = ErrorCode.REQUIRED
        elif len(cleaned) > MAX_LONG_TEXT:
            errors[name] = ErrorCode.TOO_LONG
        texts[name] = cleaned
    statement: Statement | None = None
    try:
        statement = validate_statement(
            StatementInput(direct_cause=raw.cause, root_cause=None, measures_taken=raw.measure), now=now, near_miss=True
        )
    except ValidationFailed as failed:
        renamed = {"direct_cause": "cause", "measures_taken": "measure"}
        errors.update({renamed.get(k, k): v for k, v in failed.errors.items()})
    if errors:
        raise ValidationFailed(errors)
    assert raw.department_id is not None and event_type is not None and statement is not None
    return NearMiss(raw.department_id, event_type, texts["description"], texts["stopped_by"], statement)


@dataclass(frozen=True)
class NearMissFacts:
    event_type: str
    department_id: str
    reported_at: datetime
    approved: bool


@dataclass(frozen=True)
class NearMissFigures:
    """Near misses in a period, counted apart from incidents: how many, of which kinds, from
    which departments, and how many still wait for an approved measure (any time)."""

    new: int
    by_event_type: dict[str, int]
    by_department: dict[str, int]
    awaiting_measure: int


def near_miss_figures(facts: list[NearMissFacts], *, start: datetime, end: datetime) -> NearMissFigures:
    """Counts over ``(start, end]`` (the weekly summary's convention); ``awaiting_measure`` counts
    every near miss reported by ``end`` whose measure is not approved yet."""
    in_period = [f for f in facts if start < f.reported_at <= end]

    def by(values: list[str]) -> dict[str, int]:
        counts: dict[str, int] = {}
        for v in values:
            counts[v] = counts.get(v, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    return NearMissFigures(
        new=len(in_period),
        by_event_type=by([f.event_type for f in in_period]),
        by_department=by([f.department_id for f in in_period]),
        awaiting_measure=sum(1 for f in facts if f.reported_at <= end and not f.approved),
    )
