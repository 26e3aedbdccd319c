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

    @field_validator("leakbot_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown timezone {value!r} (use an IANA name such as Asia/Tokyo)") from exc
        return value

    @field_validator("leakbot_ack_timeout", "leakbot_sweep_interval", mode="before")
    @classmethod
    def _seconds_or_iso(cls, value: object) -> object:
        """Environment values are strings: ``"1800"`` means seconds; anything else goes to
        pydantic's ISO 8601 parser (``PT30M``)."""
        if isinstance(value, str) and re.fullmatch(r"\s*-?\d+(\.\d+)?\s*", value):
            return float(value)
        return value

    @field_validator("leakbot_ack_timeout", "leakbot_sweep_interval")
    @classmethod
    def _positive(cls, value: timedelta) -> timedelta:
        if value <= timedelta(0):
            raise ValueError("must be a positive duration")
        return value

    @field_validator("slack_api_url")
    @classmethod
    def _trailing_slash(cls, value: str) -> str:
        return value if value.endswith("/") else value + "/"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.leakbot_timezone)
