"""Acknowledgement, and escalation when nobody acknowledges."""

from __future__ import annotations

import dataclasses
import threading
from datetime import timedelta

from services.sweep import sweep
from tests.conftest import PEOPLE, wait_until

HALF_HOUR = timedelta(minutes=30)
EXECUTIVES = {PEOPLE.exec1, PEOPLE.exec2}


def escalation_dms(slack, user):
    return [m for m in slack.dms_to(user) if "エスカレーション" in m["text"]]


def test_owner_acknowledges_time_and_person_recorded_and_card_updated(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    harness.clock.advance(timedelta(minutes=7))
    response = harness.press("leak_acknowledge", PEOPLE.owner, incident.public_id)
    assert response.status_code == 200
    wait_until(lambda: harness.incident().acked_at is not None, message="ack")
    incident = harness.incident()
    assert incident.acked_by == PEOPLE.owner
    assert incident.acked_at == harness.clock()
    card = wait_until(
        lambda: [m for m in slack.messages(incident.channel_id) if m["ts"] == incident.card_ts and "確認しました" in str(m["blocks"]) and "leak_acknowledge" not in str(m["blocks"])],
        message="card update",
    )[0]
    assert f"<@{PEOPLE.owner}>" in str(card["blocks"])
    assert ("acknowledged", PEOPLE.owner, {"implicit": False}) in harness.timeline(incident.id)


def test_only_owner_or_deputy_can_acknowledge(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    for user in (PEOPLE.reporter, PEOPLE.office, PEOPLE.outsider):
        before = len(harness.answers(user))
        harness.press("leak_acknowledge", user, incident.public_id)
        assert "責任者と代行者だけ" in harness.next_answer(user, before)["text"]
    assert harness.incident().acked_at is None
    assert "acknowledged" not in [e for e, _, _ in harness.timeline(incident.id)]


def test_second_acknowledgement_is_not_recorded_twice(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    stale_card = slack.messages(incident.channel_id)[0]  # the owner's screen, before the update arrives
    harness.press("leak_acknowledge", PEOPLE.deputy, incident.public_id)
    wait_until(lambda: harness.incident().acked_at is not None)
    before = len(harness.answers(PEOPLE.owner))
    harness.press("leak_acknowledge", PEOPLE.owner, incident.public_id, message=stale_card)
    assert "すでに" in harness.next_answer(PEOPLE.owner, before)["text"]
    assert [e for e, _, _ in harness.timeline(incident.id)].count("acknowledged") == 1
    assert harness.incident().acked_by == PEOPLE.deputy


def test_unacknowledged_incident_escalates_once_per_person_per_step(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    harness.clock.advance(HALF_HOUR - timedelta(seconds=1))
    harness.sweep()
    assert escalation_dms(slack, PEOPLE.exec1) == []
    harness.clock.advance(timedelta(seconds=1))
    harness.sweep()
    harness.sweep()  # a second pass at the same moment sends nothing more
    for person in (PEOPLE.deputy, PEOPLE.owner, *EXECUTIVES):
        assert len(escalation_dms(slack, person)) == 1, person
    assert "第1段階" in escalation_dms(slack, PEOPLE.exec1)[0]["text"]
    harness.clock.advance(HALF_HOUR)
    harness.sweep()
    for person in (PEOPLE.deputy, *EXECUTIVES):
        assert len(escalation_dms(slack, person)) == 2
    # The deputy acknowledges from the DM; escalation stops.
    harness.press("leak_acknowledge", PEOPLE.deputy, incident.public_id, message=escalation_dms(slack, PEOPLE.deputy)[-1])
    wait_until(lambda: harness.incident().acked_at is not None, message="ack from DM")
    harness.clock.advance(3 * HALF_HOUR)
    harness.sweep()
    assert len(escalation_dms(slack, PEOPLE.exec1)) == 2
    steps = [d["step"] for e, _, d in harness.timeline(incident.id) if e == "escalated"]
    assert steps == [1, 2]


def test_escalation_after_downtime_sends_one_step_not_a_backlog(harness, slack):
    harness.submit_report()
    harness.clock.advance(5 * HALF_HOUR + timedelta(minutes=1))
    harness.sweep()
    assert len(escalation_dms(slack, PEOPLE.exec1)) == 1
    assert "第5段階" in escalation_dms(slack, PEOPLE.exec1)[0]["text"]


def test_escalation_state_survives_a_restart(make_settings, slack, clock):
    from tests.conftest import Harness

    first = Harness(make_settings(), slack, clock)
    first.submit_report()
    clock.advance(HALF_HOUR)
    first.sweep()
    first.close()
    second = Harness(make_settings(), slack, clock)
    try:
        second.sweep()
        assert len(escalation_dms(slack, PEOPLE.exec1)) == 1
        clock.advance(HALF_HOUR)
        second.sweep()
        assert len(escalation_dms(slack, PEOPLE.exec1)) == 2
    finally:
        second.close()


def test_two_replicas_sweeping_at_once_send_each_dm_once(harness, slack):
    for _ in range(3):
        harness.submit_report()
    harness.clock.advance(HALF_HOUR)
    replicas = [dataclasses.replace(harness.ctx, worker_id=f"replica-{n}") for n in range(4)]
    barrier = threading.Barrier(len(replicas))

    def run(ctx):
        barrier.wait()
        sweep(ctx)

    threads = [threading.Thread(target=run, args=(ctx,)) for ctx in replicas]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for ctx in replicas:  # anything left pending is sent by whoever sweeps next
        sweep(ctx)
    for person in (PEOPLE.deputy, PEOPLE.owner, *EXECUTIVES):
        assert len(escalation_dms(slack, person)) == 3, person  # one per incident
