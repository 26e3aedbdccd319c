"""Reading Slack's modal state into plain values (no rules here: the domain validates).

Every reader accepts any shape: a forged or broken payload (state that is not a mapping, a list
where an option should be, a number too large for a date) reads as "nothing entered", which the
domain then refuses with its usual inline error. Free text is cleaned here, once, for every field
(``domain.text.clean_text``: no NUL or other control characters, NFC).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from domain.directory import is_user_id
from domain.incidents import FirstReportInput
from domain.near_miss import NearMissInput
from domain.recurrence import MAX_PLANNED, PlannedInput, StatementInput
from domain.recurrence import field as planned_field
from domain.second_report import SecondReportInput
from domain.tasks import TaskInput
from domain.text import clean_text
from prompts.ids import (
    CHECKED,
    RULESET_AUTO,
    VALUE,
    LegalField,
    NearMissField,
    PhaseField,
    RecurrenceField,
    TaskField,
)
from prompts.ids import FirstReportField as F
from prompts.ids import SecondReportField as S

State = dict[str, dict[str, dict[str, Any]]]


#: Latest epoch second a date picker may say (year 9999): beyond it ``datetime`` cannot represent it.
_MAX_EPOCH = 253_402_300_799


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _element(state: State, block: str) -> dict[str, Any]:
    return _mapping(_mapping(_mapping(state).get(block)).get(VALUE))


def text(state: State, block: str) -> str | None:
    value = _element(state, block).get("value")
    return clean_text(value) if isinstance(value, str) else None


def choice(state: State, block: str) -> str | None:
    value = _mapping(_element(state, block).get("selected_option")).get("value")
    return value if isinstance(value, str) else None


def choices(state: State, block: str) -> tuple[str, ...]:
    selected = _element(state, block).get("selected_options")
    if not isinstance(selected, list):
        return ()
    return tuple(o["value"] for o in selected if isinstance(o, dict) and isinstance(o.get("value"), str))


def checked(state: State, block: str) -> bool:
    return CHECKED in choices(state, block)


def moment(state: State, block: str) -> datetime | None:
    """A datetimepicker's value (epoch seconds, the user's own timezone already applied) in UTC."""
    epoch = _element(state, block).get("selected_date_time")
    if isinstance(epoch, (int, float)) and not isinstance(epoch, bool) and 0 <= epoch <= _MAX_EPOCH:
        return datetime.fromtimestamp(epoch, tz=UTC)
    return None


def values(view: dict[str, Any]) -> State:
    return _mapping(_mapping(_mapping(view).get("state")).get("values"))


def metadata(view: dict[str, Any]) -> dict[str, Any]:
    raw = _mapping(view).get("private_metadata")
    if not isinstance(raw, str) or not raw:
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return {}
    return _mapping(data)


def object_id(value: Any) -> int | None:
    """An object ID from metadata or a button (a task's): a positive number of at most 18 digits, else None."""
    raw = str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 18 and int(raw) > 0 else None


def first_report(view: dict[str, Any]) -> FirstReportInput:
    s = values(view)
    return FirstReportInput(
        department_id=choice(s, F.DEPARTMENT),
        event_type=choice(s, F.EVENT_TYPE),
        discovered_at=moment(s, F.DISCOVERED_AT),
        occurred_at=moment(s, F.OCCURRED_AT),
        location=text(s, F.LOCATION),
        data_categories=choices(s, F.DATA_CATEGORIES),
        people_count=text(s, F.PEOPLE_COUNT),
        people_count_unknown=checked(s, F.PEOPLE_COUNT_UNKNOWN),
        encrypted=choice(s, F.ENCRYPTED),
        third_party=choice(s, F.THIRD_PARTY),
        actions_taken=text(s, F.ACTIONS_TAKEN),
        description=text(s, F.DESCRIPTION),
        hide_reporter=checked(s, F.HIDE_REPORTER),
    )


def second_report(view: dict[str, Any]) -> SecondReportInput:
    s = values(view)
    return SecondReportInput(
        what_happened=text(s, S.WHAT_HAPPENED),
        who=text(s, S.WHO),
        cause=text(s, S.CAUSE),
        occurred_at=moment(s, S.OCCURRED_AT),
        location=text(s, S.LOCATION),
        data_categories=choices(s, S.DATA_CATEGORIES),
        data_items=text(s, S.DATA_ITEMS),
        count_basis=choice(s, S.COUNT_BASIS),
        people_count=text(s, S.PEOPLE_COUNT),
        how_discovered=text(s, S.HOW_DISCOVERED),
        secondary_harm=choice(s, S.SECONDARY_HARM),
        secondary_harm_detail=text(s, S.SECONDARY_HARM_DETAIL),
        third_party=choice(s, S.THIRD_PARTY),
        third_party_detail=text(s, S.THIRD_PARTY_DETAIL),
    )


def phase_change(view: dict[str, Any]) -> tuple[str | None, bool]:
    """The chosen phase and "carry the open tasks over" (closing takes the approved statement)."""
    s = values(view)
    return choice(s, PhaseField.PHASE), checked(s, PhaseField.CARRY_OVER)


def user(state: State, block: str) -> str | None:
    value = _element(state, block).get("selected_user")
    return value if isinstance(value, str) and is_user_id(value) else None


def task(view: dict[str, Any]) -> TaskInput:
    s = values(view)
    return TaskInput(
        title=text(s, TaskField.TITLE),
        assignee=user(s, TaskField.ASSIGNEE),
        due_at=moment(s, TaskField.DUE_AT),
        phase=choice(s, TaskField.PHASE),
        notes=text(s, TaskField.NOTES),
    )


_LEGAL_CHOICES = (
    LegalField.SENSITIVE_DATA, LegalField.FINANCIAL_HARM, LegalField.IMPROPER_PURPOSE, LegalField.STRONG_ENCRYPTION,
    LegalField.KEY_LEAKED, LegalField.ROLE, LegalField.SECTOR, LegalField.EU_RESIDENTS, LegalField.EU_ESTABLISHMENT,
    LegalField.GDPR_RISK, LegalField.GDPR_MITIGATED, LegalField.PSEUDONYMISED, LegalField.MY_NUMBER_INVOLVED,
    LegalField.MY_NUMBER_SYSTEM, LegalField.MY_NUMBER_PUBLIC,
)


def legal_form(view: dict[str, Any]) -> tuple[dict[str, Any], str | None, str]:
    """The legal form as a facts mapping (for ``facts_from_mapping``), the rule-set choice, and
    the typed head count (validated by the caller).  The typed My Number head count, when given,
    is in the mapping as text (``facts_from_form`` parses it like the head count)."""
    s = values(view)
    mapping: dict[str, Any] = {field.value: choice(s, field) for field in _LEGAL_CHOICES if choice(s, field)}
    for field in (LegalField.AWARE_AT, LegalField.PRINCIPAL_NOTIFIED_AT):
        when = moment(s, field)
        if when is not None:
            mapping[field.value] = when
    mapping[LegalField.ATTACK_SIGNS.value] = list(choices(s, LegalField.ATTACK_SIGNS))
    mapping[LegalField.COUNT_IS_MAX.value] = checked(s, LegalField.COUNT_IS_MAX)
    my_number_count = (text(s, LegalField.MY_NUMBER_PEOPLE_COUNT) or "").strip()
    if my_number_count:
        mapping[LegalField.MY_NUMBER_PEOPLE_COUNT.value] = my_number_count
    ruleset = choice(s, LegalField.RULESET)
    return mapping, None if ruleset in (None, RULESET_AUTO) else ruleset, (text(s, LegalField.PEOPLE_COUNT) or "").strip()


def recurrence(view: dict[str, Any]) -> StatementInput:
    s = values(view)
    return StatementInput(
        direct_cause=text(s, RecurrenceField.DIRECT_CAUSE),
        root_cause=text(s, RecurrenceField.ROOT_CAUSE),
        measures_taken=text(s, RecurrenceField.MEASURES_TAKEN),
        planned=tuple(
            PlannedInput(
                title=text(s, planned_field("title", n)),
                assignee=user(s, planned_field("assignee", n)),
                due_at=moment(s, planned_field("due", n)),
            )
            for n in range(1, MAX_PLANNED + 1)
        ),
    )


def review(view: dict[str, Any]) -> tuple[str | None, str | None]:
    s = values(view)
    return choice(s, RecurrenceField.DECISION), text(s, RecurrenceField.COMMENT)


def near_miss(view: dict[str, Any]) -> NearMissInput:
    s = values(view)
    return NearMissInput(
        department_id=choice(s, NearMissField.DEPARTMENT),
        event_type=choice(s, NearMissField.EVENT_TYPE),
        description=text(s, NearMissField.DESCRIPTION),
        stopped_by=text(s, NearMissField.STOPPED_BY),
        cause=text(s, NearMissField.CAUSE),
        measure=text(s, NearMissField.MEASURE),
    )


def command_text(body: dict[str, Any]) -> str:
    """What was typed after a slash command, cleaned like every free text."""
    value = body.get("text")
    return clean_text(value).strip() if isinstance(value, str) else ""
