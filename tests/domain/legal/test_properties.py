"""Property tests over random fact sets: invariants a user relies on."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.legal import (
    Answer,
    Applicability,
    AttackSign,
    DeadlineKind,
    Facts,
    GdprRisk,
    Requirement,
    Role,
    Sector,
    Tri,
    Unknown,
    assess,
    is_closed_day,
)

from .helpers import BERLIN, NEW_YORK, TOKYO, UTC

RANK = {Requirement.NOT_REQUIRED: 0, Requirement.POSSIBLY_REQUIRED: 1, Requirement.REQUIRED: 2}
tris = st.sampled_from(list(Tri))
zones = st.sampled_from([TOKYO, UTC, NEW_YORK, BERLIN])
aware_times = st.datetimes(min_value=datetime(2022, 4, 1, 12), max_value=datetime(2034, 12, 31), timezones=zones)


@st.composite
def facts_strategy(draw):
    aware = draw(aware_times)
    count = draw(st.one_of(st.none(), st.integers(0, 3000)))
    role = draw(st.sampled_from(list(Role)))
    notified = None
    if role is not Role.PRINCIPAL and draw(st.booleans()):
        notified = aware + timedelta(hours=draw(st.integers(0, 24 * 9)))
    return Facts(
        aware_at=aware,
        sensitive_data=draw(tris),
        financial_harm=draw(tris),
        improper_purpose=draw(tris),
        attack_signs=tuple(draw(st.sets(st.sampled_from(list(AttackSign)), max_size=2))),
        people_count=count,
        count_is_maximum_estimate=count is not None and draw(st.booleans()),
        strong_encryption=draw(tris),
        key_leaked=draw(tris),
        acquisition_only=draw(tris),
        role=role,
        principal_notified_at=notified,
        sector=draw(st.sampled_from(list(Sector))),
        eu_residents_affected=draw(tris),
        eu_establishment=draw(tris),
        gdpr_risk=draw(st.sampled_from(list(GdprRisk))),
        gdpr_mitigated_or_encrypted=draw(tris),
    )


CATEGORY_FIELDS = ("sensitive_data", "financial_harm", "improper_purpose")


@settings(max_examples=400, deadline=None)
@given(facts=facts_strategy(), tz=zones)
def test_unknown_never_silently_means_not_required(facts, tz):
    exception = facts.strong_encryption is Tri.YES and facts.key_leaked is Tri.NO
    contractor_may_be_released = facts.role is Role.CONTRACTOR and facts.principal_notified_at is not None
    some_unknown = any(getattr(facts, f) is Tri.UNKNOWN for f in CATEGORY_FIELDS) or facts.people_count is None
    if some_unknown and not exception and not contractor_may_be_released and facts.acquisition_only is not Tri.YES:
        assert assess(facts, tz=tz).appi.regulator_report.requirement is not Requirement.NOT_REQUIRED


@settings(max_examples=400, deadline=None)
@given(facts=facts_strategy(), tz=zones, field=st.sampled_from(CATEGORY_FIELDS))
def test_answering_an_unknown_category_moves_requirement_the_expected_way(facts, tz, field):
    facts = replace(facts, **{field: Tri.UNKNOWN})
    before = RANK[assess(facts, tz=tz).appi.regulator_report.requirement]
    yes = RANK[assess(replace(facts, **{field: Tri.YES}), tz=tz).appi.regulator_report.requirement]
    no = RANK[assess(replace(facts, **{field: Tri.NO}), tz=tz).appi.regulator_report.requirement]
    assert no <= before <= yes


@settings(max_examples=400, deadline=None)
@given(facts=facts_strategy(), tz=zones)
def test_open_questions_tell_the_truth(facts, tz):
    """Every open question's promised outcome is what re-assessing with that answer gives."""
    a = assess(facts, tz=tz)
    for q in a.appi.unknowns:
        if q.unknown is Unknown.SECTOR:
            continue
        new = facts
        for unknown, answer in ((q.unknown, q.if_answer),) + q.together_with:
            new = _answer(new, unknown, answer)
        b = assess(new, tz=tz).appi
        if q.regulator_report is not None:
            assert b.regulator_report.requirement is q.regulator_report
        else:
            assert b.regulator_report.requirement is a.appi.regulator_report.requirement
        if q.final_report_days is not None:
            assert b.deadline(DeadlineKind.APPI_FINAL).days == q.final_report_days


