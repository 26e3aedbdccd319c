"""GDPR Art. 33 / 34."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from domain.legal import (
    Alternative,
    Answer,
    Applicability,
    Caveat,
    DeadlineKind,
    GdprRisk,
    Reason,
    Requirement,
    Role,
    Tri,
    Unknown,
    assess,
)

from .helpers import BERLIN, TOKYO, clean, jst

REQUIRED = Requirement.REQUIRED
POSSIBLY = Requirement.POSSIBLY_REQUIRED
NOT_REQUIRED = Requirement.NOT_REQUIRED
NOT_APPLICABLE = Requirement.NOT_APPLICABLE


def gdpr(tz=TOKYO, **kw):
    return assess(clean(**kw), tz=tz).gdpr


def test_not_applicable_without_eu_residents_or_establishment():
    g = gdpr()
    assert g.applicability is Applicability.NOT_APPLICABLE
    assert g.regulator_report.requirement is NOT_APPLICABLE
    assert g.individual_notice.requirement is NOT_APPLICABLE
    assert g.deadlines == ()


@pytest.mark.parametrize("field", ["eu_residents_affected", "eu_establishment"])
def test_applicable_when_eu_residents_or_establishment(field):
    g = gdpr(gdpr_risk=GdprRisk.RISK, **{field: Tri.YES})
    assert g.applicability is Applicability.APPLICABLE
    assert g.regulator_report.requirement is REQUIRED


def test_unknown_eu_link_is_possibly_applicable_and_never_more_than_possibly_required():
    g = gdpr(eu_residents_affected=Tri.UNKNOWN, gdpr_risk=GdprRisk.HIGH, gdpr_mitigated_or_encrypted=Tri.NO)
    assert g.applicability is Applicability.POSSIBLY_APPLICABLE
    assert g.regulator_report.requirement is POSSIBLY
    assert g.individual_notice.requirement is POSSIBLY
    assert Reason.GDPR_POSSIBLY_APPLICABLE in g.regulator_report.reasons
    yes = next(q for q in g.unknowns if q.unknown is Unknown.EU_RESIDENTS_AFFECTED and q.if_answer is Answer.YES)
    no = next(q for q in g.unknowns if q.unknown is Unknown.EU_RESIDENTS_AFFECTED and q.if_answer is Answer.NO)
    assert yes.regulator_report is REQUIRED and yes.applicability is Applicability.APPLICABLE
    assert no.regulator_report is NOT_APPLICABLE and no.applicability is Applicability.NOT_APPLICABLE
    # The 72-hour clock is running anyway.
    assert g.deadline(DeadlineKind.GDPR_AUTHORITY) is not None


def test_both_eu_links_unknown_lists_the_pair_that_would_rule_gdpr_out():
    g = gdpr(eu_residents_affected=Tri.UNKNOWN, eu_establishment=Tri.UNKNOWN, gdpr_risk=GdprRisk.RISK)
    q = next(q for q in g.unknowns if q.together_with)
    assert (q.unknown, q.if_answer) == (Unknown.EU_RESIDENTS_AFFECTED, Answer.NO)
    assert q.together_with == ((Unknown.EU_ESTABLISHMENT, Answer.NO),)
    assert q.applicability is Applicability.NOT_APPLICABLE


def test_authority_notification_within_72_clock_hours():
    g = gdpr(tz=BERLIN, eu_establishment=Tri.YES, gdpr_risk=GdprRisk.RISK, aware_at=jst(2026, 12, 1, 0, 30))
    d = g.deadline(DeadlineKind.GDPR_AUTHORITY)
    assert d.at == datetime(2026, 12, 3, 15, 30, tzinfo=UTC)
    assert d.at == jst(2026, 12, 4, 0, 30)
    assert d.at.tzinfo == BERLIN
    assert d.day == date(2026, 12, 3)  # Berlin date of 2026-12-03 16:30 CET
    assert Caveat.GDPR_72_HOURS_ARE_CLOCK_HOURS in g.caveats
    assert Caveat.GDPR_LATE_NOTIFICATION_NEEDS_REASONS in g.caveats
    assert Caveat.GDPR_PHASED_NOTIFICATION_ALLOWED in g.caveats


def test_unlikely_to_result_in_risk_needs_no_notification_but_documentation():
    g = gdpr(eu_residents_affected=Tri.YES, gdpr_risk=GdprRisk.NONE_OR_LOW)
    assert g.regulator_report.requirement is NOT_REQUIRED
    assert g.regulator_report.reasons == (Reason.GDPR_UNLIKELY_TO_RESULT_IN_RISK,)
    assert g.individual_notice.requirement is NOT_REQUIRED
    assert Caveat.GDPR_DOCUMENT_EVERY_BREACH in g.caveats
    assert Caveat.GDPR_LOW_RISK_IS_A_JUDGEMENT in g.caveats
    assert g.deadlines == ()


def test_risk_not_high_needs_authority_but_not_individuals():
    g = gdpr(eu_residents_affected=Tri.YES, gdpr_risk=GdprRisk.RISK)
    assert g.regulator_report.requirement is REQUIRED
    assert g.individual_notice.requirement is NOT_REQUIRED
    assert g.deadline(DeadlineKind.GDPR_INDIVIDUALS) is None


def test_high_risk_needs_individual_notice_with_public_communication_alternative():
    g = gdpr(eu_residents_affected=Tri.YES, gdpr_risk=GdprRisk.HIGH, gdpr_mitigated_or_encrypted=Tri.NO)
    assert g.individual_notice.requirement is REQUIRED
    assert g.individual_notice.alternatives == (Alternative.PUBLIC_COMMUNICATION,)
    d = g.deadline(DeadlineKind.GDPR_INDIVIDUALS)
    assert d.day is None and d.at is None  # without undue delay
    assert Caveat.GDPR_PUBLIC_NOTICE_IF_DISPROPORTIONATE in g.caveats


def test_high_risk_but_encrypted_or_mitigated_needs_no_individual_notice():
    g = gdpr(eu_residents_affected=Tri.YES, gdpr_risk=GdprRisk.HIGH, gdpr_mitigated_or_encrypted=Tri.YES)
    assert g.regulator_report.requirement is REQUIRED
    assert g.individual_notice.requirement is NOT_REQUIRED
    assert Reason.GDPR_ENCRYPTED_OR_MITIGATED in g.individual_notice.reasons


def test_high_risk_with_unknown_mitigation_is_required_until_confirmed():
    g = gdpr(eu_residents_affected=Tri.YES, gdpr_risk=GdprRisk.HIGH, gdpr_mitigated_or_encrypted=Tri.UNKNOWN)
    assert g.individual_notice.requirement is REQUIRED
    q = next(q for q in g.unknowns if q.unknown is Unknown.GDPR_MITIGATED_OR_ENCRYPTED)
    assert q.if_answer is Answer.YES and q.individual_notice is NOT_REQUIRED


def test_unknown_risk_requires_the_authority_notification_and_possibly_the_individual_one():
    """GDPR Art. 33(1): notification "unless the personal data breach is unlikely to result in a
    risk" — an unassessed risk does not establish that exception, so Art. 33 is REQUIRED (72 hours
    running) until the low risk is confirmed; Art. 34 (high risk only) stays possibly required."""
    g = gdpr(eu_residents_affected=Tri.YES, gdpr_risk=GdprRisk.UNKNOWN, gdpr_mitigated_or_encrypted=Tri.NO)
    assert g.regulator_report.requirement is REQUIRED
    assert g.regulator_report.reasons == (Reason.GDPR_RISK_NOT_YET_ASSESSED,)
    assert g.deadline(DeadlineKind.GDPR_AUTHORITY) is not None
    assert g.individual_notice.requirement is POSSIBLY
    high = next(q for q in g.unknowns if q.unknown is Unknown.GDPR_RISK and q.if_answer is Answer.HIGH)
    low = next(q for q in g.unknowns if q.unknown is Unknown.GDPR_RISK and q.if_answer is Answer.NONE_OR_LOW)
    # A high risk changes only Art. 34: Art. 33 is already required.
    assert high.regulator_report is None and high.individual_notice is REQUIRED
    assert low.regulator_report is NOT_REQUIRED


def test_contractor_is_reminded_of_processor_duty():
    g = gdpr(eu_residents_affected=Tri.YES, gdpr_risk=GdprRisk.RISK, role=Role.CONTRACTOR)
    assert Caveat.GDPR_PROCESSOR_NOTIFIES_CONTROLLER in g.caveats
    assert Caveat.GDPR_PROCESSOR_NOTIFIES_CONTROLLER not in gdpr(eu_residents_affected=Tri.YES).caveats


def test_gdpr_content_items():
    from domain.legal import ReportItem

    g = gdpr(eu_residents_affected=Tri.YES, gdpr_risk=GdprRisk.HIGH, gdpr_mitigated_or_encrypted=Tri.NO)
    assert g.regulator_report.items == (
        ReportItem.GDPR_NATURE_CATEGORIES_NUMBERS,
        ReportItem.GDPR_CONTACT_POINT,
        ReportItem.GDPR_LIKELY_CONSEQUENCES,
        ReportItem.GDPR_MEASURES,
    )
    assert ReportItem.GDPR_NATURE_PLAIN_LANGUAGE in g.individual_notice.items
    assert gdpr(eu_residents_affected=Tri.YES, gdpr_risk=GdprRisk.RISK).individual_notice.items == ()
