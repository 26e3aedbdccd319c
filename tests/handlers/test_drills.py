"""Drills (訓練): started by the office with /leak-drill, the whole flow marked, kept out of the
incident figures, scored apart, ended with a button that archives the channel."""

from __future__ import annotations

from datetime import timedelta

from services import outbox
from services import summary as summary_service
from storage.db import session
from tests.conftest import OFFICE_CHANNEL, PEOPLE, wait_until

MARK = "【訓練】"
DRILL = "DRILL-2026-0001"


def start_drill(harness, user=PEOPLE.office, **overrides):
    before = len(harness.slack.calls_to("views.open"))
    response = harness.driver.command("/leak-drill", "訓練シナリオ", user_id=user)
    assert response.status_code == 200
    view = wait_until(lambda: harness.slack.calls_to("views.open")[before:], message="drill modal")[0].response["view"]
    response = harness.driver.submit_view(view["id"], user, harness.first_report_values(**overrides))
    if response.json().get("response_action") == "update":
        wait_until(harness.mobilized, message="drill mobilization")
    return view, response


def drill_of(harness):
    return next(i for i in harness.incidents() if i.drill)


def marked(text: str, blocks) -> bool:
    return text.startswith(MARK) and (not blocks or blocks[0].get("block_id") == "drill_banner")


def sent_about(slack, incident):
    """Every message, update, ephemeral and topic the fake recorded that is about ``incident``: in its
    channel, or naming its ID (DMs, the office)."""
    calls = []
    for method in ("chat.postMessage", "chat.update", "chat.postEphemeral"):
        for call in slack.calls_to(method):
            if call.args.get("channel") == incident.channel_id or incident.public_id in str(call.args):
                calls.append(call)
    return calls


def test_a_drill_runs_the_whole_flow_marked_apart_from_incidents_and_ends_archived(harness, slack):
    harness.submit_report()  # a real incident first: the drill has its own sequence
    view, response = start_drill(harness, data_categories=["sensitive"], people_count="3")
    assert view["title"]["text"].startswith(MARK) and view["blocks"][0]["block_id"] == "drill_banner"
    assert response.json()["response_action"] == "update" and DRILL in str(response.json()["view"]) and MARK in str(
        response.json()["view"]
    )
    real, drill = harness.incidents()
    assert (real.public_id, real.drill) == ("LEAK-2026-0001", False)
    assert (drill.public_id, drill.drill, drill.reporter_id) == (DRILL, True, PEOPLE.office)
    channel = slack.channel_by_name("drill-2026-0001")
    assert channel is not None and channel["is_private"] and drill.channel_id == channel["id"]
    assert {PEOPLE.owner, PEOPLE.deputy} <= set(slack.members(channel["id"]))

    # Escalation runs for a drill too, marked.
    harness.clock.advance(timedelta(minutes=30))
    harness.sweep()
    assert any(DRILL in m["text"] for m in slack.dms_to(PEOPLE.deputy))
    # The drafts are marked: banner at the top and bottom, DRILL file names, never a real-looking report.
    legal = wait_until(lambda: [m for m in slack.messages(drill.channel_id) if "leak_legal_drafts" in str(m.get("blocks"))],
                       message="legal assessment")[0]
    harness.click(PEOPLE.owner, "leak_legal_drafts", legal)
    uploads = wait_until(lambda: [u for u in slack.uploads if u.get("channel_id") == drill.channel_id], message="drafts")
    for upload in uploads:
        content = bytes(upload["data"]).decode("utf-8")
        assert upload["filename"].startswith("DRILL"), upload["filename"]
        assert upload["title"].startswith(MARK), upload["title"]
        assert content.startswith(MARK) and content.rstrip().endswith("期限はすべて訓練上のものです。")
    harness.press("leak_acknowledge", PEOPLE.owner, DRILL)
    wait_until(lambda: harness.incident(1).acked_at is not None, message="acknowledged")
    outbox.deliver_all(harness.ctx)

    # Every message, update, DM and topic about the drill carries the mark; the real incident's none.
    about = sent_about(slack, drill)
    assert len(about) >= 6
    for call in about:
        assert marked(call.args.get("text", ""), call.args.get("blocks")), call.args.get("text")
    topics = [c.args["topic"] for c in slack.calls_to("conversations.setTopic") if c.args["channel"] == drill.channel_id]
    assert topics and all(t.startswith(MARK) for t in topics)
    assert any(DRILL in m["text"] and m["text"].startswith(MARK) for m in slack.dms_to(PEOPLE.office))  # receipt DM
    assert any(DRILL in m["text"] and m["text"].startswith(MARK) for m in slack.dms_to(PEOPLE.deputy))  # escalation
    for call in sent_about(slack, real):
        assert MARK not in str(call.args)

    # The weekly summary counts the real incident only and lists the drill apart, with its score.
    now = harness.clock()
    with session(harness.ctx.engine) as s:
        computed = summary_service.compute(harness.ctx, s, now)
    assert computed.new == 1 and computed.open == 1
    assert all(task.incident_public_id != DRILL for task in computed.overdue + computed.upcoming)
    summary_service.post_now(harness.ctx)
    outbox.deliver_all(harness.ctx)
    posted = wait_until(  # a worker may be the one that sends it
        lambda: [m for m in slack.messages(OFFICE_CHANNEL) if m["text"].startswith("週次報告")], message="summary"
    )[-1]
    blocks = posted["blocks"]
    drill_at = next(i for i, b in enumerate(blocks) if "訓練（件数には含めていません）" in str(b))
    assert DRILL not in str(blocks[:drill_at])
    drill_line = str(blocks[drill_at:])
    assert DRILL in drill_line and "実施中" in drill_line and "確認まで 30分" in drill_line

    # The office's Home tab lists the running drill, marked.
    harness.driver.event({"type": "app_home_opened", "user": PEOPLE.office, "channel": "D2", "tab": "home"})
    home = str(wait_until(lambda: slack.home(PEOPLE.office), message="office home"))
    assert f"{MARK} {DRILL}" in home and "LEAK-2026-0001" in home and f"{MARK} LEAK" not in home

    # Ending it: the channel hears the score, the office too, then the channel is archived.
    harness.press("leak_end_drill", PEOPLE.owner, DRILL)
    wait_until(lambda: slack.channel(drill.channel_id)["is_archived"], message="archived")
    ended = harness.incident(1)
    assert ended.closed_at is not None and ended.closed_by == PEOPLE.owner
    last = slack.messages(drill.channel_id)[-1]
    assert last["text"].startswith(MARK) and "訓練を" in last["text"] and "確認までの時間: 30分" in last["text"]
    assert any(DRILL in m["text"] and "終了" in m["text"] and m["text"].startswith(MARK) for m in slack.messages(OFFICE_CHANNEL))
    events = [e for e, _, _ in harness.timeline(ended.id)]
    assert events[0] == "reported" and "drill_ended" in events
    # Nothing more is escalated for an ended drill.
    def drill_escalations():
        return [m for m in slack.dms_to(PEOPLE.exec1) + slack.dms_to(PEOPLE.deputy) if DRILL in m["text"]]

    dms_before = len(drill_escalations())
    harness.clock.advance(timedelta(hours=3))
    harness.sweep()
    assert len(drill_escalations()) == dms_before
    assert slack.channel(real.channel_id)["is_archived"] is False