@settings(max_examples=300, deadline=None)
@given(facts=facts_strategy(), tz=zones)
def test_gdpr_open_questions_tell_the_truth(facts, tz):
    g = assess(facts, tz=tz).gdpr
    for q in g.unknowns:
        new = facts
        for unknown, answer in ((q.unknown, q.if_answer),) + q.together_with:
            new = _answer(new, unknown, answer)
        h = assess(new, tz=tz).gdpr
        assert h.regulator_report.requirement is (q.regulator_report or g.regulator_report.requirement)
        assert h.individual_notice.requirement is (q.individual_notice or g.individual_notice.requirement)
        assert h.applicability is (q.applicability or g.applicability)


def _answer(facts, unknown, answer):
    if unknown is Unknown.PEOPLE_COUNT:
        return replace(facts, people_count=2000 if answer is Answer.OVER_THRESHOLD else 1000,
                       count_is_maximum_estimate=False)
    if unknown is Unknown.ROLE:
        return replace(facts, role=Role(answer.value))
    if unknown is Unknown.GDPR_RISK:
        return replace(facts, gdpr_risk=GdprRisk(answer.value))
    return replace(facts, **{unknown.value: Tri(answer.value)})


@settings(max_examples=400, deadline=None)
@given(facts=facts_strategy(), tz=zones)
def test_every_duty_has_a_valid_binding_final_deadline(facts, tz):
    a = assess(facts, tz=tz)
    req = a.appi.regulator_report.requirement
    final = a.appi.deadline(DeadlineKind.APPI_FINAL)
    if req is Requirement.NOT_REQUIRED:
        assert final is None
        return
    assert final is not None and final.binding
    day1 = facts.aware_at.astimezone(TOKYO).date()
    assert final.day >= day1 + timedelta(days=final.days - 1)
    assert not is_closed_day(final.day)
    assert final.at.tzinfo == tz
    assert final.at == datetime(final.day.year, final.day.month, final.day.day, tzinfo=TOKYO) + timedelta(days=1)
    if facts.improper_purpose is Tri.YES:
        assert final.days == 60
    over = a.appi.deadline(DeadlineKind.APPI_PRELIMINARY_OVERDUE)
    assert over.day == day1 + timedelta(days=4)


@settings(max_examples=300, deadline=None)
@given(facts=facts_strategy(), tz=zones)
def test_gdpr_authority_deadline_is_awareness_plus_72_hours(facts, tz):
    g = assess(facts, tz=tz).gdpr
    d = g.deadline(DeadlineKind.GDPR_AUTHORITY)
    if d is not None:
        assert d.at.astimezone(timezone.utc) - facts.aware_at.astimezone(timezone.utc) == timedelta(hours=72)
        assert d.at.tzinfo == tz


@settings(max_examples=200, deadline=None)
@given(facts=facts_strategy(), tz=zones, delta=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=400)))
def test_final_deadline_is_monotone_in_awareness_time(facts, tz, delta):
    facts = replace(facts, sensitive_data=Tri.YES, strong_encryption=Tri.NO, acquisition_only=Tri.NO,
                    role=Role.PRINCIPAL, principal_notified_at=None)
    early = assess(facts, tz=tz).appi.deadline(DeadlineKind.APPI_FINAL)
    late = assess(replace(facts, aware_at=facts.aware_at + delta), tz=tz).appi.deadline(DeadlineKind.APPI_FINAL)
    if early.days == late.days:
        assert early.at <= late.at


@settings(max_examples=200, deadline=None)
@given(facts=facts_strategy(), tz=zones)
def test_assessment_is_deterministic(facts, tz):
    assert assess(facts, tz=tz) == assess(facts, tz=tz)


# ---------------------------------------------------------------------------
# My Number Act (番号法29条の4; 規則2条・3条) and the financial supervisor
# ---------------------------------------------------------------------------


