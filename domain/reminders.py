"""When to remind the assignee of a countermeasure task (対策), and when to tell the owner.

Countermeasures are forgotten weeks after the panic is over, so every open task is reminded on a
fixed schedule until it is done or cancelled. This module only *decides*; the periodic sweep
(``services.tasks``) stores its answer (``next_at`` in an indexed column) and claims each step
with a compare-and-set on the task's ``sent`` counter. It imports no Slack or database code,
never reads the clock (``now`` is an argument) and accepts only timezone-aware datetimes; a naive
datetime raises ``ValueError``.

The product's rules
-------------------
R1  Schedule. Ordinary task: index 0 = BEFORE at ``due - remind_before``; 1 = DUE at ``due``;
    ``1 + k`` = OVERDUE nag *k* at ``due + k * nag_interval``. Legal-deadline task: 0 = BEFORE
    3 days, 1 = BEFORE 1 day, 2 = DUE, ``2 + k`` = OVERDUE nag *k*. When ``remind_before`` is zero
    or negative the ordinary BEFORE step does not exist: index 0 stays *reserved* (so DUE is
    always index 1 and a stored ``sent`` keeps its meaning whatever the setting) but is never
    produced or sent.
R2  Deferral. An ordinary step is sent at ``policy.allowed_at(max(nominal_at, snoozed_until))``.
    A legal step is never moved by quiet hours or business days; a snooze delays only its BEFORE
    steps and never past the due time; its DUE and OVERDUE steps are never delayed.
R3  Created late. A step whose ``nominal_at`` is earlier than the task's ``created_at`` is skipped:
    it belongs to a time before the task existed. A task created 2 hours before its due time
    gets no "due in 1 day" DM; a backfilled task whose due time has passed is overdue at once
    but is first nagged at the first nag time at or after its creation. There is no exception.
R4  Never a flood. Of the steps not yet consumed whose ``send_at`` has come, only the latest is
    sent (after downtime, or when a snooze ends, one DM rather than a backlog); ``sent`` then
    becomes that step's index + 1.
R5  Allowed times. Quiet hours (``20:00-08:00``, may wrap midnight) and, optionally, weekends and
    Japanese national holidays (``jpholiday``) defer ordinary reminders to the next allowed
    moment, judged on the local clock in ``policy.tz``; DST zones are handled exactly.
R6  Escalation. Once ``escalate_after`` overdue nags have been sent, the owner and the deputy are
    told, once (``escalate_after <= 0`` disables it).

Durations are absolute: "1 day" is 24 hours, also across a daylight-saving change, and all
datetimes this module returns are in UTC (except ``snooze_until_date``, which is for display and
is in ``policy.tz``). UTC avoids a Python trap: two datetimes sharing one ``ZoneInfo`` are
compared by wall clock, which is wrong during the repeated hour of a DST fall-back.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo

import jpholiday

__all__ = [
    "DEFAULT_WINDOW_START",
    "Decision",
    "LEGAL_LEADS",
    "QuietHours",
    "ReminderPolicy",
    "Step",
    "StepKind",
    "next_reminder",
    "parse_quiet_hours",
    "should_escalate",
    "snooze_until_date",
    "steps",
]

_UTC = UTC
_ZERO = timedelta(0)
_MICROSECOND = timedelta(microseconds=1)
#: Start of the working day when quiet hours do not say otherwise (R5, snooze to a date).
DEFAULT_WINDOW_START = time(9, 0)
#: Legal-deadline tasks are reminded 3 days and 1 day before the due time (R1).
LEGAL_LEADS: tuple[timedelta, ...] = (timedelta(days=3), timedelta(days=1))


def _aware_utc(name: str, value: datetime) -> datetime:
    """``value`` as a UTC datetime; a naive datetime is refused (it would mean "the server's zone")."""
    if not isinstance(value, datetime):
        raise TypeError(f"{name} must be a datetime, not {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"{name} must be timezone-aware (e.g. 2026-12-01T09:00:00+09:00); naive datetimes are refused"
        )
    return value.astimezone(_UTC)


# --------------------------------------------------------------------------------------------
# Quiet hours
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuietHours:
    """A daily window ``[start, end)`` on the local clock in which ordinary reminders are held.

    ``start > end`` means the window wraps midnight (``20:00-08:00`` = 20:00 to 08:00 next
    morning). ``end`` itself is allowed, so the first reminder after the night goes out at 08:00.
    """

    start: time
    end: time

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if not isinstance(value, time) or value.tzinfo is not None:
                raise ValueError(f"quiet hours {name} must be a naive local time of day")
        if self.start == self.end:
            raise ValueError(
                f"quiet hours start and end are both {self.start:%H:%M}; "
                "leave quiet hours unset for none (a 24-hour window would hold reminders forever)"
            )

    @property
    def wraps_midnight(self) -> bool:
        return self.start > self.end

    def contains(self, t: time) -> bool:
        """Whether the local time of day ``t`` is quiet (start inclusive, end exclusive)."""
        t = t.replace(tzinfo=None)
        if self.wraps_midnight:
            return t >= self.start or t < self.end
        return self.start <= t < self.end

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


_QUIET_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-~〜–]\s*(\d{1,2}):(\d{2})\s*$")


def parse_quiet_hours(text: str | None) -> QuietHours | None:
    """Read a setting such as ``"20:00-08:00"`` (wraps midnight) or ``"22:00-23:30"``.

    ``None``, an empty string and ``"none"`` mean no quiet hours. Full-width digits and colons
    (``２０：００``) and ``~``/``〜`` as the separator are accepted, because the value is often
    typed on a Japanese keyboard. Anything else raises ``ValueError`` with a message that says
    what is wrong and what is expected.
    """
    if text is None:
        return None
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if cleaned == "" or cleaned.lower() == "none":
        return None
    match = _QUIET_RE.match(cleaned)
    if match is None:
        raise ValueError(
            f"quiet hours {text!r} not understood: expected HH:MM-HH:MM such as 20:00-08:00, or 'none'"
        )
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    for hour, minute, label in ((h1, m1, "start"), (h2, m2, "end")):
        if not 0 <= hour <= 23:
            raise ValueError(f"quiet hours {text!r}: {label} hour {hour} is out of range (00-23; write midnight as 00:00)")
        if not 0 <= minute <= 59:
            raise ValueError(f"quiet hours {text!r}: {label} minute {minute} is out of range (00-59)")
    try:
        return QuietHours(time(h1, m1), time(h2, m2))
    except ValueError as exc:
        raise ValueError(f"quiet hours {text!r}: {exc}") from None


# --------------------------------------------------------------------------------------------
# Policy and allowed times (R5)
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _closed(day: date) -> bool:
    """Saturday, Sunday or a Japanese national holiday (incl. 振替休日 and 国民の休日)."""
    return day.weekday() >= 5 or jpholiday.is_holiday(day)


def _next_business_day(day: date) -> date:
    day += timedelta(days=1)
    while _closed(day):
        day += timedelta(days=1)
    return day


@dataclass(frozen=True)
class ReminderPolicy:
    """The organisation's reminder settings (environment ``LEAKBOT_*``)."""

    tz: ZoneInfo
    remind_before: timedelta = timedelta(days=1)
    nag_interval: timedelta = timedelta(days=1)
    escalate_after: int = 3
    quiet_hours: QuietHours | None = None
    business_days_only: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.tz, tzinfo):
            raise TypeError("tz must be a tzinfo such as ZoneInfo('Asia/Tokyo')")
        if self.nag_interval <= _ZERO:
            raise ValueError("nag_interval must be a positive duration")

    @property
    def window_start(self) -> time:
        """When an allowed day begins: the first moment a weekend/holiday reminder may go out,
        and the time a "snooze until <date>" wakes up.

        The end of quiet hours that cover midnight (``20:00-08:00`` → 08:00); otherwise 09:00,
        or the end of quiet hours that contain 09:00 (``08:00-10:00`` → 10:00). A window that
        does not cover midnight (``22:00-23:30``) says nothing about mornings, so its end is not
        used: the day would otherwise begin at 23:30.
        """
        quiet = self.quiet_hours
        if quiet is None:
            return DEFAULT_WINDOW_START
        if quiet.contains(time(0, 0)) or quiet.contains(DEFAULT_WINDOW_START):
            return quiet.end
        return DEFAULT_WINDOW_START

    def _wall_allowed(self, wall: datetime) -> bool:
        return self._next_allowed_wall(wall) == wall

    def _next_allowed_wall(self, wall: datetime) -> datetime:
        """The earliest allowed local wall-clock time ``>= wall`` (naive, in ``tz``).

        Disallowed, when enabled: a closed day (weekend/holiday); on the first business day
        after a closed day, the hours before ``window_start`` (so the weekend's reminders and
        one due at Monday 00:30 both go out at the window start, keeping the order of
        reminders); and quiet hours. Each jump skips only disallowed times, so the result is
        the earliest allowed one; the loop repeats until nothing moves it.
        """
        start = self.window_start
        quiet = self.quiet_hours
        while True:
            if self.business_days_only:
                day = wall.date()
                if _closed(day):
                    wall = datetime.combine(_next_business_day(day), start)
                    continue
                if wall.time() < start and _closed(day - timedelta(days=1)):
                    wall = datetime.combine(day, start)
                    continue
            if quiet is not None and quiet.contains(wall.time()):
                day = wall.date()
                if quiet.wraps_midnight and wall.time() >= quiet.start:
                    day += timedelta(days=1)
                wall = datetime.combine(day, quiet.end)
                continue
            return wall

    def is_allowed(self, moment: datetime) -> bool:
        """Whether an ordinary reminder may be sent at ``moment`` (R5)."""
        local = _aware_utc("moment", moment).astimezone(self.tz)
        return self._wall_allowed(local.replace(tzinfo=None))

    def allowed_at(self, moment: datetime) -> datetime:
        """The earliest allowed moment ``>= moment`` (R5); ``moment`` itself when it is allowed.

        A moved result is in UTC. Works on the local clock in ``tz`` one UTC-offset period at a
        time: within a period the local clock runs straight, so the earliest allowed wall time
        converts directly; if the UTC offset changes before it (DST), the search restarts at
        the change, where the clock jumped. Assumes the offset changes at most once within one
        deferral (a few days at most), which holds for every real zone.
        """
        u = _aware_utc("moment", moment)
        for _ in range(64):
            local = u.astimezone(self.tz)
            offset = local.utcoffset()
            assert offset is not None  # an aware datetime in a ZoneInfo always has one
            wall = local.replace(tzinfo=None)
            target = self._next_allowed_wall(wall)
            if target == wall:
                return moment if u == moment else u
            candidate = (target - offset).replace(tzinfo=_UTC)
            if candidate.astimezone(self.tz).utcoffset() == offset:
                return candidate
            u = _offset_change(self.tz, u, candidate, offset)
        raise RuntimeError(f"no allowed time found after {moment!r}")  # pragma: no cover


