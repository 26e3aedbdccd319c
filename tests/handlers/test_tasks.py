"""Countermeasures with owners and dates, reminders until done, closing with follow-ups."""

from __future__ import annotations

import dataclasses
import threading
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from services.sweep import sweep
from storage.db import session
from storage.models import Task
from tests.conftest import PEOPLE, Harness, wait_until

DAY = timedelta(days=1)


def tasks(harness) -> list[Task]:
    with session(harness.ctx.engine) as s:
        return list(s.exec(select(Task).order_by(Task.id)).all())


def task_list_message(harness, slack):
    incident = harness.incident()
    return next(m for m in slack.messages(incident.channel_id) if m["ts"] == incident.task_list_ts)


REMINDER_MARKS = (":alarm_clock:", ":warning: 期限を過ぎています")


def reminders_to(slack, user, marker=""):
    """Reminder DMs (not the "you were assigned" notice)."""
    return [m for m in slack.dms_to(user) if m["text"].startswith(REMINDER_MARKS) and marker in m["text"]]


def reminded_task_ids(slack, user) -> list[int]:
    """The task of every reminder line in ``user``'s reminder DMs (single or digest), from the done buttons."""
    return [int(e["value"]) for m in reminders_to(slack, user) for b in m.get("blocks", []) if b["type"] == "actions"
            for e in b["elements"] if e.get("action_id") == "leak_task_done"]


def add_task(harness, slack, *, title="顧客への謝罪文を送付", assignee=PEOPLE.deputy, due=None, user=PEOPLE.owner):
    before = len(slack.calls_to("views.open"))
    harness.click(user, "leak_add_task", task_list_message(harness, slack))
    view = wait_until(lambda: slack.calls_to("views.open")[before:], message="task modal")[0].response["view"]
    due = due if due is not None else harness.clock() + 2 * DAY
    values = {"title": title, "assignee": assignee, "due_at": int(due.timestamp()), "task_phase": "notification"}
    return harness.driver.submit_view(view["id"], user, values)


def only_manual_tasks(harness):
    """Cancel the playbook's checklist so a test can follow one task's reminders alone."""
    from domain.tasks import TaskStatus
    from services import tasks as task_service

    incident = harness.incident()
    for task in tasks(harness):
        task_service.finish(harness.ctx, task, incident, TaskStatus.CANCELLED, user=PEOPLE.owner)


def test_playbook_checklist_is_added_and_listed_by_phase(harness, slack):
    harness.submit_report(event_type="misdelivery")
    incident = harness.incident()
    created = tasks(harness)
    assert len(created) >= 8
    assert {t.assignee for t in created} == {PEOPLE.owner}
    assert all(t.due_at >= incident.discovered_at for t in created)
    titles = " ".join(t.title for t in created)
    assert "削除" in titles  # misdelivery: ask the recipient to return/delete
    assert "証拠" in titles or "保全" in titles  # common: preserve evidence
    listing = task_list_message(harness, slack)
    assert "対策一覧 LEAK-2026-0001" in str(listing["blocks"])
    assert "初動対応・封じ込め" in str(listing["blocks"])


def test_add_task_validates_and_a_past_due_task_is_overdue_at_once(harness, slack):
    harness.submit_report()
    body = add_task(harness, slack, title="   ").json()
    assert body == {"response_action": "errors", "errors": {"title": "入力してください。"}}
    listing_ts = harness.incident().task_list_ts
    response = add_task(harness, slack, title="過去分の記録", due=harness.clock() - DAY)
    assert response.status_code == 200
    task = next(t for t in tasks(harness) if t.title == "過去分の記録")
    assert task.assignee == PEOPLE.deputy and task.due_at < harness.clock()
    wait_until(lambda: "過去分の記録" in str(task_list_message(harness, slack)["blocks"]), message="list refresh")
    listing = task_list_message(harness, slack)
    assert listing["ts"] == listing_ts  # updated in place, not reposted
    line = next(b for b in listing["blocks"] if "過去分の記録" in str(b))
    assert "期限超過" in str(line)
    wait_until(lambda: any("過去分の記録" in m["text"] for m in slack.dms_to(PEOPLE.deputy)), message="assignee told")
    assert ("task_created", PEOPLE.owner) in [(e, a) for e, a, _ in harness.timeline(harness.incident().id)]


