"""The recurrence-prevention statement, its review, near misses and the management report's figures (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.access import IncidentPeople, Viewer
from domain.incidents import ErrorCode, ValidationFailed, near_miss_public_id, parse_public_id
from domain.near_miss import NearMissFacts, NearMissInput, near_miss_figures, validate_near_miss
from domain.recurrence import (
    Decision,
    PlannedInput,
    StatementInput,
    StatementStatus,
    can_review,
    can_submit,
    may_close,
    validate_review,
    validate_statement,
)
from domain.report import MeasureFacts, ReportIncident, compile_report, reportable_jurisdictions

NOW = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=10)


def statement(**overrides) -> StatementInput:
    values = dict(
        direct_cause="宛先の自動補完", root_cause="社外宛ての確認手順がない", measures_taken="送信先に削除を依頼",
        planned=(PlannedInput("送信前確認の必須化", "U1", LATER),),
    )
    values.update(overrides)
    return StatementInput(**values)


def test_a_complete_statement_is_cleaned():
    got = validate_statement(statement(direct_cause="  宛先の自動補完 "), now=NOW)
    assert got.direct_cause == "宛先の自動補完" and [m.title for m in got.planned] == ["送信前確認の必須化"]


def test_every_problem_is_reported_at_once():
    with pytest.raises(ValidationFailed) as caught:
        validate_statement(
            statement(
                direct_cause=" ", measures_taken="x" * 3001,
                planned=(PlannedInput("a", None, None), PlannedInput(None, "U2", NOW), PlannedInput(None, None, None)),
            ),
            now=NOW,
        )
    assert caught.value.errors == {
        "direct_cause": ErrorCode.REQUIRED, "measures_taken": ErrorCode.TOO_LONG,
        "planned_1_assignee": ErrorCode.REQUIRED, "planned_1_due": ErrorCode.REQUIRED,
        "planned_2_title": ErrorCode.REQUIRED, "planned_2_due": ErrorCode.NOT_IN_FUTURE,
    }


def test_an_incident_needs_a_planned_measure_a_near_miss_does_not():
    with pytest.raises(ValidationFailed) as caught:
        validate_statement(statement(planned=()), now=NOW)
    assert caught.value.errors == {"planned_1_title": ErrorCode.REQUIRED}
    assert validate_statement(statement(planned=(), root_cause=None), now=NOW, near_miss=True).planned == ()


def test_returning_needs_a_comment_approving_does_not():
    assert validate_review("approve", None) == (Decision.APPROVE, "")
    assert validate_review("return", " 根本原因を ") == (Decision.RETURN, "根本原因を")
    for decision, comment, errors in (
        ("return", "  ", {"comment": ErrorCode.REQUIRED}),
        (None, None, {"decision": ErrorCode.REQUIRED}),
        ("maybe", None, {"decision": ErrorCode.UNKNOWN_CHOICE}),
    ):
        with pytest.raises(ValidationFailed) as caught:
            validate_review(decision, comment)
        assert caught.value.errors == errors


def test_who_submits_and_who_reviews():
    people = IncidentPeople(reporter="UREP", owner="UOWN", deputy="UDEP")
    assert can_submit(people, Viewer("UOWN")) and can_submit(people, Viewer("UDEP"))
    assert not can_submit(people, Viewer("UREP")) and not can_submit(people, Viewer("UOFF", is_office_member=True))
    assert can_submit(people, Viewer("UREP"), near_miss=True)
    assert can_review(is_office_member=True, user="UOFF", submitted_by="UOWN")
    assert not can_review(is_office_member=True, user="UOFF", submitted_by="UOFF")  # four eyes
    assert not can_review(is_office_member=False, user="UDEP", submitted_by="UOWN")


def test_only_an_approved_statement_lets_an_incident_close():
    assert may_close(StatementStatus.APPROVED)
    assert not any(may_close(s) for s in (None, StatementStatus.SUBMITTED, StatementStatus.RETURNED))


def test_near_miss_ids_are_their_own_series():
    assert near_miss_public_id(2026, 3) == "NM-2026-0003"
    assert parse_public_id("nm-2026-0003") == "NM-2026-0003"
    assert parse_public_id("LEAK-2026-0003") == "LEAK-2026-0003"
    assert parse_public_id("NM-2026-3") is None


def test_a_near_miss_is_validated_with_its_measure():
    raw = NearMissInput("sales", "misdelivery", "添付しかけた", "確認ダイアログ", "自動補完", "上長確認")
    got = validate_near_miss(raw, known_departments={"sales"}, now=NOW)
    assert got.statement.direct_cause == "自動補完" and got.statement.measures_taken == "上長確認"
    with pytest.raises(ValidationFailed) as caught:
        validate_near_miss(NearMissInput("it", "nope", " ", None, None, " "), known_departments={"sales"}, now=NOW)
    assert caught.value.errors == {
        "department": ErrorCode.UNKNOWN_CHOICE, "event_type": ErrorCode.UNKNOWN_CHOICE, "description": ErrorCode.REQUIRED,
        "stopped_by": ErrorCode.REQUIRED, "cause": ErrorCode.REQUIRED, "measure": ErrorCode.REQUIRED,
    }


def test_near_miss_figures_count_the_period_and_what_still_waits():
    facts = [
        NearMissFacts("misdelivery", "sales", NOW - timedelta(days=10), approved=False),  # before: only "waiting"
        NearMissFacts("misdelivery", "sales", NOW - timedelta(days=1), approved=True),
        NearMissFacts("loss", "hr", NOW, approved=False),  # exactly at the end: in the period
        NearMissFacts("loss", "hr", NOW + timedelta(minutes=1), approved=False),  # after: nowhere
    ]
    got = near_miss_figures(facts, start=NOW - timedelta(days=7), end=NOW)
    assert (got.new, got.by_event_type, got.by_department, got.awaiting_measure) == (
        2, {"loss": 1, "misdelivery": 1}, {"hr": 1, "sales": 1}, 2,
    )


def test_report_figures():
    h = timedelta(hours=1)
    rows = [
        ReportIncident("LEAK-2026-0002", "hr", "loss", "high", "reported", NOW + h, None, None,
                       reportable=("appi",)),
        ReportIncident("LEAK-2026-0001", "sales", "loss", "low", "closed", NOW, NOW + h, NOW + 48 * h,
                       direct_cause="a", measures=(MeasureFacts("m1", "U1", NOW + 2 * h, "open"),
                                                   MeasureFacts("m2", "U1", NOW + 100 * h, "open"),
                                                   MeasureFacts("m3", "U1", NOW, "done"))),
        ReportIncident("LEAK-2026-0003", "hr", "theft", "low", "containment", NOW + 2 * h, NOW + 5 * h, None),
    ]
    got = compile_report(rows, start=NOW - 24 * h, end=NOW + 24 * h, now=NOW + 3 * h)
    assert [i.public_id for i in got.incidents] == ["LEAK-2026-0001", "LEAK-2026-0002", "LEAK-2026-0003"]
    assert (got.closed, got.reportable) == (1, 1)
    assert (got.ack.count, got.ack.median, got.ack.worst) == (2, 2 * h, 3 * h)
    assert (got.close.count, got.close.median, got.close.worst) == (1, 48 * h, 48 * h)
    assert (got.measures_done, got.measures_open, got.measures_overdue) == (1, 2, 1)


def test_reportable_jurisdictions_read_the_stored_outcome():
    outcome = {
        "format": "leakbot.outcome/1", "ruleset_version": "appi-2022-04",
        "appi": {"applicability": "applicable", "duties": {"regulator_report": "required"}, "deadlines": {}},
        "gdpr": {"applicability": "not_applicable", "duties": {"regulator_report": "not_applicable"}, "deadlines": {}},
    }
    assert reportable_jurisdictions(outcome) == ("appi",)
    assert reportable_jurisdictions(None) == ()
