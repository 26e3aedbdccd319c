"""The group channel's post: what the group needs, in ja and en, nothing typed by a person."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from prompts.group import SeriousIncident, group_message, summary_blocks
from prompts.kit import as_plain_text

TOKYO = ZoneInfo("Asia/Tokyo")
CASE = SeriousIncident(
    incident_id="LEAK-2026-0003", company="サンプル商事", department="人事部", event_type="misdelivery", severity="medium",
    phase="containment", reported_at=datetime(2026, 11, 24, 1, tzinfo=UTC),
    legal={"appi": "required", "mynumber": "not_applicable"}, reasons=("reportable", "people_over"), people_over=500,
)


def test_the_post_shows_id_company_department_event_severity_phase_legal_status_and_why():
    text, blocks = group_message(CASE, lang="ja", tz=TOKYO)
    shown = as_plain_text(blocks)
    for part in ("重大事案 LEAK-2026-0003", "*会社*: サンプル商事", "*部署*: 人事部", "誤送信", "*重大度の目安*: 中",
                 "初動対応", "個人情報保護法 🔴 必要 / 番号法 ⚪ 対象外", "2026-11-24 (火) 10:00 JST", "報告対象（の可能性）、500 人超"):
        assert part in shown, part
    assert text.startswith("重大事案 LEAK-2026-0003") and "初動対応" in text


def test_before_the_assessment_and_in_english():
    pending = SeriousIncident(**{**CASE.__dict__, "company": "", "legal": None, "reasons": ("department",)})
    text, blocks = group_message(pending, lang="en", tz=TOKYO)
    shown = as_plain_text(blocks)
    assert "*Report to the PPC*: being assessed" in shown and "Serious because: listed department" in shown
    assert "Company" not in shown and text.startswith("Serious incident LEAK-2026-0003 (人事部")


def test_the_post_has_no_place_for_free_text():
    # What the builder is given is the whole of what it can show: codes, names from the directory, a count rule.
    assert {f.name for f in fields(SeriousIncident)} == {
        "incident_id", "company", "department", "event_type", "severity", "phase", "reported_at", "legal", "reasons",
        "people_over",
    }


def test_the_weekly_summary_lists_them_or_nothing():
    assert summary_blocks([], lang="ja") == []
    listed = str(summary_blocks([CASE], lang="en"))
    assert "Serious incidents reported to the group" in listed and "LEAK-2026-0003 (人事部, Misdelivery" in listed
