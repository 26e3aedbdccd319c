"""A message in an incident channel that looks like leaked data is flagged in its
thread — once, even when Slack retries the event — and only its kinds are recorded."""

from __future__ import annotations

import logging

from tests.conftest import OFFICE_CHANNEL, PEOPLE, wait_until

CARD = "4111 1111 1111 1111"


def post(harness, slack, channel, text, *, retry=None):
    ts = slack.add_message(channel, text, user=PEOPLE.reporter)
    event = {"type": "message", "channel": channel, "user": PEOPLE.reporter, "text": text, "ts": ts,
             "channel_type": "group"}
    response = harness.driver.event(event, retry_num=retry, retry_reason="http_timeout" if retry else None)
    assert response.status_code == 200
    return ts, event


def replies(slack, channel, ts):
    return [m for m in slack.messages(channel) if m.get("thread_ts") == ts and m["ts"] != ts]


def test_pasted_card_number_is_flagged_once_and_only_its_kind_is_recorded(harness, slack, caplog):
    caplog.set_level(logging.DEBUG)
    harness.submit_report()
    incident = harness.incident()
    ts, event = post(harness, slack, incident.channel_id, f"該当顧客のカード {CARD} です")
    warning = wait_until(lambda: replies(slack, incident.channel_id, ts), message="flag")[0]
    assert "カード番号" in warning["text"] and CARD not in warning["text"]
    # Slack retries the same event: no second flag.
    harness.driver.event(event, retry_num=1, retry_reason="http_timeout")
    harness.sweep()
    assert len(replies(slack, incident.channel_id, ts)) == 1
    entries = [d for e, _, d in harness.timeline(incident.id) if e == "data_warning"]
    assert entries == [{"ts": ts, "signs": ["card_number"]}]
    assert CARD not in "\n".join(r.getMessage() for r in caplog.records)


def test_ordinary_messages_and_other_channels_are_left_alone(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    ts, _ = post(harness, slack, incident.channel_id, "警察に届け出ました。受理番号は 2026-1124 です")
    other, _ = post(harness, slack, OFFICE_CHANNEL, f"テスト {CARD}")
    harness.sweep()
    assert replies(slack, incident.channel_id, ts) == [] and replies(slack, OFFICE_CHANNEL, other) == []
