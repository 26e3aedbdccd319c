from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import jsonschema
import pytest
import yaml
from pydantic import ValidationError

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
# Slack's manifest schema and the method → scope table, vendored (see tests/fixtures/slack/README.md).
SHARED = ROOT / "tests" / "fixtures" / "slack"


def test_defaults_match_the_documented_interface(monkeypatch):
    for name in ("DATABASE_URL", "LEAKBOT_LANGUAGE", "LEAKBOT_TIMEZONE", "LEAKBOT_ACK_TIMEOUT", "SLACK_API_URL"):
        monkeypatch.delenv(name, raising=False)
    settings = Settings(_env_file=None)
    assert settings.database_url == "sqlite:///leakbot.db"
    assert settings.slack_api_url == "https://slack.com/api/"
    assert settings.leakbot_language == "ja" and settings.leakbot_timezone == "Asia/Tokyo"
    assert settings.leakbot_ack_timeout == timedelta(minutes=30)
    assert settings.leakbot_sweep_interval == timedelta(seconds=60)


@pytest.mark.parametrize(("raw", "expected"), [("1800", timedelta(minutes=30)), ("PT45M", timedelta(minutes=45)), ("P1DT2H", timedelta(days=1, hours=2))])
def test_durations_accept_seconds_or_iso8601(monkeypatch, raw, expected):
    monkeypatch.setenv("LEAKBOT_ACK_TIMEOUT", raw)
    assert Settings(_env_file=None).leakbot_ack_timeout == expected


@pytest.mark.parametrize(("name", "value"), [("LEAKBOT_ACK_TIMEOUT", "0"), ("LEAKBOT_ACK_TIMEOUT", "soon"), ("LEAKBOT_TIMEZONE", "Mars/Base"), ("LEAKBOT_LANGUAGE", "fr")])
def test_bad_settings_are_refused(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError):
        Settings(_env_file=None)


def test_manifest_validates_against_slacks_schema_and_has_what_the_bot_needs():
    manifest = yaml.safe_load((ROOT / "deploy" / "manifest.yaml").read_text(encoding="utf-8"))
    schema = json.loads((SHARED / "manifest.schema.1.0.0.json").read_text(encoding="utf-8"))
    assert list(jsonschema.Draft7Validator(schema).iter_errors(manifest)) == []
    commands = {c["command"] for c in manifest["features"]["slash_commands"]}
    from prompts.ids import Command

    assert commands == {c.value for c in Command}  # every command the handlers register, and only those
    assert {"/leak-report", "/leak-status", "/leak-inquiry", "/leak-nearmiss", "/leak-drill"} <= commands
    assert manifest["settings"]["interactivity"]["is_enabled"] and manifest["settings"]["socket_mode_enabled"]


def test_manifest_scopes_cover_every_method_the_bot_calls():
    """Each Web API method named in the code must be allowed by one of the manifest's scopes."""
    import re

    manifest = yaml.safe_load((ROOT / "deploy" / "manifest.yaml").read_text(encoding="utf-8"))
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    methods = json.loads((SHARED / "methods.json").read_text(encoding="utf-8"))["methods"]
    source = "\n".join(p.read_text(encoding="utf-8") for d in ("bot", "services", "handlers") for p in (ROOT / d).rglob("*.py"))
    called = set(re.findall(r'"((?:chat|conversations|users|views|pins|files|auth)\.[A-Za-z.]+)"', source))
    assert {"conversations.create", "chat.postMessage", "views.open", "users.lookupByEmail"} <= called
    uncovered = {m for m in called if methods[m]["bot_scopes"] and not scopes & set(methods[m]["bot_scopes"])}
    assert uncovered == set()


def test_directory_example_is_valid():
    from domain.directory import parse_directory

    data = yaml.safe_load((ROOT / "deploy" / "directory.example.yaml").read_text(encoding="utf-8"))
    directory = parse_directory(data)
    assert directory.department("sales") is not None
