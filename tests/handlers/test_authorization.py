"""Authorization from the database, not from the payload: object IDs must belong to the incident
the rights were checked on, membership comes from Slack, refusals do not tell whether something
exists, and edited messages are checked for pasted data too."""

from __future__ import annotations

import json

import httpx

from tests.conftest import PEOPLE, wait_until
from tests.handlers.test_data_warning import CARD, replies
from tests.handlers.test_tasks import tasks


def post_payload(harness, payload: dict) -> httpx.Response:
    body, headers = harness.driver._form({"payload": json.dumps(payload)}, timestamp=None, sign_with=None)
    return httpx.post(f"{harness.url}/slack/events", content=body.encode(), headers=headers, timeout=10)


def test_a_task_of_another_incident_cannot_be_edited_through_a_crafted_modal(harness, slack):
    harness.submit_report()  # sales: UOWNER owns it
    own = harness.incident()
    harness.submit_report(department="hr")  # HR: someone else's incident and tasks
    other = harness.incident()
    victim = next(t for t in tasks(harness) if t.incident_id == other.id)
    before = len(slack.calls_to("views.open"))
    listing = next(m for m in slack.messages(own.channel_id) if m["ts"] == own.task_list_ts)
    harness.click(PEOPLE.owner, "leak_add_task", listing)
    view = wait_until(lambda: slack.calls_to("views.open")[before:])[0].response["view"]
    payload = harness.driver.view_submission_payload(view["id"], PEOPLE.owner, {
        "title": "乗っ取り", "assignee": PEOPLE.outsider, "due_at": int(harness.clock().timestamp()) + 86400,
        "task_phase": "notification"})
    payload["view"]["private_metadata"] = json.dumps({"incident": own.public_id, "task": victim.id})
    response = post_payload(harness, payload)
    assert response.status_code == 200
    assert response.json()["response_action"] == "errors"
    assert "変更できるのは" in next(iter(response.json()["errors"].values()))
    after = next(t for t in tasks(harness) if t.id == victim.id)
    assert (after.title, after.assignee, after.incident_id) == (victim.title, victim.assignee, other.id)
    assert not any(t.title == "乗っ取り" for t in tasks(harness))


def test_the_payloads_channel_is_no_proof_of_membership(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    assert PEOPLE.outsider not in slack.members(incident.channel_id)
    before, answers = len(slack.calls_to("views.open")), len(harness.answers(PEOPLE.outsider))
    # A forged press that claims to come from the incident channel.
    harness.driver.block_action(PEOPLE.outsider, "leak_open_second_report", incident.public_id,
                                channel_id=incident.channel_id, message_ts=incident.card_ts)
    assert "できません" in harness.next_answer(PEOPLE.outsider, answers)["text"]
    assert len(slack.calls_to("views.open")) == before
    # Someone invited to the channel may (membership read from Slack, through the adapter's cache).
    harness.ctx.slack.call("conversations.invite", channel=incident.channel_id, users=PEOPLE.hr_owner)
    harness.ctx.slack.forget_members(incident.channel_id)
    harness.press("leak_open_second_report", PEOPLE.hr_owner, incident.public_id)
    wait_until(lambda: len(slack.calls_to("views.open")) == before + 1, message="a member opens the form")


def _refusal(harness, user, action, value, channel, ts=None):
    before = len(harness.answers(user))
    harness.driver.block_action(user, action, value, channel_id=channel, message_ts=ts)
    return harness.next_answer(user, before)["text"]


def test_refusals_are_the_same_whether_or_not_the_incident_or_task_exists(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    task = tasks(harness)[0]
    slack.add_channel("CELSEWHERE", "random", members=[PEOPLE.outsider, slack.bot_user_id])
    for action in ("leak_acknowledge", "leak_open_second_report", "leak_open_phase_change", "leak_open_legal",
                   "leak_add_task", "leak_legal_drafts"):
        real = _refusal(harness, PEOPLE.outsider, action, incident.public_id, "CELSEWHERE")
        missing = _refusal(harness, PEOPLE.outsider, action, "LEAK-2026-0999", "CELSEWHERE")
        assert real == missing, action
    for action in ("leak_task_done", "leak_task_snooze", "leak_task_reassign"):
        real = _refusal(harness, PEOPLE.outsider, action, str(task.id), "CELSEWHERE")
        missing = _refusal(harness, PEOPLE.outsider, action, "999999", "CELSEWHERE")
        assert real == missing, action
    assert harness.incident().acked_at is None
    assert tasks(harness)[0].status == task.status


def test_an_edited_message_that_adds_a_card_number_is_flagged(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    ts = slack.add_message(incident.channel_id, "該当顧客の件です", user=PEOPLE.reporter)
    event = {
        "type": "message", "subtype": "message_changed", "channel": incident.channel_id, "hidden": True,
        "ts": "1764700000.000200", "channel_type": "group",
        "message": {"type": "message", "user": PEOPLE.reporter, "text": f"該当顧客のカード {CARD} です", "ts": ts,
                    "edited": {"user": PEOPLE.reporter, "ts": "1764700000.000100"}},
        "previous_message": {"type": "message", "user": PEOPLE.reporter, "text": "該当顧客の件です", "ts": ts},
    }
    assert harness.driver.event(event).status_code == 200
    warning = wait_until(lambda: replies(slack, incident.channel_id, ts), message="flag on the edit")[0]
    assert "カード番号" in warning["text"] and CARD not in warning["text"]
    assert [d for e, _, d in harness.timeline(incident.id) if e == "data_warning"] == [{"ts": ts, "signs": ["card_number"]}]
