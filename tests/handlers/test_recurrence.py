"""Recurrence prevention, reviewed: the owner submits the statement, the office returns it with
comments or approves it, only an approved statement lets the incident close, and the planned
measures become follow-up tasks."""

from __future__ import annotations

from datetime import timedelta

from tests.conftest import OFFICE_CHANNEL, PEOPLE, wait_until
from tests.handlers.test_second_report_phases import change_phase, open_modal


def statement_values(harness, **overrides) -> dict:
    due = harness.clock() + timedelta(days=30)
    values = {
        "direct_cause": "ノートPCを電車の網棚に置いた",
        "root_cause": "持ち出し時の暗号化とルールが徹底されていなかった",
        "measures_taken": "全社員へ注意喚起、該当PCのリモートワイプ",
        "planned_1_title": "持ち出しPCの暗号化を必須化",
        "planned_1_assignee": PEOPLE.owner,
        "planned_1_due": int(due.timestamp()),
        "planned_2_title": "年次の持ち出しルール研修",
        "planned_2_assignee": PEOPLE.hr_owner,
        "planned_2_due": int((due + timedelta(days=30)).timestamp()),
    }
    values.update(overrides)
    return {k: v for k, v in values.items() if v is not None}


def submit_statement(harness, slack, user=PEOPLE.owner, **overrides):
    view = open_modal(harness, slack, "leak_open_recurrence", user)
    return harness.driver.submit_view(view["id"], user, statement_values(harness, **overrides)), view


def office_review_message(harness, slack, version):
    return wait_until(
        lambda: next((m for m in slack.messages(OFFICE_CHANNEL) if f"第{version}版" in m["text"]), None),
        message=f"office notice of version {version}",
    )


def review(harness, slack, user, message, values):
    before = len(slack.calls_to("views.open"))
    harness.click(user, "leak_open_recurrence_review", message)
    view = wait_until(lambda: slack.calls_to("views.open")[before:], message="review modal")[0].response["view"]
    return harness.driver.submit_view(view["id"], user, values), view


def approve_statement(harness, slack, **overrides) -> None:
    """The owner submits a statement and the office approves it (what closing needs)."""
    submit_statement(harness, slack, **overrides)
    notice = office_review_message(harness, slack, 1)
    assert review(harness, slack, PEOPLE.office, notice, {"decision": "approve"})[0].status_code == 200
    wait_until(lambda: any(e == "recurrence_approved" for e, _, _ in harness.timeline(harness.incident().id)))


def statements(harness, incident_id):
    from storage import repo
    from storage.db import session

    with session(harness.ctx.engine) as s:
        return [(r.version, r.status, r.submitted_by) for r in repo.statements_of(s, incident_id)], [
            (r.decision, r.comment, r.reviewer) for r in repo.reviews_of(s, incident_id)
        ]