@st.composite
def mynumber_facts(draw):
    base = draw(facts_strategy())
    return replace(
        base,
        my_number_involved=draw(tris),
        my_number_system=draw(tris),
        my_number_publicly_viewable=draw(tris),
        my_number_people_count=draw(st.one_of(st.none(), st.integers(0, 300))),
        pseudonymised=draw(tris),
    )


MN_FIELDS = ("my_number_system", "improper_purpose", "my_number_publicly_viewable")
MN_KINDS = (DeadlineKind.MYNUMBER_PRELIMINARY_OVERDUE, DeadlineKind.MYNUMBER_FINAL,
            DeadlineKind.MYNUMBER_FINAL_IF_IMPROPER_PURPOSE)


@settings(max_examples=300, deadline=None)
@given(facts=mynumber_facts(), tz=zones)
def test_my_number_unknowns_never_silently_mean_not_required(facts, tz):
    """An unknown situation of 規則2条 (or unknown involvement) is never "not required" unless a
    relief is confirmed (encryption with the key safe, a contractor's timely notice)."""
    exception = facts.strong_encryption is Tri.YES and facts.key_leaked is Tri.NO
    released = facts.role is Role.CONTRACTOR and facts.principal_notified_at is not None
    count_open = facts.my_number_people_count is None and (facts.people_count is None or facts.people_count > 100)
    some_unknown = any(getattr(facts, f) is Tri.UNKNOWN for f in MN_FIELDS) or count_open
    if facts.my_number_involved is not Tri.NO and some_unknown and not exception and not released:
        assert assess(facts, tz=tz).mynumber.regulator_report.requirement is not Requirement.NOT_REQUIRED


@settings(max_examples=300, deadline=None)
@given(facts=mynumber_facts(), tz=zones)
def test_my_number_and_sector_deadlines_that_must_not_fall_on_a_closed_day_do_not(facts, tz):
    """規則3条2項 as counted by the guideline: a 30th/60th day on a closed day moves on."""
    a = assess(facts, tz=tz)
    for kind in (DeadlineKind.MYNUMBER_FINAL, DeadlineKind.MYNUMBER_FINAL_IF_IMPROPER_PURPOSE):
        d = a.mynumber.deadline(kind)
        if d is not None:
            assert not is_closed_day(d.day)


@settings(max_examples=200, deadline=None)
@given(facts=mynumber_facts(), tz=zones, hours=st.integers(1, 24 * 40))
def test_my_number_deadlines_are_monotone_in_awareness_time(facts, tz, hours):
    """Becoming aware later never makes a deadline earlier."""
    later = replace(facts, aware_at=facts.aware_at + timedelta(hours=hours))
    if later.principal_notified_at is not None:
        later = replace(later, principal_notified_at=later.principal_notified_at + timedelta(hours=hours))
    a, b = assess(facts, tz=tz).mynumber, assess(later, tz=tz).mynumber
    for kind in MN_KINDS:
        da, db = a.deadline(kind), b.deadline(kind)
        if da is not None and db is not None and da.days == db.days:
            assert db.at >= da.at
    sa, sb = assess(facts, tz=tz).appi, assess(later, tz=tz).appi
    da, db = sa.deadline(DeadlineKind.SECTOR_REPORT_OVERDUE), sb.deadline(DeadlineKind.SECTOR_REPORT_OVERDUE)
    if da is not None and db is not None:
        assert db.at >= da.at


@settings(max_examples=200, deadline=None)
@given(facts=mynumber_facts(), tz=zones)
def test_an_unknown_pseudonymisation_or_gdpr_risk_never_relieves(facts, tz):
    """法41条9項 relieves only when confirmed; GDPR Art. 33 only when a low risk is confirmed."""
    a = assess(replace(facts, pseudonymised=Tri.UNKNOWN), tz=tz)
    assert a.appi.regulator_report.requirement is not Requirement.NOT_APPLICABLE
    g = assess(replace(facts, gdpr_risk=GdprRisk.UNKNOWN), tz=tz).gdpr
    if g.applicability is not Applicability.NOT_APPLICABLE:
        assert g.regulator_report.requirement is not Requirement.NOT_REQUIRED
