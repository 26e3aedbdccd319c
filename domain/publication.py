"""The publication decision (公表判断, 000 8-⑥ ⑬ ⑰).

The practice records five criteria with every decision — who controls the data, how it leaked,
what leaked, how much, how much harm — then the decision itself (publish now / publish later,
with why / not publish, with why) and who approved it (an executive or the privacy office).
Publication is also the substitute for notifying individuals who cannot be reached
(個人情報保護法26条2項ただし書). When published: when and how (web notice, press release, apology
notice, press conference).

A contractor publishes only after its principal agreed to the timing (000 8-⑬: the principal
controls the data and speaks to its own customers first), so "publish now" is refused for a
contractor until the principal's agreement is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from domain.contacts import Problem, Refused, looks_like_personal_data


class Criterion(StrEnum):
    CONTROL = "control"  # 情報の管理主体
    ROUTE = "route"  # 漏えいの経路
    DATA = "data"  # 漏えいした情報の内容
    SCALE = "scale"  # 規模
    HARM = "harm"  # 被害の程度


CRITERIA: tuple[Criterion, ...] = tuple(Criterion)


class Decision(StrEnum):
    PUBLISH_NOW = "publish_now"
    PUBLISH_LATER = "publish_later"
    NOT_PUBLISH = "not_publish"


class Approver(StrEnum):
    EXECUTIVE = "executive"
    OFFICE = "office"


class Method(StrEnum):
    WEB_NOTICE = "web_notice"
    PRESS_RELEASE = "press_release"
    APOLOGY_NOTICE = "apology_notice"
    PRESS_CONFERENCE = "press_conference"


class PrincipalAgreed(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_ASKED = "not_asked"


#: A criterion is a short assessment, not a report.
CRITERION_MAX = 500
REASON_MAX = 1000


@dataclass(frozen=True)
class DecisionInput:
    criteria: dict[str, str | None]
    decision: str | None
    reason: str | None
    approver_kind: str | None
    approver: str | None
    published_at: datetime | None
    methods: tuple[str, ...]
    principal_agreed: str | None


@dataclass(frozen=True)
class PublicationDecision:
    criteria: dict[str, str]
    decision: Decision
    reason: str
    approver_kind: Approver
    approver: str
    published_at: datetime | None
    methods: tuple[Method, ...]
    principal_agreed: PrincipalAgreed | None


def may_publish(*, we_are_contractor: bool, principal_agreed: PrincipalAgreed | None) -> bool:
    """8-⑬: a contractor cannot publish before its principal agreed to the timing."""
    return not we_are_contractor or principal_agreed is PrincipalAgreed.YES


def _text(raw: str | None, limit: int, name: str, errors: dict[str, Problem], *, required: bool) -> str:
    value = (raw or "").strip()
    if not value:
        if required:
            errors[name] = Problem.REQUIRED
    elif len(value) > limit:
        errors[name] = Problem.TOO_LONG
    elif looks_like_personal_data(value):
        errors[name] = Problem.PERSONAL_DATA
    return value


def validate_decision(
    raw: DecisionInput, *, we_are_contractor: bool, discovered_at: datetime, now: datetime,
) -> PublicationDecision:
    errors: dict[str, Problem] = {}
    criteria = {c.value: _text(raw.criteria.get(c.value), CRITERION_MAX, c.value, errors, required=True) for c in CRITERIA}
    decision: Decision | None = None
    try:
        decision = Decision(raw.decision) if raw.decision else None
    except ValueError:
        errors["decision"] = Problem.UNKNOWN_CHOICE
    if decision is None and "decision" not in errors:
        errors["decision"] = Problem.REQUIRED
    reason = _text(raw.reason, REASON_MAX, "reason", errors, required=False)
    if decision in (Decision.PUBLISH_LATER, Decision.NOT_PUBLISH) and not reason and "reason" not in errors:
        errors["reason"] = Problem.REASON_REQUIRED
    approver_kind: Approver | None = None
    try:
        approver_kind = Approver(raw.approver_kind) if raw.approver_kind else None
    except ValueError:
        errors["approver_kind"] = Problem.UNKNOWN_CHOICE
    if approver_kind is None and "approver_kind" not in errors:
        errors["approver_kind"] = Problem.APPROVER_REQUIRED
    if not raw.approver:
        errors["approver"] = Problem.APPROVER_REQUIRED
    methods: list[Method] = []
    for m in raw.methods:
        try:
            methods.append(Method(m))
        except ValueError:
            errors["methods"] = Problem.UNKNOWN_CHOICE
    agreed: PrincipalAgreed | None = None
    if raw.principal_agreed:
        try:
            agreed = PrincipalAgreed(raw.principal_agreed)
        except ValueError:
            errors["principal_agreed"] = Problem.UNKNOWN_CHOICE
    published_at = raw.published_at
    if decision is Decision.PUBLISH_NOW:
        if published_at is None:
            errors["published_at"] = Problem.PUBLISHED_AT_REQUIRED
        elif published_at > now:
            errors["published_at"] = Problem.IN_FUTURE
        elif published_at < discovered_at:
            errors["published_at"] = Problem.BEFORE_DISCOVERY
        if not methods and "methods" not in errors:
            errors["methods"] = Problem.METHOD_REQUIRED
        if not may_publish(we_are_contractor=we_are_contractor, principal_agreed=agreed):
            errors["principal_agreed"] = Problem.PRINCIPAL_MUST_AGREE
    else:
        # Not published (yet): a publication date or a method would contradict the decision.
        published_at, methods = None, []
    if errors:
        raise Refused(errors)
    assert decision is not None and approver_kind is not None and raw.approver
    return PublicationDecision(
        criteria=criteria, decision=decision, reason=reason, approver_kind=approver_kind, approver=raw.approver,
        published_at=published_at, methods=tuple(methods), principal_agreed=agreed if we_are_contractor else None,
    )