def test_submit_return_revise_approve_then_close(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    # Closing is refused while there is no statement, inline and localized.
    body = change_phase(harness, slack, PEOPLE.owner, "closed", carry_over=True).json()
    assert body["response_action"] == "errors" and "承認した再発防止策が必要" in body["errors"]["phase"]

    response, _ = submit_statement(harness, slack)
    assert response.status_code == 200 and response.text in ("", "null")
    notice = office_review_message(harness, slack, 1)
    # The office hears ID, department and event — never the statement's text.
    assert incident.public_id in notice["text"] and "営業部" in notice["text"]
    assert "網棚" not in str(notice) and "暗号化" not in str(notice)
    wait_until(lambda: "確認待ち" in str(next(m for m in slack.messages(incident.channel_id) if m["ts"] == incident.card_ts)),
               message="the card shows 'awaiting review'")
    body = change_phase(harness, slack, PEOPLE.owner, "closed", carry_over=True).json()
    assert "確認待ち" in body["errors"]["phase"]

    # Return needs a comment.
    body, view = review(harness, slack, PEOPLE.office, notice, {"decision": "return"})
    assert body.json() == {"response_action": "errors", "errors": {"comment": "入力してください。"}}
    assert "網棚" in str(view["blocks"])  # the office reads the statement in the review form
    body = harness.driver.submit_view(view["id"], PEOPLE.office, {"decision": "return", "comment": "根本原因をもっと具体的に"})
    assert body.status_code == 200
    dm = wait_until(lambda: [m for m in slack.dms_to(PEOPLE.owner) if "差し戻" in m["text"]], message="returned DM")[0]
    body = change_phase(harness, slack, PEOPLE.owner, "closed", carry_over=True).json()
    assert "差し戻されています" in body["errors"]["phase"]

    # The owner revises from the DM: the form starts from version 1 and shows the comment.
    before = len(slack.calls_to("views.open"))
    harness.click(PEOPLE.owner, "leak_open_recurrence", dm)
    view = wait_until(lambda: slack.calls_to("views.open")[before:], message="revise modal")[0].response["view"]
    assert "根本原因をもっと具体的に" in str(view["blocks"])
    blocks = {b.get("block_id"): b for b in view["blocks"]}
    assert blocks["direct_cause"]["element"]["initial_value"] == "ノートPCを電車の網棚に置いた"
    revised = statement_values(harness, root_cause="PC持ち出し台帳と暗号化の確認が承認手順になかった")
    assert harness.driver.submit_view(view["id"], PEOPLE.owner, revised).status_code == 200
    notice2 = office_review_message(harness, slack, 2)

    body, _ = review(harness, slack, PEOPLE.office, notice2, {"decision": "approve"})
    assert body.status_code == 200 and body.text in ("", "null")
    wait_until(lambda: [m for m in slack.dms_to(PEOPLE.owner) if "承認しました" in m["text"]], message="approved DM")

    kept, reviews = statements(harness, incident.id)
    assert kept == [(1, "returned", PEOPLE.owner), (2, "approved", PEOPLE.owner)]
    assert reviews == [("return", "根本原因をもっと具体的に", PEOPLE.office), ("approve", "", PEOPLE.office)]
    events = [e for e, _, _ in harness.timeline(incident.id)]
    assert [e for e in events if e.startswith("recurrence_")] == [
        "recurrence_submitted", "recurrence_returned", "recurrence_submitted", "recurrence_approved",
    ]

    # Each planned measure is now a follow-up task with its assignee and due date.
    from storage import repo
    from storage.db import session

    with session(harness.ctx.engine) as s:
        planned = [t for t in repo.tasks_of(s, incident.id) if (t.key or "").startswith("recurrence:")]
    assert sorted((t.title, t.assignee, t.follow_up, t.phase) for t in planned) == [
        ("年次の持ち出しルール研修", PEOPLE.hr_owner, True, "prevention"),
        ("持ち出しPCの暗号化を必須化", PEOPLE.owner, True, "prevention"),
    ]
    assert {t.due_at for t in planned} == {
        (harness.clock() + timedelta(days=30)).replace(microsecond=0),
        (harness.clock() + timedelta(days=60)).replace(microsecond=0),
    }
    wait_until(lambda: [m for m in slack.dms_to(PEOPLE.hr_owner) if "年次の持ち出しルール研修" in str(m)],
               message="the assignee is told")

    # Now the incident closes, recording the approved statement (the playbook tasks carried over).
    assert change_phase(harness, slack, PEOPLE.owner, "closed", carry_over=True).status_code == 200
    wait_until(lambda: harness.incident().closed_at is not None, message="closed")
    closed = harness.incident()
    assert closed.measures_done == "全社員へ注意喚起、該当PCのリモートワイプ"
    assert closed.measures_planned == "持ち出しPCの暗号化を必須化\n年次の持ち出しルール研修"


def test_inline_validation_of_the_statement_changes_nothing(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    past = int((harness.clock() - timedelta(days=1)).timestamp())
    response, _ = submit_statement(
        harness, slack, root_cause="  ", planned_1_assignee=None, planned_2_due=past,
    )
    body = response.json()
    assert body["response_action"] == "errors"
    assert body["errors"] == {
        "root_cause": "入力してください。",
        "planned_1_assignee": "入力してください。",
        "planned_2_due": "未来の日付を選んでください。",
    }
    # No planned measure at all is refused too: the plan is what the office reviews.
    response, _ = submit_statement(
        harness, slack, planned_1_title=None, planned_1_assignee=None, planned_1_due=None,
        planned_2_title=None, planned_2_assignee=None, planned_2_due=None,
    )
    assert response.json()["errors"] == {"planned_1_title": "入力してください。"}
    assert statements(harness, incident.id) == ([], [])
    assert not [e for e, _, _ in harness.timeline(incident.id) if e.startswith("recurrence_")]


def test_only_the_owner_submits_and_only_another_office_member_reviews(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    # The reporter (who may see the incident) cannot submit the statement.
    answers = len(harness.answers(PEOPLE.reporter))
    before = len(slack.calls_to("views.open"))
    harness.press("leak_open_recurrence", PEOPLE.reporter, incident.public_id)
    assert "責任者・代行者だけ" in harness.next_answer(PEOPLE.reporter, answers)["text"]
    assert len(slack.calls_to("views.open")) == before

    submit_statement(harness, slack, user=PEOPLE.deputy)
    notice = office_review_message(harness, slack, 1)
    # Neither the owner nor an outsider may review (the button answers the same either way).
    for user in (PEOPLE.owner, PEOPLE.outsider):
        answers = len(harness.answers(user))
        before = len(slack.calls_to("views.open"))
        harness.click(user, "leak_open_recurrence_review", notice)
        assert "事務局メンバーだけ" in harness.next_answer(user, answers)["text"]
        assert len(slack.calls_to("views.open")) == before
    # Another office member approves.
    body, view = review(harness, slack, PEOPLE.office, notice, {"decision": "approve"})
    assert body.status_code == 200
    kept, _ = statements(harness, incident.id)
    assert kept == [(1, "approved", PEOPLE.deputy)]
    # Once decided, the same version cannot be decided again.
    answers = len(harness.answers(PEOPLE.office))
    harness.click(PEOPLE.office, "leak_open_recurrence_review", notice)
    assert "すでに確認済み" in harness.next_answer(PEOPLE.office, answers)["text"]


def test_office_home_lists_statements_awaiting_review(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    submit_statement(harness, slack)
    office_review_message(harness, slack, 1)
    from services import home

    home.publish(harness.ctx, PEOPLE.office)
    view = wait_until(lambda: slack.calls_to("views.publish"), message="home")[-1].args["view"]
    text = str(view["blocks"])
    assert "確認待ちの再発防止策" in text and f"{incident.public_id}* 第1版" in text
    buttons = [e["action_id"] for b in view["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert "leak_open_recurrence_review" in buttons
