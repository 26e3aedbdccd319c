"""Settings from the environment or ``.env`` (names are fixed: deployment files depend on them)."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob of the bot. Durations accept seconds (``1800``) or ISO 8601 (``PT30M``)."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    slack_bot_token: str | None = None
    slack_signing_secret: str | None = None
    slack_app_token: str | None = None
    slack_api_url: str = "https://slack.com/api/"
    database_url: str = "sqlite:///leakbot.db"
    leakbot_directory: Path | None = None
    leakbot_language: Literal["ja", "en"] = "ja"
    leakbot_timezone: str = "Asia/Tokyo"
    leakbot_ack_timeout: timedelta = timedelta(minutes=30)
    leakbot_sweep_interval: timedelta = timedelta(seconds=60)
    leakbot_remind_before: timedelta = timedelta(days=1)
    leakbot_nag_interval: timedelta = timedelta(days=1)
    leakbot_escalate_after: int = 3
    leakbot_quiet_hours: str | None = None
    leakbot_business_days_only: bool = False
    leakbot_playbooks: Path | None = None
    leakbot_weekly_summary: str = "mon 09:00"
    leakbot_summary_channel: str | None = None
    leakbot_summary_min_count: int = 3
    leakbot_gdpr_scope: Literal["ask", "none"] = "ask"
    #: The organisation's sector (domain.legal Sector): "financial" adds the duty to report to the
    #: FSA / finance bureau; medical, telecom and other add caveats.
    leakbot_sector: Literal["general", "financial", "medical", "telecom", "other"] = "general"
    #: Socket Mode: serve /healthz, /readyz and /metrics on this port (HTTP mode serves them on its own port).
    leakbot_health_port: int | None = None
    #: ``text`` (one line per event) or ``json`` (one JSON object per line, for log collectors).
    leakbot_log_format: Literal["text", "json"] = "text"
    #: Bring the schema up to date at start (under a lock); ``false`` when a migration Job does it.
    leakbot_migrate_on_start: bool = True
    #: Flag messages in incident channels that look like leaked data (needs the groups:history scope).
    leakbot_data_warning: bool = True

    @field_validator("leakbot_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown timezone {value!r} (use an IANA name such as Asia/Tokyo)") from exc
        return value

    @field_validator(
        "leakbot_ack_timeout", "leakbot_sweep_interval", "leakbot_remind_before", "leakbot_nag_interval", mode="before"
    )
    @classmethod
    def _seconds_or_iso(cls, value: object) -> object:
        """Environment values are strings: ``"1800"`` means seconds; anything else goes to
        pydantic's ISO 8601 parser (``PT30M``)."""
        if isinstance(value, str) and re.fullmatch(r"\s*-?\d+(\.\d+)?\s*", value):
            return float(value)
        return value

    @field_validator("leakbot_quiet_hours")
    @classmethod
    def _quiet_hours(cls, value: str | None) -> str | None:
        from domain.reminders import parse_quiet_hours

        parse_quiet_hours(value)  # raises ValueError with a clear message
        return value

    @field_validator("leakbot_weekly_summary")
    @classmethod
    def _weekly(cls, value: str) -> str:
        from domain.summary import parse_weekly_schedule

        parse_weekly_schedule(value)
        return value

    @field_validator("leakbot_escalate_after", "leakbot_summary_min_count")
    @classmethod
    def _not_negative(cls, value: int) -> int:
        if value < 0:
            raise ValueError("must not be negative")
        return value

    @field_validator("leakbot_ack_timeout", "leakbot_sweep_interval", "leakbot_nag_interval")
    @classmethod
    def _positive(cls, value: timedelta) -> timedelta:
        if value <= timedelta(0):
            raise ValueError("must be a positive duration")
        return value

    @field_validator("leakbot_health_port")
    @classmethod
    def _port(cls, value: int | None) -> int | None:
        if value is not None and not 0 < value < 65536:
            raise ValueError("must be a port number between 1 and 65535")
        return value

    @field_validator("slack_api_url")
    @classmethod
    def _trailing_slash(cls, value: str) -> str:
        return value if value.endswith("/") else value + "/"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.leakbot_timezone)

    def reminder_policy(self):
        from domain.reminders import ReminderPolicy, parse_quiet_hours

        return ReminderPolicy(
            tz=self.tz,
            remind_before=self.leakbot_remind_before,
            nag_interval=self.leakbot_nag_interval,
            escalate_after=self.leakbot_escalate_after,
            quiet_hours=parse_quiet_hours(self.leakbot_quiet_hours),
            business_days_only=self.leakbot_business_days_only,
        )
