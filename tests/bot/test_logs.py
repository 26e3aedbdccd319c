"""LEAKBOT_LOG_FORMAT=json: one JSON object per line, with level, logger and message, and the
extra fields a call passes; the Slack libraries stay quiet (their DEBUG output has payloads)."""

from __future__ import annotations

import json
import logging

import pytest

from bot.logs import JsonFormatter, configure


@pytest.fixture(autouse=True)
def restore_logging():
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    levels = {name: logging.getLogger(name).level for name in ("slack_sdk", "slack_bolt", "slack_bolt.App")}
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, value in levels.items():
        logging.getLogger(name).setLevel(value)


def test_json_lines_carry_the_fields_a_collector_needs(capsys):
    configure("json")
    logging.getLogger("leakbot.test").warning("incident %s escalated", "LEAK-2026-0001", extra={"step": 2})
    line = capsys.readouterr().err.strip().splitlines()[-1]
    entry = json.loads(line)
    assert entry["level"] == "WARNING" and entry["logger"] == "leakbot.test"
    assert entry["message"] == "incident LEAK-2026-0001 escalated" and entry["step"] == 2
    assert entry["time"].endswith("+00:00")


def test_exceptions_are_one_json_line_too():
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    text = JsonFormatter().format(record)
    assert "\n" not in text and "RuntimeError" in json.loads(text)["exception"]


def test_slack_payload_loggers_are_held_at_warning():
    configure("json", logging.DEBUG)
    assert logging.getLogger("slack_sdk").getEffectiveLevel() == logging.WARNING
    assert logging.getLogger("slack_bolt").getEffectiveLevel() == logging.WARNING
