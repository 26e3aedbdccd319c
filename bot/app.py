"""Wiring: build the Bolt app and the service context from settings. No behaviour lives here."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime

from slack_bolt import App

import handlers
from bot.jobs import ThreadJobs
from bot.logs import guard_records, hush_payload_loggers
from bot.metrics import ack_latency_middleware
from bot.playbooks import load_playbooks
from bot.preflight import load_directory  # UTF-8 (BOM or not) and CP932 files, folder and YAML mistakes explained
from bot.settings import Settings
from bot.slack import SlackGateway, make_client
from domain.directory import Directory
from domain.legal import Sector
from domain.playbooks import PlaybookSet
from services import work
from services.context import Config, Context, utc_now
from services.ports import InlineJobs, Jobs
from storage.db import make_engine, migrate

log = logging.getLogger(__name__)

#: Bolt's listener threads (Bolt's default is 5). They only ack, validate, persist and open
#: modals — never a set-up or a delivery — so each is busy for milliseconds; enough of them that
#: a burst of submissions never makes a slash command or a button wait for a free one.
LISTENER_THREADS = 32
#: Workers taking set-ups and deliveries from the database. Slack's per-method limits (most
#: set-up methods ~20 calls a minute) bound the throughput more than this does.
WORKERS = 8
#: Threads for short answers to the person who asked (ephemeral replies, Home tabs).
ANSWER_THREADS = 8

def quiet_payload_loggers() -> None:
    """No report text from any logger (``bot.logs``): payload loggers at WARNING, every record scrubbed."""
    hush_payload_loggers()
    guard_records()


@dataclass
class Bot:
    app: App
    ctx: Context
    jobs: ThreadJobs

    def close(self) -> None:
        """Stop taking post-ack work and wait for what is running (the sweep finds anything left)."""
        self.jobs.shutdown(wait=True)


def create_app(
    settings: Settings,
    *,
    directory: Directory | None = None,
    playbooks: PlaybookSet | None = None,
    clock: Callable[[], datetime] = utc_now,
    run_migrations: bool = True,
) -> Bot:
    """The Bolt app with every listener registered, and the context the sweep shares with it."""
    jobs = ThreadJobs(ANSWER_THREADS, workers=WORKERS)
    ctx = create_context(
        settings, directory=directory, playbooks=playbooks, clock=clock, run_migrations=run_migrations, jobs=jobs
    )
    assert isinstance(ctx.slack, SlackGateway)
    app = App(
        signing_secret=settings.slack_signing_secret or "",
        request_verification_enabled=bool(settings.slack_signing_secret),
        client=ctx.slack.client,
        process_before_response=False,
        token_verification_enabled=False,
        listener_executor=ThreadPoolExecutor(max_workers=LISTENER_THREADS, thread_name_prefix="leakbot-listener"),
        # A request no listener takes goes to the single error handler (a 400 or an ack), not a 404.
        raise_error_for_unhandled_request=True,
    )
    # Bolt's loggers copy the root level when the app creates them: hold them (and the app's own) again.
    hush_payload_loggers(app.logger.name)
    app.use(ack_latency_middleware)
    handlers.register(app, ctx)
    jobs.start(lambda: work.drain(ctx))
    return Bot(app, ctx, jobs)


def create_config(settings: Settings, *, directory: Directory | None = None, playbooks: PlaybookSet | None = None) -> Config:
    """The frozen configuration the use cases read, from the settings (the one place with defaults)."""
    return Config(
        directory=directory or load_directory(settings.leakbot_directory),
        language=settings.leakbot_language,
        tz=settings.tz,
        ack_timeout=settings.leakbot_ack_timeout,
        reminder_policy=settings.reminder_policy(),
        playbooks=playbooks or load_playbooks(settings.leakbot_playbooks),
        weekly_summary=settings.leakbot_weekly_summary,
        summary_channel=settings.leakbot_summary_channel,
        summary_min_count=settings.leakbot_summary_min_count,
        gdpr_scope=settings.leakbot_gdpr_scope,
        data_warning=settings.leakbot_data_warning,
        sector=Sector(settings.leakbot_sector),
    )


def create_context(
    settings: Settings,
    *,
    directory: Directory | None = None,
    playbooks: PlaybookSet | None = None,
    clock: Callable[[], datetime] = utc_now,
    run_migrations: bool = True,
    jobs: Jobs | None = None,
) -> Context:
    """The configuration and the ports: database, Slack adapter, clock, post-ack jobs (inline when
    not given, as the CLI and scripts want)."""
    quiet_payload_loggers()
    config = create_config(settings, directory=directory, playbooks=playbooks)
    engine = make_engine(settings.database_url)
    if run_migrations:
        migrate(engine)
    client = make_client(settings.slack_bot_token, settings.slack_api_url)
    return Context(
        config=config,
        engine=engine,
        slack=SlackGateway(client),
        clock=clock,
        jobs=jobs or InlineJobs(),
    )
