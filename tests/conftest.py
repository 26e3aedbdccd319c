"""Shared fixtures: a database per test (SQLite, and PostgreSQL when LEAKBOT_TEST_DATABASE_URL is
set), the fake Slack, and a harness running the real app over HTTP with a controllable clock."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers the tables)
from storage.db import make_engine, migrate

pytest_plugins = ["tests.fakeslack.fixtures"]

PG_URL = os.environ.get("LEAKBOT_TEST_DATABASE_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])
#: Every table, emptied between PostgreSQL tests (derived, so a new table cannot be forgotten).
TABLES = [table.name for table in SQLModel.metadata.sorted_tables]

_pg_ready = False


def _reset_postgres(url: str) -> None:
    """Fresh schema once per run (migrations tested from zero), then empty tables per test."""
    global _pg_ready
    engine = make_engine(url)
    with engine.begin() as conn:
        if not _pg_ready:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    if not _pg_ready:
        migrate(engine)
        _pg_ready = True
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request, tmp_path) -> str:
    if request.param == "postgresql":
        _reset_postgres(PG_URL)
        return PG_URL
    return f"sqlite:///{tmp_path / 'leakbot.db'}"


class FakeClock:
    """Time as the test says it is. Nothing in the bot reads the real clock for decisions."""

    def __init__(self, start: datetime):
        self._now = start
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, delta: timedelta) -> None:
        with self._lock:
            self._now += delta


def wait_until(condition: Callable[[], object], timeout: float = 10.0, message: str = "condition") -> object:
    """Wait for work the app does after its ack (in Bolt's worker threads). Bounded; polls."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {message}")


@dataclass
class People:
    reporter: str = "UREPORTER"
    owner: str = "UOWNER"
    deputy: str = "UDEPUTY"
    exec1: str = "UEXEC1"
    exec2: str = "UEXEC2"
    office: str = "UOFFICE"
    outsider: str = "UOUTSIDER"
    hr_owner: str = "UHROWNER"
    hr_deputy: str = "UHRDEPUTY"
    desk: str = "UDESK"
    desk2: str = "UDESK2"


PEOPLE = People()
OFFICE_CHANNEL = "C0FFICE"
START = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)  # 10:00 in Tokyo
SIGNING_SECRET = "test-signing-secret"

DIRECTORY = {
    "office_channel": OFFICE_CHANNEL,
    "executives": [PEOPLE.exec1, "exec2@example.com"],
    "departments": [
        {"id": "sales", "name": {"ja": "営業部", "en": "Sales"}, "owner": PEOPLE.owner, "deputy": "deputy@example.com"},
        {"id": "hr", "name": {"ja": "人事部", "en": "HR"}, "owner": PEOPLE.hr_owner, "deputy": PEOPLE.hr_deputy},
    ],
    "desk": [PEOPLE.desk, "desk2@example.com"],
}


def populate(fake) -> None:
    for user_id, email in [
        (PEOPLE.reporter, "reporter@example.com"),
        (PEOPLE.owner, "owner@example.com"),
        (PEOPLE.deputy, "deputy@example.com"),
        (PEOPLE.exec1, "exec1@example.com"),
        (PEOPLE.exec2, "exec2@example.com"),
        (PEOPLE.office, "office@example.com"),
        (PEOPLE.outsider, "outsider@example.com"),
        (PEOPLE.hr_owner, "hrowner@example.com"),
        (PEOPLE.hr_deputy, "hrdeputy@example.com"),
        (PEOPLE.desk, "desk@example.com"),
        (PEOPLE.desk2, "desk2@example.com"),
    ]:
        fake.add_user(user_id, email=email)
    fake.add_channel(OFFICE_CHANNEL, "privacy-office", is_private=True, members=[fake.bot_user_id, PEOPLE.office])


@pytest.fixture
def slack(fake_slack):
    populate(fake_slack)
    return fake_slack


@pytest.fixture
def make_settings(slack, database_url):
    from bot.settings import Settings

    def build(**overrides):
        values = dict(
            slack_bot_token="xoxb-test-token",
            slack_signing_secret=SIGNING_SECRET,
            slack_api_url=slack.url,
            database_url=database_url,
            leakbot_language="ja",
            leakbot_timezone="Asia/Tokyo",
            leakbot_ack_timeout=timedelta(minutes=30),
        )
        values.update(overrides)
        return Settings(_env_file=None, **values)

    return build


