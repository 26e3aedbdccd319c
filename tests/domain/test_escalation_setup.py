"""An escalation waits for an unfinished set-up, but not for ever."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain.escalation import SETUP_GRACE, waits_for_setup

REPORTED = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)


def test_an_unfinished_set_up_holds_the_escalation_back():
    assert waits_for_setup(set_up=False, reported_at=REPORTED, now=REPORTED + timedelta(minutes=2))


def test_a_finished_set_up_never_holds_it_back():
    assert not waits_for_setup(set_up=True, reported_at=REPORTED, now=REPORTED + timedelta(minutes=2))


def test_a_set_up_slack_keeps_refusing_does_not_silence_the_escalation():
    assert not waits_for_setup(set_up=False, reported_at=REPORTED, now=REPORTED + SETUP_GRACE)
    assert not waits_for_setup(set_up=False, reported_at=REPORTED, now=REPORTED + timedelta(hours=3))
