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


#: How long an escalation waits for an unfinished Slack set-up (channel, card, owner's mention).
SETUP_GRACE = timedelta(minutes=10)


def waits_for_setup(*, set_up: bool, reported_at: datetime, now: datetime) -> bool:
    """Whether an escalation that is due should wait for the incident's set-up to finish.

    Escalating about an incident whose channel and card do not exist yet tells people of an
    incident they cannot open, and the owner has not even been mentioned; a crash or a slow Slack
    delays the set-up by seconds to minutes, so the escalation waits for it, and is sent at the
    first sweep after it. It waits at most ``SETUP_GRACE`` after the report: a set-up that Slack
    keeps refusing must not silence the escalation (the reporting clock runs regardless).
    """
    return not set_up and now < reported_at + SETUP_GRACE