def test_reminders_before_at_due_and_nags_until_done(harness, slack):
    harness.submit_report()
    only_manual_tasks(harness)
    add_task(harness, slack, title="宛先に削除を依頼", due=harness.clock() + 3 * DAY)
    harness.sweep()
    assert reminders_to(slack, PEOPLE.deputy) == []
    harness.clock.advance(2 * DAY)  # one day before
    harness.sweep()
    harness.sweep()
    assert len(reminders_to(slack, PEOPLE.deputy)) == 1
    harness.clock.advance(DAY)  # due
    harness.sweep()
    assert len(reminders_to(slack, PEOPLE.deputy)) == 2
    for n in range(1, 3):
        harness.clock.advance(DAY)
        harness.sweep()
        assert len(reminders_to(slack, PEOPLE.deputy)) == 2 + n
    assert "2回目の催促" in reminders_to(slack, PEOPLE.deputy)[-1]["text"]
    # Done from the DM stops everything.
    harness.click(PEOPLE.deputy, "leak_task_done", reminders_to(slack, PEOPLE.deputy)[-1])
    wait_until(lambda: any(t.status == "done" for t in tasks(harness)), message="done")
    harness.clock.advance(5 * DAY)
    harness.sweep()
    assert len(reminders_to(slack, PEOPLE.deputy)) == 4


def test_snooze_and_reassign_from_the_dm(harness, slack):
    harness.submit_report()
    only_manual_tasks(harness)
    add_task(harness, slack, title="再発防止策の起案", due=harness.clock() + DAY / 2)
    harness.clock.advance(DAY / 2)
    harness.sweep()
    dm = reminders_to(slack, PEOPLE.deputy)[-1]
    harness.click(PEOPLE.deputy, "leak_task_snooze", dm)
    wait_until(lambda: tasks(harness)[-1].snoozed_until is not None, message="snooze")
    harness.clock.advance(DAY - timedelta(minutes=1))
    harness.sweep()
    assert len(reminders_to(slack, PEOPLE.deputy)) == 1  # still quiet
    harness.clock.advance(timedelta(minutes=1))
    harness.sweep()
    assert len(reminders_to(slack, PEOPLE.deputy)) == 2
    # Reassign to the owner through the modal; the next nag goes to the owner.
    before = len(slack.calls_to("views.open"))
    harness.click(PEOPLE.owner, "leak_task_reassign", reminders_to(slack, PEOPLE.deputy)[-1])
    view = wait_until(lambda: slack.calls_to("views.open")[before:], message="reassign modal")[0].response["view"]
    harness.driver.submit_view(view["id"], PEOPLE.owner, {"assignee": PEOPLE.hr_owner})
    wait_until(lambda: tasks(harness)[-1].assignee == PEOPLE.hr_owner, message="reassigned")
    harness.clock.advance(DAY)
    harness.sweep()
    assert len(reminders_to(slack, PEOPLE.hr_owner)) >= 1


def test_escalation_to_owner_and_deputy_after_n_overdue_nags(harness, slack):
    harness.submit_report()
    only_manual_tasks(harness)
    add_task(harness, slack, title="フォレンジック業者へ連絡", assignee=PEOPLE.office, due=harness.clock() + timedelta(hours=1))
    incident = harness.incident()
    harness.clock.advance(timedelta(hours=1))
    harness.sweep()  # due
    for _ in range(2):
        harness.clock.advance(DAY)
        harness.sweep()
    escalations = [m for m in slack.messages(incident.channel_id) if "回催促しても" in m["text"]]
    assert escalations == []
    harness.clock.advance(DAY)
    harness.sweep()  # third overdue nag
    harness.clock.advance(DAY)
    harness.sweep()
    escalations = [m for m in slack.messages(incident.channel_id) if "回催促しても" in m["text"]]
    assert len(escalations) == 1
    assert f"<@{PEOPLE.owner}>" in escalations[0]["text"] and f"<@{PEOPLE.deputy}>" in escalations[0]["text"]


def test_quiet_hours_defer_ordinary_reminders(make_settings, slack, clock):
    h = Harness(make_settings(leakbot_quiet_hours="20:00-08:00"), slack, clock)
    try:
        h.submit_report()
        only_manual_tasks(h)
        due = clock().replace(hour=13, minute=0) + DAY  # 22:00 JST tomorrow
        add_task(h, slack, title="夜間の期限", due=due)
        clock.advance(due - clock())
        h.sweep()
        assert [m for m in reminders_to(slack, PEOPLE.deputy) if "期限になりました" in m["text"]] == []
        clock.advance(timedelta(hours=10))  # 08:00 JST
        h.sweep()
        assert len([m for m in reminders_to(slack, PEOPLE.deputy) if "期限" in m["text"]]) >= 1
    finally:
        h.close()


