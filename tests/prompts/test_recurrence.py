"""The recurrence forms, notices and the management report are valid, whatever was typed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from domain.directory import parse_directory
from domain.near_miss import NearMissFigures
from domain.report import Durations, MeasureFacts, ReportFigures, ReportIncident
from prompts import recurrence, report
from tests.conftest import DIRECTORY
from tests.fakeslack import validate_view
from tests.prompts.samples import HUGE, assert_valid_message

TZ = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)


@dataclass
class Row:
    version: int = 2
    submitted_by: str = "UOWN"
    submitted_at: datetime = NOW
    direct_cause: str = HUGE
    root_cause: str = "<!channel> 根本"
    measures_taken: str = HUGE
    planned: list[dict[str, Any]] = field(default_factory=lambda: [
        {"title": "x" * 200, "assignee": "U1", "due_at": (NOW + timedelta(days=3)).isoformat()}] * 3)
    status: str = "submitted"


@dataclass
class Review:
    reviewer: str = "UOFF"
    at: datetime = NOW
    decision: str = "return"
    comment: str = HUGE


@dataclass
class Incident:
    public_id: str = "LEAK-2026-0007"
    event_type: str = "loss"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_forms_are_valid_block_kit(lang):
    assert validate_view(recurrence.recurrence_modal(lang=lang, incident_id="LEAK-2026-0007", tz=TZ, now=NOW)) == []
    revised = recurrence.recurrence_modal(
        lang=lang, incident_id="LEAK-2026-0007", tz=TZ, now=NOW, prefill=Row(), returned_with=[Review(), Review()]
    )
    assert validate_view(revised) == []
    review = recurrence.review_modal(lang=lang, incident_id="LEAK-2026-0007", statement=Row(), tz=TZ, earlier=[Review()])
    assert validate_view(review) == []
    assert "<!channel>" not in str(review["blocks"])  # typed text cannot mention everyone
    near = recurrence.near_miss_modal(lang=lang, directory=parse_directory(DIRECTORY))
    assert validate_view(near) == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_notices_are_valid_and_carry_no_text(lang):
    for near_miss in (False, True):
        text, blocks = recurrence.office_notice(Incident(), version=1, department_name="営業部", near_miss=near_miss, lang=lang)
        assert_valid_message((text, blocks))
    for status in ("approved", "returned"):
        assert_valid_message(recurrence.decided_dm(Incident(), version=1, status=status, reviewer="UOFF", lang=lang))


def test_the_report_keeps_typed_text_out_of_the_markdown_structure():
    figures = ReportFigures(
        start=NOW, end=NOW + timedelta(days=30), now=NOW, closed=0, reportable=0,
        incidents=(ReportIncident("LEAK-2026-0001", "sales", "loss", "low", "reported", NOW, None, None,
                                  direct_cause="a | b\n## c", root_cause="r",
                                  measures=(MeasureFacts("m\n|x", None, NOW, "open"),)),),
        ack=Durations(0, None, None), close=Durations(0, None, None), measures_done=0, measures_open=1, measures_overdue=1,
        near_misses=NearMissFigures(0, {}, {}, 0),
    )
    text = report.report_markdown(figures, lang="en", tz=TZ, department_names={"sales": "Sales"},
                                  extra_sections=[["## Drills", "- 1 drill"]])
    assert "- Direct cause: a / b ## c" in text
    assert "- Measure: m /x (—, due 2026-11-24 (Tue)) — overdue" in text
    assert not [line for line in text.splitlines() if line.startswith("## c")]
    assert text.rstrip().endswith("## Drills\n- 1 drill")