def _offset_change(tz: tzinfo, lo: datetime, hi: datetime, offset: timedelta | None) -> datetime:
    """The first UTC instant in ``(lo, hi]`` whose UTC offset in ``tz`` is not ``offset``.

    ``lo`` has ``offset`` and ``hi`` does not; bisection to the microsecond, which is exact.
    """
    lo_us, hi_us = 0, (hi - lo) // _MICROSECOND
    while hi_us - lo_us > 1:
        mid = (lo_us + hi_us) // 2
        if (lo + timedelta(microseconds=mid)).astimezone(tz).utcoffset() == offset:
            lo_us = mid
        else:
            hi_us = mid
    return lo + timedelta(microseconds=hi_us)


def _first_instant_at_wall(wall: datetime, tz: tzinfo) -> datetime:
    """The earliest instant whose local clock in ``tz`` reads ``wall`` (UTC).

    In a repeated hour that is the first occurrence; in a skipped hour it is the moment the
    clock jumps over ``wall``.
    """
    u0 = wall.replace(tzinfo=tz, fold=0).astimezone(_UTC)
    u1 = wall.replace(tzinfo=tz, fold=1).astimezone(_UTC)
    lo, hi = min(u0, u1), max(u0, u1)
    if lo.astimezone(tz).replace(tzinfo=None) == wall:
        return lo
    return _offset_change(tz, lo, hi, lo.astimezone(tz).utcoffset())


