"""Every builder's output is valid Block Kit (checked against the full limits table) and shows
what a person needs — and nothing it must not."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from domain.directory import parse_directory
from domain.incidents import DataCategory, EventType, Tri, severity_hint
from domain.phases import Phase, next_phases
from prompts import messages, views
from prompts.messages import CardContext, SecondReportMeta
from tests.fakeslack import missing_text_fallback, validate_message, validate_view

TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 11, 24, 1, 0, tzinfo=timezone.utc)
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


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_first_report_modal_is_valid_even_with_100_long_department_names(lang):
    view = views.first_report_modal(lang=lang, directory=DIRECTORY, description=HUGE, now=NOW)
    assert validate_view(view) == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_other_views_are_valid(lang):
    assert validate_view(views.receipt_view(incident_id="LEAK-2026-0007", department_name=HUGE, lang=lang)) == []
    prefill = views.second_report_prefill(incident(occurred_at=NOW), None)
    assert validate_view(views.second_report_modal(lang=lang, incident_id="LEAK-2026-0007", prefill=prefill)) == []
    for phase in Phase:
        if phase is Phase.CLOSED:
            continue
        view = views.phase_modal(lang=lang, incident_id="LEAK-2026-0007", current=phase, choices=next_phases(phase))
        assert validate_view(view) == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_card_and_notices_are_valid_with_huge_text(lang):
    assert_valid_message(messages.incident_card(incident(), ctx(lang)))
    assert_valid_message(messages.incident_card(incident(acked_at=NOW, acked_by="UOWN"), ctx(lang)))
    assert_valid_message(messages.office_new_incident(incident(), HUGE, lang))
    assert_valid_message(messages.escalation_dm(incident(), step=2, department_name=HUGE, now=NOW + timedelta(hours=1), lang=lang))
    assert_valid_message(messages.closed_posted(incident_id="LEAK-2026-0007", user="U1", measures_done=HUGE, measures_planned=HUGE, lang=lang))
    assert_valid_message(messages.receipt_dm("LEAK-2026-0007", HUGE, lang))
    assert len(messages.channel_topic(incident(), HUGE, lang)) <= 250


def test_card_mentions_owner_and_deputy_and_offers_the_four_actions():
    text, blocks = messages.incident_card(incident(deputy_id="UDEP"), ctx())
    assert "<@UOWN>" in text and "<@UDEP>" in text
    actions = [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert actions == ["leak_acknowledge", "leak_open_second_report", "leak_open_phase_change", "leak_open_legal"]
    assert "第3版" in str(blocks)


def test_acknowledged_card_drops_the_button_and_closed_card_has_no_buttons():
    _, acked = messages.incident_card(incident(acked_at=NOW, acked_by="UOWN"), ctx())
    assert "leak_acknowledge" not in str(acked) and "leak_open_phase_change" in str(acked)
    _, closed = messages.incident_card(incident(acked_at=NOW, acked_by="UOWN", closed_at=NOW, phase="closed"), ctx())
    assert not [b for b in closed if b["type"] == "actions"]


def test_user_text_cannot_ping_the_channel():
    _, blocks = messages.incident_card(incident(description="help <!channel> <@U999>", location="x"), ctx())
    assert "<!channel>" not in str(blocks) and "&lt;!channel&gt;" in str(blocks)


def test_hidden_reporter_shown_to_office_only_even_when_they_file_the_second_report():
    hidden = incident(reporter_hidden=True)  # ctx(): the latest second report is by the reporter
    assert "<@UREP>" not in str(messages.incident_card(hidden, ctx()))
    assert "<@UREP>" in str(messages.incident_card(hidden, ctx(for_office=True)))
    report = SimpleNamespace(
        revision=2, submitted_by="UREP", what_happened="x", who="", cause="", occurred_at=None, location="",
        data_categories=["unknown"], data_items="", people_count=None, count_basis="unknown", how_discovered="",
        secondary_harm="unknown", secondary_harm_detail="", third_party="none", third_party_detail="",
    )
    posted = messages.second_report_posted(report, incident=hidden, lang="ja", tz=TOKYO)
    assert "<@UREP>" not in str(posted) and "報告者（匿名）" in posted[0]
    assert_valid_message(posted)


def test_office_notice_carries_no_free_text():
    text, blocks = messages.office_new_incident(incident(description="SECRET-DESC", location="SECRET-LOC"), "営業部", "ja")
    assert "SECRET" not in text + str(blocks)
    assert "LEAK-2026-0007" in text and "<#CINC>" in text and "誤送信" in text


def test_status_list_splits_sections_under_the_limit():
    rows = [incident(public_id=f"LEAK-2026-{i:04d}", department_id="d1", phase="investigation") for i in range(20)]
    text, blocks = messages.status_list(rows, more=True, department_names={"d1": "部" * 60}, lang="ja", tz=TOKYO)
    assert_valid_message((text, blocks))
    assert "LEAK-2026-0019" in str(blocks) and "調査" in str(blocks)
