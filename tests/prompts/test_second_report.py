"""The second-report modal and its channel post are valid and keep a hidden reporter hidden."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from prompts import second_report
from tests.fakeslack import validate_view
from tests.prompts.samples import NOW, TOKYO, assert_valid_message, incident


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_second_report_modal_is_valid(lang):
    prefill = second_report.second_report_prefill(incident(occurred_at=NOW), None)
    assert validate_view(second_report.second_report_modal(lang=lang, incident_id="LEAK-2026-0007", prefill=prefill)) == []


def test_hidden_reporter_stays_hidden_when_they_file_the_second_report():
    hidden = incident(reporter_hidden=True)
    report = SimpleNamespace(
        revision=2, submitted_by="UREP", what_happened="x", who="", cause="", occurred_at=None, location="",
        data_categories=["unknown"], data_items="", people_count=None, count_basis="unknown", how_discovered="",
        secondary_harm="unknown", secondary_harm_detail="", third_party="none", third_party_detail="",
    )
    posted = second_report.second_report_posted(report, incident=hidden, lang="ja", tz=TOKYO)
    assert "<@UREP>" not in str(posted) and "報告者（匿名）" in posted[0]
    assert_valid_message(posted)
