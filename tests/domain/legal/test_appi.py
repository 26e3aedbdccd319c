"""APPI Art. 26 / 施行規則7〜10条 as encoded by ``assess``."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from domain.legal import (
    Alternative,
    Answer,
    AttackSign,
    Caveat,
    DeadlineKind,
    Fact,
    FactsError,
    Reason,
    Requirement,
    Role,
    Sector,
    Tri,
    Unknown,
    assess,
)

from .helpers import NEW_YORK, TOKYO, UTC, clean, jst

REQUIRED = Requirement.REQUIRED
POSSIBLY = Requirement.POSSIBLY_REQUIRED
NOT_REQUIRED = Requirement.NOT_REQUIRED


def appi(facts, tz=TOKYO, **kw):
    return assess(facts, tz=tz, **kw).appi


def final(a):
    return a.deadline(DeadlineKind.APPI_FINAL)


def question(a, unknown, answer):
    for q in a.unknowns:
        if q.unknown is unknown and q.if_answer is answer and not q.together_with:
            return q
    return None


# ---------------------------------------------------------------------------
# Nothing applies
# ---------------------------------------------------------------------------


def test_no_category_is_not_reportable_and_voluntary_report_is_allowed():
    a = appi(clean())
    assert a.regulator_report.requirement is NOT_REQUIRED
    assert a.individual_notice.requirement is NOT_REQUIRED
    assert a.regulator_report.reasons == (Reason.NO_CATEGORY_APPLIES,)
    assert Caveat.VOLUNTARY_REPORT_ALLOWED in a.caveats
    assert a.deadlines == ()
    assert a.unknowns == ()


# ---------------------------------------------------------------------------
# The four categories — any one suffices
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "reason", "category"),
    [
        ("sensitive_data", Reason.CATEGORY_1_SENSITIVE_DATA, 1),
        ("financial_harm", Reason.CATEGORY_2_FINANCIAL_HARM, 2),
        ("improper_purpose", Reason.CATEGORY_3_IMPROPER_PURPOSE, 3),
    ],
)
def test_each_of_categories_1_to_3_alone_requires_report_even_for_one_person(field, reason, category):
    a = appi(clean(people_count=1, **{field: Tri.YES}))
    assert a.regulator_report.requirement is REQUIRED
    assert a.individual_notice.requirement is REQUIRED
    assert a.regulator_report.reasons == (reason,)
    assert reason.category == category
    assert "規則7条" in reason.source


def test_one_sensitive_record_is_reportable():
    """要配慮個人情報 — even one person."""
    a = appi(clean(sensitive_data=Tri.YES, people_count=1))
    assert a.regulator_report.requirement is REQUIRED
    assert a.regulator_report.findings[0].facts == (Fact.SENSITIVE_DATA,)
    assert "7条1号" in a.regulator_report.findings[0].reason.source


def test_several_categories_are_all_listed():
    a = appi(clean(sensitive_data=Tri.YES, financial_harm=Tri.YES, people_count=5000))
    assert a.regulator_report.reasons == (
        Reason.CATEGORY_1_SENSITIVE_DATA,
        Reason.CATEGORY_2_FINANCIAL_HARM,
        Reason.CATEGORY_4_OVER_1000_PEOPLE,
    )


# ---------------------------------------------------------------------------
# Category 4: more than 1,000 people
# ---------------------------------------------------------------------------


def test_exactly_1000_people_is_not_reportable():
    a = appi(clean(people_count=1000))
    assert a.regulator_report.requirement is NOT_REQUIRED
    assert Reason.CATEGORY_4_OVER_1000_PEOPLE not in a.regulator_report.reasons
    assert Caveat.COUNT_MAY_GROW in a.caveats  # "becomes reportable when the count passes 1,000"


def test_1001_people_is_reportable():
    a = appi(clean(people_count=1001))
    assert a.regulator_report.requirement is REQUIRED
    assert a.regulator_report.reasons == (Reason.CATEGORY_4_OVER_1000_PEOPLE,)
    assert Caveat.COUNT_PEOPLE_NOT_RECORDS in a.caveats


def test_unknown_count_uses_maximum_estimate_over_1000():
    a = appi(clean(people_count=3000, count_is_maximum_estimate=True))
    assert a.regulator_report.requirement is REQUIRED
    finding = a.regulator_report.findings[0]
    assert finding.reason is Reason.CATEGORY_4_OVER_1000_PEOPLE
    assert finding.facts == (Fact.PEOPLE_COUNT, Fact.COUNT_IS_MAXIMUM_ESTIMATE)
    assert Caveat.COUNT_IS_MAXIMUM_ESTIMATE in a.caveats


def test_maximum_estimate_of_at_most_1000_is_not_reportable():
    a = appi(clean(people_count=800, count_is_maximum_estimate=True))
    assert a.regulator_report.requirement is NOT_REQUIRED


def test_unknown_count_without_estimate_is_possibly_required_with_deadlines_running():
    a = appi(clean(people_count=None))
    assert a.regulator_report.requirement is POSSIBLY
    assert a.individual_notice.requirement is POSSIBLY
    assert a.regulator_report.findings[0].reason is Reason.UNKNOWN_MAY_MAKE_REPORTABLE
    assert a.regulator_report.findings[0].facts == (Fact.PEOPLE_COUNT,)
    assert final(a) is not None and final(a).day == date(2027, 1, 4)
    over = question(a, Unknown.PEOPLE_COUNT, Answer.OVER_THRESHOLD)
    under = question(a, Unknown.PEOPLE_COUNT, Answer.AT_MOST_THRESHOLD)
    assert over.regulator_report is REQUIRED
    assert under.regulator_report is NOT_REQUIRED


# ---------------------------------------------------------------------------
# Unknowns never silently mean "not required"
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["sensitive_data", "financial_harm", "improper_purpose"])
def test_unknown_category_fact_gives_possibly_required(field):
    a = appi(clean(**{field: Tri.UNKNOWN}))
    assert a.regulator_report.requirement is POSSIBLY
    q = question(a, Unknown(field), Answer.YES)
    assert q is not None and q.regulator_report is REQUIRED
    q_no = question(a, Unknown(field), Answer.NO)
    assert q_no is not None and q_no.regulator_report is NOT_REQUIRED
    assert a.deadline(DeadlineKind.APPI_PRELIMINARY_OVERDUE) is not None


def test_two_unknowns_answering_one_no_is_not_enough():
    a = appi(clean(sensitive_data=Tri.UNKNOWN, people_count=None))
    assert a.regulator_report.requirement is POSSIBLY
    # Answering only one of them "no" leaves the case possibly reportable: not listed.
    assert question(a, Unknown.SENSITIVE_DATA, Answer.NO) is None
    assert question(a, Unknown.SENSITIVE_DATA, Answer.YES).regulator_report is REQUIRED


def test_all_unknown_categories_answered_no_together_is_listed():
    a = appi(clean(sensitive_data=Tri.UNKNOWN, people_count=None))
    combo = [q for q in a.unknowns if q.together_with]
    assert len(combo) == 1
    q = combo[0]
    assert (q.unknown, q.if_answer) == (Unknown.SENSITIVE_DATA, Answer.NO)
    assert q.together_with == ((Unknown.PEOPLE_COUNT, Answer.AT_MOST_THRESHOLD),)
    assert q.regulator_report is NOT_REQUIRED


def test_encryption_and_key_both_unknown_are_listed_as_a_pair():
    a = appi(clean(sensitive_data=Tri.YES, strong_encryption=Tri.UNKNOWN, key_leaked=Tri.UNKNOWN))
    assert a.regulator_report.requirement is REQUIRED
    q = next(q for q in a.unknowns if q.unknown is Unknown.STRONG_ENCRYPTION)
    assert q.if_answer is Answer.YES and q.together_with == ((Unknown.KEY_LEAKED, Answer.NO),)
    assert q.regulator_report is NOT_REQUIRED


def test_known_category_makes_other_unknowns_irrelevant_except_for_deadline():
    a = appi(clean(sensitive_data=Tri.YES, financial_harm=Tri.UNKNOWN, people_count=None))
    assert a.regulator_report.requirement is REQUIRED
    assert question(a, Unknown.FINANCIAL_HARM, Answer.YES) is None
    assert question(a, Unknown.PEOPLE_COUNT, Answer.OVER_THRESHOLD) is None


# ---------------------------------------------------------------------------
# Strong-encryption exception
# ---------------------------------------------------------------------------


def test_strong_encryption_with_key_not_leaked_is_not_reportable():
    a = appi(clean(sensitive_data=Tri.YES, people_count=50_000, strong_encryption=Tri.YES, key_leaked=Tri.NO))
    assert a.regulator_report.requirement is NOT_REQUIRED
    assert Reason.STRONG_ENCRYPTION_EXCEPTION in a.regulator_report.reasons
    assert Caveat.ENCRYPTION_MUST_BE_HIGH_GRADE in a.caveats
    assert Caveat.VOLUNTARY_REPORT_ALLOWED in a.caveats
    assert a.deadlines == ()


def test_strong_encryption_with_key_leaked_is_reportable():
    a = appi(clean(sensitive_data=Tri.YES, strong_encryption=Tri.YES, key_leaked=Tri.YES))
    assert a.regulator_report.requirement is REQUIRED
    assert Reason.ENCRYPTION_KEY_LEAKED in a.regulator_report.reasons
    assert Reason.STRONG_ENCRYPTION_EXCEPTION not in a.regulator_report.reasons


def test_strong_encryption_with_key_status_unknown_is_not_applied_and_is_shown():
    a = appi(clean(sensitive_data=Tri.YES, strong_encryption=Tri.YES, key_leaked=Tri.UNKNOWN))
    assert a.regulator_report.requirement is REQUIRED
    q = question(a, Unknown.KEY_LEAKED, Answer.NO)
    assert q is not None and q.regulator_report is NOT_REQUIRED


def test_unknown_encryption_is_not_applied_and_is_shown():
    a = appi(clean(sensitive_data=Tri.YES, strong_encryption=Tri.UNKNOWN, key_leaked=Tri.NO))
    assert a.regulator_report.requirement is REQUIRED
    assert question(a, Unknown.STRONG_ENCRYPTION, Answer.YES).regulator_report is NOT_REQUIRED


def test_encryption_exception_also_covers_unknown_categories():
    a = appi(clean(people_count=None, strong_encryption=Tri.YES, key_leaked=Tri.NO))
    assert a.regulator_report.requirement is NOT_REQUIRED


# ---------------------------------------------------------------------------
# Category 3, attack signs, and data being acquired (2024-04)
# ---------------------------------------------------------------------------


def test_attack_sign_counts_as_possible_improper_purpose_while_unanswered():
    a = appi(clean(improper_purpose=Tri.UNKNOWN, attack_signs=(AttackSign.U_C2_COMMUNICATION,)))
    assert a.regulator_report.requirement is REQUIRED
    f = a.regulator_report.findings[0]
    assert f.reason is Reason.CATEGORY_3_IMPROPER_PURPOSE
    assert f.facts == (Fact.ATTACK_SIGNS,)
    assert f.evidence == (AttackSign.U_C2_COMMUNICATION,)
    assert Caveat.ATTACK_SIGNS_ARE_EXAMPLES in a.caveats
    # Category 3 is the only route, so 60 days.
    assert final(a).days == 60


def test_attack_sign_contradicting_a_no_answer_is_not_guessed():
    a = appi(clean(improper_purpose=Tri.NO, attack_signs=(AttackSign.A_EXFILTRATION_TRACES,)))
    assert a.regulator_report.requirement is POSSIBLY
    assert Caveat.ATTACK_SIGNS_CONTRADICT_ANSWER in a.caveats


def test_acquisition_only_with_improper_purpose_is_reportable_since_2024():
    facts = clean(improper_purpose=Tri.YES, acquisition_only=Tri.YES, aware_at=jst(2024, 4, 1, 9))
    a = assess(facts, tz=TOKYO)
    assert a.ruleset_version == "appi-2024-04"
    assert a.appi.regulator_report.requirement is REQUIRED
    assert a.appi.regulator_report.reasons == (Reason.CATEGORY_3_DATA_BEING_ACQUIRED,)
    assert final(a.appi).days == 60


def test_acquisition_only_was_not_reportable_before_2024():
    facts = clean(improper_purpose=Tri.YES, acquisition_only=Tri.YES, aware_at=jst(2024, 3, 31, 23, 59))
    a = assess(facts, tz=TOKYO)
    assert a.ruleset_version == "appi-2022-04"
    assert a.appi.regulator_report.requirement is NOT_REQUIRED
    assert Reason.ACQUISITION_NOT_COVERED in a.appi.regulator_report.reasons
    assert Caveat.ACQUISITION_NOT_COVERED_BEFORE_2024 in a.appi.caveats


def test_acquisition_only_data_is_not_counted_under_categories_1_2_4():
    a = appi(clean(sensitive_data=Tri.YES, people_count=5000, acquisition_only=Tri.YES))
    assert a.regulator_report.requirement is NOT_REQUIRED
    f = a.regulator_report.findings[0]
    assert f.reason is Reason.ACQUISITION_ONLY_NOT_PERSONAL_DATA
    assert f.facts == (Fact.ACQUISITION_ONLY, Fact.SENSITIVE_DATA, Fact.PEOPLE_COUNT)


def test_unknown_acquisition_only_is_not_applied_as_relief():
    a = appi(clean(sensitive_data=Tri.YES, acquisition_only=Tri.UNKNOWN))
    assert a.regulator_report.requirement is REQUIRED
    assert question(a, Unknown.ACQUISITION_ONLY, Answer.YES).regulator_report is NOT_REQUIRED


# ---------------------------------------------------------------------------
# 確報 30 / 60 days
# ---------------------------------------------------------------------------


def test_final_report_30_days_for_categories_1_2_4():
    a = appi(clean(people_count=1001))
    d = final(a)
    assert (d.days, d.day, d.binding) == (30, date(2027, 1, 4), True)
    assert d.at == jst(2027, 1, 5, 0, 0)
    assert Caveat.FINAL_DEADLINE_MOVED_PAST_CLOSED_DAYS in a.caveats


def test_final_report_60_days_when_category_3_applies_even_alongside_others():
    a = appi(clean(sensitive_data=Tri.YES, improper_purpose=Tri.YES, people_count=5000))
    d = final(a)
    assert (d.days, d.day) == (60, date(2027, 1, 29))
    assert a.deadline(DeadlineKind.APPI_FINAL_IF_IMPROPER_PURPOSE) is None


def test_unknown_category_3_with_reportable_case_binds_30_and_shows_60():
    a = appi(clean(sensitive_data=Tri.YES, improper_purpose=Tri.UNKNOWN))
    assert final(a).days == 30 and final(a).binding
    alt = a.deadline(DeadlineKind.APPI_FINAL_IF_IMPROPER_PURPOSE)
    assert alt is not None and alt.days == 60 and not alt.binding
    assert alt.day == date(2027, 1, 29)
    assert Caveat.FINAL_60_DAYS_IF_IMPROPER_PURPOSE_CONFIRMED in a.caveats
    q = question(a, Unknown.IMPROPER_PURPOSE, Answer.YES)
    assert q.final_report_days == 60 and q.regulator_report is None


def test_unknown_category_3_as_only_route_uses_60_days():
    a = appi(clean(improper_purpose=Tri.UNKNOWN))
    assert a.regulator_report.requirement is POSSIBLY
    assert final(a).days == 60
    assert a.deadline(DeadlineKind.APPI_FINAL_IF_IMPROPER_PURPOSE) is None


def test_category_3_discovered_later_switches_30_to_60_days():
    first = appi(clean(sensitive_data=Tri.YES, improper_purpose=Tri.NO))
    later = appi(clean(sensitive_data=Tri.YES, improper_purpose=Tri.YES))
    assert final(first).day == date(2027, 1, 4)
    assert final(later).day == date(2027, 1, 29)
    assert first.regulator_report.requirement is later.regulator_report.requirement is REQUIRED


# ---------------------------------------------------------------------------
# 速報 preliminary report
# ---------------------------------------------------------------------------


def test_preliminary_warning_day_3_overdue_after_day_5():
    a = appi(clean(sensitive_data=Tri.YES, aware_at=jst(2026, 12, 1, 23, 50)))
    warn = a.deadline(DeadlineKind.APPI_PRELIMINARY_WARNING)
    over = a.deadline(DeadlineKind.APPI_PRELIMINARY_OVERDUE)
    assert warn.day == date(2026, 12, 3) and warn.at == jst(2026, 12, 3, 0, 0)
    assert over.day == date(2026, 12, 5) and over.at == jst(2026, 12, 6, 0, 0)
    # Calendar days: day 5 is a Saturday and is *not* moved.
    assert over.day.weekday() == 5
    assert Caveat.PRELIMINARY_ABOUT_3_TO_5_DAYS in a.caveats
    assert Caveat.PROMPTLY_HAS_NO_FIXED_DAYS in a.caveats
    assert not over.passed(jst(2026, 12, 5, 23, 59, 59))
    assert over.passed(jst(2026, 12, 6, 0, 0))


def test_individual_notice_has_no_fixed_date_and_offers_alternatives():
    a = appi(clean(financial_harm=Tri.YES))
    d = a.deadline(DeadlineKind.APPI_INDIVIDUAL_NOTICE)
    assert d.day is None and d.at is None
    assert a.individual_notice.alternatives == (Alternative.PUBLICATION, Alternative.INQUIRY_DESK)
    assert a.individual_notice.reasons[0] is Reason.INDIVIDUAL_NOTICE_FOLLOWS_REPORT
    assert Caveat.INDIVIDUAL_NOTICE_MAY_WAIT_IF_HARMFUL in a.caveats
    assert Caveat.REPORT_AS_FAR_AS_KNOWN in a.caveats


# ---------------------------------------------------------------------------
# Awareness around midnight in Tokyo
# ---------------------------------------------------------------------------


def test_awareness_after_midnight_tokyo_while_utc_is_previous_day():
    a = assess(clean(sensitive_data=Tri.YES, aware_at=datetime(2026, 11, 30, 15, 30, tzinfo=timezone.utc)), tz=UTC)
    assert a.awareness_day == date(2026, 12, 1)
    assert final(a.appi).day == date(2027, 1, 4)
    assert a.appi.deadline(DeadlineKind.APPI_PRELIMINARY_WARNING).day == date(2026, 12, 3)
    assert a.aware_at.tzinfo == UTC


def test_awareness_just_before_and_after_midnight_tokyo():
    before = assess(clean(people_count=2000, aware_at=datetime(2026, 6, 30, 14, 59, tzinfo=timezone.utc)), tz=UTC)
    after = assess(clean(people_count=2000, aware_at=datetime(2026, 6, 30, 15, 0, tzinfo=timezone.utc)), tz=UTC)
    assert before.awareness_day == date(2026, 6, 30)
    assert after.awareness_day == date(2026, 7, 1)
    assert final(before.appi).day == date(2026, 7, 29)
    assert final(after.appi).day == date(2026, 7, 30)
    assert before.appi.deadline(DeadlineKind.APPI_PRELIMINARY_OVERDUE).day == date(2026, 7, 4)
    assert after.appi.deadline(DeadlineKind.APPI_PRELIMINARY_OVERDUE).day == date(2026, 7, 5)


def test_deadlines_are_in_org_time_zone_but_counted_in_japan():
    a = assess(clean(people_count=2000, aware_at=jst(2026, 7, 1, 9)), tz=NEW_YORK)
    d = final(a.appi)
    assert d.day == date(2026, 7, 30)
    assert d.at.tzinfo == NEW_YORK
    assert d.at == jst(2026, 7, 31, 0, 0)


# ---------------------------------------------------------------------------
# Contractor (委託先) release — 規則9条
# ---------------------------------------------------------------------------


def test_contractor_notifying_principal_within_window_is_released():
    a = appi(clean(sensitive_data=Tri.YES, role=Role.CONTRACTOR, principal_notified_at=jst(2026, 12, 4, 18)))
    assert a.regulator_report.requirement is NOT_REQUIRED
    assert a.individual_notice.requirement is NOT_REQUIRED
    assert Reason.CONTRACTOR_RELEASED in a.regulator_report.reasons
    assert Reason.CATEGORY_1_SENSITIVE_DATA in a.regulator_report.reasons  # why it was reportable
    assert Caveat.PRINCIPAL_STILL_OBLIGED in a.caveats
    kinds = [d.kind for d in a.deadlines]
    assert kinds == [DeadlineKind.APPI_NOTIFY_PRINCIPAL_WARNING, DeadlineKind.APPI_NOTIFY_PRINCIPAL_OVERDUE]


def test_contractor_notice_on_day_5_still_releases_but_day_6_does_not():
    on_day5 = appi(clean(sensitive_data=Tri.YES, role=Role.CONTRACTOR, principal_notified_at=jst(2026, 12, 5, 23, 59)))
    on_day6 = appi(clean(sensitive_data=Tri.YES, role=Role.CONTRACTOR, principal_notified_at=jst(2026, 12, 6, 0, 0)))
    assert on_day5.regulator_report.requirement is NOT_REQUIRED
    assert on_day6.regulator_report.requirement is REQUIRED
    assert Reason.CONTRACTOR_NOTICE_LATE in on_day6.regulator_report.reasons
    assert final(on_day6).day == date(2027, 1, 4)


def test_contractor_not_yet_notified_has_both_duties_and_a_notify_principal_deadline():
    a = appi(clean(sensitive_data=Tri.YES, role=Role.CONTRACTOR))
    assert a.regulator_report.requirement is REQUIRED
    warn = a.deadline(DeadlineKind.APPI_NOTIFY_PRINCIPAL_WARNING)
    over = a.deadline(DeadlineKind.APPI_NOTIFY_PRINCIPAL_OVERDUE)
    assert warn.day == date(2026, 12, 3) and warn.binding
    assert over.day == date(2026, 12, 5) and over.at == jst(2026, 12, 6, 0, 0)
    assert Caveat.CONTRACTOR_RELEASE_AVAILABLE in a.caveats
    assert Caveat.CONTRACTOR_RELEASE_WINDOW_APPROXIMATE in a.caveats
    assert final(a) is not None


def test_principal_is_never_released_by_notification_field():
    a = appi(clean(sensitive_data=Tri.YES, role=Role.PRINCIPAL, principal_notified_at=jst(2026, 12, 2)))
    assert a.regulator_report.requirement is REQUIRED
    assert a.deadline(DeadlineKind.APPI_NOTIFY_PRINCIPAL_WARNING) is None


def test_unknown_role_is_not_released_but_says_contractor_answer_would_release():
    a = appi(clean(sensitive_data=Tri.YES, role=Role.UNKNOWN, principal_notified_at=jst(2026, 12, 2)))
    assert a.regulator_report.requirement is REQUIRED
    q = question(a, Unknown.ROLE, Answer.CONTRACTOR)
    assert q is not None and q.regulator_report is NOT_REQUIRED
    assert not a.deadline(DeadlineKind.APPI_NOTIFY_PRINCIPAL_WARNING).binding


def test_role_both_is_not_released_and_flags_partial_release():
    a = appi(clean(sensitive_data=Tri.YES, role=Role.BOTH, principal_notified_at=jst(2026, 12, 2)))
    assert a.regulator_report.requirement is REQUIRED
    assert Caveat.ROLE_BOTH_RELEASE_PARTIAL in a.caveats


def test_contractor_with_nothing_reportable_has_no_deadline():
    a = appi(clean(role=Role.CONTRACTOR))
    assert a.regulator_report.requirement is NOT_REQUIRED
    assert a.deadlines == ()


# ---------------------------------------------------------------------------
# Sector rules
# ---------------------------------------------------------------------------


def test_financial_sector_must_report_to_supervisor_even_outside_the_categories():
    """金融機関における個人情報保護に関するQ&A A4-12: a leak of individual customers' personal data
    is reported to the supervisor 速やかに (概ね3~5日以内を目安), whatever APPI category applies."""
    a = appi(clean(sector=Sector.FINANCIAL))
    assert a.regulator_report.requirement is NOT_REQUIRED
    assert a.sector_report is not None and a.sector_report.requirement is REQUIRED
    assert a.sector_report.reasons == (Reason.SECTOR_FINANCIAL_SUPERVISOR,)
    assert Caveat.SECTOR_FINANCIAL_REPORT_TO_SUPERVISOR in a.caveats
    # The duty is encoded now, with its deadline guidance (day 3 warning, overdue after day 5).
    assert Caveat.SECTOR_RULES_NOT_ENCODED not in a.caveats
    warn, overdue = a.deadline(DeadlineKind.SECTOR_REPORT_WARNING), a.deadline(DeadlineKind.SECTOR_REPORT_OVERDUE)
    assert (warn.day, overdue.day) == (date(2026, 12, 3), date(2026, 12, 5))
    assert overdue.at == datetime(2026, 12, 6, tzinfo=TOKYO)


def test_general_sector_has_no_sector_report():
    assert appi(clean()).sector_report is None


def test_unknown_sector_possibly_has_a_sector_report():
    a = appi(clean(sector=Sector.UNKNOWN))
    assert a.sector_report.requirement is POSSIBLY
    assert question(a, Unknown.SECTOR, Answer.FINANCIAL).sector_report is REQUIRED


@pytest.mark.parametrize(("sector", "caveat"), [(Sector.MEDICAL, Caveat.SECTOR_MEDICAL_GUIDANCE), (Sector.TELECOM, Caveat.SECTOR_TELECOM_RULES)])
def test_other_sectors_add_a_caveat(sector, caveat):
    assert caveat in appi(clean(sector=sector)).caveats


# ---------------------------------------------------------------------------
# Input validation at the engine boundary
# ---------------------------------------------------------------------------


def test_naive_awareness_is_rejected():
    with pytest.raises(FactsError) as exc:
        clean(aware_at=datetime(2026, 12, 1, 10, 0))
    assert exc.value.errors == {"aware_at": "naive_datetime"}


def test_naive_principal_notification_is_rejected():
    with pytest.raises(FactsError) as exc:
        clean(principal_notified_at=datetime(2026, 12, 2, 10, 0))
    assert exc.value.errors == {"principal_notified_at": "naive_datetime"}


def test_assess_requires_facts_instance():
    with pytest.raises(TypeError):
        assess({"aware_at": jst(2026, 12, 1)}, tz=TOKYO)


# ---------------------------------------------------------------------------
# Report items (規則8条) and what individuals are told
# ---------------------------------------------------------------------------


def test_report_has_nine_items_and_individuals_get_items_1_2_4_5_9():
    a = appi(clean(sensitive_data=Tri.YES))
    numbers = [int(i.value.split("_")[1]) for i in a.regulator_report.items]
    assert numbers == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    told = [int(i.value.split("_")[1]) for i in a.individual_notice.items]
    assert told == [1, 2, 4, 5, 9]


def test_no_items_when_nothing_is_due():
    a = appi(clean())
    assert a.regulator_report.items == () and a.individual_notice.items == ()
