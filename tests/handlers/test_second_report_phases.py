"""Second reports, phases, closing, the timeline."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tests.conftest import OFFICE_CHANNEL, PEOPLE, wait_until


def open_modal(harness, slack, action, user):
    incident = harness.incident()
    before = len(slack.calls_to("views.open"))
    harness.press(action, user, incident.public_id)
    calls = wait_until(lambda: slack.calls_to("views.open")[before:], message="modal")
    return calls[0].response["view"]


SECOND = {
    "what_happened": "誤って別の顧客に送信",
    "who": "営業担当者",
    "cause": "宛先の自動補完",
    "data_categories": ["name_contact"],
    "data_items": "氏名, メールアドレス",
    "count_basis": "confirmed",
    "people_count": "12",
    "how_discovered": "受信者からの連絡",
    "secondary_harm": "no",
    "third_party": "none",
}


def test_second_report_prefilled_revised_and_every_revision_kept(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    view = open_modal(harness, slack, "leak_open_second_report", PEOPLE.reporter)
    blocks = {b.get("block_id"): b for b in view["blocks"]}
    assert blocks["what_happened"]["element"]["initial_value"] == incident.description
    response = harness.driver.submit_view(view["id"], PEOPLE.reporter, SECOND)
    assert response.status_code == 200 and response.text in ("", "null")
    wait_until(lambda: any("第1版" in m["text"] or "第1版" in str(m["blocks"]) for m in slack.messages(incident.channel_id)))
    harness.clock.advance(timedelta(hours=2))
    view = open_modal(harness, slack, "leak_open_second_report", PEOPLE.owner)
    blocks = {b.get("block_id"): b for b in view["blocks"]}
    assert blocks["who"]["element"]["initial_value"] == "営業担当者"  # starts from the latest revision
    harness.driver.submit_view(view["id"], PEOPLE.owner, {**SECOND, "people_count": "15", "count_basis": "estimated_max"})
    wait_until(lambda: any("第2版" in str(m["blocks"]) for m in slack.messages(incident.channel_id)))
    from sqlmodel import select

    from storage.db import session
    from storage.models import SecondReportRevision

    with session(harness.ctx.engine) as s:
        rows = s.exec(
            select(SecondReportRevision)
            .where(SecondReportRevision.incident_id == incident.id)
            .order_by(SecondReportRevision.revision)
        ).all()
        revisions = [(r.revision, r.people_count, r.submitted_by) for r in rows]
    assert revisions == [(1, 12, PEOPLE.reporter), (2, 15, PEOPLE.owner)]
    assert [d["revision"] for e, _, d in harness.timeline(incident.id) if e == "second_report"] == [1, 2]
    wait_until(
        lambda: "第2版" in str(next(m for m in slack.messages(incident.channel_id) if m["ts"] == incident.card_ts)),
        message="the card shows revision 2",
    )


def test_second_report_validation_errors(harness, slack):
    harness.submit_report()
    view = open_modal(harness, slack, "leak_open_second_report", PEOPLE.owner)
    bad = {**SECOND, "what_happened": "   ", "people_count": "十二"}
    body = harness.driver.submit_view(view["id"], PEOPLE.owner, bad).json()
    assert body["response_action"] == "errors"
    assert body["errors"] == {
        "what_happened": "入力してください。",
        "people_count": "人数は整数で入力してください（例: 120）。",
    }


def test_outsider_cannot_open_the_second_report(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    # The card reached someone outside the circle (say, a forwarded copy in another channel).
    slack.add_channel("CELSEWHERE", "random", members=[PEOPLE.outsider, slack.bot_user_id])
    card = slack.messages(incident.channel_id)[0]
    ts = slack.add_message("CELSEWHERE", card["text"], user=PEOPLE.owner, blocks=card["blocks"])
    copy = next(m for m in slack.messages("CELSEWHERE") if m["ts"] == ts)
    before = len(slack.calls_to("views.open"))
    answers = len(harness.answers(PEOPLE.outsider))
    harness.press("leak_open_second_report", PEOPLE.outsider, incident.public_id, message=copy)
    assert "できません" in harness.next_answer(PEOPLE.outsider, answers)["text"]
    assert len(slack.calls_to("views.open")) == before


def change_phase(harness, slack, user, phase, carry_over=False):
    view = open_modal(harness, slack, "leak_open_phase_change", user)
    values = {"phase": phase}
    if carry_over:
        values["carry_over"] = ["yes"]
    return harness.driver.submit_view(view["id"], user, values)


def test_owner_moves_phases_and_closing_requires_the_recurrence_statement(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    stale_card = slack.messages(incident.channel_id)[0]
    assert change_phase(harness, slack, PEOPLE.owner, "containment").status_code == 200
    wait_until(lambda: harness.incident().phase == "containment")
    # Changing the phase shows the owner has it: escalation stops.
    assert harness.incident().acked_by == PEOPLE.owner
    wait_until(lambda: any("初動対応・封じ込め" in m["text"] for m in slack.messages(incident.channel_id)))
    body = change_phase(harness, slack, PEOPLE.office, "closed", carry_over=True).json()
    assert body["response_action"] == "errors" and "承認した再発防止策が必要" in body["errors"]["phase"]
    assert harness.incident().closed_at is None
    from tests.handlers.test_recurrence import approve_statement

    approve_statement(
        harness, slack, measures_taken="全PCを暗号化", planned_1_title="年次訓練",
        planned_2_title=None, planned_2_assignee=None, planned_2_due=None,
    )
    response = change_phase(harness, slack, PEOPLE.office, "closed", carry_over=True)
    assert response.status_code == 200
    wait_until(lambda: harness.incident().closed_at is not None)
    closed = harness.incident()
    assert closed.phase == "closed" and closed.closed_by == PEOPLE.office
    assert closed.measures_done == "全PCを暗号化" and closed.measures_planned == "年次訓練"
    wait_until(lambda: any("終結" in m["text"] for m in slack.messages(OFFICE_CHANNEL)), message="office close notice")
    channel_texts = [str(m["blocks"]) for m in slack.messages(incident.channel_id)]
    assert any("年次訓練" in t for t in channel_texts)
    office_texts = " ".join(str(m) for m in slack.messages(OFFICE_CHANNEL))
    assert "全PCを暗号化" not in office_texts  # the office gets the fact of closing, not the text
    events = [e for e, _, _ in harness.timeline(incident.id)]
    assert events[-3:] == ["phase_changed", "tasks_carried_over", "closed"]
    assert "recurrence_approved" in events
    # Closed is final: the button answers "closed", and escalation never fires.
    before = len(slack.calls_to("views.open"))
    answers = len(harness.answers(PEOPLE.owner))
    harness.press("leak_open_phase_change", PEOPLE.owner, incident.public_id, message=stale_card)
    assert "終結しています" in harness.next_answer(PEOPLE.owner, answers)["text"]
    assert len(slack.calls_to("views.open")) == before
    harness.clock.advance(timedelta(hours=5))
    harness.sweep()
    assert not [m for m in slack.dms_to(PEOPLE.exec1) if "エスカレーション" in m["text"]]


def test_reporter_cannot_change_the_phase(harness, slack):
    harness.submit_report()
    before = len(slack.calls_to("views.open"))
    answers = len(harness.answers(PEOPLE.reporter))
    harness.press("leak_open_phase_change", PEOPLE.reporter, harness.incident().public_id)
    assert "できません" in harness.next_answer(PEOPLE.reporter, answers)["text"]
    assert len(slack.calls_to("views.open")) == before
    assert harness.incident().phase == "reported"


def test_timeline_is_append_only_in_the_database(harness):
    harness.submit_report()
    incident = harness.incident()
    with harness.ctx.engine.connect() as conn:
        for statement in ("UPDATE timeline_entry SET actor = 'x'", "DELETE FROM timeline_entry"):
            with pytest.raises(DBAPIError):
                conn.execute(text(statement))
            conn.rollback()
    assert harness.timeline(incident.id)[0][0] == "reported"
