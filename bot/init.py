"""``leakbot init``: the first files an organization needs, written from a few answers.

- ``.env`` with the tokens for the chosen mode (blank where not yet known) and the usual settings;
- a directory skeleton: the office channel, the executives and one department, people by e-mail
  (resolved to Slack user IDs when a working bot token is given, the e-mail kept as a comment);
- the Slack app manifest for the mode: Socket Mode, or HTTP with the public URL in every place
  Slack sends requests to (every slash command, event subscriptions, interactivity).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

#: The manifest kept with the deployment files of the repository.
MANIFEST_SOURCE = Path(__file__).resolve().parents[1] / "deploy" / "manifest.yaml"
EVENTS_PATH = "/slack/events"


@dataclass
class Answers:
    mode: str = "socket"
    url: str | None = None
    bot_token: str = ""
    app_token: str = ""
    signing_secret: str = ""
    office_channel: str = ""
    executives: list[str] = field(default_factory=list)
    owner: str = ""
    deputy: str = ""
    language: str = "ja"


def request_url(base: str) -> str:
    return base.rstrip("/") + EVENTS_PATH


def manifest_for(answers: Answers, source: Path = MANIFEST_SOURCE) -> dict:
    """The shipped manifest switched to the chosen mode."""
    manifest = yaml.safe_load(source.read_text(encoding="utf-8"))
    settings = manifest.setdefault("settings", {})
    commands = manifest.get("features", {}).get("slash_commands", [])
    if answers.mode == "http":
        url = request_url(answers.url or "")
        for command in commands:
            command["url"] = url
        settings.setdefault("event_subscriptions", {})["request_url"] = url
        settings.setdefault("interactivity", {"is_enabled": True})["request_url"] = url
        settings["socket_mode_enabled"] = False
    else:
        for command in commands:
            command.pop("url", None)
        settings.get("event_subscriptions", {}).pop("request_url", None)
        settings.get("interactivity", {}).pop("request_url", None)
        settings["socket_mode_enabled"] = True
    return manifest


def env_text(answers: Answers, directory_name: str) -> str:
    lines = [
        "# leakbot settings (written by `leakbot init`). Every setting is described in the README.",
        f"SLACK_BOT_TOKEN={answers.bot_token}",
    ]
    if answers.mode == "http":
        lines.append(f"SLACK_SIGNING_SECRET={answers.signing_secret}")
    else:
        lines.append(f"SLACK_APP_TOKEN={answers.app_token}")
    lines += [
        f"LEAKBOT_DIRECTORY={directory_name}",
        "DATABASE_URL=sqlite:///leakbot.db",
        f"LEAKBOT_LANGUAGE={answers.language}",
        "LEAKBOT_TIMEZONE=Asia/Tokyo",
        "# LEAKBOT_HEALTH_PORT=8080        # Socket Mode: /healthz, /readyz, /metrics on this port",
        "# LEAKBOT_LOG_FORMAT=json",
        "# LEAKBOT_DATA_WARNING=false      # no pasted-data warning (then drop groups:history from the manifest)",
    ]
    return "\n".join(lines) + "\n"


def _person_line(ref: str, resolve: Callable[[str], str | None]) -> str:
    user_id = resolve(ref) if "@" in ref else None
    return f"{user_id}  # {ref}" if user_id else ref


def directory_text(answers: Answers, resolve: Callable[[str], str | None]) -> str:
    executives = answers.executives or ["ciso@example.com"]
    lines = [
        "# leakbot directory (LEAKBOT_DIRECTORY). A person is a Slack user ID (U…) or an e-mail address.",
        "# Check it with `leakbot check`.",
        "",
        "# The privacy office (事務局) channel: its members are the office. Invite the bot to it.",
        f"office_channel: {answers.office_channel or 'C0123456789'}",
        "",
        "# 担当役員 / executives: DMed when an incident is not acknowledged in time.",
        "executives:",
        *(f"  - {_person_line(e, resolve)}" for e in executives),
        "",
        "# 情報管理責任者 (owner) and deputy of every department. Add one entry per department.",
        "departments:",
        "  - id: general",
        "    name: {ja: 総務部, en: General Affairs}",
        f"    owner: {_person_line(answers.owner or 'owner@example.com', resolve)}",
        f"    deputy: {_person_line(answers.deputy or 'deputy@example.com', resolve)}",
    ]
    return "\n".join(lines) + "\n"


def manifest_text(answers: Answers, source: Path = MANIFEST_SOURCE) -> str:
    mode = "HTTP (" + request_url(answers.url or "") + ")" if answers.mode == "http" else "Socket Mode"
    header = (
        f"# Slack app manifest for leakbot, {mode}, written by `leakbot init`.\n"
        "# Create the app at api.slack.com/apps → Create New App → From an app manifest.\n"
    )
    return header + yaml.safe_dump(manifest_for(answers, source), allow_unicode=True, sort_keys=False)
