"""Escalation when nobody acknowledges: the responsible executive is alerted at any hour, because the
reporting clock (APPI Art. 26, PPC rule Art. 7–8) runs from the moment anyone in the company knew.

Step *k* falls due at ``reported_at + k × timeout``. Each step DMs the owner, the deputy and the
executives once. After downtime the sweep sends only the latest step that is due, never a backlog:
one message per person per step, never a flood.
"""

from __future__ import annotations

from datetime import datetime, timedelta


def due_step(reported_at: datetime, now: datetime, timeout: timedelta) -> int:
    """The highest escalation step due at ``now`` (0 = none yet)."""
    if timeout <= timedelta(0):
        raise ValueError("ack timeout must be positive")
    if now < reported_at:
        return 0
    return int((now - reported_at) // timeout)


def next_escalation(
    *,
    reported_at: datetime,
    acknowledged: bool,
    closed: bool,
    last_step: int,
    now: datetime,
    timeout: timedelta,
) -> int | None:
    """The step to send now, or None when nothing is due (acknowledged, closed, or already sent)."""
    if acknowledged or closed:
        return None
    step = due_step(reported_at, now, timeout)
    return step if step > last_step else None


def step_due_at(reported_at: datetime, step: int, timeout: timedelta) -> datetime:
    return reported_at + step * timeout


def recipients(owner: str | None, deputy: str | None, executives: list[str]) -> list[str]:
    """Everyone DMed at an escalation step, each once, in a stable order.

    The issue names the deputy and the executives; the owner is DMed too because a channel
    mention is easy to miss at night, and the owner is the one who must act.
    """
    seen: list[str] = []
    for person in [deputy, owner, *executives]:
        if person and person not in seen:
            seen.append(person)
    return seen
