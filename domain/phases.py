"""Phases of an incident (response HQ, containment, analysis, notification, prevention, closed) and the
rules for moving between them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from domain.incidents import MAX_LONG_TEXT, ErrorCode, ValidationFailed


class Phase(StrEnum):
    REPORTED = "reported"  # 報告受付
    CONTAINMENT = "containment"  # 初動対応・封じ込め
    INVESTIGATION = "investigation"  # 調査
    NOTIFICATION = "notification"  # 通知・公表
    PREVENTION = "prevention"  # 再発防止
    CLOSED = "closed"  # 終結


ORDER: tuple[Phase, ...] = tuple(Phase)


class PhaseChangeRefused(Exception):
    """A phase change that the rules do not allow; ``reason`` is a message code for ``prompts``."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Closure:
    """The recurrence-prevention statement required to close: measures done and planned (the same item
    the final report carries, PPC rule Art. 8(1)(viii))."""

    measures_done: str
    measures_planned: str


def next_phases(current: Phase) -> tuple[Phase, ...]:
    """Phases one may move to from ``current``.

    Any open phase may move to any other phase, forward or back (an investigation can reveal that
    containment is not over). A closed incident stays closed: reopening would hide the original
    close from the record, so a new incident is reported instead.
    """
    if current is Phase.CLOSED:
        return ()
    return tuple(p for p in ORDER if p is not current)


def check_phase_change(current: Phase, target: Phase, closure: Closure | None) -> Closure | None:
    """Validate a phase change; return the cleaned closure statement when closing.

    Raises ``PhaseChangeRefused`` for a move the rules forbid and ``ValidationFailed`` when closing
    without a recurrence-prevention statement (both "done" and "planned" are required; "なし" is
    an acceptable answer for planned, silence is not).
    """
    if target not in next_phases(current):
        raise PhaseChangeRefused("closed" if current is Phase.CLOSED else "same_phase")
    if target is not Phase.CLOSED:
        return None
    done = (closure.measures_done if closure else "").strip()
    planned = (closure.measures_planned if closure else "").strip()
    errors: dict[str, ErrorCode] = {}
    for name, value in (("measures_done", done), ("measures_planned", planned)):
        if not value:
            errors[name] = ErrorCode.REQUIRED
        elif len(value) > MAX_LONG_TEXT:
            errors[name] = ErrorCode.TOO_LONG
    if errors:
        raise ValidationFailed(errors)
    return Closure(done, planned)


def parse_phase(raw: str | None) -> Phase:
    """The phase chosen in the phase-change form; ``ValidationFailed`` for anything else."""
    if raw not in set(Phase):
        raise ValidationFailed({"phase": ErrorCode.UNKNOWN_CHOICE})
    return Phase(raw)


def can_change_phase(current: Phase) -> bool:
    """Whether the phase form may be opened at all (a closed incident stays closed)."""
    return bool(next_phases(current))
