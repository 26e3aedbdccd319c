import re
import string

import pytest

from prompts.catalog import CATALOGS, EN, JA
from prompts.i18n import format_datetime, format_duration, t
from domain.incidents import DataCategory, EventType, SeverityReason, ThirdParty, Tri
from domain.phases import Phase
from domain.second_report import CountBasis


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_catalogs_have_the_same_keys_and_placeholders():
    assert set(JA) == set(EN)
    mismatched = [k for k in JA if placeholders(JA[k]) != placeholders(EN[k])]
    assert mismatched == []


@pytest.mark.parametrize(
    ("prefix", "enum"),
    [("event", EventType), ("data", DataCategory), ("tri", Tri), ("third", ThirdParty), ("phase", Phase),
     ("basis", CountBasis), ("severity_reason", SeverityReason)],
)
def test_every_enum_value_has_a_label_in_both_languages(prefix, enum):
    for lang in CATALOGS:
        for value in enum:
            assert t(lang, f"{prefix}.{value}").strip()


def test_option_labels_fit_slack_option_limit():
    for catalog in CATALOGS.values():
        for key, text in catalog.items():
            if re.match(r"^(event|data|tri|third|phase|basis)\.", key):
                assert len(text) <= 75, key


def test_view_titles_fit_24_characters():
    for catalog in CATALOGS.values():
        for key in ("report.title", "receipt.title", "second.title", "phase_modal.title",
                    "report.submit", "report.close", "second.submit", "phase_modal.submit"):
            assert len(catalog[key]) <= 24, key


def test_dates_are_shown_in_the_org_timezone_with_weekday():
    from datetime import datetime, timezone
    from zoneinfo import ZoneInfo

    utc = datetime(2026, 11, 30, 15, 30, tzinfo=timezone.utc)  # Tuesday 00:30 in Tokyo
    assert format_datetime("ja", utc, ZoneInfo("Asia/Tokyo")) == "2026-12-01 (火) 00:30 JST"
    assert format_datetime("en", utc, ZoneInfo("Asia/Tokyo")) == "2026-12-01 (Tue) 00:30 JST"


def test_durations_read_naturally():
    from datetime import timedelta

    assert format_duration("ja", timedelta(minutes=30)) == "30分"
    assert format_duration("ja", timedelta(minutes=90)) == "1時間30分"
    assert format_duration("en", timedelta(hours=2)) == "2 h"
    assert format_duration("en", timedelta(days=3)) == "3 days"