#: "Snooze" without a chosen day: one day from now.
DEFAULT_SNOOZE = timedelta(days=1)


def snooze_until(day: date | None, policy: ReminderPolicy, now: datetime) -> datetime:
    """Until when a snooze lasts: the chosen day (see ``snooze_until_date``), or ``DEFAULT_SNOOZE``."""
    return snooze_until_date(day, policy) if day is not None else now + DEFAULT_SNOOZE


def snooze_until_date(day: date, policy: ReminderPolicy) -> datetime:
    """Snooze until a chosen date: that day at ``policy.window_start``, in ``policy.tz``.

    That is the end of the night's quiet hours if they are set, else 09:00. The day is not moved
    past a weekend or holiday here: the value is what the user chose and is shown back to them;
    the reminder itself is still deferred by ``allowed_at`` when it is due (R2).
    """
    if isinstance(day, datetime) or not isinstance(day, date):
        raise TypeError("day must be a date (the user picks a calendar day)")
    wall = datetime.combine(day, policy.window_start)
    return _first_instant_at_wall(wall, policy.tz).astimezone(policy.tz)


# --------------------------------------------------------------------------------------------
# The schedule (R1, R2)
# --------------------------------------------------------------------------------------------


class StepKind(StrEnum):
    BEFORE = "before"
    DUE = "due"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Step:
    """One reminder DM of a task's schedule.

    ``nominal_at`` is when the rules put it (R1); ``send_at`` is when it may go out after quiet
    hours, business days and snooze (R2). ``nag`` is *k* for the *k*-th overdue nag of the
    schedule (1-based; a backfilled task's first nag may be number 3), 0 otherwise. ``lead`` is
    how long before the due time a BEFORE step is, ``None`` for the other kinds. Times are UTC.
    """

    index: int
    kind: StepKind
    nominal_at: datetime
    send_at: datetime
    nag: int
    lead: timedelta | None = None