class Harness:
    """The real app, served over HTTP by waitress, talking to the fake Slack."""

    def __init__(self, settings, slack, clock: FakeClock, *, pacing: bool = False):
        from waitress.server import create_server

        from bot.app import create_app
        from bot.web import wsgi_app
        from domain.directory import parse_directory
        from tests.fakeslack import SlackDriver

        self.settings, self.slack, self.clock = settings, slack, clock
        self.bot = create_app(settings, directory=parse_directory(DIRECTORY), clock=clock)
        self.ctx = self.bot.ctx
        # The fake clock replays days in seconds: pacing below Slack's tiers would make the tests sleep
        # for real (it has its own tests, tests/bot/test_slack_adapter.py). 429 pauses still apply.
        self.ctx.slack.throttle.pacing = pacing
        self.server = create_server(wsgi_app(self.bot.app), host="127.0.0.1", port=0, threads=4, asyncore_loop_timeout=0.05)
        self.url = f"http://127.0.0.1:{self.server.effective_port}"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()
        self.driver = SlackDriver(f"{self.url}/slack/events", SIGNING_SECRET, slack)

    def _serve(self) -> None:
        try:
            self.server.run()
        except OSError:  # the listening socket was closed under select(): normal shutdown
            pass

    def close(self) -> None:
        self.server.task_dispatcher.shutdown()
        # Close every dispatcher (listener, wake-up pipe, connections) so the loop's map empties.
        for dispatcher in list(self.server._map.values()):  # noqa: SLF001 - waitress has no public stop
            dispatcher.close()
        self.thread.join(timeout=5)
        assert not self.thread.is_alive(), "HTTP server did not stop"
        self.bot.app.listener_runner.listener_executor.shutdown(wait=True)
        self.bot.close()
        self.ctx.engine.dispose()

    # --- conveniences for tests -------------------------------------------------------------

    def stop_workers(self) -> None:
        """For a test that drives the outbox by hand: no worker sends anything behind its back."""
        self.bot.jobs.stop_workers()

    def sweep(self) -> None:
        """One sweep, then until the workers are idle (one of them may have taken part of it)."""
        from services.sweep import sweep

        sweep(self.ctx)
        assert self.bot.jobs.wait_idle(timeout=10)

    def open_report(self, text: str = "", user: str = PEOPLE.reporter) -> str:
        """Run /leak-report and return the ID of the modal it opened."""
        before = len(self.slack.calls_to("views.open"))
        response = self.driver.command("/leak-report", text, user_id=user)
        assert response.status_code == 200
        calls = wait_until(lambda: self.slack.calls_to("views.open")[before:], message="views.open")
        return calls[0].response["view"]["id"]

    def first_report_values(self, **overrides) -> dict:
        now = self.clock()
        values = {
            "department": "sales",
            "event_type": "loss",
            "discovered_at": int((now - timedelta(hours=1)).timestamp()),
            "occurred_at": int((now - timedelta(hours=3)).timestamp()),
            "location": "渋谷駅",
            "data_categories": ["name_contact"],
            "people_count": "120",
            "encrypted": "no",
            "third_party": "none",
            "description": "顧客名簿を入れたノートPCを電車に置き忘れた",
            "actions_taken": "遺失届を提出",
        }
        values.update(overrides)
        return {k: v for k, v in values.items() if v is not None}

    def submit_report(self, user: str = PEOPLE.reporter, wait: bool = True, **overrides):
        view_id = self.open_report(user=user)
        response = self.driver.submit_view(view_id, user, self.first_report_values(**overrides))
        if wait and response.status_code == 200 and response.json().get("response_action") == "update":
            wait_until(self.mobilized, message="mobilization")
        return response

    def incidents(self):
        from sqlmodel import select

        from storage.db import session
        from storage.models import Incident

        with session(self.ctx.engine) as s:
            return list(s.exec(select(Incident).order_by(Incident.id)).all())

    def incident(self, index: int = -1):
        return self.incidents()[index]

    def mobilized(self) -> bool:
        rows = self.incidents()
        return bool(rows) and all(r.mobilized_at is not None for r in rows)

    def timeline(self, incident_id: int):
        from storage import repo
        from storage.db import session

        with session(self.ctx.engine) as s:
            return [(e.event, e.actor, e.data) for e in repo.timeline(s, incident_id)]

    def press(self, action_id: str, user: str, incident_public_id: str, *, message: dict | None = None):
        """Click a button on the incident card (or on ``message``, e.g. a DM) as ``user``."""
        if message is None:
            incident = next(i for i in self.incidents() if i.public_id == incident_public_id)
            return self.driver.block_action(
                user, action_id, incident_public_id, channel_id=incident.channel_id, message_ts=incident.card_ts
            )
        return self.driver.block_action(user, action_id, incident_public_id, message=message)

    def click(self, user: str, action_id: str, message: dict):
        """Click the element ``action_id`` of ``message`` (its value comes from the element)."""
        return self.driver.block_action(user, action_id, None, message=message)

    def answers(self, user: str) -> list[dict]:
        """Ephemeral answers the bot gave ``user`` (response_url posts and chat.postEphemeral)."""
        return self.slack.ephemerals(user=user)

    def next_answer(self, user: str, before: int) -> dict:
        return wait_until(lambda: self.answers(user)[before:], message=f"an answer to {user}")[0]

    def status(self, user: str, text: str = "", channel: str = "C-GENERAL") -> dict:
        """``/leak-status`` as ``user``; returns the ephemeral answer."""
        before = len(self.answers(user))
        response = self.driver.command("/leak-status", text, user_id=user, channel_id=channel)
        assert response.status_code == 200
        return self.next_answer(user, before)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def harness(make_settings, slack, clock) -> Iterator[Harness]:
    h = Harness(make_settings(), slack, clock)
    yield h
    h.close()
