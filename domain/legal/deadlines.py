"""Day counting for APPI (Japan) and hour counting for GDPR.

APPI (個人情報保護法26条, 施行規則8条, ガイドライン通則編3-5-3-3/3-5-3-4)
-------------------------------------------------------------------------
* Counting happens in Japan time (Asia/Tokyo), whatever the organisation's
  time zone: a leak noticed at 2026-12-01 00:30 JST (= 2026-11-30 15:30 UTC)
  has awareness day 2026-12-01.
* The awareness day (知った日) is **day 1**; Saturdays, Sundays and holidays
  are counted like any other day.
* 確報 (final report): 30 days, 60 days when category 3 (improper purpose)
  applies.  If the last day is a *closed day* (行政機関の休日, 行政機関の休日に
  関する法律1条1項; cf. its 2条 on deadlines falling on such days) —
  Saturday, Sunday, national
  holiday (国民の祝日・振替休日・国民の休日, from ``jpholiday``) or the year-end
  closure December 29 – January 3 (a rule in this code) — the deadline moves to
  the next day that is none of these.  Example: aware 2026-12-01 → 30th day
  2026-12-30 (closure) → deadline 2027-01-04.
* 速報 (preliminary report) and the contractor's notice to its principal are
  "速やかに" (promptly) with no rule; the guideline speaks of about 3–5 days.
  The engine warns from the start of day 3 and calls it overdue once day 5 has
  ended.  These are calendar days and are *not* moved past closed days.

The deadline instant
--------------------
A deadline that falls on day ``D`` is met by acting at any instant **before**
``D + 1 day, 00:00 Asia/Tokyo`` (a half-open window; no 23:59:59.999 rounding).
Functions here return that exclusive instant converted into the caller's time
zone, together with the calendar date ``D`` (a Japanese date).

GDPR (Art. 33(1))
-----------------
72 clock hours from the exact instant of awareness: ``aware + 72h``, whatever
the calendar, time zone or daylight-saving changes.

Holiday data comes from the maintained ``jpholiday`` library, read once per
year (``jpholiday.year_holidays``: national holidays, substitute holidays and
citizens' holidays) and cached, as are the per-date look-ups (if holidays are
registered into ``jpholiday`` at run time, call ``clear_caches()``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

import jpholiday

JST = ZoneInfo("Asia/Tokyo")
GDPR_NOTIFICATION_HOURS = 72
_ONE_DAY = timedelta(days=1)
_GDPR_WINDOW = timedelta(hours=GDPR_NOTIFICATION_HOURS)


class NaiveDatetimeError(ValueError):
    """A datetime without time zone was given; the engine needs aware datetimes."""

    def __init__(self, name: str = "datetime") -> None:
        super().__init__(
            f"{name} must be timezone-aware (e.g. 2026-12-01T00:30:00+09:00); "
            "naive datetimes are ambiguous and are rejected"
        )
        self.name = name


def require_aware(value: datetime, name: str = "datetime") -> datetime:
    """Return ``value`` if it is a timezone-aware datetime, else raise."""
    if not isinstance(value, datetime):
        raise TypeError(f"{name} must be a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise NaiveDatetimeError(name)
    return value


def resolve_tz(tz: tzinfo | str) -> tzinfo:
    """Accept a ``tzinfo`` (e.g. ``ZoneInfo("Asia/Tokyo")``) or an IANA name."""
    if isinstance(tz, str):
        return _zone(tz)
    if isinstance(tz, tzinfo):
        return tz
    raise TypeError(f"tz must be a tzinfo or an IANA zone name, got {type(tz).__name__}")


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError) as exc:  # ZoneInfoNotFoundError is a KeyError
        raise ValueError(f"unknown time zone {name!r}") from exc


def japan_date(moment: datetime) -> date:
    """The calendar date of ``moment`` in Japan time (APPI awareness day)."""
    require_aware(moment, "moment")
    return moment.astimezone(JST).date()


def is_year_end_closure(day: date) -> bool:
    """December 29 – January 3 (年末年始, 行政機関の休日に関する法律1条1項3号)."""
    return (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)


def is_closed_day(day: date) -> bool:
    """True if ``day`` is a Saturday, Sunday, Japanese national holiday or
    in the year-end closure (Dec 29 – Jan 3).  Such a day cannot be the last
    day of the APPI 確報 deadline."""
    if isinstance(day, datetime) or not isinstance(day, date):
        raise TypeError("is_closed_day takes a date (not a datetime)")
    return _is_closed(day)


@lru_cache(maxsize=256)
def _holidays(year: int) -> frozenset[date]:
    """The year's holidays: one library call per year instead of one per day."""
    return frozenset(day for day, _name in jpholiday.year_holidays(year))


