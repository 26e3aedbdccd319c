"""The outcome digest: what is stored with each assessment and compared to announce a change of answer."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from domain.legal import (
    Applicability,
    DeadlineKind,
    GdprRisk,
    Jurisdiction,
    Requirement,
    Role,
    Sector,
    Tri,
    assess,
)
from domain.legal.outcome import (
    ChangeKind,
    DeadlineDigest,
    Duty,
    changes,
    from_json,
    outcome_of,
    to_json,
)

from .helpers import BERLIN, TOKYO, clean, jst

REQUIRED = Requirement.REQUIRED
POSSIBLY = Requirement.POSSIBLY_REQUIRED
NOT_REQUIRED = Requirement.NOT_REQUIRED


def outcome(tz=TOKYO, ruleset=None, **facts):
    return outcome_of(assess(clean(**facts), tz=tz, ruleset=ruleset))


def test_identical_assessments_give_no_change():
    old = outcome(sensitive_data=Tri.YES, people_count=None)
    new = outcome(sensitive_data=Tri.YES, people_count=None)
    assert old == new
    assert changes(old, new) == []


def test_facts_that_do_not_change_the_answer_give_no_change():
    # 10 → 500 people: still not reportable, same (absent) deadlines.
    assert changes(outcome(people_count=10), outcome(people_count=500)) == []


def test_a_first_assessment_is_not_a_change():
    assert changes(None, outcome()) == []


def test_passing_1000_people_makes_the_report_required():
    old, new = outcome(people_count=1000), outcome(people_count=1001)
    found = changes(old, new)
    report = [c for c in found if c.kind is ChangeKind.OBLIGATION and c.duty is Duty.REGULATOR_REPORT]
    assert len(report) == 1
    assert report[0].jurisdiction is Jurisdiction.APPI
    assert (report[0].before, report[0].after) == (NOT_REQUIRED, REQUIRED)
    notice = next(c for c in found if c.duty is Duty.INDIVIDUAL_NOTICE)
    assert (notice.before, notice.after) == (NOT_REQUIRED, REQUIRED)
    # The deadlines appear with the duty (added, not moved).
    final = next(c for c in found if c.deadline is DeadlineKind.APPI_FINAL)
    assert final.before is None and final.after.day == date(2027, 1, 4) and not final.moved


def test_confirming_improper_purpose_moves_the_final_report_from_30_to_60_days():
    old = outcome(sensitive_data=Tri.YES, improper_purpose=Tri.UNKNOWN)
    new = outcome(sensitive_data=Tri.YES, improper_purpose=Tri.YES)
    found = changes(old, new)
    assert [c.kind for c in found] == [ChangeKind.DEADLINE]
    move = found[0]
    assert move.deadline is DeadlineKind.APPI_FINAL and move.moved
    assert (move.before.day, move.before.days) == (date(2027, 1, 4), 30)
    assert (move.after.day, move.after.days) == (date(2027, 1, 29), 60)


def test_only_binding_dated_deadlines_are_kept():
    o = outcome(sensitive_data=Tri.YES, improper_purpose=Tri.UNKNOWN, role=Role.UNKNOWN)
    kinds = [k for k, _ in o.appi.deadlines]
    assert kinds == [DeadlineKind.APPI_PRELIMINARY_WARNING, DeadlineKind.APPI_PRELIMINARY_OVERDUE, DeadlineKind.APPI_FINAL]
    # Non-binding 60-day date, non-binding notify-principal dates and "promptly" notice are left out,
    # but the possible notify-principal duty is recorded as a level.
    assert o.appi.duty(Duty.NOTIFY_PRINCIPAL) is POSSIBLY


def test_role_answers_change_the_notify_principal_duty():
    unknown = outcome(sensitive_data=Tri.YES, role=Role.UNKNOWN)
    contractor = outcome(sensitive_data=Tri.YES, role=Role.CONTRACTOR)
    principal = outcome(sensitive_data=Tri.YES, role=Role.PRINCIPAL)
    assert contractor.appi.duty(Duty.NOTIFY_PRINCIPAL) is REQUIRED
    assert contractor.appi.deadline(DeadlineKind.APPI_NOTIFY_PRINCIPAL_OVERDUE).day == date(2026, 12, 5)
    assert principal.appi.duty(Duty.NOTIFY_PRINCIPAL) is None
    change = next(c for c in changes(unknown, principal) if c.duty is Duty.NOTIFY_PRINCIPAL)
    assert (change.before, change.after) == (POSSIBLY, None)


def test_sector_report_appears_for_a_financial_business():
    found = changes(outcome(), outcome(sector=Sector.FINANCIAL))
    change = next(c for c in found if c.duty is Duty.SECTOR_REPORT)
    assert (change.before, change.after) == (None, REQUIRED)


def test_gdpr_applicability_and_its_72_hour_deadline():
    old = outcome(eu_residents_affected=Tri.UNKNOWN, gdpr_risk=GdprRisk.RISK)
    new = outcome(eu_residents_affected=Tri.YES, gdpr_risk=GdprRisk.RISK)
    found = changes(old, new)
    app = next(c for c in found if c.kind is ChangeKind.APPLICABILITY)
    assert app.jurisdiction is Jurisdiction.GDPR
    assert (app.before, app.after) == (Applicability.POSSIBLY_APPLICABLE, Applicability.APPLICABLE)
    auth = next(c for c in found if c.kind is ChangeKind.OBLIGATION and c.duty is Duty.REGULATOR_REPORT)
    assert (auth.before, auth.after) == (POSSIBLY, REQUIRED)
    due = new.gdpr.deadline(DeadlineKind.GDPR_AUTHORITY)
    assert due.at == datetime(2026, 12, 4, 1, 0, tzinfo=UTC)  # 10:00 JST + 72 h


def test_a_corrected_awareness_time_moves_the_gdpr_deadline_by_hours():
    old = outcome(eu_residents_affected=Tri.YES, gdpr_risk=GdprRisk.RISK)
    new = outcome(eu_residents_affected=Tri.YES, gdpr_risk=GdprRisk.RISK, aware_at=jst(2026, 12, 1, 14, 0))
    move = next(c for c in changes(old, new) if c.deadline is DeadlineKind.GDPR_AUTHORITY)
    assert move.moved and (move.after.at - move.before.at).total_seconds() == 4 * 3600


def test_the_org_time_zone_does_not_change_the_outcome():
    facts = dict(sensitive_data=Tri.YES, eu_establishment=Tri.YES, gdpr_risk=GdprRisk.HIGH)
    assert outcome(tz=TOKYO, **facts) == outcome(tz=BERLIN, **facts)


def test_a_different_rule_set_is_a_change():
    found = changes(outcome(), outcome(ruleset="appi-2022-04"))
    assert found[0].kind is ChangeKind.RULESET
    assert (found[0].before, found[0].after) == ("appi-2024-04", "appi-2022-04")


def test_json_round_trip_is_plain_json_and_lossless():
    o = outcome(sensitive_data=Tri.YES, improper_purpose=Tri.UNKNOWN, role=Role.CONTRACTOR, sector=Sector.UNKNOWN,
                eu_residents_affected=Tri.YES, gdpr_risk=GdprRisk.HIGH)
    stored = json.loads(json.dumps(to_json(o)))  # only JSON types
    assert stored["appi"]["deadlines"]["appi_final"] == {"day": "2027-01-04", "at": "2027-01-04T15:00:00+00:00", "days": 30}
    assert stored["appi"]["duties"]["regulator_report"] == "required"
    assert stored["ruleset_version"] == "appi-2024-04"
    assert from_json(stored) == o
    assert changes(from_json(stored), o) == []


def test_from_json_skips_codes_it_does_not_know():
    stored = to_json(outcome(sensitive_data=Tri.YES))
    stored["appi"]["duties"]["future_duty"] = "required"
    stored["appi"]["deadlines"]["future_deadline"] = {"day": "2027-01-01", "at": "2027-01-01T00:00:00+00:00", "days": None}
    assert from_json(stored) == outcome(sensitive_data=Tri.YES)


def test_deadline_digest_equality_is_by_value():
    a = DeadlineDigest(date(2027, 1, 4), datetime(2027, 1, 4, 15, tzinfo=UTC), 30)
    b = DeadlineDigest(date(2027, 1, 4), datetime(2027, 1, 5, 0, tzinfo=TOKYO), 30)
    assert a == b  # the same instant
