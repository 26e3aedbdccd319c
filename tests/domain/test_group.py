"""What the directory calls a serious incident, and how the group settings are checked."""

from __future__ import annotations

import pytest

from domain.directory import DirectoryError, parse_directory
from domain.group import SeriousReason, SeriousRules, parse_group, serious_reasons
from tests.conftest import DIRECTORY


def reasons(rules=None, **facts):
    values = dict(drill=False, severity="low", reportable=False, people_count=10, event_type="loss", department_id="sales")
    values.update(facts)
    return serious_reasons(rules or SeriousRules(), **values)


def test_any_one_rule_makes_an_incident_serious():
    rules = SeriousRules(people_over=500, event_types=frozenset({"malware"}), departments=frozenset({"hr"}))
    assert reasons(rules) == ()
    assert reasons(rules, severity="high") == (SeriousReason.SEVERITY_HIGH,)
    assert reasons(rules, reportable=True) == (SeriousReason.REPORTABLE,)
    assert reasons(rules, people_count=501) == (SeriousReason.PEOPLE_OVER,)
    assert reasons(rules, people_count=500) == () and reasons(rules, people_count=None) == ()
    assert reasons(rules, event_type="malware") == (SeriousReason.EVENT_TYPE,)
    assert reasons(rules, department_id="hr") == (SeriousReason.DEPARTMENT,)
    assert len(reasons(rules, severity="high", reportable=True, department_id="hr")) == 3


def test_rules_can_be_switched_off_and_a_drill_is_never_serious():
    off = SeriousRules(severity_high=False, reportable=False)
    assert reasons(off, severity="high", reportable=True) == ()
    assert reasons(SeriousRules(departments=frozenset({"hr"})), drill=True, severity="high", department_id="hr") == ()


def test_the_directory_reads_the_group_settings():
    directory = parse_directory({
        **DIRECTORY, "group_channel": "C0GROUP01", "company": "サンプル",
        "serious": {"reportable": False, "people_over": 1000, "event_types": ["malware"], "departments": ["hr"]},
    })
    group = directory.group
    assert group.channel == "C0GROUP01" and group.company_name("en") == "サンプル"
    assert group.serious == SeriousRules(
        severity_high=True, reportable=False, people_over=1000, event_types=frozenset({"malware"}), departments=frozenset({"hr"})
    )
    plain = parse_directory(DIRECTORY).group
    assert plain.channel is None and plain.serious == SeriousRules()


def test_every_mistake_in_the_group_settings_is_reported_at_once():
    with pytest.raises(DirectoryError) as caught:
        parse_directory({
            **DIRECTORY, "group_channel": "#group", "company": {"ja": "サンプル"},
            "serious": {"severity_high": "yes", "people_over": -1, "event_types": ["meteor"], "departments": ["legal"]},
        })
    found = {(p.where, p.code) for p in caught.value.problems}
    assert found == {
        ("/group_channel", "bad_channel"), ("/company", "needs_ja_en"), ("/serious/severity_high", "not_a_boolean"),
        ("/serious/people_over", "not_a_count"), ("/serious/event_types/0", "unknown_event_type"),
        ("/serious/departments/0", "unknown_department"),
    }
    _, problems = parse_group({"serious": ["high"]}, department_ids=set())
    assert [(p.where, p.code) for p in problems] == [("/serious", "not_a_mapping")]
