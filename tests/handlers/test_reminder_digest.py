"""Reminder floods on the worst day: one DM per assignee per sweep listing every task due (legal deadlines
first and marked), one escalation post per incident per sweep, and 500 due reminders decided in one sweep
with a number of SQL statements that does not grow with the reminders."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from sqlalchemy import event, func, select

from services import tasks as task_service
from storage.models import Delivery, Incident, Task
from tests.conftest import OFFICE_CHANNEL, PEOPLE, wait_until
from tests.handlers.test_tasks import reminded_task_ids, reminders_to, tasks

DAY = timedelta(days=1)
HOUR = timedelta(hours=1)
LEGAL_MARK = "法定期限"


def report_a_day_late(harness):
    now = harness.clock()
    harness.submit_report(discovered_at=int((now - DAY).timestamp()), occurred_at=int((now - 2 * DAY).timestamp()))
    return harness.incident()


def escalation_posts(slack, channel):
    return [m for m in slack.messages(channel) if m["text"].startswith(":rotating_light:")]


def lines_of(dm):
    return [b["text"]["text"] for b in dm["blocks"] if b["type"] == "section"][1:]


def test_six_overdue_tasks_make_one_dm_and_legal_deadlines_lead_it(harness, slack):
    incident = report_a_day_late(harness)
    harness.sweep()  # the tasks due around the report: one digest DM
    assert len(reminders_to(slack, PEOPLE.owner)) == 1
    # Six playbook tasks were due a day before the report; their first nags fall in one sweep.
    overdue = [t for t in tasks(harness) if t.due_at < incident.reported_at]
    assert len(overdue) == 6
    harness.clock.advance(6 * HOUR)
    harness.sweep()
    dms = reminders_to(slack, PEOPLE.owner)
    assert len(dms) == 2, "one DM for the six, not six"
    assert sorted(reminded_task_ids(slack, PEOPLE.owner)[-6:]) == sorted(t.id for t in overdue)
    assert all(":warning:" in line for line in lines_of(dms[-1])) and "6 件" in dms[-1]["text"]
    assert LEGAL_MARK not in dms[-1]["text"]
    # The day before the statutory (GDPR) deadlines: one DM again, the two legal tasks first and marked,
    # and the notification text says so.
    harness.clock.advance(DAY - 6 * HOUR)
    harness.sweep()
    dms = reminders_to(slack, PEOPLE.owner)
    assert len(dms) == 3
    digest = dms[-1]
    legal = [t for t in tasks(harness) if t.kind == "legal"]
    assert len(legal) == 2
    ids = reminded_task_ids(slack, PEOPLE.owner)[-len(lines_of(digest)):]
    assert sorted(ids[:2]) == sorted(t.id for t in legal) and len(ids) > 6
    assert [LEGAL_MARK in line for line in lines_of(digest)] == [True, True] + [False] * (len(ids) - 2)
    assert LEGAL_MARK in digest["text"] and all(t.title in digest["text"] for t in legal)
    # each task's own steps were consumed exactly as before: one step per task per sweep
    assert all(t.reminders_sent >= 1 for t in tasks(harness) if t.id in ids)


def test_escalations_of_one_sweep_are_one_channel_post(harness, slack):
    incident = report_a_day_late(harness)
    posts_per_sweep = []
    office_per_sweep = []
    for _ in range(5):
        before, office_before = len(escalation_posts(slack, incident.channel_id)), len(escalation_posts(slack, OFFICE_CHANNEL))
        harness.sweep()
        posts_per_sweep.append(len(escalation_posts(slack, incident.channel_id)) - before)
        office_per_sweep.append(len(escalation_posts(slack, OFFICE_CHANNEL)) - office_before)
        harness.clock.advance(DAY)
    escalated = [t for t in tasks(harness) if t.escalated_at is not None]
    assert len(escalated) >= 6
    assert max(posts_per_sweep) == 1 and sum(posts_per_sweep) < len(escalated)
    assert max(office_per_sweep) == 1  # the statutory ones, once, to the office too
    # every escalated task is named in a post, once; the legal ones lead theirs and are marked
    posts = escalation_posts(slack, incident.channel_id)
    named = Counter(t.id for t in escalated for p in posts if t.title in str(p["blocks"]))
    assert all(named[t.id] == 1 for t in escalated)
    legal_post = next(p for p in posts if LEGAL_MARK in p["text"])
    first_line = legal_post["blocks"][1]["text"]["text"]
    assert LEGAL_MARK in first_line
    # and the timeline keeps one entry per escalated task
    entries = [d["task"] for e, _a, d in harness.timeline(incident.id) if e == "task_escalated"]
    assert sorted(entries) == sorted(t.id for t in escalated)


def test_each_task_of_a_digest_keeps_its_own_buttons(harness, slack):
    report_a_day_late(harness)
    harness.sweep()
    digest = reminders_to(slack, PEOPLE.owner)[-1]
    first, second = reminded_task_ids(slack, PEOPLE.owner)[:2]
    harness.driver.block_action(PEOPLE.owner, "leak_task_done", str(second), block_id=f"task_{second}", message=digest)
    wait_until(lambda: any(t.id == second and t.status == "done" for t in tasks(harness)), message="done from digest")
    harness.driver.block_action(PEOPLE.owner, "leak_task_snooze_date", "2026-12-01", block_id=f"task_{first}", message=digest)
    wait_until(lambda: any(t.id == first and t.snoozed_until is not None for t in tasks(harness)), message="snoozed")
    others = [t for t in tasks(harness) if t.id not in (first, second)]
    assert all(t.status == "open" and t.snoozed_until is None for t in others)


def test_a_digest_whose_tasks_were_all_finished_is_not_sent(harness, slack):
    from domain.tasks import TaskStatus

    incident = report_a_day_late(harness)
    harness.stop_workers()  # the digests stay decided, not sent, until the sweep below
    harness.clock.advance(6 * HOUR)
    task_service.send_due_reminders(harness.ctx)  # decided, not yet sent
    for task in tasks(harness):
        task_service.finish(harness.ctx, task, incident, TaskStatus.DONE, user=PEOPLE.owner)
    harness.sweep()
    assert reminders_to(slack, PEOPLE.owner) == []


# --- 500 due reminders --------------------------------------------------------------------------


def fill_due(harness, n_incidents: int, per_incident: int) -> list[int]:
    """Open, fully mobilized incidents, each with tasks due now (assignees spread over five people)."""
    now = harness.clock()
    people = [PEOPLE.owner, PEOPLE.deputy, PEOPLE.office, PEOPLE.hr_owner, PEOPLE.hr_deputy]
    engine = harness.ctx.engine
    with engine.connect() as conn:
        first = conn.execute(select(func.coalesce(func.max(Incident.__table__.c.id), 0))).scalar_one()
    rows = []
    for i in range(first + 1, first + 1 + n_incidents):
        reported = now - 3 * DAY
        rows.append(dict(
            public_id=f"LEAK-2026-{i + 100:05d}", source_key=f"fill-{i}", year=2026, seq=i + 100, department_id="sales",
            event_type="loss", occurred_at=reported - HOUR, discovered_at=reported - HOUR, location="",
            data_categories=["name_contact"], people_count=10, encrypted="no", third_party="none", actions_taken="",
            description="", reporter_id=PEOPLE.reporter, reporter_hidden=False, severity="medium", language="ja",
            owner_id=PEOPLE.owner, deputy_id=PEOPLE.deputy, phase="investigation", reported_at=reported,
            acked_at=reported, acked_by=PEOPLE.owner, escalation_step=0, channel_id=f"CFILL{i:05d}",
            channel_name=f"leak-fill-{i}", people_resolved_at=reported, invited_at=reported, topic_set_at=reported,
            card_ts=f"1700000000.{i:06d}", task_list_ts=f"1700000001.{i:06d}", playbook_applied_at=reported,
            office_notice_ts=f"1700000002.{i:06d}", receipt_sent_at=reported, mobilized_at=reported, mobilize_attempts=0,
        ))
    with engine.begin() as conn:
        conn.execute(Incident.__table__.insert(), rows)
        ids = [r[0] for r in conn.execute(select(Incident.__table__.c.id).where(Incident.__table__.c.id > first))]
        task_rows = [
            dict(incident_id=incident_id, key=f"item{j}", title=f"対策 {incident_id}-{j}", notes="",
                 assignee=people[(k + j) % len(people)], due_at=now - 12 * HOUR, phase="containment", status="open",
                 kind="legal" if j == 0 and k % 10 == 0 else "ordinary", follow_up=False, created_by="leakbot",
                 created_at=now - 2 * DAY, updated_at=now - 2 * DAY, schedule_from=now - 2 * DAY, reminders_sent=0,
                 overdue_nags=0, next_remind_at=now - HOUR)
            for k, incident_id in enumerate(ids) for j in range(per_incident)
        ]
        conn.execute(Task.__table__.insert(), task_rows)
    return ids


class Statements:
    def __init__(self, engine):
        self.engine, self.count = engine, 0

    def _on(self, *args):
        self.count += 1

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._on)
        return self

    def __exit__(self, *exc):
        event.remove(self.engine, "before_cursor_execute", self._on)


def decide_counted(harness) -> tuple[int, int]:
    with Statements(harness.ctx.engine) as counter:
        recorded = task_service.send_due_reminders(harness.ctx)
    return recorded, counter.count


def test_500_due_reminders_are_decided_in_one_sweep_with_a_bounded_number_of_statements(harness):
    fill_due(harness, 10, 5)
    small, small_statements = decide_counted(harness)
    assert small == 50
    ids = fill_due(harness, 100, 5)
    engine = harness.ctx.engine
    with engine.connect() as conn:
        before = conn.execute(select(func.max(Delivery.__table__.c.id))).scalar_one()
    recorded, statements = decide_counted(harness)
    assert recorded == 500, "no per-sweep cap: every due reminder is decided now"
    assert statements <= small_statements + 1 and statements <= 10, (small_statements, statements)
    with engine.connect() as conn:
        t = Task.__table__
        still_due = conn.execute(select(func.count()).where(t.c.next_remind_at <= harness.clock())).scalar_one()
        assert still_due == 0
        d = Delivery.__table__
        made = conn.execute(select(d.c.kind, d.c.incident_id, d.c.recipient, d.c.params)
                            .where(d.c.id > before)).all()
    # each task's schedule advanced exactly as the domain decides for one task on its own
    from domain import reminders

    now = harness.clock()
    expected = reminders.next_reminder(due_at=now - 12 * HOUR, legal=False, created_at=now - 2 * DAY, sent=0,
                                       snoozed_until=None, now=now, policy=harness.ctx.config.reminder_policy)
    with engine.connect() as conn:
        states = set(conn.execute(select(t.c.reminders_sent, t.c.next_remind_at, t.c.overdue_nags)
                                  .where(t.c.incident_id.in_(ids), t.c.kind == "ordinary")).all())
    assert states == {(expected.consumed, expected.next_at, 0)}
    # the task list of each incident is refreshed once for the sweep, not once per reminder
    lists = Counter(row.incident_id for row in made if row.kind == "task_list")
    assert lists == Counter({i: 1 for i in ids})
    # one digest per assignee (pages of at most PAGE tasks), listing all 500 reminders once
    digests = [row for row in made if row.kind == "task_reminder_digest"]
    listed = Counter(entry[0] for row in digests for entry in row.params["tasks"])
    assert len(listed) == 500 and set(listed.values()) == {1}
    from prompts.reminders import PAGE

    per_person = Counter(row.recipient for row in digests)
    assert sum(per_person.values()) == 5 * -(-100 // PAGE)
    # a second sweep at the same moment decides nothing more
    assert decide_counted(harness)[0] == 0


def test_the_sweep_sends_every_due_digest_at_once(harness, slack):
    """Decided and sent in the same sweep: the outbox does not stop after a fixed number of rounds."""
    report_a_day_late(harness)
    harness.sweep()
    ids = fill_due(harness, 30, 5)
    harness.sweep()
    with harness.ctx.engine.connect() as conn:
        d = Delivery.__table__
        pending = conn.execute(select(func.count()).where(d.c.status == "pending", d.c.kind != "task_list")).scalar_one()
    assert pending == 0
    people = {PEOPLE.owner, PEOPLE.deputy, PEOPLE.office, PEOPLE.hr_owner, PEOPLE.hr_deputy}
    reminded = [task_id for person in people for task_id in reminded_task_ids(slack, person)]
    with harness.ctx.engine.connect() as conn:
        expected = {r[0] for r in conn.execute(select(Task.__table__.c.id).where(Task.__table__.c.incident_id.in_(ids)))}
    assert expected <= set(reminded)


def test_the_outbox_sends_until_nothing_is_due_bounded_by_time_not_rounds(harness, slack):
    from services import outbox

    (incident_id,) = fill_due(harness, 1, 1)
    with harness.ctx.engine.begin() as conn:
        task_id = conn.execute(select(Task.__table__.c.id).where(Task.__table__.c.incident_id == incident_id)).scalar_one()
        conn.execute(Delivery.__table__.insert(), [
            dict(dedupe_key=f"burst:{n}", kind="task_reminder", recipient=PEOPLE.owner, incident_id=incident_id,
                 params={"task": task_id, "step": "due", "nag": 0}, status="pending", attempts=0,
                 next_attempt_at=harness.clock(), created_at=harness.clock())
            for n in range(60)
        ])

    def pending():
        with harness.ctx.engine.connect() as conn:
            return conn.execute(select(func.count()).where(Delivery.__table__.c.status == "pending")).scalar_one()

    # no time left: one batch, the rest waits (a bound in time)
    assert outbox.deliver_all(harness.ctx, batch=2, budget=timedelta(0)) == 2
    assert pending() == 58
    # more than 20 rounds of 2 (the old fixed bound): everything goes out in one call
    assert outbox.deliver_all(harness.ctx, batch=2) == 58
    assert pending() == 0 and len(slack.dms_to(PEOPLE.owner)) == 60
