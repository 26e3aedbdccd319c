"""Versioned rule sets and the pending 2026 amendment."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date

import pytest

from domain.legal import (
    RULE_SETS,
    Caveat,
    DeadlineKind,
    Reason,
    Requirement,
    RuleSet,
    RuleSetError,
    Tri,
    assess,
    ruleset_for,
)
from domain.legal.jurisdictions.appi import APPI_2024_04

from .helpers import TOKYO, clean, jst


def test_registry_has_2022_and_2024_versions_in_order():
    assert [(r.version, r.effective_from) for r in RULE_SETS] == [
        ("appi-before-2022-04", date.min),
        ("appi-2022-04", date(2022, 4, 1)),
        ("appi-2024-04", date(2024, 4, 1)),
    ]
    assert not RULE_SETS[0].reporting_mandatory
    assert RULE_SETS[1].reporting_mandatory and RULE_SETS[2].reporting_mandatory
    assert not RULE_SETS[1].category3_covers_acquisition
    assert RULE_SETS[2].category3_covers_acquisition
    # The 2026 amendment has no effective date yet: nothing in force relaxes notice.
    assert not any(r.individual_notice_low_risk_relief for r in RULE_SETS)


def test_version_is_chosen_by_japan_awareness_day():
    assert ruleset_for(jst(2022, 4, 1, 0, 0)).version == "appi-2022-04"
    assert ruleset_for(jst(2024, 3, 31, 23, 59)).version == "appi-2022-04"
    assert ruleset_for(jst(2024, 4, 1, 0, 0)).version == "appi-2024-04"
    # 2024-03-31 15:00 UTC is already 2024-04-01 in Japan.
    from datetime import datetime

    assert ruleset_for(datetime(2024, 3, 31, 15, 0, tzinfo=UTC)).version == "appi-2024-04"


def test_before_2022_reporting_was_not_yet_mandatory():
    """令和2年改正法 (施行 2022-04-01) made the report mandatory; before it, reporting was an effort
    obligation (平成29年個人情報保護委員会告示第1号): "not yet mandatory", not an error."""
    a = assess(clean(aware_at=jst(2022, 3, 31, 12), sensitive_data=Tri.YES), tz=TOKYO)
    assert a.ruleset_version == "appi-before-2022-04"
    assert a.appi.regulator_report.requirement is Requirement.NOT_REQUIRED
    assert a.appi.regulator_report.reasons == (Reason.REPORTING_NOT_YET_MANDATORY,)
    assert Caveat.REPORTING_WAS_EFFORT_OBLIGATION in a.appi.caveats
    assert a.appi.deadlines == ()
    # The next day the 2022 rules apply and the same facts are reportable.
    assert assess(clean(aware_at=jst(2022, 4, 1, 0, 0), sensitive_data=Tri.YES), tz=TOKYO).appi.regulator_report.requirement \
        is Requirement.REQUIRED


def test_assessment_states_version_and_effective_date():
    a = assess(clean(aware_at=jst(2023, 5, 1, 12)), tz=TOKYO)
    assert (a.ruleset_version, a.ruleset_effective_from) == ("appi-2022-04", date(2022, 4, 1))


def test_user_can_override_the_version_and_is_warned():
    facts = clean(improper_purpose=Tri.YES, acquisition_only=Tri.YES, aware_at=jst(2025, 1, 10, 12))
    normal = assess(facts, tz=TOKYO)
    forced = assess(facts, tz=TOKYO, ruleset="appi-2022-04")
    assert normal.appi.regulator_report.requirement is Requirement.REQUIRED
    assert forced.ruleset_version == "appi-2022-04"
    assert forced.appi.regulator_report.requirement is Requirement.NOT_REQUIRED
    assert Caveat.RULESET_OVERRIDDEN in forced.caveats
    assert Caveat.RULESET_OVERRIDDEN not in normal.caveats
    # Overriding with the version already in force is not flagged.
    assert Caveat.RULESET_OVERRIDDEN not in assess(facts, tz=TOKYO, ruleset="appi-2024-04").caveats


def test_unknown_override_version_is_an_error():
    with pytest.raises(RuleSetError) as exc:
        assess(clean(), tz=TOKYO, ruleset="appi-1999-01")
    assert exc.value.code == "unknown_ruleset"


def test_adding_a_later_version_changes_which_applies_by_awareness_time():
    future = replace(
        APPI_2024_04,
        version="appi-2027-10",
        effective_from=date(2027, 10, 1),
        individual_notice_low_risk_relief=True,
    )
    registry = RULE_SETS + (future,)
    assert ruleset_for(jst(2027, 9, 30, 23, 59), registry=registry).version == "appi-2024-04"
    assert ruleset_for(jst(2027, 10, 1, 0, 0), registry=registry).version == "appi-2027-10"
    # Registry order does not matter.
    assert ruleset_for(jst(2028, 1, 1), registry=tuple(reversed(registry))).version == "appi-2027-10"


def test_a_ruleset_object_drives_the_numbers_used():
    custom = RuleSet(version="test-40", effective_from=date(2022, 4, 1), category3_covers_acquisition=True,
                     people_threshold=500, final_report_days=40)
    a = assess(clean(people_count=501), tz=TOKYO, ruleset=custom)
    assert a.appi.regulator_report.requirement is Requirement.REQUIRED
    assert a.appi.deadline(DeadlineKind.APPI_FINAL).days == 40


def test_2026_amendment_caveat_from_promulgation_day():
    before = assess(clean(aware_at=jst(2026, 7, 16, 23, 59)), tz=TOKYO)
    on = assess(clean(aware_at=jst(2026, 7, 17, 0, 0)), tz=TOKYO)
    later = assess(clean(aware_at=jst(2029, 1, 1, 12)), tz=TOKYO)
    assert Caveat.AMENDMENT_2026_PENDING not in before.caveats
    assert Caveat.AMENDMENT_2026_PENDING in on.caveats
    assert Caveat.AMENDMENT_2026_PENDING in later.caveats
    # The amendment is not effective: the 2024 rules still apply.
    assert later.ruleset_version == "appi-2024-04"
