"""The inquiry desk's builders: within Block Kit's limits at any volume, in both languages; the FAQ's
Markdown; the card, summary and report lines."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from domain.inquiries import (
    MAX_ANSWER,
    MAX_QUESTION,
    Code,
    FaqItem,
    Field,
    InquiryFacts,
    Refused,
    Sign,
    figures,
    recent_days_start,
)
from prompts import inquiries as p
from prompts.chart import weekly_chart_png
from tests.fakeslack import validate_message, validate_view

TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 12, 3, 1, 0, tzinfo=UTC)


def item(n: int, *, question: str = "費用はかかりますか", answer: str = "かかりません。", version: int = 1) -> FaqItem:
    return FaqItem(n, version, question, answer, False, "UOWN", NOW - timedelta(hours=n))


def week() -> p.InquiryFigures:
    start = datetime(2026, 11, 30, 0, 0, tzinfo=UTC)
    rows = [
        InquiryFacts("LEAK-2026-0001", "phone", "card_stop", 37, start + timedelta(hours=2)),
        InquiryFacts("LEAK-2026-0001", "email", "data_included", 5, start + timedelta(days=1, hours=1)),
        InquiryFacts("LEAK-2026-0002", "web_form", "card_stop", 1200, start + timedelta(days=1, hours=3)),
    ]
    return figures(rows, start=start, end=start + timedelta(days=7), tz=TOKYO)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_desk_modal_is_valid_with_a_huge_faq(lang):
    faq = [item(n, question="質" * MAX_QUESTION, answer="答" * MAX_ANSWER) for n in range(1, 80)]
    view = p.inquiry_modal(lang=lang, incident_id="LEAK-2026-0007", phase="investigation", closed=False, faq=faq, now=NOW)
    assert validate_view(view) == []
    assert "…" in str(view["blocks"][-1]) and len(view["blocks"]) < 60
    empty = p.inquiry_modal(lang=lang, incident_id="LEAK-2026-0007", phase="closed", closed=True, faq=[], now=NOW)
    assert validate_view(empty) == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_faq_modal_and_form_are_valid(lang):
    items = [item(n, question="<!channel> " + "q" * 290, answer="a" * MAX_ANSWER) for n in range(1, 60)]
    recent = [p.RecentQuestion("card_stop", "x" * 500)] * 20
    view = p.faq_modal(lang=lang, incident_id="LEAK-2026-0007", items=items, revision=99, recent=recent, tz=TOKYO)
    assert validate_view(view) == [] and "<!channel>" not in str(view)
    assert validate_view(p.faq_form(lang=lang, incident_id="LEAK-2026-0007", item=items[0])) == []
    assert validate_view(p.faq_form(lang=lang, incident_id="LEAK-2026-0007", item=None)) == []
    no_export = p.faq_modal(lang=lang, incident_id="LEAK-2026-0007", items=[], revision=0, recent=[], tz=TOKYO)
    assert "leak_faq_export" not in str(no_export) and "leak_faq_add" in str(no_export)


def test_errors_name_the_field_and_what_was_seen():
    refused = Refused(
        {Field.SUMMARY: Code.PERSONAL_DATA, Field.COUNT: Code.TOO_LARGE, Field.ANSWER: Code.TOO_LONG},
        {Field.SUMMARY: (Sign.CARD_NUMBER, Sign.PHONE)},
    )
    assert p.field_errors(refused, "ja") == {
        Field.SUMMARY: "個人情報らしきもの（カード番号・電話番号）が含まれているため記録できません。取り除いてから送信してください。",
        Field.COUNT: "1 回に記録できるのは 10,000 件までです。分けて記録してください。",
        Field.ANSWER: "3000 文字以内にしてください。",
    }
    assert p.field_errors(refused, "en")[Field.SUMMARY].startswith("This looks like personal data (a card number, a phone number)")


def test_the_faq_markdown_lists_the_current_versions():
    items = [item(1, version=3), item(2, question="どこに\n問い合わせれば", answer="窓口へ。\n平日 9-17 時")]
    text = p.faq_markdown(incident_id="LEAK-2026-0007", items=items, revision=4, lang="ja", tz=TOKYO, now=NOW)
    assert text.splitlines()[0] == "# LEAK-2026-0007 よくあるご質問（FAQ）"
    assert "改訂 4・2026-12-03 (木) 10:00 JST 時点・2 問" in text
    assert "## Q1. 費用はかかりますか\n\nかかりません。\n\n_第 3 版（2026-12-03 (木) 09:00 JST）_" in text
    assert "## Q2. どこに 問い合わせれば\n\n窓口へ。\n平日 9-17 時\n" in text
    english = p.faq_markdown(incident_id="LEAK-2026-0007", items=[], revision=0, lang="en", tz=TOKYO, now=NOW)
    assert "(no questions yet)" in english and p.faq_filename("LEAK-2026-0007", 4) == "LEAK-2026-0007-faq-r4.md"


def test_the_card_section_shows_total_today_days_and_categories():
    rows = [InquiryFacts("L", "phone", "card_stop", 37, NOW - timedelta(minutes=5)),
            InquiryFacts("L", "phone", "press", 2, NOW - timedelta(days=10))]
    overall = figures(rows, start=NOW - timedelta(days=11), end=NOW, tz=TOKYO)
    recent = figures(rows, start=recent_days_start(NOW, TOKYO), end=NOW, tz=TOKYO)
    block = p.card_section(overall, recent, lang="ja")
    assert block is not None and validate_message("x", [block]) == []
    text = block["text"]["text"]
    assert "累計 39 件（今日 37 件）" in text and "12/03 37" in text and "11/27 0" in text
    assert "カード・口座の停止 37、報道機関 2" in text
    none = figures([], start=NOW - timedelta(days=1), end=NOW, tz=TOKYO)
    assert p.card_section(none, none, lang="ja") is None


def test_summary_and_report_lines():
    f = week()
    block = p.summary_section(f, lang="en")
    assert validate_message("x", [block]) == []
    text = block["text"]["text"]
    assert "*Inquiries (1,242)*" in text and "By category: Was my data included? 5, Card or account stop 1,237" in text
    assert "LEAK-2026-0002 1,200, LEAK-2026-0001 42" in text
    assert p.report_lines(f, lang="ja", tz=TOKYO) == [
        "問い合わせ: 1,242 件（2026-11-30 (月)〜2026-12-07 (月)）",
        "最も多かった日: 2026-12-01（1,205 件）",
        "種類別: 自分のデータが含まれているか 5、カード・口座の停止 1,237",
        "経路別: 電話 37、メール 5、Web フォーム 1,200",
        "事案別: LEAK-2026-0002 1,200、LEAK-2026-0001 42",
    ]
    empty = figures([], start=f.start, end=f.end, tz=TOKYO)
    assert p.report_lines(empty, lang="en", tz=TOKYO) == [
        "Inquiries: 0 (2026-11-30 (Mon) to 2026-12-07 (Mon))", "No inquiries in this period.",
    ]


def test_the_desk_home_section_lists_open_incidents_with_the_log_button():
    rows = [p.DeskRow(f"LEAK-2026-{n:04d}", "investigation") for n in range(1, 40)]
    blocks = p.desk_home_blocks(rows, lang="ja")
    assert validate_view({"type": "home", "blocks": blocks}) == []
    assert sum(1 for b in blocks if b.get("accessory", {}).get("action_id") == "leak_open_inquiry") == p.DESK_HOME_LIMIT
    assert p.home_mark(0, lang="ja") == "" and p.home_mark(1234, 5, lang="en") == "　1,234 inquiries (5 today)"


def png_height(data: bytes) -> int:
    return int.from_bytes(data[20:24], "big")


def test_the_weekly_chart_gains_an_inquiry_panel_only_when_there_were_inquiries():
    from domain.summary import WeekPoint

    series = [WeekPoint(date(2026, 11, 30) - timedelta(weeks=k), 1, 1, 2) for k in range(12)][::-1]
    plain = weekly_chart_png(series, lang="en")
    empty = figures([], start=week().start, end=week().end, tz=TOKYO)
    assert weekly_chart_png(series, lang="en", inquiries=empty) == plain
    with_panel = weekly_chart_png(series, lang="ja", inquiries=week())
    assert png_height(plain) == 450 and png_height(with_panel) == 800
    assert with_panel == weekly_chart_png(series, lang="ja", inquiries=week())  # deterministic
