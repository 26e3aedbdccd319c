from datetime import UTC, datetime, timedelta

import pytest

from domain.incidents import (
    DataCategory,
    ErrorCode,
    EventType,
    FirstReportInput,
    Severity,
    SeverityReason,
    Tri,
    ValidationFailed,
    channel_name,
    parse_count,
    parse_public_id,
    public_id,
    severity_hint,
    validate_first_report,
)

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
DEPTS = {"sales", "hr"}


def raw(**overrides) -> FirstReportInput:
    values = dict(
        department_id="sales",
        event_type="loss",
        discovered_at=NOW - timedelta(hours=1),
        occurred_at=NOW - timedelta(hours=5),
        data_categories=("name_contact",),
        people_count="120",
        people_count_unknown=False,
        encrypted="no",
        third_party="none",
        description="Laptop left on a train",
    )
    values.update(overrides)
    return FirstReportInput(**values)


def errors_of(**overrides) -> dict[str, ErrorCode]:
    with pytest.raises(ValidationFailed) as caught:
        validate_first_report(raw(**overrides), known_departments=DEPTS, now=NOW)
    return caught.value.errors


def test_valid_report_is_returned_typed():
    report = validate_first_report(raw(location="  Shibuya  "), known_departments=DEPTS, now=NOW)
    assert report.event_type is EventType.LOSS
    assert report.people_count == 120
    assert report.data_categories == frozenset({DataCategory.NAME_CONTACT})
    assert report.location == "Shibuya"


def test_every_missing_required_field_is_reported_at_once():
    errors = errors_of(
        department_id=None, event_type=None, discovered_at=None, data_categories=(), people_count=None,
        encrypted=None, third_party=None, description="   ",
    )
    assert errors == {
        "department": ErrorCode.REQUIRED,
        "event_type": ErrorCode.REQUIRED,
        "discovered_at": ErrorCode.REQUIRED,
        "data_categories": ErrorCode.REQUIRED,
        "people_count": ErrorCode.COUNT_OR_UNKNOWN,
        "encrypted": ErrorCode.REQUIRED,
        "third_party": ErrorCode.REQUIRED,
        "description": ErrorCode.REQUIRED,
    }


def test_discovery_in_the_future_is_refused():
    assert errors_of(discovered_at=NOW + timedelta(minutes=5)) == {"discovered_at": ErrorCode.IN_FUTURE}


def test_discovery_before_occurrence_is_refused():
    errors = errors_of(occurred_at=NOW - timedelta(hours=1), discovered_at=NOW - timedelta(hours=2))
    assert errors == {"discovered_at": ErrorCode.BEFORE_OCCURRENCE}


def test_discovery_at_the_occurrence_instant_is_fine():
    moment = NOW - timedelta(hours=1)
    assert validate_first_report(raw(occurred_at=moment, discovered_at=moment), known_departments=DEPTS, now=NOW)


@pytest.mark.parametrize(
    ("typed", "code"),
    [("-3", ErrorCode.NEGATIVE), ("1.5", ErrorCode.NOT_INTEGER), ("abc", ErrorCode.NOT_INTEGER),
     ("10000000000", ErrorCode.TOO_LARGE)],
)
def test_bad_counts_are_refused(typed, code):
    assert errors_of(people_count=typed) == {"people_count": code}


def test_count_and_unknown_together_is_refused():
    assert errors_of(people_count="5", people_count_unknown=True) == {"people_count": ErrorCode.COUNT_AND_UNKNOWN}


def test_unknown_count_is_accepted_as_none():
    report = validate_first_report(raw(people_count="", people_count_unknown=True), known_departments=DEPTS, now=NOW)
    assert report.people_count is None


@pytest.mark.parametrize(("typed", "value"), [("1,200", 1200), ("１２００", 1200), (" 7 ", 7), ("0", 0)])
def test_counts_as_people_type_them(typed, value):
    assert parse_count(typed) == value


def test_unknown_department_and_forged_choices_are_refused():
    errors = errors_of(department_id="finance", event_type="alien", data_categories=("dna",))
    assert errors == {
        "department": ErrorCode.UNKNOWN_CHOICE,
        "event_type": ErrorCode.UNKNOWN_CHOICE,
        "data_categories": ErrorCode.UNKNOWN_CHOICE,
    }


def test_overlong_text_is_refused():
    assert errors_of(description="x" * 3001) == {"description": ErrorCode.TOO_LONG}


def hint(event=EventType.MISDELIVERY, data=(DataCategory.NAME_CONTACT,), count=3, encrypted=Tri.NO):
    return severity_hint(event_type=event, data_categories=frozenset(data), people_count=count, encrypted=encrypted)


def test_one_sensitive_record_is_high():
    result = hint(data=(DataCategory.SENSITIVE,), count=1)
    assert result.level is Severity.HIGH and SeverityReason.SENSITIVE_DATA in result.reasons


def test_thousand_people_is_not_yet_over_the_line_but_1001_is():
    assert hint(count=1000).level is Severity.LOW
    assert hint(count=1001).level is Severity.HIGH


def test_attack_sign_is_high_and_encryption_lowers_it_to_medium():
    assert hint(event=EventType.UNAUTHORIZED_ACCESS).level is Severity.HIGH
    encrypted = hint(event=EventType.THEFT, encrypted=Tri.YES)
    assert encrypted.level is Severity.MEDIUM and SeverityReason.ENCRYPTED in encrypted.reasons


def test_unknowns_never_read_as_harmless():
    assert hint(count=None).level is Severity.MEDIUM
    assert hint(data=(DataCategory.UNKNOWN,)).level is Severity.MEDIUM
    assert hint(encrypted=Tri.UNKNOWN).level is Severity.MEDIUM


def test_ids_and_channel_names_carry_no_personal_data():
    assert public_id(2026, 7) == "LEAK-2026-0007"
    assert channel_name("LEAK-2026-0007") == "leak-2026-0007"
    assert channel_name("LEAK-2026-0007", 1) == "leak-2026-0007-2"


def test_typed_ids_are_normalized():
    assert parse_public_id(" leak-2026-0007 ") == "LEAK-2026-0007"
    assert parse_public_id("ＬＥＡＫ－２０２６－０００７") == "LEAK-2026-0007"
    assert parse_public_id("2026-0007") is None
