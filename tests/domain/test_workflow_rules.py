"""Phases, escalation, access and the second report."""

from datetime import UTC, datetime, timedelta

import pytest

from domain.access import IncidentPeople, Viewer, can_acknowledge, can_view, is_manager
from domain.escalation import due_step, next_escalation, recipients
from domain.incidents import ErrorCode, ValidationFailed
from domain.phases import Closure, Phase, PhaseChangeRefused, check_phase_change, next_phases
from domain.second_report import CountBasis, SecondReportInput, validate_second_report

T0 = datetime(2026, 11, 24, 0, 0, tzinfo=UTC)
HALF_HOUR = timedelta(minutes=30)


def test_phases_follow_the_practice_order():
    assert [p.value for p in Phase] == [
        "reported", "containment", "investigation", "notification", "prevention", "closed"
    ]


def test_closing_requires_both_parts_of_the_recurrence_statement():
    with pytest.raises(ValidationFailed) as caught:
        check_phase_change(Phase.PREVENTION, Phase.CLOSED, Closure("Encrypted all laptops", "  "))
    assert caught.value.errors == {"measures_planned": ErrorCode.REQUIRED}
    closure = check_phase_change(Phase.PREVENTION, Phase.CLOSED, Closure(" done ", "なし"))
    assert closure == Closure("done", "なし")


def test_closed_is_final_and_same_phase_is_refused():
    assert next_phases(Phase.CLOSED) == ()
    with pytest.raises(PhaseChangeRefused) as caught:
        check_phase_change(Phase.CLOSED, Phase.INVESTIGATION, None)
    assert caught.value.reason == "closed"
    with pytest.raises(PhaseChangeRefused):
        check_phase_change(Phase.INVESTIGATION, Phase.INVESTIGATION, None)


def test_phase_may_move_back_while_open():
    assert check_phase_change(Phase.INVESTIGATION, Phase.CONTAINMENT, None) is None


def test_escalation_steps_fall_due_each_timeout():
    assert due_step(T0, T0 + HALF_HOUR - timedelta(seconds=1), HALF_HOUR) == 0
    assert due_step(T0, T0 + HALF_HOUR, HALF_HOUR) == 1
    assert due_step(T0, T0 + 3 * HALF_HOUR + timedelta(minutes=1), HALF_HOUR) == 3


def test_escalation_sends_only_the_latest_step_after_downtime_and_never_repeats():
    kwargs = dict(reported_at=T0, acknowledged=False, closed=False, timeout=HALF_HOUR)
    assert next_escalation(last_step=0, now=T0 + 4 * HALF_HOUR, **kwargs) == 4
    assert next_escalation(last_step=4, now=T0 + 4 * HALF_HOUR + timedelta(minutes=5), **kwargs) is None


def test_acknowledged_or_closed_incidents_do_not_escalate():
    late = T0 + 10 * HALF_HOUR
    assert next_escalation(reported_at=T0, acknowledged=True, closed=False, last_step=0, now=late, timeout=HALF_HOUR) is None
    assert next_escalation(reported_at=T0, acknowledged=False, closed=True, last_step=0, now=late, timeout=HALF_HOUR) is None


def test_escalation_recipients_are_each_person_once():
    assert recipients("UOWN", "UDEP", ["UEXEC", "UDEP", "UEXEC2"]) == ["UDEP", "UOWN", "UEXEC", "UEXEC2"]
    assert recipients(None, "UDEP", []) == ["UDEP"]


PEOPLE = IncidentPeople(reporter="UREP", owner="UOWN", deputy="UDEP")


def test_access_matrix():
    assert can_view(PEOPLE, Viewer("UREP")) and not is_manager(PEOPLE, Viewer("UREP"))
    assert is_manager(PEOPLE, Viewer("UOWN")) and is_manager(PEOPLE, Viewer("UDEP"))
    assert is_manager(PEOPLE, Viewer("UOFF", is_office_member=True))
    assert can_view(PEOPLE, Viewer("UMEM", is_channel_member=True))
    assert can_view(PEOPLE, Viewer("UEXEC", is_executive=True))
    assert not can_view(PEOPLE, Viewer("UOTHER"))
    assert can_acknowledge(PEOPLE, Viewer("UDEP"))
    assert not can_acknowledge(PEOPLE, Viewer("UOFF", is_office_member=True))


def second(**overrides):
    values = dict(what_happened="Sent to wrong address", count_basis="confirmed", people_count="12",
                  data_categories=("name_contact",))
    values.update(overrides)
    return SecondReportInput(**values)


def test_second_report_validates_count_against_its_basis():
    ok = validate_second_report(second(), discovered_at=T0, now=T0 + HALF_HOUR)
    assert ok.people_count == 12 and ok.count_basis is CountBasis.CONFIRMED
    with pytest.raises(ValidationFailed) as caught:
        validate_second_report(second(count_basis="unknown"), discovered_at=T0, now=T0 + HALF_HOUR)
    assert caught.value.errors == {"people_count": ErrorCode.COUNT_AND_UNKNOWN}
    with pytest.raises(ValidationFailed) as caught:
        validate_second_report(second(people_count=""), discovered_at=T0, now=T0 + HALF_HOUR)
    assert caught.value.errors == {"people_count": ErrorCode.REQUIRED}


def test_second_report_occurrence_cannot_follow_discovery():
    with pytest.raises(ValidationFailed) as caught:
        validate_second_report(second(occurred_at=T0 + timedelta(minutes=1)), discovered_at=T0, now=T0 + HALF_HOUR)
    assert caught.value.errors == {"occurred_at": ErrorCode.BEFORE_OCCURRENCE}


def test_the_phase_form_accepts_only_known_phases_and_never_opens_on_a_closed_incident():
    from domain.phases import can_change_phase, parse_phase

    assert parse_phase("investigation") is Phase.INVESTIGATION
    for raw in (None, "", "reopened"):
        with pytest.raises(ValidationFailed) as caught:
            parse_phase(raw)
        assert caught.value.errors == {"phase": ErrorCode.UNKNOWN_CHOICE}
    assert can_change_phase(Phase.PREVENTION)
    assert not can_change_phase(Phase.CLOSED)


def test_a_task_is_live_while_open_and_its_incident_open_or_it_was_carried_over():
    from domain.tasks import TaskStatus, is_live

    assert is_live(TaskStatus.OPEN, follow_up=False, incident_closed=False)
    assert not is_live(TaskStatus.OPEN, follow_up=False, incident_closed=True)
    assert is_live(TaskStatus.OPEN, follow_up=True, incident_closed=True)
    assert not is_live(TaskStatus.DONE, follow_up=True, incident_closed=False)
    assert not is_live(TaskStatus.CANCELLED, follow_up=False, incident_closed=False)
