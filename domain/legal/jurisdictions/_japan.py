"""Day counting shared by the Japanese duties (APPI, My Number Act, the financial supervisor).

* 速報 and the contractor's notice to its principal are "速やかに" with no rule; the PPC
  guidelines (通則編3-5-3-3; 特定個人情報ガイドライン(事業者編) 3D) and the FSA/PPC Q&A for financial
  institutions (A4-12) all say "概ね3～5日以内".  The engine warns from the start of day 3 and calls
  it overdue once day 5 has ended; calendar days, not moved past closed days.
* 確報: 30 days, 60 days for an improper purpose (APPI 施行規則8条2項; 特定個人情報漏えい等報告規則
  3条2項), day 1 = the day the company knew, closed days rolled forward (``final_report_day``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import NamedTuple

from ..codes import DeadlineKind
from ..deadlines import _jst_midnight, final_report_day
from ..model import Deadline

_ONE_DAY = timedelta(days=1)


class ReportKinds(NamedTuple):
    """The deadline kinds of one Japanese reporting duty."""

    warning: DeadlineKind
    overdue: DeadlineKind
    final: DeadlineKind
    final_if_improper: DeadlineKind
    individual_notice: DeadlineKind


@lru_cache(maxsize=65536)
def _end_of_day_before(day: date, tz: tzinfo) -> datetime:
    """00:00 JST of ``day`` (the exclusive end of the day before) in ``tz``; a pure function of a
    calendar day and a zone, shared by every awareness day whose deadlines fall on ``day``."""
    return _jst_midnight(day).astimezone(tz)


@lru_cache(maxsize=16384)
def _report_days(
    day1: date, warn_day: int, overdue_day: int, final_days: int, conditional_days: int | None,
) -> tuple[date, date, date, date | None, bool]:
    """The Japan days of a reporting duty counted from ``day1`` (any organisation time zone)."""
    warn = day1 + timedelta(days=warn_day - 1)
    last = day1 + timedelta(days=overdue_day - 1)
    final = final_report_day(day1, final_days)
    moved = final != day1 + timedelta(days=final_days - 1)
    cond = final_report_day(day1, conditional_days) if conditional_days is not None else None
    return warn, last, final, cond, moved


@lru_cache(maxsize=65536)
def report_deadlines(
    day1: date,
    tz: tzinfo,
    warn_day: int,
    overdue_day: int,
    final_days: int,
    conditional_days: int | None,
    kinds: ReportKinds,
) -> tuple[tuple[Deadline, ...], bool]:
    """速報 warning/overdue, 確報, optional conditional 60-day 確報, 本人通知 — and whether the 確報
    day was moved past closed days."""
    warn, last, final, cond, moved = _report_days(day1, warn_day, overdue_day, final_days, conditional_days)
    out = [
        Deadline(kinds.warning, warn, _end_of_day_before(warn, tz), True, warn_day),
        Deadline(kinds.overdue, last, _end_of_day_before(last + _ONE_DAY, tz), True, overdue_day),
        Deadline(kinds.final, final, _end_of_day_before(final + _ONE_DAY, tz), True, final_days),
    ]
    if cond is not None:
        out.append(Deadline(kinds.final_if_improper, cond, _end_of_day_before(cond + _ONE_DAY, tz), False,
                            conditional_days))
    out.append(Deadline(kinds.individual_notice, None, None, True, None))
    return tuple(out), moved


@lru_cache(maxsize=65536)
def prompt_deadlines(
    day1: date, tz: tzinfo, warn_day: int, overdue_day: int, binding: bool,
    warning: DeadlineKind, overdue: DeadlineKind,
) -> tuple[Deadline, ...]:
    """A "速やかに (概ね3～5日以内)" duty: warn from day ``warn_day``, overdue after day ``overdue_day``."""
    warn = day1 + timedelta(days=warn_day - 1)
    last = day1 + timedelta(days=overdue_day - 1)
    return (
        Deadline(warning, warn, _end_of_day_before(warn, tz), binding, warn_day),
        Deadline(overdue, last, _end_of_day_before(last + _ONE_DAY, tz), binding, overdue_day),
    )
