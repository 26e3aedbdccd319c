"""Reliability: Slack failures, restarts, retries, signatures, logs."""

from __future__ import annotations

import logging
from datetime import timedelta

import httpx

from tests.conftest import OFFICE_CHANNEL, PEOPLE, Harness, wait_until


def ok_calls(slack, method):
    return [c for c in slack.calls_to(method) if c.response.get("ok")]


def test_name_taken_falls_back_to_a_suffixed_name(harness, slack):
    slack.add_channel("CTAKEN", "leak-2026-0001", is_private=False, members=[PEOPLE.outsider])
    harness.submit_report()
    incident = harness.incident()
    assert incident.channel_name == "leak-2026-0001-2"
    assert incident.channel_id != "CTAKEN"
    assert PEOPLE.owner not in slack.members("CTAKEN")


def test_rate_limit_and_server_errors_are_retried_without_duplicates(harness, slack):
    slack.fail("conversations.create", status=429, retry_after=0, times=1)
    slack.fail("chat.postMessage", status=500, error="internal_error", times=1)
    slack.fail("conversations.invite", status=503, error="service_unavailable", times=1)
    harness.submit_report()
    incident = harness.incident()
    assert len(ok_calls(slack, "conversations.create")) == 1
    wait_until(lambda: len(slack.messages(incident.channel_id)) >= 3, message="legal assessment")
    assert len(slack.messages(incident.channel_id)) == 3  # card, task list, legal assessment: once each
    assert len(slack.messages(OFFICE_CHANNEL)) == 1
    assert set(slack.members(incident.channel_id)) >= {PEOPLE.reporter, PEOPLE.owner, PEOPLE.deputy}


def test_a_long_outage_is_finished_by_the_sweep_and_finished_steps_are_not_repeated(harness, slack):
    # Invites keep failing past the client's own retries: mobilization stops after the channel.
    slack.fail("conversations.invite", status=500, error="internal_error", times=50)
    harness.submit_report(wait=False)
    wait_until(lambda: harness.incidents() and harness.incident().mobilize_attempts == 1, message="first attempt")
    incident = harness.incident()
    assert incident.channel_id and incident.invited_at is None and incident.card_ts is None
    slack.clear_failures()
    harness.sweep()  # not yet due: backoff
    assert harness.incident().invited_at is None
    harness.clock.advance(timedelta(minutes=1))
    harness.sweep()
    incident = harness.incident()
    assert incident.mobilized_at is not None
    assert len(ok_calls(slack, "conversations.create")) == 1
    assert len(slack.messages(incident.channel_id)) == 3  # card, task list, legal assessment
    assert len(slack.messages(OFFICE_CHANNEL)) == 1
    assert len(slack.dms_to(PEOPLE.reporter)) == 1


def test_restart_midway_finishes_the_job_exactly_once(make_settings, slack, clock):
    first = Harness(make_settings(), slack, clock)
    slack.fail("chat.postMessage", status=500, error="internal_error", times=50, when=lambda a: a.get("channel", "").startswith("C") and a.get("channel") != OFFICE_CHANNEL)
    first.submit_report(wait=False)
    wait_until(lambda: first.incidents() and first.incident().mobilize_attempts == 1, message="first attempt")
    first.close()  # the process dies with the card unposted
    slack.clear_failures()
    clock.advance(timedelta(minutes=5))
    second = Harness(make_settings(), slack, clock)  # a new process on the same database
    try:
        second.sweep()
        incident = second.incident()
        assert incident.mobilized_at is not None
        assert len(ok_calls(slack, "conversations.create")) == 1
        assert len(slack.messages(incident.channel_id)) == 3  # card, task list, legal assessment
        assert len(slack.messages(OFFICE_CHANNEL)) == 1
        assert len(slack.dms_to(PEOPLE.reporter)) == 1
        assert len(ok_calls(slack, "conversations.setTopic")) == 1
    finally:
        second.close()


def test_a_crash_after_creating_the_channel_adopts_it_instead_of_making_another(harness, slack):
    # Simulate: the channel was created by the bot, but the process died before saving its ID.
    slack.fail("conversations.invite", status=500, error="internal_error", times=50)
    harness.submit_report(wait=False)
    wait_until(lambda: harness.incidents() and harness.incident().mobilize_attempts == 1, message="first attempt")
    from storage import repo
    from storage.db import session

    incident = harness.incident()
    original = incident.channel_id
    with session(harness.ctx.engine) as s:
        repo.update_incident(s, incident.id, channel_id=None, channel_name=None)
        s.commit()
    slack.clear_failures()
    harness.clock.advance(timedelta(minutes=1))
    harness.sweep()
    assert harness.incident().channel_id == original
    assert len(ok_calls(slack, "conversations.create")) == 1


def test_bad_and_stale_signatures_are_rejected(harness, slack):
    body, headers = harness.driver.build_command("/leak-report", "x", user_id=PEOPLE.reporter)
    headers = dict(headers)
    headers["X-Slack-Signature"] = "v0=" + "0" * 64
    assert httpx.post(f"{harness.url}/slack/events", content=body, headers=headers).status_code == 401
    stale = harness.driver.command("/leak-report", "x", user_id=PEOPLE.reporter, timestamp=1_000_000_000)
    assert stale.status_code == 401
    wrong = harness.driver.command("/leak-report", "x", user_id=PEOPLE.reporter, sign_with="not-the-secret")
    assert wrong.status_code == 401
    assert slack.calls_to("views.open") == []


def test_healthz(harness):
    assert httpx.get(f"{harness.url}/healthz").status_code == 200
    assert httpx.get(f"{harness.url}/nope").status_code == 404


def test_logs_never_contain_report_text(harness, slack, caplog):
    caplog.set_level(logging.DEBUG)
    secret = "山田太郎の診療記録XYZZY"
    slack.fail("chat.postMessage", status=500, error="internal_error", times=1)
    harness.submit_report(description=secret, location=secret, actions_taken=secret)
    harness.clock.advance(timedelta(minutes=31))
    harness.sweep()
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "LEAK-2026-0001" in text  # logging happened
    assert "XYZZY" not in text
