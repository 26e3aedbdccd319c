"""The drill marker (applied once, idempotent, within Slack's limits) and the drill figures' texts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain.directory import parse_directory
from domain.drills import DrillTask, figures, score
from prompts import drills, kit
from prompts.card import channel_topic
from tests.conftest import DIRECTORY

T0 = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)


def test_a_message_is_marked_in_its_text_and_blocks_once():
    text, blocks = drills.mark_message("DRILL-2026-0001: 報告", [kit.section("本文")], "ja")
    assert text == "【訓練】 DRILL-2026-0001: 報告"
    assert blocks[0]["block_id"] == drills.BANNER and "訓練です" in str(blocks[0]) and blocks[1] == kit.section("本文")
    assert drills.mark_message(text, blocks, "ja") == (text, blocks)
    en_text, en_blocks = drills.mark_message("Report", None, "en")
    assert en_text == "[DRILL] Report" and en_blocks is None


def test_a_full_message_carries_the_mark_in_its_first_block_instead():
    full = [kit.header("漏えい等事案 DRILL-2026-0001")] + [kit.section(str(i)) for i in range(49)]
    _, blocks = drills.mark_message("x", full, "ja")
    assert len(blocks) == 50 and blocks[0]["text"]["text"].startswith("【訓練】")
    assert full[0]["text"]["text"] == "漏えい等事案 DRILL-2026-0001"  # the input is left alone


def test_topic_file_and_modal_are_marked_within_slacks_limits():
    assert drills.mark_topic("x" * 250, "ja").startswith("【訓練】") and len(drills.mark_topic("x" * 250, "ja")) == 250
    content, name, title = drills.mark_file(b"# PPC\n", filename="DRILL-2026-0001_ppc.md", title="ppc", lang="en")
    lines = content.decode().splitlines()
    assert lines[0].startswith("[DRILL]") and lines[-1].startswith("[DRILL]") and "# PPC" in lines
    assert name == "DRILL-2026-0001_ppc.md" and title == "[DRILL] ppc"
    assert drills.mark_file(b"x", filename="chart.png", title="t", lang="ja")[1] == "DRILL_chart.png"
    again = drills.mark_file(content, filename=name, title=title, lang="en")
    assert again == (content, name, title)
    view = drills.mark_view(kit.modal(title="第二報（詳細報告）の入力", blocks=[kit.section("a")], callback_id="x"), "ja")
    assert view["title"]["text"].startswith("【訓練】") and len(view["title"]["text"]) <= kit.VIEW_TITLE
    assert view["blocks"][0]["block_id"] == drills.BANNER


def test_the_drill_modal_is_the_first_report_modal_marked():
    view = drills.drill_modal(lang="en", directory=parse_directory(DIRECTORY), description="scenario", now=T0)
    assert view["callback_id"] == "leak_drill_report" and view["title"]["text"] == "[DRILL] First report"
    ids = {b.get("block_id") for b in view["blocks"]}
    assert {"department", "event_type", "data_categories", "people_count", "description"} <= ids
    assert "DRILL-" in str(view["blocks"][1])


def test_channel_topic_of_a_drill_is_marked_only_by_the_wrapper():
    class Drill:
        public_id, severity, phase = "DRILL-2026-0001", "high", "reported"

    assert channel_topic(Drill(), "営業部", "ja").startswith("DRILL-2026-0001")  # the builder is unchanged


def test_report_lines_show_totals_and_each_drill_apart():
    ended = score(public_id="DRILL-2026-0001", department_id="sales", reported_at=T0, acked_at=T0 + timedelta(minutes=20),
                  ended_at=T0 + timedelta(hours=5), tasks=[DrillTask(T0 + timedelta(hours=1), "done", T0)], as_of=T0 + timedelta(days=1))
    running = score(public_id="DRILL-2026-0002", department_id="hr", reported_at=T0, acked_at=None, ended_at=None,
                    tasks=[DrillTask(T0 + timedelta(hours=1), "open")], as_of=T0 + timedelta(days=1))
    lines = drills.report_lines(figures([ended, running]), lang="ja", department_names={"sales": "営業部"})
    assert lines[0].startswith("## 訓練")
    assert "訓練 2 件（終了 1 件）" in lines[2] and "期限内に完了した対策: 1 / 2" in lines[2] and "20分" in lines[2]
    assert lines[4] == "- DRILL-2026-0001（営業部）終了: 確認まで 20分、期限内に完了した対策 1 / 1"
    assert lines[5] == "- DRILL-2026-0002（hr）実施中: 確認まで 未確認、期限内に完了した対策 0 / 1"
    assert drills.report_lines(figures([]), lang="en", department_names={})[-1] == "No drills in the period."
    blocks = drills.summary_blocks(figures([ended]), lang="en", department_names={"sales": "Sales"})
    assert "Drills (not counted above)" in str(blocks) and "DRILL-2026-0001 (Sales) ended" in str(blocks)
    assert drills.summary_blocks(figures([]), lang="en", department_names={}) == []
