"""Exactly-once posts and per-method rate limits, through the real app and the fake Slack.

A post Slack performed while its answer was lost (a 5xx, a dropped connection, the worker dead
mid-call) must leave exactly one message; a 429 on one method pauses that method only, and the
paused work finishes once the pause is over.
"""

from __future__ import annotations

import time
from datetime import timedelta

from sqlmodel import select

from storage.db import session
from storage.models import Delivery, PostAttempt
from tests.conftest import OFFICE_CHANNEL, PEOPLE, Harness, wait_until


def ok_calls(slack, method):
    return [c for c in slack.calls_to(method) if c.response.get("ok")]


def key_of(args) -> str:
    return ((args.get("metadata") or {}).get("event_payload") or {}).get("id", "")


def deliveries(ctx) -> list[Delivery]:
    with session(ctx.engine) as s:
        return list(s.exec(select(Delivery).order_by(Delivery.id)).all())


def attempts_in_flight(ctx) -> list[PostAttempt]:
    with session(ctx.engine) as s:
        return list(s.exec(select(PostAttempt)).all())


def all_messages(slack) -> list[dict]:
    """Every message in every conversation the bot posted to (a user ID stands for the DM)."""
    found: list[dict] = []
    for channel in dict.fromkeys(str(c.args.get("channel")) for c in slack.calls_to("chat.postMessage")):
        found += slack.dms_to(channel) if channel.startswith("U") else slack.messages(channel)
    return found


def keyed(messages, suffix: str) -> list[dict]:
    return [m for m in messages if key_of(m).endswith(suffix)]


def test_a_lost_answer_to_the_card_post_leaves_one_card(harness, slack):
    # Slack posts the card, but the answer is a 500 (a proxy, a timeout…).
    slack.fail("chat.postMessage", status=500, perform=True, when=lambda a: key_of(a).endswith(":card"))
    harness.submit_report()
    incident = harness.incident()
    wait_until(lambda: len(slack.messages(incident.channel_id)) >= 3, message="legal assessment")
    messages = slack.messages(incident.channel_id)
    cards = keyed(messages, ":card")
    assert len(cards) == 1 and incident.card_ts == cards[0]["ts"]  # found in the history, not re-posted
    assert len(messages) == 3  # card, task list, legal assessment: once each
    assert len([c for c in slack.calls_to("chat.postMessage") if key_of(c.args).endswith(":card")]) == 1
    wait_until(lambda: not attempts_in_flight(harness.ctx), message="nothing left in flight")


def test_a_dropped_connection_on_the_receipt_dm_leaves_one_receipt(harness, slack):
    slack.fail("chat.postMessage", drop=True, perform=True, when=lambda a: key_of(a).endswith(":receipt"))
    harness.submit_report()
    assert len(slack.dms_to(PEOPLE.reporter)) == 1
    history = slack.calls_to("conversations.history")
    assert history and history[0].args["channel"].startswith("D")  # the DM, found by its conversation ID
    assert len(slack.messages(OFFICE_CHANNEL)) == 1


def test_a_lost_answer_to_a_delivery_leaves_one_message(harness, slack):
    slack.fail("chat.postMessage", status=502, perform=True, when=lambda a: key_of(a).startswith("delivery:"))
    harness.submit_report()
    incident = harness.incident()
    lost = wait_until(lambda: [c for c in slack.calls_to("chat.postMessage") if c.status == 502], message="a lost answer")
    key = key_of(lost[0].args)
    delivery_id = int(key.split(":")[1])
    wait_until(lambda: next(d for d in deliveries(harness.ctx) if d.id == delivery_id).status == "sent", message="sent")
    delivery = next(d for d in deliveries(harness.ctx) if d.id == delivery_id)
    stored = [m for m in all_messages(slack) if key_of(m) == key]
    assert len(stored) == 1 and stored[0]["ts"] == delivery.result_ts  # found, not posted again
    assert len([c for c in slack.calls_to("chat.postMessage") if key_of(c.args) == key]) == 1
    assert len(slack.messages(incident.channel_id)) == 3  # card, task list, legal assessment


def test_an_in_flight_delivery_of_a_dead_worker_is_resolved_by_the_history(make_settings, slack, clock):
    first = Harness(make_settings(), slack, clock)
    # The post lands, the connection drops, and the history cannot be read either: the worker cannot
    # tell whether it posted, and then it dies.
    slack.fail("chat.postMessage", drop=True, perform=True, when=lambda a: key_of(a).startswith("delivery:"))
    slack.fail("conversations.history", status=503, times=20)
    first.submit_report()
    incident = first.incident()
    wait_until(lambda: attempts_in_flight(first.ctx), message="a delivery in flight")
    in_flight = attempts_in_flight(first.ctx)[0]
    delivery_id = int(in_flight.key.split(":")[1])
    first.close()  # the worker is gone; its post is in Slack, its outcome unknown
    slack.clear_failures()
    landed = [m for m in slack.messages(incident.channel_id) if key_of(m) == in_flight.key]
    assert len(landed) == 1
    clock.advance(timedelta(minutes=5))  # its lease and backoff have run out
    second = Harness(make_settings(), slack, clock)
    try:
        second.sweep()
        delivery = next(d for d in deliveries(second.ctx) if d.id == delivery_id)
        assert delivery.status == "sent" and delivery.result_ts == landed[0]["ts"]
        assert [m["ts"] for m in slack.messages(incident.channel_id) if key_of(m) == in_flight.key] == [landed[0]["ts"]]
        assert attempts_in_flight(second.ctx) == []
        assert len(slack.messages(incident.channel_id)) == 3  # card, task list, legal assessment
    finally:
        second.close()


def test_a_429_on_one_method_pauses_it_for_everyone_and_the_work_completes_after(harness, slack, monkeypatch):
    offset = [0.0]
    monkeypatch.setattr(harness.ctx.slack.throttle, "clock", lambda: time.monotonic() + offset[0])
    slack.fail("conversations.setTopic", status=429, retry_after=30)
    harness.submit_report(wait=False)
    wait_until(lambda: harness.incidents() and harness.incident().mobilize_next_at is not None, message="stopped at the topic")
    first = harness.incident()
    assert first.channel_id and first.invited_at and first.topic_set_at is None and first.card_ts is None
    assert first.mobilize_next_at == harness.clock() + timedelta(seconds=30)  # rescheduled for the end of the pause

    # A second report meanwhile: every other method flows, the paused one is not even tried.
    harness.submit_report(wait=False, department="hr")
    wait_until(lambda: len(harness.incidents()) == 2 and harness.incident(1).mobilize_next_at is not None,
               message="second stopped at the topic")
    second = harness.incident(1)
    assert second.channel_id and second.invited_at and second.receipt_sent_at
    assert len(slack.calls_to("conversations.setTopic")) == 1  # only the one that got the 429
    assert len(ok_calls(slack, "conversations.create")) == 2

    # Before the pause is over the sweep does not touch it; after it, both finish, once.
    harness.sweep()
    assert len(slack.calls_to("conversations.setTopic")) == 1
    offset[0] += 30
    harness.clock.advance(timedelta(seconds=30))
    harness.sweep()
    wait_until(harness.mobilized, message="both mobilized")
    assert len(ok_calls(slack, "conversations.setTopic")) == 2
    for incident in harness.incidents():
        assert len(keyed(slack.messages(incident.channel_id), ":card")) == 1
        assert incident.mobilize_attempts == 0  # a pause is not a failed attempt
