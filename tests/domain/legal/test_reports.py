"""From reports to legal facts: conservative derivation, and re-runs that keep hand-set answers."""

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from domain.legal import Role, Tri
from domain.legal.facts import facts_from_mapping, facts_to_mapping
from domain.legal.reports import FormError, derive_facts, facts_from_form, refresh

AWARE = datetime(2026, 12, 1, 0, 30, tzinfo=timezone(timedelta(hours=9)))


def derived(**overrides):
    values = dict(aware_at=AWARE, event_type="loss", data_categories=["name_contact"], people_count=120,
                  count_basis=None, encrypted="no", third_party="none")
    values.update(overrides)
    return derive_facts(**values)


def test_report_answers_become_facts_without_guessing():
    facts = derived()
    assert (facts.sensitive_data, facts.financial_harm, facts.improper_purpose) == (Tri.NO, Tri.NO, Tri.NO)
    assert facts.people_count == 120 and facts.count_is_maximum_estimate  # "roughly" = an estimate
    assert facts.role is Role.PRINCIPAL
    assert facts.eu_residents_affected is Tri.UNKNOWN  # never silently "no"


def test_unknown_kinds_and_attack_events_stay_open_or_count():
    facts = derived(data_categories=["unknown"], event_type="data_for_sale", people_count=None, encrypted="unknown")
    assert facts.sensitive_data is Tri.UNKNOWN and facts.financial_harm is Tri.UNKNOWN
    assert facts.improper_purpose is Tri.UNKNOWN and facts.people_count is None
    assert derived(event_type="malware").improper_purpose is Tri.YES
    assert derived(data_categories=["credentials"]).financial_harm is Tri.UNKNOWN  # maybe a payment service
    assert derived(data_categories=["payment"]).financial_harm is Tri.YES
    assert derived(third_party="principal").role is Role.CONTRACTOR
    assert derived(count_basis="confirmed").count_is_maximum_estimate is False


def test_refresh_follows_the_reports_but_keeps_hand_set_answers():
    before = derived()
    by_hand = replace(before, improper_purpose=Tri.YES, eu_residents_affected=Tri.NO)
    now = derived(people_count=1500, count_basis="confirmed", data_categories=["sensitive"])
    refreshed = refresh(by_hand, before, now)
    assert refreshed.people_count == 1500 and refreshed.sensitive_data is Tri.YES
    assert refreshed.improper_purpose is Tri.YES and refreshed.eu_residents_affected is Tri.NO


def test_facts_round_trip_through_json():
    facts = replace(derived(), principal_notified_at=AWARE)
    assert facts_from_mapping(facts_to_mapping(facts)) == facts


def test_form_errors_are_field_by_field():
    now = AWARE + timedelta(hours=1)
    with pytest.raises(FormError) as caught:
        facts_from_form({"aware_at": now + timedelta(hours=1), "count_is_maximum_estimate": True}, "", now=now)
    assert caught.value.errors == {"aware_at": "in_future", "count_is_maximum_estimate": "requires_people_count"}
    with pytest.raises(FormError) as caught:
        facts_from_form({"aware_at": AWARE}, "-4", now=now)
    assert caught.value.errors == {"people_count": "negative"}
    facts = facts_from_form({"aware_at": AWARE, "sensitive_data": "yes"}, "１，２００", now=now)
    assert facts.people_count == 1200 and facts.sensitive_data is Tri.YES


def test_form_accepts_an_awareness_before_mandatory_reporting_and_a_chosen_version():
    old = datetime(2021, 6, 1, 9, 0, tzinfo=timezone(timedelta(hours=9)))
    assert facts_from_form({"aware_at": old}, "", now=AWARE).aware_at == old
    assert facts_from_form({"aware_at": old}, "", now=AWARE, ruleset="appi-2022-04").aware_at == old
    with pytest.raises(FormError) as caught:
        facts_from_form({"aware_at": old}, "", now=AWARE, ruleset="appi-1999-01")
    assert caught.value.errors == {"ruleset": "unknown_ruleset"}


def test_my_numbers_in_the_first_report_make_the_my_number_act_apply():
    """番号法29条の4 applies to 特定個人情報; an unknown category list leaves it unknown, never "no"."""
    from domain.legal import Sector

    common = dict(aware_at=AWARE, event_type="misdelivery", people_count=3, count_basis="confirmed",
                  encrypted="no", third_party="none")
    assert derive_facts(data_categories=["my_number"], **common).my_number_involved is Tri.YES
    assert derive_facts(data_categories=["name_contact"], **common).my_number_involved is Tri.NO
    assert derive_facts(data_categories=["unknown"], **common).my_number_involved is Tri.UNKNOWN
    assert derive_facts(data_categories=[], **common).my_number_involved is Tri.UNKNOWN
    assert derive_facts(data_categories=[], sector=Sector.FINANCIAL, **common).sector is Sector.FINANCIAL
