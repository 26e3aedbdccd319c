"""What every service needs, bundled once at start-up and handed to handlers and the sweep."""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine

from bot.slack import SlackGateway
from domain.directory import Directory
from domain.playbooks import PlaybookSet
from domain.reminders import ReminderPolicy


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass
class Context:
    engine: Engine
    slack: SlackGateway
    directory: Directory
    language: str
    tz: ZoneInfo
    ack_timeout: timedelta
    reminder_policy: ReminderPolicy
    playbooks: PlaybookSet
    #: Weekly summary: schedule text ("mon 09:00"), optional aggregate-only channel, minimum count.
    weekly_summary: str = "mon 09:00"
    summary_channel: str | None = None
    summary_min_count: int = 3
    #: "ask": GDPR possibly applies until answered per incident; "none": the organization has no EU
    #: establishment and does not target EU residents (the per-incident answer defaults to no).
    gdpr_scope: str = "ask"
    #: Flag messages in incident channels that look like leaked data (LEAKBOT_DATA_WARNING).
    data_warning: bool = True
    clock: Callable[[], datetime] = utc_now
    #: Names this process in leases, so a replica can tell its own claims from another's.
    worker_id: str = field(default_factory=_worker_id)
    #: How long a claim on work (a mobilization, a delivery) lasts before another worker may take it.
    lease: timedelta = timedelta(minutes=2)
    #: Per-process memo of facts already settled in the database (an optimization, never the authority).
    memo: dict = field(default_factory=dict)

    def now(self) -> datetime:
        return self.clock()

    def department_name(self, department_id: str) -> str:
        department = self.directory.department(department_id)
        return department.display_name(self.language) if department else department_id

    def executives(self) -> list[str]:
        """Executives as Slack user IDs (e-mails resolved; unknown people skipped)."""
        return [uid for ref in self.directory.executives if (uid := self.slack.resolve_person(ref))]