def test_only_the_office_starts_a_drill(harness, slack):
    before = len(harness.answers(PEOPLE.owner))
    response = harness.driver.command("/leak-drill", "", user_id=PEOPLE.owner)
    assert response.status_code == 200
    answer = harness.next_answer(PEOPLE.owner, before)
    assert "事務局のメンバーだけ" in answer["text"]
    assert slack.calls_to("views.open") == []
    # A drill modal submitted by someone outside the office is refused inline.
    response = harness.driver.command("/leak-drill", "", user_id=PEOPLE.office)
    opened = wait_until(lambda: slack.calls_to("views.open"), message="drill modal")[0].response["view"]
    response = harness.driver.submit_view(opened["id"], PEOPLE.outsider, harness.first_report_values())
    body = response.json()
    assert body["response_action"] == "errors" and "事務局のメンバーだけ" in str(body["errors"])
    assert harness.incidents() == []


def test_bad_drill_input_gets_inline_errors_and_creates_nothing(harness, slack):
    future = int((harness.clock() + timedelta(hours=2)).timestamp())
    _, response = start_drill(harness, discovered_at=future, people_count="-3")
    body = response.json()
    assert body["response_action"] == "errors" and {"discovered_at", "people_count"} <= set(body["errors"])
    assert "未来" in body["errors"]["discovered_at"]
    assert harness.incidents() == []


def test_ending_is_refused_to_others_and_to_real_incidents(harness, slack):
    start_drill(harness)
    drill = drill_of(harness)
    before = len(harness.answers(PEOPLE.outsider))
    harness.press("leak_end_drill", PEOPLE.outsider, DRILL)
    assert "責任者・代行者・事務局だけ" in harness.next_answer(PEOPLE.outsider, before)["text"]
    # A made-up ID gets the same answer: existence is not disclosed.
    harness.driver.block_action(PEOPLE.outsider, "leak_end_drill", "DRILL-2026-0099", channel_id=drill.channel_id)
    assert "責任者・代行者・事務局だけ" in harness.next_answer(PEOPLE.outsider, before + 1)["text"]
    assert drill_of(harness).closed_at is None and not slack.channel(drill.channel_id)["is_archived"]
    harness.submit_report()
    real = next(i for i in harness.incidents() if not i.drill)
    before = len(harness.answers(PEOPLE.owner))
    # Real cards have no such button; a crafted request is still refused.
    card = slack.messages(real.channel_id)[0]
    assert "leak_end_drill" not in str(card) and "leak_end_drill" in str(slack.messages(drill.channel_id)[0])
    harness.driver.block_action(PEOPLE.owner, "leak_end_drill", real.public_id, channel_id=real.channel_id)
    assert "訓練ではありません" in harness.next_answer(PEOPLE.owner, before)["text"]
    assert next(i for i in harness.incidents() if not i.drill).closed_at is None
