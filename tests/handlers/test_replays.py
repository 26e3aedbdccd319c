"""Every modal submission and button press is idempotent: a byte-identical copy of a request
(a retried HTTP request, a replaying proxy) changes nothing and gets the first answer."""

from __future__ import annotations

import json
import time
from datetime import timedelta

import httpx
from sqlmodel import select

from storage.db import session
from storage.models import Incident, LegalAssessment, SecondReportRevision, Task
from tests.conftest import PEOPLE, wait_until
from tests.handlers.test_second_report_phases import SECOND, open_modal
from tests.handlers.test_tasks import add_task, task_list_message, tasks


def post(harness, body: str, headers: dict) -> httpx.Response:
    return httpx.post(f"{harness.url}/slack/events", content=body.encode(), headers=headers, timeout=10)


def twice(harness, built: tuple[str, dict], settle=lambda: True) -> tuple[httpx.Response, httpx.Response]:
    """Send one signed request, let its work finish (``settle``), then send the very same bytes again."""
    body, headers = built
    first = post(harness, body, headers)
    wait_until(settle, message="the first request's work")
    second = post(harness, body, headers)
    return first, second


def count(harness, model, *where) -> int:
    with session(harness.ctx.engine) as s:
        return len(s.exec(select(model).where(*where)).all())


def events(harness, incident_id: int, name: str) -> int:
    return [e for e, _, _ in harness.timeline(incident_id)].count(name)


def quiet(seconds: float = 0.4) -> None:
    """Give work a replay might (wrongly) have started the time to show up."""
    time.sleep(seconds)


def assert_same_answer(first: httpx.Response, second: httpx.Response) -> None:
    assert first.status_code == second.status_code == 200
    assert first.content == second.content


def test_a_replayed_first_report_gets_the_same_receipt_and_files_nothing_twice(harness, slack):
    view_id = harness.open_report()
    built = harness.driver.build_submit_view(view_id, PEOPLE.reporter, harness.first_report_values())
    first, second = twice(harness, built, harness.mobilized)
    assert_same_answer(first, second)
    assert json.loads(first.content)["response_action"] == "update"
    assert "LEAK-2026-0001" in first.text
    quiet()
    assert len(harness.incidents()) == 1
    assert len(slack.calls_to("conversations.create")) == 1


def test_a_replayed_task_modal_adds_one_task_and_one_assignment_dm(harness, slack):
    harness.submit_report()
    before_tasks, before_opens = len(tasks(harness)), len(slack.calls_to("views.open"))
    harness.click(PEOPLE.owner, "leak_add_task", task_list_message(harness, slack))
    view = wait_until(lambda: slack.calls_to("views.open")[before_opens:], message="task modal")[0].response["view"]
    values = {"title": "謝罪文の送付", "assignee": PEOPLE.deputy,
              "due_at": int((harness.clock() + timedelta(days=2)).timestamp()), "task_phase": "notification"}
    assigned = lambda: [m for m in slack.dms_to(PEOPLE.deputy) if "謝罪文の送付" in m["text"]]  # noqa: E731
    first, second = twice(harness, harness.driver.build_submit_view(view["id"], PEOPLE.owner, values), assigned)
    assert_same_answer(first, second)
    quiet()
    assert len(tasks(harness)) == before_tasks + 1
    assert len(assigned()) == 1


def test_a_replayed_task_edit_and_reassignment_change_the_task_once(harness, slack):
    harness.submit_report()
    add_task(harness, slack, title="監視の強化")
    task = next(x for x in tasks(harness) if x.title == "監視の強化")
    incident = harness.incident()
    # The reassignment form, opened from the task list's menu.
    before = len(slack.calls_to("views.open"))
    harness.driver.block_action(PEOPLE.owner, "leak_task_menu", selected_option=f"reassign:{task.id}",
                                channel_id=incident.channel_id)
    view = wait_until(lambda: slack.calls_to("views.open")[before:], message="reassign modal")[0].response["view"]
    told = lambda: [m for m in slack.dms_to(PEOPLE.hr_owner) if "監視の強化" in m["text"]]  # noqa: E731
    built = harness.driver.build_submit_view(view["id"], PEOPLE.owner, {"assignee": PEOPLE.hr_owner})
    first, second = twice(harness, built, told)
    assert_same_answer(first, second)
    quiet()
    assert len(told()) == 1
    assert events(harness, incident.id, "task_reassigned") == 1


def test_a_replayed_legal_form_stores_one_assessment_and_posts_one_result(harness, slack):
    harness.submit_report(data_categories=["sensitive"], people_count="3")
    incident = harness.incident()
    before = len(slack.calls_to("views.open"))
    harness.press("leak_open_legal", PEOPLE.owner, incident.public_id)
    view = wait_until(lambda: slack.calls_to("views.open")[before:], message="legal form")[0].response["view"]
    answers = {"improper_purpose": "yes", "eu_residents_affected": "no", "eu_establishment": "no"}
    revisions = lambda: count(harness, LegalAssessment, LegalAssessment.incident_id == incident.id)  # noqa: E731
    posted = lambda: [m for m in slack.messages(incident.channel_id) if "leak_legal_drafts" in str(m.get("blocks"))]  # noqa: E731
    first, second = twice(harness, harness.driver.build_submit_view(view["id"], PEOPLE.owner, answers),
                          lambda: revisions() == 2 and len(posted()) == 2)
    assert_same_answer(first, second)
    quiet()
    assert revisions() == 2  # the automatic one at filing, and this one: not a third
    assert len(posted()) == 2