def test_close_requires_tasks_handled_and_follow_ups_keep_reminding(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    from tests.handlers.test_recurrence import approve_statement

    approve_statement(harness, slack)
    before = len(slack.calls_to("views.open"))
    harness.press("leak_open_phase_change", PEOPLE.owner, incident.public_id)
    view = wait_until(lambda: slack.calls_to("views.open")[before:], message="phase modal")[0].response["view"]
    assert "未完了の対策" in str(view["blocks"])
    values = {"phase": "closed"}
    body = harness.driver.submit_view(view["id"], PEOPLE.owner, values).json()
    assert body["response_action"] == "errors" and "carry_over" in body["errors"]
    assert harness.incident().closed_at is None
    response = harness.driver.submit_view(view["id"], PEOPLE.owner, {**values, "carry_over": ["yes"]})
    assert response.status_code == 200
    wait_until(lambda: harness.incident().closed_at is not None, message="closed")
    follow_ups = [t for t in tasks(harness) if t.status == "open"]
    assert follow_ups and all(t.follow_up for t in follow_ups)
    harness.clock.advance(60 * DAY)
    harness.sweep()
    assert reminders_to(slack, PEOPLE.owner)  # follow-ups still nag their assignee
    # Escalation of the unacknowledged incident stopped with the close.
    assert not [m for m in slack.dms_to(PEOPLE.exec1) if "エスカレーション" in m["text"]]


def test_closing_stops_reminders_of_everything_not_carried_over(harness, slack):
    harness.submit_report()
    only_manual_tasks(harness)
    from domain.access import Viewer
    from domain.phases import Closure, Phase
    from services import incidents as incident_service

    incident = harness.incident()
    from tests.handlers.test_recurrence import approve_statement

    # The approved plan's one measure is the office's follow-up, not the owner's.
    approve_statement(
        harness, slack, planned_1_assignee=PEOPLE.office, planned_2_title=None, planned_2_assignee=None, planned_2_due=None
    )
    incident_service.change_phase(
        harness.ctx, incident, user=PEOPLE.owner, target=Phase.CLOSED, closure=Closure("a", "b"), viewer=Viewer(PEOPLE.owner)
    )
    harness.clock.advance(60 * DAY)
    harness.sweep()
    assert reminders_to(slack, PEOPLE.owner) == []


def test_reminders_survive_a_restart_and_are_not_repeated(make_settings, slack, clock):
    first = Harness(make_settings(), slack, clock)
    first.submit_report()
    only_manual_tasks(first)
    add_task(first, slack, title="再起動をまたぐ", due=clock() + DAY)
    clock.advance(DAY)
    first.sweep()
    first.close()
    second = Harness(make_settings(), slack, clock)
    try:
        second.sweep()
        assert len(reminders_to(slack, PEOPLE.deputy, "再起動をまたぐ")) == 1
        clock.advance(DAY)
        second.sweep()
        assert len(reminders_to(slack, PEOPLE.deputy, "再起動をまたぐ")) == 2
    finally:
        second.close()


def test_racing_sweepers_send_each_reminder_once(harness, slack):
    for _ in range(2):
        harness.submit_report()
    harness.clock.advance(3 * DAY)
    replicas = [dataclasses.replace(harness.ctx, worker_id=f"replica-{n}") for n in range(4)]
    barrier = threading.Barrier(len(replicas))

    def run(ctx):
        barrier.wait()
        sweep(ctx)

    threads = [threading.Thread(target=run, args=(c,)) for c in replicas]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for c in replicas:
        sweep(c)
    open_tasks = [t for t in tasks(harness) if t.status == "open"]
    dms = reminders_to(slack, PEOPLE.owner)
    # one reminder per task for this sweep moment (the latest due step), never two
    reminded = reminded_task_ids(slack, PEOPLE.owner)
    assert sorted(reminded) == sorted(t.id for t in open_tasks if t.reminders_sent > 0)
    assert len({m["ts"] for m in dms}) == len(dms)


def test_app_home_shows_my_tasks_and_done_from_home(harness, slack):
    harness.submit_report()
    response = harness.driver.event({"type": "app_home_opened", "user": PEOPLE.owner, "channel": "D1", "tab": "home"})
    assert response.status_code == 200
    home = wait_until(lambda: slack.home(PEOPLE.owner), message="home published")
    assert "自分の未完了の対策" in str(home) and "LEAK-2026-0001" in str(home)
    office = harness.driver.event({"type": "app_home_opened", "user": PEOPLE.office, "channel": "D2", "tab": "home"})
    assert office.status_code == 200
    assert "すべての未終結の事案" in str(wait_until(lambda: slack.home(PEOPLE.office), message="office home"))
    home = slack.home(PEOPLE.owner)
    done_button = next(e for b in home["blocks"] if b["type"] == "actions" for e in b["elements"] if e["action_id"] == "leak_task_done")
    harness.driver.block_action(PEOPLE.owner, "leak_task_done", done_button["value"], view=home)
    wait_until(lambda: any(t.id == int(done_button["value"]) and t.status == "done" for t in tasks(harness)), message="done from home")
    # The Home tab is republished without the finished task.
    def done_values():
        return [e["value"] for b in slack.home(PEOPLE.owner)["blocks"] if b["type"] == "actions" for e in b["elements"]
                if e["action_id"] == "leak_task_done"]

    wait_until(lambda: done_button["value"] not in done_values(), message="home refreshed")


def test_snooze_to_a_chosen_date_and_a_past_date_is_refused(harness, slack):
    harness.submit_report()
    only_manual_tasks(harness)
    add_task(harness, slack, title="日付指定で再通知", due=harness.clock() + timedelta(hours=1))
    harness.clock.advance(timedelta(hours=1))
    harness.sweep()
    dm = reminders_to(slack, PEOPLE.deputy, "日付指定で再通知")[-1]
    before = len(harness.answers(PEOPLE.deputy))
    harness.driver.block_action(PEOPLE.deputy, "leak_task_snooze_date", "2026-11-01", message=dm)
    assert "未来の日付" in harness.next_answer(PEOPLE.deputy, before)["text"]
    assert tasks(harness)[-1].snoozed_until is None
    harness.driver.block_action(PEOPLE.deputy, "leak_task_snooze_date", "2026-11-27", message=dm)
    wait_until(lambda: tasks(harness)[-1].snoozed_until is not None, message="snoozed to a date")
    # 2026-11-27 09:00 in Tokyo: nothing before, one reminder then.
    harness.clock.advance(datetime(2026, 11, 27, 0, 0, tzinfo=UTC) - harness.clock() - timedelta(minutes=1))
    harness.sweep()
    assert len(reminders_to(slack, PEOPLE.deputy, "日付指定で再通知")) == 1
    harness.clock.advance(timedelta(minutes=1))
    harness.sweep()
    assert len(reminders_to(slack, PEOPLE.deputy, "日付指定で再通知")) == 2


def test_a_finished_task_answers_already_done_to_anyone_who_clicks_it(harness, slack):
    harness.submit_report()
    only_manual_tasks(harness)
    add_task(harness, slack, title="終わった対策", due=harness.clock() + timedelta(hours=1))
    harness.clock.advance(timedelta(hours=1))
    harness.sweep()
    dm = reminders_to(slack, PEOPLE.deputy, "終わった対策")[-1]
    before = len(harness.answers(PEOPLE.deputy))
    harness.click(PEOPLE.deputy, "leak_task_done", dm)
    wait_until(lambda: tasks(harness)[-1].status == "done", message="done")
    assert "完了にしました" in harness.next_answer(PEOPLE.deputy, before)["text"]
    # Done again, snooze, a snooze date, or the reassign form: the same answer, and nothing
    # changes. Someone who may not see the incident learns nothing about the task: the refusal
    # they get is the one for a task that does not exist.
    for user, action, value, expected in (
        (PEOPLE.deputy, "leak_task_done", None, "すでに完了または中止"),
        (PEOPLE.deputy, "leak_task_snooze", None, "すでに完了または中止"),
        (PEOPLE.deputy, "leak_task_snooze_date", "2026-12-01", "すでに完了または中止"),
        (PEOPLE.owner, "leak_task_reassign", None, "すでに完了または中止"),
        (PEOPLE.outsider, "leak_task_done", None, "この対策を変更できるのは"),
    ):
        before = len(harness.answers(user))
        if value is None:
            harness.click(user, action, dm)
        else:
            harness.driver.block_action(user, action, value, message=dm)
        assert expected in harness.next_answer(user, before)["text"], (user, action)
    task = tasks(harness)[-1]
    assert task.status == "done" and task.snoozed_until is None and task.assignee == PEOPLE.deputy
