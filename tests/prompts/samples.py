"""Inputs shared by the builder tests: a huge directory, an incident with oversized free text and a
card context (not a test module)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from domain.directory import parse_directory
from domain.incidents import DataCategory, EventType, Tri, severity_hint
from prompts.card import CardContext, SecondReportMeta
from tests.fakeslack import missing_text_fallback, validate_message

TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
HUGE = "あ" * 5000 + "<!channel>"

DIRECTORY = parse_directory(
    {
        "office_channel": "C0FFICE",
        "executives": ["UEXEC"],
        "departments": [
            {"id": f"d{i}", "name": {"ja": f"部署{i}" * 5, "en": f"Department {i}" * 3}, "owner": "UOWN", "deputy": "UDEP"}
            for i in range(100)
        ],
    }
)


def incident(**overrides):
    values = dict(
        public_id="LEAK-2026-0007", department_id="d1", event_type="misdelivery", severity="high", phase="reported",
        discovered_at=NOW, occurred_at=None, reported_at=NOW, location=HUGE, data_categories=["sensitive", "unknown"],
        people_count=1234567, encrypted="unknown", third_party="contractor", reporter_id="UREP",
        reporter_hidden=False, description=HUGE, actions_taken=HUGE, owner_id="UOWN", deputy_id=None,
        acked_at=None, acked_by=None, closed_at=None, channel_id="CINC",
    )
    values.update(overrides)
    return SimpleNamespace(**values)


def ctx(lang="ja", **overrides):
    values = dict(
        lang=lang, tz=TOKYO, department_name="営業部" * 100,
        severity=severity_hint(event_type=EventType.MISDELIVERY, data_categories=frozenset({DataCategory.SENSITIVE, DataCategory.UNKNOWN}), people_count=None, encrypted=Tri.UNKNOWN),
        escalation_at=NOW + timedelta(minutes=30),
        second_report=SecondReportMeta(3, NOW, "UREP"),
    )
    values.update(overrides)
    return CardContext(**values)


def assert_valid_message(message):
    text, blocks = message
    assert validate_message(text, blocks) == []
    assert not missing_text_fallback(text, blocks)
