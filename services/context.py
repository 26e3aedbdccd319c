"""What every use case is given: the configuration (frozen, built once from the settings) and the
ports (database engine, Slack, clock, post-ack jobs)."""

from __future__ import annotations

import os
import socket
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine

from domain.directory import Directory
from domain.legal import Sector
from domain.playbooks import PlaybookSet
from domain.reminders import ReminderPolicy
from services.ports import Clock, InlineJobs, Jobs, Slack


def utc_now() -> datetime:
    return datetime.now(UTC)


def _worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class Config:
    """The organization's choices, as the use cases read them. Built once from ``bot.settings.Settings``
    (which holds the defaults); nothing here has a default of its own but the lease."""

    directory: Directory
    language: str
    tz: ZoneInfo
    ack_timeout: timedelta
    reminder_policy: ReminderPolicy
    playbooks: PlaybookSet
    #: Weekly summary: schedule text ("mon 09:00"), optional aggregate-only channel, minimum count.
    weekly_summary: str
    summary_channel: str | None
    summary_min_count: int
    #: "ask": GDPR possibly applies until answered per incident; "none": the organization has no EU
    #: establishment and does not target EU residents (the per-incident answer defaults to no).
    gdpr_scope: str
    #: Flag messages in incident channels that look like leaked data (LEAKBOT_DATA_WARNING).
    data_warning: bool
    #: The organisation's sector (LEAKBOT_SECTOR): financial institutions also report to the FSA /
    #: local finance bureau under their sector laws, whatever the APPI category.
    sector: Sector
    #: How long a claim on one unit of work (a set-up run, a delivery) lasts unless renewed: the
    #: worker running it renews it every third of this (``services.work.Heartbeat``), so a live
    #: worker keeps it however slow Slack is, and a dead replica's work is taken over this long
    #: after its last heartbeat.
    lease: timedelta = timedelta(seconds=30)

    def department_name(self, department_id: str) -> str:
        department = self.directory.department(department_id)
        return department.display_name(self.language) if department else department_id

    def department_names(self) -> dict[str, str]:
        return {d.id: d.display_name(self.language) for d in self.directory.departments}


@dataclass(frozen=True)
class Context:
    """The configuration and the ports one process shares between its listeners and its sweep."""

    config: Config
    engine: Engine
    slack: Slack
    clock: Clock = utc_now
    jobs: Jobs = field(default_factory=InlineJobs)
    #: Names this process (host, pid, a random tag): the prefix of every lease owner it uses.
    worker_id: str = field(default_factory=_worker_id)
    #: Per-process memo of facts already settled in the database (an optimization, never the authority).
    memo: dict = field(default_factory=dict)

    def now(self) -> datetime:
        return self.clock()

    @property
    def owner(self) -> str:
        """The lease owner of the calling thread: a lease belongs to one worker thread, not to the
        process, so two threads of one process never run the same unit of work at once."""
        return f"{self.worker_id}/t{threading.get_native_id()}"
