"""Issue 9 builders without Slack: the progress line, the figures for ``leakbot report`` and the
weekly summary, the status texts and the modals (within Block Kit limits, both languages)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from domain.contacts import Batch, Channel, ContactFigures, Problem, progress
from prompts import contacts, contractor, publication
from prompts.contacts import report_lines

TZ = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)
CAMPAIGN = [
    Batch(Channel.POST, NOW - timedelta(days=4), 4321, 4169, 152),
    Batch(Channel.EMAIL, NOW - timedelta(days=3), 152, 140, 12),
    Batch(Channel.PHONE, NOW - timedelta(days=2), 12, 9, 3),
    Batch(Channel.WEB, NOW - timedelta(days=1), 3),
]


def test_progress_line_reads_like_the_practice():
    assert contacts.progress_line(progress(4321, CAMPAIGN), "en") == (
        "4,321 to tell: 4,169 reached by post, 140 by e-mail, 9 by phone, 3 unreachable → web notice (done)"
    )
    assert contacts.progress_line(progress(4321, CAMPAIGN[:2]), "ja") == (
        "連絡対象 4,321 人: 郵送で到達 4,169、メールで到達 140、未連絡 12"
    )
    assert contacts.progress_line(progress(50, []), "en") == "50 to tell: 50 still to reach"


def test_report_lines_give_the_period_figures_in_both_languages():
    figures = ContactFigures(NOW - timedelta(days=7), NOW, in_progress=2, still_to_reach=15, finished=1, reached=4318,
                             web_notice=3, decisions={"publish_now": 1, "not_publish": 2})
    assert report_lines(figures, "en") == [
        "2 campaigns in progress (15 people still to reach)",
        "In the period: 4,318 people reached, 3 covered by a web notice, 1 campaigns finished",
        "3 publication decisions (Publish now (published): 1, Not publish: 2)",
    ]
    ja = report_lines(figures, "ja")
    assert ja[0] == "連絡中の事案 2 件（未連絡 15 人）" and "公表判断 3 件" in ja[2]
    none = ContactFigures(NOW, NOW, 0, 0, 0, 0, 0, {})
    assert report_lines(none, "ja")[-1] == "公表判断 0 件"


def test_field_errors_use_the_feature_texts_and_the_shared_ones():
    errors = contacts.field_errors({"sent": Problem.OVER_LEFT, "population": Problem.NEGATIVE}, "en")
    assert "not reached yet" in errors["sent"] and "negative" in errors["population"]
    for code in Problem:
        for lang in ("ja", "en"):
            assert contacts.field_errors({"x": code}, lang)["x"]  # every refusal has a sentence


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_three_modals_respect_block_kit_limits(lang):
    views = [
        contacts.contacts_modal(lang=lang, incident_id="LEAK-2026-0001", population=4321, progress=progress(4321, CAMPAIGN),
                                batches=CAMPAIGN, next_channel=Channel.WEB, tz=TZ, now=NOW),
        publication.publication_modal(lang=lang, incident_id="LEAK-2026-0001", previous=None, we_are_contractor=True,
                                      default_approver=None),
        contractor.contractor_modal(lang=lang, incident_id="LEAK-2026-0001", link=None, default_role="contractor"),
    ]
    for view in views:
        assert len(view["title"]["text"]) <= 24 and len(view["submit"]["text"]) <= 24
        assert 1 <= len(view["blocks"]) <= 100
        assert json.loads(view["private_metadata"]) == {"incident": "LEAK-2026-0001"}
        for block in view["blocks"]:
            if block["type"] == "input":
                element = block["element"]
                for option in element.get("options", []):
                    assert len(option["text"]["text"]) <= 75


def test_publication_status_names_the_approver_and_the_draft_item_7_carries_the_criteria():
    d = publication.DecisionView(
        revision=2, criteria={"control": "当社", "route": "誤送信", "data": "氏名", "scale": "3人", "harm": "低い"},
        decision="publish_now", reason="", approver_kind="executive", approver="UEXEC",
        published_at=NOW, methods=["web_notice", "press_release"], principal_agreed="yes", decided_by="UOWN",
    )
    status = publication.status_text(d, "en", TZ)
    assert "published 2026-11-30" in status and "Web notice, Press release" in status and "<@UEXEC>" in status
    item7 = publication.draft_status(d, "ja", TZ)
    assert item7 is not None and "<@UEXEC>" not in item7 and "② 漏えいの経路: 誤送信" in item7 and "同意した" in item7
    text, blocks = publication.publication_posted(d, incident_id="LEAK-2026-0001", lang="ja", tz=TZ)
    assert "leak_legal_drafts" in json.dumps(blocks) and "第 2 版" in text
