"""What a use case answers: done, or why not (handlers turn it into a message)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Outcome(StrEnum):
    DONE = "done"
    DUPLICATE = "duplicate"
    ALREADY_ACKED = "already_acked"
    DENIED = "denied"
    CLOSED = "closed"
    NOT_A_DRILL = "not_a_drill"  # ending a drill was asked of a real incident


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    incident: Any = None