@dataclass(frozen=True)
class _Schedule:
    """Random access to the schedule by index, so the sweep can jump and bisect instead of
    walking through years of nags with a one-minute interval."""

    due: datetime
    legal: bool
    policy: ReminderPolicy
    snooze: datetime | None

    @property
    def leads(self) -> tuple[timedelta, ...]:
        if self.legal:
            return LEGAL_LEADS
        return (self.policy.remind_before,) if self.policy.remind_before > _ZERO else ()

    @property
    def due_index(self) -> int:
        return 2 if self.legal else 1

    @property
    def first_index(self) -> int:
        """0, or 1 when the ordinary BEFORE step does not exist (index 0 reserved, R1)."""
        return self.due_index - len(self.leads)

    def nominal(self, index: int) -> datetime:
        if index < self.due_index:
            return self.due - self.leads[index - self.first_index]
        return self.due + (index - self.due_index) * self.policy.nag_interval

    def step(self, index: int) -> Step:
        if index < self.first_index:
            raise IndexError(f"step {index} does not exist in this schedule")
        nominal = self.nominal(index)
        if self.legal:
            send = nominal
            if index < self.due_index and self.snooze is not None:
                send = min(max(nominal, self.snooze), self.due)
        else:
            send = self.policy.allowed_at(max(nominal, self.snooze) if self.snooze is not None else nominal)
        if index < self.due_index:
            return Step(index, StepKind.BEFORE, nominal, send, 0, lead=self.due - nominal)
        if index == self.due_index:
            return Step(index, StepKind.DUE, nominal, send, 0)
        return Step(index, StepKind.OVERDUE, nominal, send, index - self.due_index)

    def first_index_at_or_after(self, moment: datetime) -> int:
        """The first step whose ``nominal_at >= moment``."""
        for index in range(self.first_index, self.due_index + 1):
            if self.nominal(index) >= moment:
                return index
        k = -((self.due - moment) // self.policy.nag_interval)  # ceil((moment - due) / interval) >= 1
        return self.due_index + k

    def last_index_at_or_before(self, moment: datetime) -> int:
        """The last step whose ``nominal_at <= moment`` (``first_index - 1`` if none)."""
        if moment >= self.due:
            return self.due_index + (moment - self.due) // self.policy.nag_interval
        index = self.due_index - 1
        while index >= self.first_index and self.nominal(index) > moment:
            index -= 1
        return index


def _schedule(due_at: datetime, legal: bool, policy: ReminderPolicy, snoozed_until: datetime | None) -> _Schedule:
    if not isinstance(policy, ReminderPolicy):
        raise TypeError("policy must be a ReminderPolicy")
    snooze = None if snoozed_until is None else _aware_utc("snoozed_until", snoozed_until)
    return _Schedule(_aware_utc("due_at", due_at), bool(legal), policy, snooze)


def steps(
    *, due_at: datetime, legal: bool, policy: ReminderPolicy, snoozed_until: datetime | None = None
) -> Iterator[Step]:
    """The task's whole reminder schedule (R1, R2), in index order; infinite (overdue nags never
    stop while the task is open). ``send_at`` never decreases along it, so "the latest step whose
    time has come" is well defined (R4). Steps before the task's creation are *not* removed here
    (R3 needs ``created_at``; see ``next_reminder``). The reserved ordinary index 0 is not produced
    when ``remind_before <= 0``."""
    schedule = _schedule(due_at, legal, policy, snoozed_until)
    index = schedule.first_index
    while True:
        yield schedule.step(index)
        index += 1


# --------------------------------------------------------------------------------------------
# The sweep's question (R3, R4) and escalation (R6)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """What the sweep does with one task now.

    ``send``: the step to DM now, or ``None``. ``consumed``: the new value of the task's ``sent``
    counter (``send.index + 1``, or ``sent`` unchanged when nothing is sent). ``next_at``: when
    the sweep must look at the task again, the ``send_at`` of the first step not yet due; always
    later than ``now``, because the schedule is infinite.
    """

    send: Step | None
    consumed: int
    next_at: datetime


def next_reminder(
    *,
    due_at: datetime,
    legal: bool,
    created_at: datetime,
    sent: int,
    snoozed_until: datetime | None,
    now: datetime,
    policy: ReminderPolicy,
) -> Decision:
    """Decide what to send for an open task at ``now``.

    Candidates are the steps with index ``>= sent`` (not yet consumed) and ``nominal_at >=
    created_at`` (R3: steps from before the task existed are skipped, never sent late). Of those
    whose ``send_at <= now``, only the latest is sent (R4), so after downtime or at the end of a
    snooze the assignee gets one DM, not a backlog. The caller claims it by compare-and-set of
    ``sent`` → ``consumed``; a second replica asking with the old ``sent`` gets the same answer
    and loses the race, a replica asking with the new one sends nothing.
    """
    if isinstance(sent, bool) or not isinstance(sent, int):
        raise TypeError("sent must be an int")
    if sent < 0:
        raise ValueError("sent must not be negative")
    schedule = _schedule(due_at, legal, policy, snoozed_until)
    created = _aware_utc("created_at", created_at)
    now_utc = _aware_utc("now", now)

    lo = max(sent, schedule.first_index, schedule.first_index_at_or_after(created))
    # send_at >= nominal_at, so nothing after the last step nominally due can be due yet.
    hi = schedule.last_index_at_or_before(now_utc)
    latest: Step | None = None
    # send_at never decreases along the schedule: bisect for the last index with send_at <= now.
    while lo <= hi:
        mid = (lo + hi) // 2
        step = schedule.step(mid)
        if step.send_at <= now_utc:
            latest, lo = step, mid + 1
        else:
            hi = mid - 1
    following = schedule.step(lo)  # the first step after `latest` (or the first candidate)
    if latest is None:
        return Decision(send=None, consumed=sent, next_at=following.send_at)
    return Decision(send=latest, consumed=latest.index + 1, next_at=following.send_at)


def should_escalate(*, overdue_nags_sent: int, already_escalated: bool, policy: ReminderPolicy) -> bool:
    """Whether to tell the owner and deputy now (R6): ``escalate_after`` overdue nags have gone
    unanswered and nobody was told yet. ``escalate_after <= 0`` turns escalation off."""
    if policy.escalate_after <= 0 or already_escalated:
        return False
    return overdue_nags_sent >= policy.escalate_after
