"""Contractor and principal (委託先・委託元, 000 8-⑤ ⑬).

Either we handle the data for a principal (we are the contractor: the incident must reach the
principal, and a prompt notice to it releases us from the duty to report and to notify under
個人情報保護法26条1項ただし書 / 施行規則9条), or our contractor had the incident and reported it
to us (we are the principal: the incident records the contractor and the date of its report).

Who the other party is is a company's name, not a person's data; the form refuses anything that
looks like an e-mail address or leaked data. The notice records when, by whom (a Slack user of
ours) and how; then the principal's answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from domain.contacts import Problem, Refused, looks_like_personal_data
from domain.legal import Role


class OurRole(StrEnum):
    CONTRACTOR = "contractor"  # we handle the data for a principal (委託先)
    PRINCIPAL = "principal"  # our contractor had the incident (委託元)


class NoticeMethod(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    LETTER = "letter"
    MEETING = "meeting"
    OTHER = "other"


class Answer(StrEnum):
    ACKNOWLEDGED = "acknowledged"  # noted; the principal handles its duties
    PRINCIPAL_REPORTS = "principal_reports"  # the principal reports to the PPC itself
    ASKS_US_TO_REPORT = "asks_us_to_report"  # the principal asks us to report as well
    OTHER = "other"


NAME_MAX = 100


@dataclass(frozen=True)
class LinkInput:
    our_role: str | None
    counterparty: str | None
    contractor_reported_at: datetime | None
    notified_at: datetime | None
    notified_by: str | None
    notice_method: str | None
    answer: str | None
    answered_at: datetime | None


@dataclass(frozen=True)
class Link:
    our_role: OurRole
    counterparty: str
    contractor_reported_at: datetime | None
    notified_at: datetime | None
    notified_by: str | None
    notice_method: NoticeMethod | None
    answer: Answer | None
    answered_at: datetime | None


def legal_role(our_role: OurRole) -> Role:
    """The engine's role for the entrustment we recorded."""
    return Role.CONTRACTOR if our_role is OurRole.CONTRACTOR else Role.PRINCIPAL


def principal_notified_at(link: Link | None) -> datetime | None:
    """The fact the legal engine uses for the 規則9条 release: only a contractor notifies."""
    if link is None or link.our_role is not OurRole.CONTRACTOR:
        return None
    return link.notified_at


def _moment(value: datetime | None, name: str, errors: dict[str, Problem], *, now: datetime, discovered_at: datetime) -> None:
    if value is None:
        return
    if value > now:
        errors[name] = Problem.IN_FUTURE
    elif name != "contractor_reported_at" and value < discovered_at:
        errors[name] = Problem.BEFORE_DISCOVERY


def _choice(enum: type[StrEnum], raw: str | None, name: str, errors: dict[str, Problem]) -> StrEnum | None:
    if not raw:
        return None
    try:
        return enum(raw)
    except ValueError:
        errors[name] = Problem.UNKNOWN_CHOICE
        return None


def validate_link(raw: LinkInput, *, discovered_at: datetime, now: datetime) -> Link:
    errors: dict[str, Problem] = {}
    role = _choice(OurRole, raw.our_role, "our_role", errors)
    if raw.our_role is None:
        errors["our_role"] = Problem.REQUIRED
    name = (raw.counterparty or "").strip()
    if not name:
        errors["counterparty"] = Problem.REQUIRED
    elif len(name) > NAME_MAX:
        errors["counterparty"] = Problem.TOO_LONG
    elif looks_like_personal_data(name):
        errors["counterparty"] = Problem.PERSONAL_DATA
    for field in ("contractor_reported_at", "notified_at", "answered_at"):
        _moment(getattr(raw, field), field, errors, now=now, discovered_at=discovered_at)
    method = _choice(NoticeMethod, raw.notice_method, "notice_method", errors)
    answer = _choice(Answer, raw.answer, "answer", errors)
    if role is OurRole.PRINCIPAL:
        if raw.contractor_reported_at is None and "contractor_reported_at" not in errors:
            errors["contractor_reported_at"] = Problem.REPORT_DATE_REQUIRED
        # We are the principal: nobody above us to notify.
        notified_at, notified_by, method, answer, answered_at = None, None, None, None, None
    else:
        notified_at, notified_by, answered_at = raw.notified_at, raw.notified_by, raw.answered_at
        given = [x is not None for x in (notified_at, notified_by, method)]
        if any(given) and not all(given):
            for field, present in zip(("notified_at", "notified_by", "notice_method"), given, strict=True):
                if not present:
                    errors[field] = Problem.NOTICE_INCOMPLETE
        if (answer is not None or answered_at is not None) and notified_at is None and "notified_at" not in errors:
            errors["notified_at"] = Problem.NOTICE_INCOMPLETE
        if answer is not None and answered_at is None and "answered_at" not in errors:
            errors["answered_at"] = Problem.REQUIRED
        if answered_at is not None and answer is None and "answer" not in errors:
            errors["answer"] = Problem.REQUIRED
        if answered_at is not None and notified_at is not None and answered_at < notified_at and "answered_at" not in errors:
            errors["answered_at"] = Problem.ANSWER_BEFORE_NOTICE
    if errors:
        raise Refused(errors)
    assert isinstance(role, OurRole)
    return Link(
        our_role=role, counterparty=name,
        contractor_reported_at=raw.contractor_reported_at if role is OurRole.PRINCIPAL else None,
        notified_at=notified_at, notified_by=notified_by,
        notice_method=method if isinstance(method, NoticeMethod) else None,
        answer=answer if isinstance(answer, Answer) else None, answered_at=answered_at,
    )
