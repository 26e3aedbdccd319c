"""Near misses (ヒヤリハット): a lighter report — no channel, no escalation — the office is told and
reviews the measure, and they are counted apart from incidents."""

from __future__ import annotations

from datetime import timedelta

from tests.conftest import OFFICE_CHANNEL, PEOPLE, wait_until
from tests.handlers.test_recurrence import review

NEAR_MISS = {
    "department": "hr",
    "event_type": "misdelivery",
    "description": "社外宛てメールに社員名簿を添付しかけた",
    "stopped_by": "送信前の確認ダイアログで気づいた",
    "cause": "宛先の自動補完",
    "measure": "社外宛ての添付は上長の確認を必須にした",
}


def open_near_miss(harness, slack, command="/leak-nearmiss", text="", user=PEOPLE.reporter):
    before = len(slack.calls_to("views.open"))
    assert harness.driver.command(command, text, user_id=user).status_code == 200
    return wait_until(lambda: slack.calls_to("views.open")[before:], message="near-miss modal")[0].response["view"]


def report_near_miss(harness, slack, user=PEOPLE.reporter, **overrides):
    view = open_near_miss(harness, slack, user=user)
    return harness.driver.submit_view(view["id"], user, {**NEAR_MISS, **overrides})


def test_near_miss_end_to_end_without_a_channel(harness, slack):
    channels_before = len(slack.calls_to("conversations.create"))
    body = report_near_miss(harness, slack).json()
    assert body["response_action"] == "update" and "NM-2026-0001" in str(body["view"]["blocks"])
    near = harness.incident()
    assert near.public_id == "NM-2026-0001" and near.near_miss and near.channel_id is None
    notice = wait_until(
        lambda: next((m for m in slack.messages(OFFICE_CHANNEL) if "NM-2026-0001" in m["text"]), None),
        message="office notice",
    )
    # The office hears ID, department and event type — never the free text.
    assert "ヒヤリハット" in notice["text"] and "人事部" in notice["text"]
    for typed in NEAR_MISS.values():
        if typed not in ("hr", "misdelivery"):
            assert typed not in str(notice)
    # No channel, no escalation however long nobody acknowledges it.
    harness.clock.advance(timedelta(hours=6))
    harness.sweep()
    assert len(slack.calls_to("conversations.create")) == channels_before
    assert not [m for m in slack.dms_to(PEOPLE.exec1) if "エスカレーション" in m["text"]]
    assert not [m for m in slack.dms_to(PEOPLE.hr_owner) if "NM-2026-0001" in m["text"]]

    # The office returns the measure; the reporter revises it from the DM; the office approves.
    body, view = review(harness, slack, PEOPLE.office, notice, {"decision": "return", "comment": "全社展開の期限を"})
    # The office reads the whole near miss in the review form (only there).
    assert "送信前の確認ダイアログ" in str(view["blocks"]) and "上長の確認を必須" in str(view["blocks"])
    dm = wait_until(lambda: [m for m in slack.dms_to(PEOPLE.reporter) if "差し戻" in m["text"]], message="returned DM")[0]
    before = len(slack.calls_to("views.open"))
    harness.click(PEOPLE.reporter, "leak_open_recurrence", dm)
    form = wait_until(lambda: slack.calls_to("views.open")[before:], message="revise")[0].response["view"]
    assert "全社展開の期限を" in str(form["blocks"])
    revised = {"direct_cause": "宛先の自動補完", "measures_taken": "社外宛ての添付は上長の確認を必須にした（全社で12月末まで）"}
    assert harness.driver.submit_view(form["id"], PEOPLE.reporter, revised).status_code == 200
    notice2 = wait_until(
        lambda: next((m for m in slack.messages(OFFICE_CHANNEL) if "NM-2026-0001" in m["text"] and "第2版" in m["text"]), None),
        message="office notice v2",
    )
    assert review(harness, slack, PEOPLE.office, notice2, {"decision": "approve"})[0].status_code == 200
    wait_until(lambda: harness.incident().closed_at is not None, message="an approved near miss is done")
    events = [e for e, _, _ in harness.timeline(near.id)]
    assert events == [
        "near_miss_reported", "recurrence_submitted", "recurrence_returned", "recurrence_submitted",
        "recurrence_approved", "closed",
    ]
    wait_until(lambda: [m for m in slack.dms_to(PEOPLE.reporter) if "承認しました" in m["text"]], message="approved DM")


def test_leak_report_offers_the_near_miss_and_validates_inline(harness, slack):
    view = open_near_miss(harness, slack, command="/leak-report", text="nearmiss")
    assert view["callback_id"] == "leak_near_miss"
    body = harness.driver.submit_view(view["id"], PEOPLE.reporter, {**NEAR_MISS, "measure": " ", "stopped_by": "  "}).json()
    assert body == {"response_action": "errors", "errors": {"stopped_by": "入力してください。", "measure": "入力してください。"}}
    assert harness.incidents() == []


def test_near_misses_have_their_own_numbers_and_are_counted_apart(harness, slack):
    harness.submit_report()
    report_near_miss(harness, slack)
    report_near_miss(harness, slack, event_type="loss")
    harness.submit_report()
    assert [i.public_id for i in harness.incidents()] == ["LEAK-2026-0001", "NM-2026-0001", "NM-2026-0002", "LEAK-2026-0002"]
    wait_until(lambda: len([m for m in slack.messages(OFFICE_CHANNEL) if "NM-2026" in m["text"]]) == 2)
    from services import presenters

    (text, blocks), _, _ = presenters.summary_for_terminal(harness.ctx, harness.clock() + timedelta(minutes=1), with_chart=False)
    whole = str(blocks)
    # Two incidents (not four) in the incident figures; the near misses in their own section.
    assert "ヒヤリハット（事案とは別に集計）*: 期間中 2 件、再発防止策の承認待ち 2 件" in whole
    assert "誤送信" in whole
    from services import summary
    from storage.db import session

    with session(harness.ctx.engine) as s:
        computed = summary.compute(harness.ctx, s, harness.clock() + timedelta(minutes=1))
    assert computed.new == 2 and computed.open == 2


def test_leak_status_shows_a_near_miss_to_its_reporter_and_the_office_only(harness, slack):
    report_near_miss(harness, slack)
    card = harness.status(PEOPLE.reporter, "NM-2026-0001")
    text = str(card["blocks"])
    assert "ヒヤリハット NM-2026-0001" in text and "確認ダイアログ" in text and "第1版 事務局の確認待ち" in text
    assert "確認しました" not in text  # nothing to acknowledge, no escalation
    assert "NM-2026-0001" in str(harness.status(PEOPLE.office, "NM-2026-0001")["blocks"])
    refused = harness.status(PEOPLE.outsider, "NM-2026-0001")
    assert "確認ダイアログ" not in str(refused) and refused["text"] == harness.status(PEOPLE.outsider, "NM-2026-0099")["text"].replace("0099", "0001")
