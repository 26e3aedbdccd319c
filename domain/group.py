"""Serious incidents to the group level (8-⑧): what the directory calls serious, and why.

A group's central office wants to hear at once about the incidents that matter to the whole group,
and only those. The directory says which (``serious:``; any one rule is enough) and where
(``group_channel``)::

    group_channel: C0GROUP0001
    company: {ja: 株式会社サンプル, en: Sample Inc.}   # how the group knows this company
    serious:
      severity_high: true      # the first report's severity hint is "high"
      reportable: true         # a report to the PPC is (possibly) required: APPI or My Number Act
      people_over: 500         # more than this many people (an unknown count does not trigger it)
      event_types: [unauthorized_access, malware]
      departments: [hr]

Without ``serious:`` the first two rules apply (high severity, reportable). Without
``group_channel`` nothing is posted. Drills are never serious: they are practice, and a drill
posted to a group channel could be taken for a real incident by people who do not know it was one.
Pure: parsing the parsed YAML and deciding, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from domain.incidents import EventType, Severity

_CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{2,}$")
_LANGUAGES = ("ja", "en")


class SeriousReason(StrEnum):
    SEVERITY_HIGH = "severity_high"
    REPORTABLE = "reportable"
    PEOPLE_OVER = "people_over"
    EVENT_TYPE = "event_type"
    DEPARTMENT = "department"


@dataclass(frozen=True)
class SeriousRules:
    severity_high: bool = True
    reportable: bool = True
    people_over: int | None = None
    event_types: frozenset[str] = field(default_factory=frozenset)
    departments: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class GroupConfig:
    """The group level: its channel (None: not configured), this company's name there, the rules."""

    channel: str | None = None
    company: dict[str, str] = field(default_factory=dict)
    serious: SeriousRules = field(default_factory=SeriousRules)

    def company_name(self, lang: str) -> str:
        return self.company.get(lang) or next(iter(self.company.values()), "")


def serious_reasons(
    rules: SeriousRules,
    *,
    drill: bool,
    severity: str,
    reportable: bool,
    people_count: int | None,
    event_type: str,
    department_id: str,
) -> tuple[SeriousReason, ...]:
    """Why an incident is serious under ``rules`` (empty: it is not). A drill never is."""
    if drill:
        return ()
    reasons: list[SeriousReason] = []
    if rules.severity_high and severity == Severity.HIGH:
        reasons.append(SeriousReason.SEVERITY_HIGH)
    if rules.reportable and reportable:
        reasons.append(SeriousReason.REPORTABLE)
    if rules.people_over is not None and people_count is not None and people_count > rules.people_over:
        reasons.append(SeriousReason.PEOPLE_OVER)
    if event_type in rules.event_types:
        reasons.append(SeriousReason.EVENT_TYPE)
    if department_id in rules.departments:
        reasons.append(SeriousReason.DEPARTMENT)
    return tuple(reasons)


@dataclass(frozen=True)
class GroupProblem:
    where: str
    code: str
    value: str = ""


def _strings(value: Any, where: str, problems: list[GroupProblem]) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(GroupProblem(where, "required_list"))
        return []
    return [v.strip() for v in value]


def parse_group(data: dict[str, Any], *, department_ids: set[str]) -> tuple[GroupConfig, list[GroupProblem]]:
    """The group settings of a parsed directory file, and every problem found (see the module doc)."""
    problems: list[GroupProblem] = []
    channel = data.get("group_channel")
    if channel is not None and (not isinstance(channel, str) or not _CHANNEL_ID.match(channel.strip())):
        problems.append(GroupProblem("/group_channel", "bad_channel", str(channel)))
        channel = None
    company_raw = data.get("company")
    company: dict[str, str] = {}
    if isinstance(company_raw, str) and company_raw.strip():
        company = {lang: company_raw.strip() for lang in _LANGUAGES}
    elif isinstance(company_raw, dict) and all(isinstance(company_raw.get(k), str) and company_raw[k] for k in _LANGUAGES):
        company = {k: str(company_raw[k]).strip() for k in _LANGUAGES}
    elif company_raw is not None:
        problems.append(GroupProblem("/company", "needs_ja_en"))
    raw = data.get("serious")
    rules = SeriousRules()
    if raw is not None and not isinstance(raw, dict):
        problems.append(GroupProblem("/serious", "not_a_mapping"))
    elif isinstance(raw, dict):
        flags: dict[str, bool] = {}
        for name in ("severity_high", "reportable"):
            value = raw.get(name, True)
            if not isinstance(value, bool):
                problems.append(GroupProblem(f"/serious/{name}", "not_a_boolean", str(value)))
                value = True
            flags[name] = value
        people = raw.get("people_over")
        if people is not None and (isinstance(people, bool) or not isinstance(people, int) or people < 0):
            problems.append(GroupProblem("/serious/people_over", "not_a_count", str(people)))
            people = None
        events = _strings(raw.get("event_types"), "/serious/event_types", problems)
        known_events = {e.value for e in EventType}
        for i, event in enumerate(events):
            if event not in known_events:
                problems.append(GroupProblem(f"/serious/event_types/{i}", "unknown_event_type", event))
        departments = _strings(raw.get("departments"), "/serious/departments", problems)
        for i, department in enumerate(departments):
            if department not in department_ids:
                problems.append(GroupProblem(f"/serious/departments/{i}", "unknown_department", department))
        rules = SeriousRules(
            severity_high=flags["severity_high"], reportable=flags["reportable"], people_over=people,
            event_types=frozenset(events) & known_events, departments=frozenset(departments) & department_ids,
        )
    return GroupConfig(channel=channel.strip() if isinstance(channel, str) else None, company=company, serious=rules), problems
