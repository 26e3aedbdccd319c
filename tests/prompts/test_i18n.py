from datetime import UTC

import pytest

from domain.incidents import DataCategory, EventType, SeverityReason, ThirdParty, Tri
from domain.phases import Phase
from domain.second_report import CountBasis
from prompts.i18n import LANGUAGES, format_datetime, format_duration, t


@pytest.mark.parametrize(
    ("prefix", "enum"),
    [("event", EventType), ("data", DataCategory), ("tri", Tri), ("third", ThirdParty), ("phase", Phase),
     ("basis", CountBasis), ("severity_reason", SeverityReason)],
)
def test_every_enum_value_has_a_label_in_both_languages(prefix, enum):
    for lang in LANGUAGES:
        for value in enum:
            assert t(lang, f"{prefix}.{value}").strip()


def test_dates_are_shown_in_the_org_timezone_with_weekday():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    utc = datetime(2026, 11, 30, 15, 30, tzinfo=UTC)  # Tuesday 00:30 in Tokyo
    assert format_datetime("ja", utc, ZoneInfo("Asia/Tokyo")) == "2026-12-01 (火) 00:30 JST"
    assert format_datetime("en", utc, ZoneInfo("Asia/Tokyo")) == "2026-12-01 (Tue) 00:30 JST"


def test_durations_read_naturally():
    from datetime import timedelta

    assert format_duration("ja", timedelta(minutes=30)) == "30分"
    assert format_duration("ja", timedelta(minutes=90)) == "1時間30分"
    assert format_duration("en", timedelta(hours=2)) == "2 h"
    assert format_duration("en", timedelta(days=3)) == "3 days"


def test_unknown_language_falls_back_to_japanese_and_unknown_key_is_an_error():
    assert t("fr", "phase.closed") == t("ja", "phase.closed") == "終結"
    with pytest.raises(KeyError):
        t("en", "no.such.key")
