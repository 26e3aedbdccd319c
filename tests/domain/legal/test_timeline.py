"""Since when a duty has been reportable, and deadlines counted from that moment."""

from __future__ import annotations

from datetime import date

from domain.legal import (
    Caveat,
    DeadlineKind,
    FactsVersion,
    Jurisdiction,
    Requirement,
    Start,
    Tri,
    assess,
    starts_from,
)

from .helpers import TOKYO, clean, jst


def test_a_count_that_passes_1000_in_a_second_report_starts_the_deadlines_then():
    """通則編3-5-3-1 (規則7条4号): "事態が発覚した当初1,000人以下であっても、その後1,000人を超えた
    場合には、1,000人を超えた時点で規則第7条第4号に該当する"; 3-5-3-3/3-5-3-4: the periods run from
    when the company knew of the reportable situation."""
    first = FactsVersion("first_report", jst(2026, 12, 1, 10), clean(people_count=300))
    second = FactsVersion("second_report", jst(2026, 12, 10, 15), clean(people_count=1500))
    starts = starts_from([first, second], tz=TOKYO)
    assert starts == {Jurisdiction.APPI.value: Start(jst(2026, 12, 10, 15), "second_report")}
    a = assess(second.facts, tz=TOKYO, starts=starts)
    assert a.appi.regulator_report.requirement is Requirement.REQUIRED
    assert a.appi.start == Start(jst(2026, 12, 10, 15), "second_report")
    assert a.appi.deadline(DeadlineKind.APPI_PRELIMINARY_OVERDUE).day == date(2026, 12, 14)
    # Day 30 from 2026-12-10 is 2027-01-08 (a Friday, open).
    assert a.appi.deadline(DeadlineKind.APPI_FINAL).day == date(2027, 1, 8)
    assert Caveat.DEADLINES_COUNTED_FROM_LATER_START in a.appi.caveats
    # Without the history the deadlines would count from the first awareness.
    assert assess(second.facts, tz=TOKYO).appi.deadline(DeadlineKind.APPI_FINAL).day == date(2027, 1, 4)


def test_a_duty_already_possible_at_the_first_report_keeps_the_first_awareness():
    """A possible duty's deadlines already run; confirming it later never moves them later."""
    first = FactsVersion("first_report", jst(2026, 12, 1, 10), clean(people_count=None))
    second = FactsVersion("second_report", jst(2026, 12, 10, 15), clean(people_count=1500))
    assert starts_from([first, second], tz=TOKYO) == {}


def test_a_later_my_number_situation_starts_the_my_number_deadlines_then():
    """特定個人情報ガイドライン(事業者編): "100人を超えた時点で規則第2条第4号に該当する"."""
    base = dict(my_number_involved=Tri.YES, my_number_system=Tri.NO, my_number_publicly_viewable=Tri.NO)
    first = FactsVersion("first_report", jst(2026, 12, 1, 10), clean(my_number_people_count=50, **base))
    second = FactsVersion("second_report", jst(2026, 12, 7, 9), clean(my_number_people_count=120, **base))
    starts = starts_from([first, second], tz=TOKYO)
    assert starts[Jurisdiction.MYNUMBER.value].report == "second_report"
    j = assess(second.facts, tz=TOKYO, starts=starts).mynumber
    assert j.deadline(DeadlineKind.MYNUMBER_PRELIMINARY_WARNING).day == date(2026, 12, 9)


def test_gdpr_hours_always_run_from_the_awareness_of_the_breach():
    """GDPR Art. 33(1): 72 hours "after having become aware of it" — not restarted."""
    facts = clean(eu_residents_affected=Tri.YES, people_count=1500)
    first = FactsVersion("first_report", jst(2026, 12, 1, 10), clean(eu_residents_affected=Tri.YES, people_count=10,
                                                                     gdpr_risk=facts.gdpr_risk))
    starts = starts_from([first, FactsVersion("second_report", jst(2026, 12, 5, 10), facts)], tz=TOKYO)
    assert Jurisdiction.GDPR.value not in starts
    assert starts_from([], tz=TOKYO) == {}
