"""No report text in any log record from any logger, at any level: ours, Bolt's (including the
bad-signature log of ``slack_bolt.RequestVerification``), slack_sdk's, waitress', SQLAlchemy's
echo and exceptions, APScheduler's — through a full flow with bad signatures, listener errors,
database errors and Slack API errors."""

from __future__ import annotations

import logging
import time
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import text

from tests.conftest import PEOPLE, Harness, wait_until
from tests.handlers.test_second_report_phases import SECOND, open_modal
from tests.handlers.test_tasks import task_list_message

MARKERS = {
    "description": "XYZZY-DESCRIPTION",
    "location": "XYZZY-LOCATION",
    "actions_taken": "XYZZY-ACTIONS",
    "what_happened": "XYZZY-WHAT",
    "cause": "XYZZY-CAUSE",
    "title": "XYZZY-TASK",
}


class Everything(logging.Handler):
    """Every record that reaches the root logger, formatted the way an operator would read it."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))

    def emit(self, record):
        self.records.append(record)

    def text(self) -> str:
        return "\n".join(self.format(r) for r in self.records)


@pytest.fixture
def everything():
    root = logging.getLogger()
    handler, level = Everything(), root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)  # as an operator who asks for everything would
    for logger in logging.root.manager.loggerDict.values():
        if isinstance(logger, logging.Logger):
            logger.propagate = True
    yield handler
    root.removeHandler(handler)
    root.setLevel(level)


def test_no_report_text_reaches_any_log_record(everything, make_settings, slack, clock, monkeypatch):
    harness = Harness(make_settings(), slack, clock)  # created while the root logger is at DEBUG
    try:
        harness.ctx.engine.echo = True  # SQLAlchemy echo: statements logged, parameters hidden
        _full_flow(harness, slack, monkeypatch)
    finally:
        harness.close()
    logged = everything.text()
    leaked = sorted(m for m in MARKERS.values() if m in logged)
    assert leaked == [], [line for line in logged.splitlines() if any(m in line for m in leaked)][:5]
    # The test saw what it meant to see: records of each source were captured.
    names = {r.name for r in everything.records}
    assert any("withheld" in r.getMessage() for r in everything.records if r.name == "slack_bolt.RequestVerification")
    assert any(n.startswith("sqlalchemy.engine") for n in names)
    assert any(n.startswith("apscheduler") for n in names)
    assert any("error E" in r.getMessage() for r in everything.records)  # the listener error, by its code


def _until_mobilized(harness):
    """A post whose answer was a 500 is retried after its backoff (never blindly at once): let the
    fake clock pass and sweep until the set-up is done."""
    from datetime import timedelta

    for _ in range(20):
        if harness.mobilized():
            return
        harness.clock.advance(timedelta(minutes=2))
        harness.sweep()
    wait_until(harness.mobilized, timeout=30, message="mobilization")


def _full_flow(harness, slack, monkeypatch):
    driver = harness.driver
    # 1. Requests with bad signatures carrying report text. Bolt's verifier logs their whole body
    #    at INFO; let it, as it does whenever its logger was made while the root was at INFO.
    verifier = logging.getLogger("slack_bolt.RequestVerification")
    monkeypatch.setattr(verifier, "level", logging.DEBUG)
    body, headers = driver.build_submit_view(harness.open_report(), PEOPLE.reporter, harness.first_report_values(
        description=MARKERS["description"], location=MARKERS["location"], actions_taken=MARKERS["actions_taken"]))
    bad = dict(headers, **{"X-Slack-Signature": "v0=" + "0" * 64})
    assert httpx.post(f"{harness.url}/slack/events", content=body.encode(), headers=bad).status_code == 401
    assert driver.command("/leak-report", MARKERS["description"], user_id=PEOPLE.reporter,
                          sign_with="wrong").status_code == 401
    # 2. The report itself, while Slack fails now and then.
    slack.fail("chat.postMessage", status=500, error="internal_error", times=2)
    harness.submit_report(description=MARKERS["description"], location=MARKERS["location"],
                          actions_taken=MARKERS["actions_taken"], wait=False)
    _until_mobilized(harness)
    incident = harness.incident()
    # 3. A listener that raises with report text in the exception (before its ack).
    from services import incidents as incident_service

    view = open_modal(harness, slack, "leak_open_second_report", PEOPLE.reporter)
    original = incident_service.file_second_report

    def failing(ctx, incident, report, **kwargs):
        raise ValueError(f"could not store {report.what_happened} / {report.cause}")

    monkeypatch.setattr(incident_service, "file_second_report", failing)
    values = {**SECOND, "what_happened": MARKERS["what_happened"], "cause": MARKERS["cause"]}
    response = driver.submit_view(view["id"], PEOPLE.reporter, values)
    assert response.json()["response_action"] == "errors"
    monkeypatch.setattr(incident_service, "file_second_report", original)
    # 4. The same report saved, with echo on; then a database error whose parameters are report text.
    assert driver.submit_view(view["id"], PEOPLE.reporter, values).status_code == 200
    wait_until(lambda: "second_report" in [e for e, _, _ in harness.timeline(incident.id)], message="second report")
    from storage import repo

    def broken_insert(session, *args, **kwargs):
        session.execute(text("INSERT INTO no_such_table (x) VALUES (:x)"), {"x": MARKERS["title"]})

    original_add = repo.add_task_from_draft
    monkeypatch.setattr(repo, "add_task_from_draft", broken_insert)
    before = len(slack.calls_to("views.open"))
    harness.click(PEOPLE.owner, "leak_add_task", task_list_message(harness, slack))
    task_view = wait_until(lambda: slack.calls_to("views.open")[before:])[0].response["view"]
    driver.submit_view(task_view["id"], PEOPLE.owner, {
        "title": MARKERS["title"], "assignee": PEOPLE.deputy,
        "due_at": int((harness.clock() + timedelta(days=1)).timestamp()), "task_phase": "notification"})
    monkeypatch.setattr(repo, "add_task_from_draft", original_add)
    # 5. A post-ack failure and Slack refusing the answer.
    slack.fail("chat.postMessage", error="channel_not_found", times=3)
    harness.clock.advance(timedelta(minutes=31))
    harness.sweep()
    # 6. waitress and APScheduler report exceptions their own way.
    try:
        raise RuntimeError(f"serving failed on {MARKERS['description']}")
    except RuntimeError:
        logging.getLogger("waitress").exception("Exception while serving /slack/events")
    from bot import scheduler as scheduler_module

    def sweep_that_fails(ctx):
        raise RuntimeError(f"sweep saw {MARKERS['location']}")

    monkeypatch.setattr(scheduler_module, "sweep", sweep_that_fails)
    running = scheduler_module.start_scheduler(harness.ctx, harness.settings)
    time.sleep(0.5)
    running.shutdown(wait=True)
    harness.bot.jobs.wait_idle(timeout=10)


def test_socket_mode_logs_no_report_text_and_answers_a_replay_as_before(everything, make_settings, slack, clock,
                                                                       fake_socket_mode, monkeypatch):
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    harness = Harness(make_settings(), slack, clock)  # created while the root logger is at DEBUG
    # The Socket Mode client logs every envelope it receives at DEBUG, on the Bolt app's logger:
    # let it, as it does when that logger was made while the root logger was at DEBUG.
    monkeypatch.setattr(harness.bot.app.logger, "level", logging.DEBUG)

    handler = SocketModeHandler(harness.bot.app, "xapp-1-test", web_client=harness.bot.app.client, ping_interval=1)
    handler.connect()
    try:
        fake_socket_mode.wait_for_connection(timeout=10)
        driver = harness.driver
        fake_socket_mode.send_envelope("slash_commands", driver.command_payload("/leak-report", MARKERS["description"],
                                                                                user_id=PEOPLE.reporter))
        view_id = wait_until(lambda: slack.calls_to("views.open"), message="views.open")[-1].response["view"]["id"]
        submission = driver.view_submission_payload(view_id, PEOPLE.reporter, harness.first_report_values(
            description=MARKERS["description"], location=MARKERS["location"], actions_taken=MARKERS["actions_taken"]))
        first = fake_socket_mode.send_envelope("interactive", submission)
        _until_mobilized(harness)
        again = fake_socket_mode.send_envelope("interactive", submission)  # the same submission, delivered twice
        assert first["payload"] == again["payload"] and first["payload"]["response_action"] == "update"
        assert len(harness.incidents()) == 1
        harness.bot.jobs.wait_idle(timeout=10)
    finally:
        handler.close()
        harness.close()
    logged = everything.text()
    assert [m for m in MARKERS.values() if m in logged] == []
    assert any("withheld" in r.getMessage() for r in everything.records if r.name == harness.bot.app.logger.name)
