"""The My Number Act's own reporting duty (番号法29条の4; 特定個人情報の漏えい等に関する報告等に関する規則,
as quoted in 特定個人情報の適正な取扱いに関するガイドライン（事業者編）)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from domain.legal import (
    Answer,
    Applicability,
    AttackSign,
    Caveat,
    DeadlineKind,
    Jurisdiction,
    Reason,
    Requirement,
    Role,
    Tri,
    Unknown,
    assess,
)

from .helpers import TOKYO, clean, jst

REQUIRED = Requirement.REQUIRED
POSSIBLY = Requirement.POSSIBLY_REQUIRED
NOT_REQUIRED = Requirement.NOT_REQUIRED
NOT_APPLICABLE = Requirement.NOT_APPLICABLE


def mn_clean(**overrides):
    """My Numbers are involved, every situation of 規則2条 is answered NO, 10 people."""
    base = dict(my_number_involved=Tri.YES, my_number_system=Tri.NO, my_number_publicly_viewable=Tri.NO,
                my_number_people_count=10)
    base.update(overrides)
    return clean(**base)


def mynumber(facts):
    return assess(facts, tz=TOKYO).mynumber


def test_no_my_number_means_the_act_does_not_apply():
    """番号法29条の4 concerns 特定個人情報 only."""
    j = mynumber(clean(my_number_involved=Tri.NO))
    assert j.applicability is Applicability.NOT_APPLICABLE
    assert j.regulator_report.requirement is NOT_APPLICABLE
    assert j.regulator_report.reasons == (Reason.MYNUMBER_NOT_INVOLVED,)
    assert j.deadlines == ()


def test_none_of_the_four_situations_is_not_required_but_a_voluntary_report_is_possible():
    """規則2条各号: none applies."""
    j = mynumber(mn_clean())
    assert j.regulator_report.requirement is NOT_REQUIRED
    assert j.regulator_report.reasons == (Reason.MYNUMBER_NO_SITUATION_APPLIES,)
    assert Caveat.VOLUNTARY_REPORT_ALLOWED in j.caveats


@pytest.mark.parametrize(
    ("field", "reason"),
    [
        ("my_number_system", Reason.MYNUMBER_SITUATION_1_SYSTEMS),
        ("improper_purpose", Reason.MYNUMBER_SITUATION_2_IMPROPER_PURPOSE),
        ("my_number_publicly_viewable", Reason.MYNUMBER_SITUATION_3_PUBLICLY_VIEWABLE),
    ],
)
def test_situations_1_to_3_are_reportable_from_one_person(field, reason):
    """規則2条1号 (information-provision network / 個人番号利用事務 systems), 2号 (improper
    purpose), 3号 (viewable by unspecified many people, A17-10): any number of people."""
    j = mynumber(mn_clean(my_number_people_count=1, **{field: Tri.YES}))
    assert j.regulator_report.requirement is REQUIRED
    assert reason in j.regulator_report.reasons
    assert j.individual_notice.requirement is REQUIRED  # 29条の4第2項


def test_more_than_100_people_is_reportable_100_is_not():
    """規則2条4号: 本人の数が100人を超える — 101 is reportable, 100 is not."""
    assert mynumber(mn_clean(my_number_people_count=100)).regulator_report.requirement is NOT_REQUIRED
    j = mynumber(mn_clean(my_number_people_count=101))
    assert j.regulator_report.requirement is REQUIRED
    assert j.regulator_report.reasons == (Reason.MYNUMBER_SITUATION_4_OVER_100_PEOPLE,)


def test_the_total_count_bounds_the_my_number_count_when_it_is_not_given():
    """規則2条4号 with the maximum estimate: at most 100 people in total cannot exceed 100; more
    than 100 in total leaves the My Number count open (possibly required)."""
    low = mynumber(mn_clean(my_number_people_count=None, people_count=80))
    assert low.regulator_report.requirement is NOT_REQUIRED
    assert Caveat.MYNUMBER_COUNT_FROM_TOTAL in low.caveats
    high = mynumber(mn_clean(my_number_people_count=None, people_count=5000))
    assert high.regulator_report.requirement is POSSIBLY
    assert any(q.unknown is Unknown.MY_NUMBER_PEOPLE_COUNT and q.if_answer is Answer.OVER_THRESHOLD
               and q.regulator_report is REQUIRED for q in high.unknowns)


def test_unknowns_never_give_not_required():
    """Every situation unknown: possibly required with the deadlines running."""
    j = mynumber(clean(my_number_involved=Tri.YES, my_number_system=Tri.UNKNOWN, improper_purpose=Tri.UNKNOWN,
                       my_number_publicly_viewable=Tri.UNKNOWN, people_count=None))
    assert j.regulator_report.requirement is POSSIBLY
    assert j.deadline(DeadlineKind.MYNUMBER_FINAL) is not None


def test_unknown_involvement_is_possibly_applicable_and_never_required_outright():
    j = mynumber(mn_clean(my_number_involved=Tri.UNKNOWN, my_number_publicly_viewable=Tri.YES))
    assert j.applicability is Applicability.POSSIBLY_APPLICABLE
    assert j.regulator_report.requirement is POSSIBLY
    q = next(q for q in j.unknowns if q.unknown is Unknown.MY_NUMBER_INVOLVED and q.if_answer is Answer.NO)
    assert q.regulator_report is NOT_APPLICABLE


def test_strong_encryption_with_the_key_safe_excludes_the_data():
    """規則2条1号括弧書 (高度な暗号化その他の…措置を講じたものを除く。以下同じ。)."""
    j = mynumber(mn_clean(my_number_people_count=500, strong_encryption=Tri.YES, key_leaked=Tri.NO))
    assert j.regulator_report.requirement is NOT_REQUIRED
    assert j.regulator_report.reasons[0] is Reason.STRONG_ENCRYPTION_EXCEPTION


def test_deadlines_30_days_and_60_for_an_improper_purpose_counted_like_appi():
    """規則3条: 速報 promptly (guideline: 概ね3日～5日以内); 確報 30 days, 60 days for situation 2 even
    with others; day 1 = awareness day; a closed last day moves to the next open day."""
    j = mynumber(mn_clean(my_number_people_count=500))
    final = j.deadline(DeadlineKind.MYNUMBER_FINAL)
    assert (final.days, final.day) == (30, date(2027, 1, 4))  # day 30 = 2026-12-30, year-end closure
    assert final.at == datetime(2027, 1, 5, tzinfo=TOKYO)
    assert j.deadline(DeadlineKind.MYNUMBER_PRELIMINARY_WARNING).day == date(2026, 12, 3)
    assert j.deadline(DeadlineKind.MYNUMBER_PRELIMINARY_OVERDUE).day == date(2026, 12, 5)
    both = mynumber(mn_clean(my_number_people_count=500, improper_purpose=Tri.YES))
    assert both.deadline(DeadlineKind.MYNUMBER_FINAL).days == 60


def test_a_contractor_that_notified_its_principal_in_time_is_released():
    """番号法29条の4第1項ただし書, 規則4条."""
    j = mynumber(mn_clean(my_number_people_count=500, role=Role.CONTRACTOR,
                          principal_notified_at=jst(2026, 12, 3, 9)))
    assert j.regulator_report.requirement is NOT_REQUIRED
    assert j.regulator_report.reasons[0] is Reason.MYNUMBER_CONTRACTOR_RELEASED


def test_attack_signs_make_situation_2_possible_while_the_purpose_is_unanswered():
    j = mynumber(mn_clean(improper_purpose=Tri.UNKNOWN, attack_signs=(AttackSign.A_EXFILTRATION_TRACES,)))
    assert j.regulator_report.requirement is REQUIRED
    assert Caveat.ATTACK_SIGNS_ARE_EXAMPLES in j.caveats


def test_runs_alongside_appi_the_same_facts_can_need_both_reports():
    """The My Number duty does not replace APPI Art. 26: 150 people with My Numbers is a My Number
    report (more than 100) but not an APPI one (not more than 1,000)."""
    a = assess(mn_clean(my_number_people_count=150, people_count=150), tz=TOKYO)
    assert a.appi.regulator_report.requirement is NOT_REQUIRED
    assert a.mynumber.regulator_report.requirement is REQUIRED
    assert Caveat.MYNUMBER_RUNS_ALONGSIDE_APPI in a.mynumber.caveats
    assert a.mynumber.jurisdiction == Jurisdiction.MYNUMBER


def test_before_april_2022_the_rules_are_not_encoded_so_possibly_required_never_not_required():
    j = mynumber(mn_clean(aware_at=jst(2021, 6, 1, 9)))
    assert j.regulator_report.requirement is POSSIBLY
    assert j.regulator_report.reasons == (Reason.MYNUMBER_RULES_BEFORE_2022_NOT_ENCODED,)