def test_a_replayed_second_report_keeps_one_revision_and_assesses_once(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    view = open_modal(harness, slack, "leak_open_second_report", PEOPLE.reporter)
    revisions = lambda: count(harness, SecondReportRevision, SecondReportRevision.incident_id == incident.id)  # noqa: E731
    assessed = lambda: count(harness, LegalAssessment, LegalAssessment.incident_id == incident.id)  # noqa: E731
    first, second = twice(harness, harness.driver.build_submit_view(view["id"], PEOPLE.reporter, SECOND),
                          lambda: revisions() == 1 and assessed() == 2)
    assert_same_answer(first, second)
    quiet()
    assert revisions() == 1 and assessed() == 2
    assert events(harness, incident.id, "second_report") == 1


def test_a_replayed_phase_change_moves_the_phase_once(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    view = open_modal(harness, slack, "leak_open_phase_change", PEOPLE.owner)
    phase = next(o["value"] for b in view["blocks"] if b.get("block_id") == "phase" for o in b["element"]["options"])
    built = harness.driver.build_submit_view(view["id"], PEOPLE.owner, {"phase": phase})
    first, second = twice(harness, built, lambda: events(harness, incident.id, "phase_changed") == 1)
    assert_same_answer(first, second)
    quiet()
    assert events(harness, incident.id, "phase_changed") == 1
    notices = [m for m in slack.messages(incident.channel_id) if m.get("text", "").startswith(":arrows_counterclockwise:")]
    assert len(notices) == 1


def test_a_replayed_acknowledgement_is_recorded_and_announced_once_and_answers_nothing_more(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    built = harness.driver.build_block_action(PEOPLE.owner, "leak_acknowledge", incident.public_id,
                                              channel_id=incident.channel_id, message_ts=incident.card_ts)
    acked = lambda: [m for m in slack.messages(incident.channel_id) if m.get("text", "").startswith(":white_check_mark:") and "確認しました" in m.get("text", "")]  # noqa: E731
    first, second = twice(harness, built, lambda: harness.incident().acked_at is not None and acked())
    assert_same_answer(first, second)
    quiet()
    assert events(harness, incident.id, "acknowledged") == 1
    assert harness.answers(PEOPLE.owner) == []  # no "already acknowledged" for the copy
    assert len(acked()) == 1


def test_replayed_buttons_open_one_modal_and_finish_a_task_once(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    for action in ("leak_open_second_report", "leak_open_phase_change", "leak_open_legal"):
        before = len(slack.calls_to("views.open"))
        built = harness.driver.build_block_action(PEOPLE.owner, action, incident.public_id,
                                                  channel_id=incident.channel_id, message_ts=incident.card_ts)
        first, second = twice(harness, built, lambda b=before: slack.calls_to("views.open")[b:])
        assert_same_answer(first, second)
        quiet(0.2)
        assert len(slack.calls_to("views.open")) == before + 1, action
    add_task(harness, slack, title="ログの保全")
    task = next(x for x in tasks(harness) if x.title == "ログの保全")
    built = harness.driver.build_block_action(PEOPLE.owner, "leak_task_menu", selected_option=f"done:{task.id}",
                                              channel_id=incident.channel_id)
    first, second = twice(harness, built, lambda: harness.answers(PEOPLE.owner))
    assert_same_answer(first, second)
    quiet()
    assert len(harness.answers(PEOPLE.owner)) == 1  # "done", and not "already done" for the copy
    assert events(harness, incident.id, "task_done") == 1


def test_a_refused_submission_is_not_remembered_so_the_corrected_one_goes_through(harness, slack):
    harness.submit_report()
    add_task(harness, slack, title="   ")  # refused inline: nothing stored, nothing remembered
    response = add_task(harness, slack, title="二回目で正しく")
    assert response.status_code == 200
    assert any(x.title == "二回目で正しく" for x in tasks(harness))


def test_a_new_press_of_the_same_button_is_not_a_replay(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    harness.press("leak_acknowledge", PEOPLE.reporter, incident.public_id)
    wait_until(lambda: harness.answers(PEOPLE.reporter), message="first refusal")
    harness.press("leak_acknowledge", PEOPLE.reporter, incident.public_id)
    wait_until(lambda: len(harness.answers(PEOPLE.reporter)) == 2, message="second refusal")
    assert count(harness, Incident) == 1 and count(harness, Task, Task.incident_id == incident.id) >= 1


def test_two_copies_of_a_task_submission_at_once_add_one_task_and_answer_alike(harness, slack):
    import threading

    harness.submit_report()
    before_tasks, before_opens = len(tasks(harness)), len(slack.calls_to("views.open"))
    harness.click(PEOPLE.owner, "leak_add_task", task_list_message(harness, slack))
    view = wait_until(lambda: slack.calls_to("views.open")[before_opens:], message="task modal")[0].response["view"]
    values = {"title": "同時の送信", "assignee": PEOPLE.deputy,
              "due_at": int((harness.clock() + timedelta(days=2)).timestamp()), "task_phase": "notification"}
    body, headers = harness.driver.build_submit_view(view["id"], PEOPLE.owner, values)
    answers: list[httpx.Response] = []
    start = threading.Barrier(4)

    def send():
        start.wait()
        answers.append(post(harness, body, headers))

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert [a.status_code for a in answers] == [200] * 4
    assert len({a.content for a in answers}) == 1
    wait_until(lambda: [m for m in slack.dms_to(PEOPLE.deputy) if "同時の送信" in m["text"]], message="assignment DM")
    quiet()
    assert len(tasks(harness)) == before_tasks + 1
    assert len([m for m in slack.dms_to(PEOPLE.deputy) if "同時の送信" in m["text"]]) == 1
