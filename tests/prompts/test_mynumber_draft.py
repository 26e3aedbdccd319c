"""The My Number Act report draft (番号法29条の4第1項; 規則3条1項's nine items), from a Jinja2 template."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import jinja2
import pytest

from domain.legal import Facts, Tri, assess
from prompts.drafts import DraftContext, drafts_bundle, mynumber_report_draft
from prompts.templates import render

TOKYO = ZoneInfo("Asia/Tokyo")
AWARE = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # 10:00 JST


def _assessment(**facts):
    return assess(Facts(aware_at=AWARE, **facts), tz=TOKYO)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_draft_has_the_nine_items_in_order_the_deadlines_and_no_leaked_data(lang):
    a = _assessment(my_number_involved=Tri.YES, my_number_people_count=150, improper_purpose=Tri.NO)
    ctx = DraftContext("LEAK-2026-0001", cause="sent to 0123-4567-8901 and a@example.com", people_count=150,
                       count_basis="confirmed")
    draft = mynumber_report_draft(a, ctx, tz=TOKYO, lang=lang)
    headings = [line for line in draft.splitlines() if line.startswith("## ")]
    assert [h.split(".")[0] for h in headings] == [f"## {n}" for n in range(1, 10)]
    assert "2027-01-04" in draft  # day 30 (2026-12-30) is in the year-end closure
    assert "LEAK-2026-0001" in draft and "150" in draft
    assert "a@example.com" not in draft and "0123-4567-8901" not in draft
    assert "mynumber-2022-04" in draft and "2022-04-01" in draft


def test_the_bundle_carries_the_my_number_draft_only_when_the_act_may_apply():
    ctx = DraftContext("LEAK-1")
    now = datetime(2026, 12, 2, tzinfo=UTC)
    names = lambda a: [name for name, _ in drafts_bundle(a, ctx, tz=TOKYO, now=now)]  # noqa: E731
    assert any("mynumber" in n for n in names(_assessment(my_number_involved=Tri.YES)))
    assert any("mynumber" in n for n in names(_assessment(my_number_involved=Tri.UNKNOWN)))
    assert not any("mynumber" in n for n in names(_assessment(my_number_involved=Tri.NO)))


def test_templates_refuse_a_missing_value_instead_of_printing_nothing():
    with pytest.raises(jinja2.UndefinedError):
        render("mynumber_report.md.j2", lang="ja", incident_id="X")
