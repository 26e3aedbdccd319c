"""APPI day counting, closed days and the GDPR 72-hour clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.legal import (
    NaiveDatetimeError,
    appi_final_report_deadline,
    gdpr_deadline,
    is_closed_day,
    next_open_day,
)

from .helpers import BERLIN, NEW_YORK, TOKYO, UTC, jst

# ---------------------------------------------------------------------------
# Closed days: Saturday, Sunday, national holiday, Dec 29 – Jan 3
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 12, 5),  # Saturday
        date(2026, 12, 6),  # Sunday
        date(2026, 11, 3),  # 文化の日 (Tuesday)
        date(2026, 5, 6),  # 振替休日 (Wednesday)
        date(2026, 9, 22),  # 国民の休日 (Tuesday, between 敬老の日 and 秋分の日)
        date(2026, 12, 29),  # year-end closure (Tuesday)
        date(2026, 12, 30),
        date(2026, 12, 31),
        date(2027, 1, 1),  # 元日
        date(2027, 1, 2),
        date(2027, 1, 3),
    ],
)
def test_closed_days(day):
    assert is_closed_day(day)


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 12, 28),  # Monday before the closure
        date(2027, 1, 4),  # Monday after the closure
        date(2026, 7, 29),  # ordinary Wednesday
        date(2030, 1, 4),  # Friday after the closure
    ],
)
def test_open_days(day):
    assert not is_closed_day(day)


def test_year_end_closure_is_a_rule_even_on_weekdays():
    # 2031-12-29 .. 2031-12-31 are Monday .. Wednesday and not national holidays.
    for d in (date(2031, 12, 29), date(2031, 12, 30), date(2031, 12, 31), date(2032, 1, 2)):
        assert d.weekday() < 5
        assert is_closed_day(d)


def test_next_open_day_is_same_day_when_open_and_skips_closed_runs():
    assert next_open_day(date(2026, 12, 28)) == date(2026, 12, 28)
    assert next_open_day(date(2026, 12, 29)) == date(2027, 1, 4)
    assert next_open_day(date(2026, 12, 5)) == date(2026, 12, 7)  # Sat -> Mon
    # Golden week 2026: 5/2 Sat, 5/3 Sun 憲法記念日, 5/4 みどり, 5/5 こども, 5/6 振替休日
    assert next_open_day(date(2026, 5, 2)) == date(2026, 5, 7)


def test_closed_day_functions_reject_datetimes():
    with pytest.raises(TypeError):
        is_closed_day(jst(2026, 12, 5, 10))
    with pytest.raises(TypeError):
        next_open_day(jst(2026, 12, 5, 10))


# ---------------------------------------------------------------------------
# 確報 deadline
# ---------------------------------------------------------------------------


def test_domain_example_2026_12_01_gives_2027_01_04():
    """施行規則8条2項, 通則編3-5-3-4: aware 2026-12-01 → 30th day 2026-12-30 (year-end closure) → 2027-01-04."""
    day, due = appi_final_report_deadline(jst(2026, 12, 1, 10, 0), days=30, tz=TOKYO)
    assert day == date(2027, 1, 4)
    # The due instant is the exclusive end of that Japan day.
    assert due == jst(2027, 1, 5, 0, 0)


def test_awareness_day_is_day_one_and_open_30th_day_is_kept():
    # aware Wed 2026-07-01 → day 30 = Thu 2026-07-30 (open).
    day, _ = appi_final_report_deadline(jst(2026, 7, 1, 9, 0), days=30, tz=TOKYO)
    assert day == date(2026, 7, 30)


def test_weekend_last_day_moves_to_monday():
    # aware 2026-06-06 (Sat) → day 30 = 2026-07-05 (Sun) → Mon 2026-07-06.
    day, _ = appi_final_report_deadline(jst(2026, 6, 6, 12, 0), days=30, tz=TOKYO)
    assert day == date(2026, 7, 6)


def test_holiday_last_day_moves_past_the_holiday():
    # aware 2026-06-21 → day 30 = 2026-07-20 (海の日, Monday) → Tue 2026-07-21.
    day, _ = appi_final_report_deadline(jst(2026, 6, 21, 12, 0), days=30, tz=TOKYO)
    assert day == date(2026, 7, 21)


def test_sixty_days_from_the_example_date():
    # aware 2026-12-01 → day 60 = 2027-01-29 (Friday, open).
    day, _ = appi_final_report_deadline(jst(2026, 12, 1, 10, 0), days=60, tz=TOKYO)
    assert day == date(2027, 1, 29)


def test_counting_uses_japan_date_even_when_utc_is_previous_day():
    """2026-12-01 00:30 JST = 2026-11-30 15:30 UTC: awareness day is 2026-12-01."""
    aware_utc = datetime(2026, 11, 30, 15, 30, tzinfo=timezone.utc)
    day, due = appi_final_report_deadline(aware_utc, days=30, tz=UTC)
    assert day == date(2027, 1, 4)
    assert due == datetime(2027, 1, 4, 15, 0, tzinfo=timezone.utc)


def test_just_before_and_just_after_midnight_tokyo():
    before = datetime(2026, 6, 30, 14, 59, 59, tzinfo=timezone.utc)  # 23:59:59 JST 6/30
    after = datetime(2026, 6, 30, 15, 0, 0, tzinfo=timezone.utc)  # 00:00 JST 7/1
    assert appi_final_report_deadline(before, days=30, tz=UTC)[0] == date(2026, 7, 29)
    assert appi_final_report_deadline(after, days=30, tz=UTC)[0] == date(2026, 7, 30)


def test_due_instant_is_given_in_the_org_time_zone():
    day, due = appi_final_report_deadline(jst(2026, 7, 1, 9, 0), days=30, tz=NEW_YORK)
    assert day == date(2026, 7, 30)
    assert due.tzinfo == NEW_YORK
    # 2026-07-31 00:00 JST = 2026-07-30 11:00 EDT
    assert (due.year, due.month, due.day, due.hour) == (2026, 7, 30, 11)
    assert due == jst(2026, 7, 31, 0, 0)


def test_tz_may_be_given_by_name():
    assert appi_final_report_deadline(jst(2026, 12, 1, 10), days=30, tz="Europe/Berlin")[1].tzinfo == BERLIN


def test_naive_datetime_is_rejected():
    with pytest.raises(NaiveDatetimeError, match="timezone-aware"):
        appi_final_report_deadline(datetime(2026, 12, 1, 10, 0), days=30, tz=TOKYO)
    with pytest.raises(NaiveDatetimeError):
        gdpr_deadline(datetime(2026, 12, 1, 10, 0))


def test_unknown_time_zone_name_is_rejected():
    with pytest.raises(ValueError, match="unknown time zone"):
        appi_final_report_deadline(jst(2026, 12, 1, 10), days=30, tz="Mars/Olympus")


# ---------------------------------------------------------------------------
# GDPR 72 clock hours
# ---------------------------------------------------------------------------


def test_gdpr_deadline_is_72_hours_later():
    assert gdpr_deadline(jst(2026, 12, 1, 0, 30)) == jst(2026, 12, 4, 0, 30)


def test_gdpr_deadline_counts_real_hours_across_dst():
    # Berlin leaves summer time on 2026-10-25 03:00 → 02:00: 72 real hours
    # from Fri 10:00 CEST end at Mon 09:00 CET, not 10:00.
    aware = datetime(2026, 10, 23, 10, 0, tzinfo=BERLIN)
    due = gdpr_deadline(aware)
    assert due.astimezone(timezone.utc) - aware.astimezone(timezone.utc) == timedelta(hours=72)
    assert (due.day, due.hour) == (26, 9)


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------

awareness_times = st.datetimes(
    min_value=datetime(2022, 4, 1), max_value=datetime(2035, 12, 31), timezones=st.sampled_from([TOKYO, UTC, NEW_YORK, BERLIN])
)


@settings(max_examples=300, deadline=None)
@given(aware=awareness_times, days=st.sampled_from([30, 60]))
def test_property_deadline_is_on_or_after_nth_day_and_never_closed(aware, days):
    day, due = appi_final_report_deadline(aware, days=days, tz=UTC)
    nth = aware.astimezone(TOKYO).date() + timedelta(days=days - 1)
    assert day >= nth
    assert not is_closed_day(day)
    # Every day between the nth day and the deadline is closed (it is the *next* open day).
    d = nth
    while d < day:
        assert is_closed_day(d)
        d += timedelta(days=1)
    assert due == datetime(day.year, day.month, day.day, tzinfo=TOKYO) + timedelta(days=1)


@settings(max_examples=300, deadline=None)
@given(a=awareness_times, b=awareness_times, days=st.sampled_from([30, 60]))
def test_property_deadline_is_monotone_in_awareness_time(a, b, days):
    early, late = sorted((a, b))
    assert appi_final_report_deadline(early, days=days, tz=TOKYO)[1] <= appi_final_report_deadline(
        late, days=days, tz=TOKYO
    )[1]


@settings(max_examples=300, deadline=None)
@given(aware=awareness_times)
def test_property_gdpr_deadline_is_exactly_72_hours(aware):
    due = gdpr_deadline(aware)
    assert due.astimezone(timezone.utc) - aware.astimezone(timezone.utc) == timedelta(hours=72)
    assert due.tzinfo == aware.tzinfo


def test_closed_days_read_per_year_agree_with_jpholiday_day_by_day():
    """The per-year holiday sets (jpholiday.year_holidays) close exactly the days jpholiday.is_holiday
    names — substitute holidays (振替休日, 祝日法3条2項) and citizens' holidays (国民の休日, 3条3項)
    included — besides weekends and the year-end closure, 2000–2035."""
    import jpholiday

    from domain.legal.deadlines import clear_caches

    clear_caches()
    day = date(2000, 1, 1)
    while day.year < 2036:
        year_end = (day.month, day.day) >= (12, 29) or (day.month, day.day) <= (1, 3)
        expected = day.weekday() >= 5 or year_end or jpholiday.is_holiday(day)
        assert is_closed_day(day) is expected, day
        day += timedelta(days=1)