@lru_cache(maxsize=16384)
def _is_closed(day: date) -> bool:
    return day.weekday() >= 5 or is_year_end_closure(day) or day in _holidays(day.year)


def next_open_day(day: date) -> date:
    """The first day **on or after** ``day`` that is not a closed day
    (``day`` itself when it is open)."""
    if isinstance(day, datetime) or not isinstance(day, date):
        raise TypeError("next_open_day takes a date (not a datetime)")
    return _next_open(day)


@lru_cache(maxsize=16384)
def _next_open(day: date) -> date:
    while _is_closed(day):
        day += _ONE_DAY
    return day


@lru_cache(maxsize=32768)
def final_report_day(awareness_day: date, days: int) -> date:
    """Last day (Japan date) of a ``days``-day APPI period starting on
    ``awareness_day`` as day 1, moved past closed days."""
    if days < 1:
        raise ValueError("days must be >= 1")
    return _next_open(awareness_day + timedelta(days=days - 1))


@lru_cache(maxsize=32768)
def _jst_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=JST)


def end_of_japan_day(day: date, tz: tzinfo) -> datetime:
    """The exclusive end of Japan day ``day`` (= next day 00:00 JST) in ``tz``."""
    return _jst_midnight(day + _ONE_DAY).astimezone(tz)


def appi_final_report_deadline(
    awareness: datetime, *, days: int, tz: tzinfo | str
) -> tuple[date, datetime]:
    """APPI 確報 deadline (施行規則8条2項; ガイドライン通則編3-5-3-4).

    ``days`` is 30, or 60 when category 3 (不正の目的) applies.  Day 1 is the
    Japan-time date of ``awareness``.  Returns ``(deadline_day, due)`` where
    ``deadline_day`` is the last Japanese calendar day on which the report is in
    time and ``due`` is the exclusive end of that day (next day 00:00 JST)
    expressed in ``tz``: the report is late at any instant ``>= due``.

    >>> from zoneinfo import ZoneInfo
    >>> aware = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    >>> appi_final_report_deadline(aware, days=30, tz="Asia/Tokyo")[0]
    datetime.date(2027, 1, 4)
    """
    zone = resolve_tz(tz)
    day = final_report_day(japan_date(awareness), days)
    return day, end_of_japan_day(day, zone)


def gdpr_deadline(awareness: datetime) -> datetime:
    """GDPR Art. 33(1): notify the supervisory authority within 72 hours of
    becoming aware — exactly ``awareness + 72 h`` in clock hours (the returned
    datetime keeps ``awareness``'s time zone).

    The addition is done in UTC: Python's aware arithmetic is wall-clock
    arithmetic within one zone, which would give 71 or 73 real hours across a
    daylight-saving change.
    """
    require_aware(awareness, "awareness")
    return (awareness.astimezone(UTC) + _GDPR_WINDOW).astimezone(awareness.tzinfo)


def clear_caches() -> None:
    """Forget cached holiday look-ups (only needed after ``jpholiday.register``)."""
    _holidays.cache_clear()
    _is_closed.cache_clear()
    _next_open.cache_clear()
    final_report_day.cache_clear()
