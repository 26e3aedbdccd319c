"""``facts_from_mapping`` and ``Facts`` validation."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from domain.legal import (
    AttackSign,
    Facts,
    FactsError,
    GdprRisk,
    Requirement,
    Role,
    Sector,
    Tri,
    assess,
    facts_from_mapping,
)

from .helpers import TOKYO


def test_full_json_document_is_converted():
    doc = json.loads(
        """{
          "aware_at": "2026-12-01T00:30:00+09:00",
          "sensitive_data": "no",
          "financial_harm": false,
          "improper_purpose": null,
          "attack_signs": ["ア", "u"],
          "people_count": 1200,
          "count_is_maximum_estimate": true,
          "strong_encryption": "unknown",
          "key_leaked": "YES",
          "acquisition_only": "no",
          "role": "Contractor",
          "principal_notified_at": "2026-12-02T09:00:00Z",
          "sector": "financial",
          "eu_residents_affected": true,
          "eu_establishment": "no",
          "gdpr_risk": "high",
          "gdpr_mitigated_or_encrypted": false
        }"""
    )
    f = facts_from_mapping(doc)
    assert f.aware_at == datetime(2026, 11, 30, 15, 30, tzinfo=UTC)
    assert f.sensitive_data is Tri.NO and f.financial_harm is Tri.NO and f.improper_purpose is Tri.UNKNOWN
    assert f.attack_signs == (AttackSign.A_EXFILTRATION_TRACES, AttackSign.U_C2_COMMUNICATION)
    assert f.people_count == 1200 and f.count_is_maximum_estimate
    assert f.key_leaked is Tri.YES and f.role is Role.CONTRACTOR and f.sector is Sector.FINANCIAL
    assert f.gdpr_risk is GdprRisk.HIGH
    a = assess(f, tz=TOKYO)
    assert a.appi.regulator_report.requirement is Requirement.NOT_REQUIRED  # contractor released on day 2


def test_minimal_mapping_defaults_to_unknowns_and_is_possibly_required():
    f = facts_from_mapping({"aware_at": "2026-12-01T10:00:00+09:00"})
    assert f.sensitive_data is Tri.UNKNOWN and f.people_count is None
    assert assess(f, tz=TOKYO).appi.regulator_report.requirement is Requirement.POSSIBLY_REQUIRED


def test_gdpr_risk_words_none_and_low_are_accepted():
    assert facts_from_mapping({"aware_at": "2026-12-01T10:00+09:00", "gdpr_risk": "low"}).gdpr_risk is GdprRisk.NONE_OR_LOW


def test_aware_datetime_objects_are_accepted():
    aware = datetime(2026, 12, 1, 10, tzinfo=timezone(timedelta(hours=9)))
    assert facts_from_mapping({"aware_at": aware}).aware_at == aware


@pytest.mark.parametrize(
    ("mapping", "errors"),
    [
        ({}, {"aware_at": "required"}),
        ({"aware_at": None}, {"aware_at": "required"}),
        ({"aware_at": "2026-12-01T10:00:00"}, {"aware_at": "naive_datetime"}),
        ({"aware_at": datetime(2026, 12, 1, 10)}, {"aware_at": "naive_datetime"}),
        ({"aware_at": "yesterday"}, {"aware_at": "invalid_datetime"}),
        ({"aware_at": 1764552600}, {"aware_at": "invalid_datetime"}),
    ],
)
def test_awareness_errors(mapping, errors):
    with pytest.raises(FactsError) as exc:
        facts_from_mapping(mapping)
    assert exc.value.errors == errors


def test_all_errors_are_reported_together():
    with pytest.raises(FactsError) as exc:
        facts_from_mapping(
            {
                "aware_at": "2026-12-01T10:00:00",
                "sensitive_data": "maybe",
                "people_count": -3,
                "count_is_maximum_estimate": "yes",
                "role": "boss",
                "attack_signs": "a",
                "colour": "red",
                "principal_notified_at": "2026-12-02T10:00:00",
            }
        )
    assert exc.value.errors == {
        "aware_at": "naive_datetime",
        "sensitive_data": "invalid_tri",
        "people_count": "negative",
        "count_is_maximum_estimate": "not_boolean",
        "role": "invalid_choice",
        "attack_signs": "not_a_list",
        "colour": "unknown_field",
        "principal_notified_at": "naive_datetime",
    }
    assert "sensitive_data: invalid_tri" in str(exc.value)


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("people_count", "1200", "not_integer"),
        ("people_count", True, "not_integer"),
        ("people_count", 12.5, "not_integer"),
        ("attack_signs", ["z"], "invalid_choice"),
        ("sector", "banking", "invalid_choice"),
        ("gdpr_risk", "extreme", "invalid_choice"),
        ("key_leaked", 1, "invalid_tri"),
    ],
)
def test_field_errors(field, value, code):
    with pytest.raises(FactsError) as exc:
        facts_from_mapping({"aware_at": "2026-12-01T10:00:00+09:00", field: value})
    assert exc.value.errors == {field: code}


def test_estimate_flag_requires_a_count():
    with pytest.raises(FactsError) as exc:
        facts_from_mapping({"aware_at": "2026-12-01T10:00:00+09:00", "count_is_maximum_estimate": True})
    assert exc.value.errors == {"count_is_maximum_estimate": "requires_people_count"}


def test_non_mapping_is_rejected():
    with pytest.raises(FactsError) as exc:
        facts_from_mapping(["aware_at"])
    assert exc.value.errors == {"_root": "not_a_mapping"}


def test_facts_constructor_rejects_plain_strings_for_enums():
    with pytest.raises(FactsError) as exc:
        Facts(aware_at=datetime(2026, 12, 1, tzinfo=TOKYO), sensitive_data="yes", role="contractor")
    assert exc.value.errors == {"sensitive_data": "invalid_tri", "role": "invalid_choice"}


def test_facts_are_frozen_and_signs_are_canonical():
    f = Facts(
        aware_at=datetime(2026, 12, 1, tzinfo=TOKYO),
        attack_signs=[AttackSign.U_C2_COMMUNICATION, AttackSign.A_EXFILTRATION_TRACES, AttackSign.U_C2_COMMUNICATION],
    )
    assert f.attack_signs == (AttackSign.A_EXFILTRATION_TRACES, AttackSign.U_C2_COMMUNICATION)
    with pytest.raises(AttributeError):
        f.sensitive_data = Tri.YES  # type: ignore[misc]
