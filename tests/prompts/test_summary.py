"""The weekly summary messages stay valid Block Kit at any volume, in Japanese and English; the
counts-only version shows no incident, task, person or small department; the chart is a readable,
deterministic PNG."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from domain.incidents import EventType
from domain.phases import Phase
from domain.summary import IncidentFacts, TaskFacts, aggregate_only, summarize
from prompts import summary as builders
from prompts.locale import CATALOGS
from prompts.summary import aggregate_message, summary_message
from tests.fakeslack import missing_text_fallback, validate_message

SUMMARY_JA = {k: v for k, v in CATALOGS["ja"].items() if k.startswith("summary.")}
SUMMARY_EN = {k: v for k, v in CATALOGS["en"].items() if k.startswith("summary.")}

TOKYO = ZoneInfo("Asia/Tokyo")
END = datetime(2026, 11, 23, 9, 0, tzinfo=TOKYO)  # Monday 09:00
D = timedelta(days=1)
EVIL = "<!channel> & <@UEVIL> " + "長" * 400


def huge_dataset(n_tasks=500, n_departments=100):
    types, phases = list(EventType), [p for p in Phase if p is not Phase.CLOSED]
    incidents = [
        IncidentFacts(
            public_id=f"LEAK-2026-{i:04d}",
            department_id=f"d{i % n_departments}",
            event_type=types[i % len(types)],
            phase=phases[i % len(phases)],
            reported_at=END - (i % 40) * D - timedelta(hours=1),
            acked_at=None if i % 7 == 0 else END - (i % 40) * D,
            closed_at=END - D if i % 5 == 0 else None,
        )
        for i in range(n_tasks)
    ]
    tasks = []
    for i in range(n_tasks):
        pid = f"LEAK-2026-{i:04d}"
        tasks.append(TaskFacts(pid, f"Overdue task {i} {EVIL}", f"UASSIGN{i}", END - (i % 30 + 3) * D, "open", i % 5 == 0, False))
        tasks.append(
            TaskFacts(pid, f"Upcoming task {i} {EVIL}", f"UASSIGN{i}", END + (i % 14 + 1) * D, "open", False, i % 3 == 0)
        )
    return incidents, tasks


DEPARTMENT_NAMES = {f"d{i}": f"部署{i}<!here>" + "名" * 300 for i in range(100)}


@pytest.fixture(scope="module")
def huge():
    incidents, tasks = huge_dataset()
    return summarize(incidents, tasks, period_end=END, tz=TOKYO)


def dump(message) -> str:
    text, blocks = message
    return text + "\n" + json.dumps(blocks, ensure_ascii=False)


def assert_valid(message):
    text, blocks = message
    assert validate_message(text, blocks) == []
    assert not missing_text_fallback(text, blocks)
    assert len(blocks) <= 50
    for block in blocks:
        if block["type"] == "section":
            assert len(block.get("text", {}).get("text", "")) <= 3000
            assert len(block.get("fields", [])) <= 10
        if block["type"] == "context":
            assert len(block["elements"]) <= 10


def section_with(blocks, marker):
    return next(b["text"]["text"] for b in blocks if b["type"] == "section" and "text" in b and marker in b["text"]["text"])


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_full_report_with_huge_volumes_is_valid(huge, lang):
    assert len(huge.overdue) == 500 and len(huge.upcoming) == 500 and len(huge.follow_ups) == 100
    message = summary_message(huge, lang=lang, tz=TOKYO, department_names=DEPARTMENT_NAMES)
    assert_valid(message)
    text = dump(message)
    # free text cannot forge mentions or broadcasts
    assert "<!channel>" not in text and "<!here>" not in text and "<@UEVIL>" not in text
    assert "&lt;!channel&gt;" in text


@pytest.mark.parametrize("lang, more", [("ja", r"…ほか(\d+)件"), ("en", r"… and (\d+) more")])
def test_long_lists_are_capped_with_a_count_of_the_rest(huge, lang, more):
    _, blocks = summary_message(huge, lang=lang, tz=TOKYO, department_names=DEPARTMENT_NAMES)
    for marker, total in [(":red_circle:", 500), (":calendar:", 500), (":arrows_counterclockwise:", 100)]:
        body = section_with(blocks, marker)
        shown = body.count("\n• ")
        rest = int(re.search(more, body).group(1))
        assert 0 < shown <= builders.TASK_LINES
        assert shown + rest == total
    strings = SUMMARY_JA if lang == "ja" else SUMMARY_EN
    departments = section_with(blocks, strings["summary.by_department"])
    total = len(huge.open_by_department)
    assert total == 80  # departments whose incidents are all closed do not appear
    assert departments.count("\n• ") + int(re.search(more, departments).group(1)) == total


def small_summary():
    incidents = [
        IncidentFacts(
            "LEAK-2026-0001", "sales", "misdelivery", "containment", END - 2 * D, END - 2 * D + timedelta(minutes=45), None
        ),
        IncidentFacts("LEAK-2026-0002", "hr", "loss", "investigation", END - 3 * D, None, None),
        IncidentFacts("LEAK-2026-0003", "sales", "loss", "closed", END - 30 * D, END - 30 * D, END - 10 * D),
    ]
    tasks = [
        TaskFacts("LEAK-2026-0001", "顧客へのお詫び状 <b>", "U0123ABCD", END - 3 * D, "open", False, False),
        TaskFacts("LEAK-2026-0001", "個人情報保護委員会へ速報", "U0123ABCD", END + 2 * D, "open", False, True),
        TaskFacts("LEAK-2026-0002", "Same-time ordinary task", None, END + 2 * D, "open", False, False),
        TaskFacts("LEAK-2026-0003", "再発防止研修", "UTRAINER", END + 20 * D, "open", True, False),
        TaskFacts("LEAK-2026-0002", "weird assignee", "<!here>", END + 5 * D, "open", False, False),
    ]
    return summarize(incidents, tasks, period_end=END, tz=TOKYO)


def test_japanese_report_reads_as_a_report():
    message = summary_message(small_summary(), lang="ja", tz=TOKYO, department_names={"sales": "営業部", "hr": "人事部"})
    assert_valid(message)
    text, blocks = message
    assert blocks[0]["type"] == "header"
    assert blocks[0]["text"]["text"] == "週次報告 2026-11-16 (月)〜2026-11-23 (月)"
    body = dump(message)
    for expected in [
        "新規報告", "*未終結の案件：部署別*", "• 営業部: 1件", "• 人事部: 1件",
        "• 誤送信・誤送付: 1件", "• 書類・媒体・PCの紛失: 1件", "• 初動対応・封じ込め: 1件", "• 調査: 1件",
        "中央値", "45分", "未確認",
        "`LEAK-2026-0001` 顧客へのお詫び状 &lt;b&gt; — <@U0123ABCD> — 期限 2026-11-20 (金) 09:00 JST（3日超過）",
        "⚖️ 2026-11-25 (水) 09:00 JST — `LEAK-2026-0001` 個人情報保護委員会へ速報",
        "`LEAK-2026-0003` 再発防止研修 — <@UTRAINER>", "未割当", "&lt;!here&gt;",
        "グラフを添付",
    ]:
        assert expected in body, expected
    # legal deadline listed before the ordinary one due at the same time
    upcoming = section_with(blocks, ":calendar:")
    assert upcoming.index("速報") < upcoming.index("Same-time ordinary task")
    assert "<!here>" not in body
    assert text.startswith("週次報告 2026-11-16 (月)〜2026-11-23 (月): 新規2件")


def test_english_report_reads_as_a_report():
    message = summary_message(small_summary(), lang="en", tz=TOKYO, department_names={"sales": "Sales", "hr": "HR"})
    assert_valid(message)
    _text, blocks = message
    assert blocks[0]["text"]["text"] == "Weekly report 2026-11-16 (Mon) – 2026-11-23 (Mon)"
    body = dump(message)
    for expected in [
        "Open incidents by department", "• Sales: 1", "• Misdelivery (e-mail, fax, post): 1", "• Containment: 1",
        "Median", "45 min", "Still unacknowledged", "(3 days overdue)", "⚖️ 2026-11-25 (Wed) 09:00 JST",
        "Follow-ups carried over", "unassigned", "chart of the last 12 weeks",
    ]:
        assert expected in body, expected
    assert "未" not in body


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_empty_week_is_valid(lang):
    empty = summarize([], [], period_end=END, tz=TOKYO)
    message = summary_message(empty, lang=lang, tz=TOKYO, department_names={})
    assert_valid(message)
    assert SUMMARY_JA["summary.ack_none"] in dump(message) or SUMMARY_EN["summary.ack_none"] in dump(message)
    assert_valid(aggregate_message(aggregate_only(empty, min_count=3), lang=lang, tz=TOKYO, department_names={}))


def test_unknown_department_and_enum_values_are_shown_escaped():
    incidents = [IncidentFacts("LEAK-1", "ghost<dept>", "new_kind<x>", "odd_phase", END - D, None, None)]
    message = summary_message(summarize(incidents, [], period_end=END, tz=TOKYO), lang="en", tz=TOKYO, department_names={})
    assert_valid(message)
    body = dump(message)
    assert "ghost&lt;dept&gt;" in body and "new_kind&lt;x&gt;" in body and "odd_phase" in body


# --- counts only ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_aggregate_message_shows_no_incident_task_person_or_small_department(lang):
    incidents, tasks = huge_dataset(n_tasks=500, n_departments=100)
    # one big department so that something survives the threshold
    incidents += [IncidentFacts(f"BIG-{i}", "big", "loss", "investigation", END - D, None, None) for i in range(20)]
    names = dict(DEPARTMENT_NAMES, big="大きな部署" if lang == "ja" else "Big department")
    week = summarize(incidents, tasks, period_end=END, tz=TOKYO)
    agg = aggregate_only(week, min_count=10)
    message = aggregate_message(agg, lang=lang, tz=TOKYO, department_names=names)
    assert_valid(message)
    body = dump(message)
    assert "LEAK-" not in body and "BIG-" not in body
    assert "Overdue task " not in body and "Upcoming task" not in body and "長長" not in body
    assert "<@" not in body and "UASSIGN" not in body
    for dept_id, count in week.open_by_department.items():
        if count < 10:
            assert names[dept_id][:6] not in body, dept_id
    assert names["big"] in body
    assert ("その他" if lang == "ja" else "Other") in body
    assert ("10件未満" if lang == "ja" else "fewer than 10") in body


def test_aggregate_message_in_both_languages_has_the_counts():
    agg = aggregate_only(small_summary(), min_count=2)
    ja = dump(aggregate_message(agg, lang="ja", tz=TOKYO, department_names={"sales": "営業部", "hr": "人事部"}))
    en = dump(aggregate_message(agg, lang="en", tz=TOKYO, department_names={"sales": "Sales", "hr": "HR"}))
    assert "週次報告（全体向け）" in ja and "Weekly report (overview)" in en
    assert "• その他: 2件" in ja and "• Other: 2" in en
    assert "営業部" not in ja and "人事部" not in ja and "Sales" not in en
    assert "*期限超過の対策*\\n1件" in ja  # (JSON-escaped newline)
