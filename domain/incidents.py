"""Incidents: what a first report says, how it is validated, and how serious it looks.

The first report (第一報) asks only the minimum so that a nervous reporter finishes it in a minute
("report first, judge later"). Validation here is semantic: the handler has already
turned Slack's form state into plain Python values; this module decides whether they make sense and
answers with *error codes* per field, which ``prompts`` turns into Japanese or English text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from domain.tri import Tri as Tri  # re-exported: the one Tri of the domain


class EventType(StrEnum):
    """What the reporter noticed. Every sign counts: a suspicion is reported, not only a confirmed leak."""

    EXTERNAL_INQUIRY = "external_inquiry"  # 外部から「情報が出ている」との問い合わせ
    LOSS = "loss"  # 書類・媒体・PCの紛失
    THEFT = "theft"  # 同 盗難
    STRANGER_ACCESS = "stranger_access"  # 部外者が触れた形跡
    UNAUTHORIZED_ACCESS = "unauthorized_access"  # システム・サーバへの不正アクセス
    CREDENTIAL_LOSS = "credential_loss"  # 鍵・ID/パスワード・入館証の紛失・盗難
    AUTHORITY_INQUIRY = "authority_inquiry"  # 報道・監督官庁・警察からの問い合わせ
    INTERNAL_TIP = "internal_tip"  # 内部通報
    INTERNET_RUMOUR = "internet_rumour"  # ネット上の噂
    DATA_FOR_SALE = "data_for_sale"  # 名簿業者・ネットでの販売
    SUSPICIOUS_CONTACT = "suspicious_contact"  # データを持つと称する者からの接触
    PARTNER_REPORT = "partner_report"  # 委託先・取引先からの事故報告
    MISDELIVERY = "misdelivery"  # 誤送信・誤送付
    MISCONFIGURATION = "misconfiguration"  # 設定ミス・公開状態
    MALWARE = "malware"  # マルウェア・ランサムウェア
    OTHER = "other"


class PurposeSign(StrEnum):
    """What an event type says about an act with an improper purpose (APPI 施行規則7条3号;
    番号法29条の4 規則2条2号): the act itself, a suggestion of one, merely possible, or none."""

    ACT = "act"  # the event is itself such an act (unauthorised access, malware, theft)
    SUGGESTS = "suggests"  # points to one without establishing it
    POSSIBLE = "possible"  # cannot be ruled out from the event alone
    NONE = "none"  # an accident by nature (loss, misdelivery, misconfiguration)


#: The one table of what each event type says about an improper purpose.  It names every
#: ``EventType`` (checked at import): a new event type can never silently mean "none".
IMPROPER_PURPOSE_BY_EVENT: dict[EventType, PurposeSign] = {
    EventType.EXTERNAL_INQUIRY: PurposeSign.POSSIBLE,
    EventType.LOSS: PurposeSign.NONE,
    EventType.THEFT: PurposeSign.ACT,
    EventType.STRANGER_ACCESS: PurposeSign.SUGGESTS,
    EventType.UNAUTHORIZED_ACCESS: PurposeSign.ACT,
    EventType.CREDENTIAL_LOSS: PurposeSign.POSSIBLE,
    EventType.AUTHORITY_INQUIRY: PurposeSign.POSSIBLE,
    EventType.INTERNAL_TIP: PurposeSign.POSSIBLE,
    EventType.INTERNET_RUMOUR: PurposeSign.POSSIBLE,
    EventType.DATA_FOR_SALE: PurposeSign.SUGGESTS,
    EventType.SUSPICIOUS_CONTACT: PurposeSign.SUGGESTS,
    EventType.PARTNER_REPORT: PurposeSign.POSSIBLE,
    EventType.MISDELIVERY: PurposeSign.NONE,
    EventType.MISCONFIGURATION: PurposeSign.NONE,
    EventType.MALWARE: PurposeSign.ACT,
    EventType.OTHER: PurposeSign.POSSIBLE,
}
if set(IMPROPER_PURPOSE_BY_EVENT) != set(EventType):  # pragma: no cover - guards future edits
    raise RuntimeError(f"IMPROPER_PURPOSE_BY_EVENT misses {set(EventType) - set(IMPROPER_PURPOSE_BY_EVENT)}")

#: Event types that suggest an act with an improper purpose — a sign for the severity hint, not a finding.
IMPROPER_PURPOSE_SIGNS = frozenset(
    event for event, sign in IMPROPER_PURPOSE_BY_EVENT.items() if sign in (PurposeSign.ACT, PurposeSign.SUGGESTS)
)


def improper_purpose_fact(event_type: str) -> Tri:
    """The improper-purpose fact an event type supports: YES for the act itself, NO for an accident
    by nature, UNKNOWN otherwise — and UNKNOWN for an event type this code does not know."""
    try:
        sign = IMPROPER_PURPOSE_BY_EVENT[EventType(event_type)]
    except ValueError:
        return Tri.UNKNOWN
    if sign is PurposeSign.ACT:
        return Tri.YES
    if sign is PurposeSign.NONE:
        return Tri.NO
    return Tri.UNKNOWN


class DataCategory(StrEnum):
    """Kinds of personal data involved. Categories only: the bot never holds the data itself."""

    SENSITIVE = "sensitive"  # 要配慮個人情報
    PAYMENT = "payment"  # カード番号・決済の認証情報
    MY_NUMBER = "my_number"  # マイナンバー
    NAME_CONTACT = "name_contact"  # 氏名・連絡先
    CREDENTIALS = "credentials"  # ID・パスワード
    EMPLOYEE = "employee"  # 従業員情報
    UNKNOWN = "unknown"  # 不明


class ThirdParty(StrEnum):
    """Whether an entrustment relationship is involved (a contractor's leak must reach the principal: APPI Art. 26(1) proviso)."""

    NONE = "none"
    CONTRACTOR = "contractor"  # our contractor (委託先) handled the data
    PRINCIPAL = "principal"  # we handle the data for a principal (委託元)
    UNKNOWN = "unknown"


class Severity(StrEnum):
    """A first hint for triage. The legal assessment decides; this only orders the queue."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class SeverityReason(StrEnum):
    SENSITIVE_DATA = "sensitive_data"
    FINANCIAL_DATA = "financial_data"
    MY_NUMBER = "my_number"
    IMPROPER_PURPOSE_SIGN = "improper_purpose_sign"
    OVER_1000 = "over_1000"
    COUNT_UNKNOWN = "count_unknown"
    DATA_UNKNOWN = "data_unknown"
    ENCRYPTED = "encrypted"
    ENCRYPTION_UNKNOWN = "encryption_unknown"


class ErrorCode(StrEnum):
    """Why a field was refused. ``prompts`` holds the localized sentence for each."""

    REQUIRED = "required"
    UNKNOWN_CHOICE = "unknown_choice"
    IN_FUTURE = "in_future"
    BEFORE_OCCURRENCE = "before_occurrence"
    NOT_INTEGER = "not_integer"
    NEGATIVE = "negative"
    TOO_LARGE = "too_large"
    COUNT_OR_UNKNOWN = "count_or_unknown"
    COUNT_AND_UNKNOWN = "count_and_unknown"
    TOO_LONG = "too_long"
    UNKNOWN_WITH_OTHERS = "unknown_with_others"
    OPEN_TASKS = "open_tasks"
    NOT_IN_FUTURE = "not_in_future"


class ValidationFailed(Exception):
    """Raised with every refused field at once, so the modal can show all errors together."""

    def __init__(self, errors: dict[str, ErrorCode]):
        super().__init__(", ".join(f"{k}={v}" for k, v in errors.items()))
        self.errors = errors


#: Counts above this are refused as typos (more than every person in Japan twice over).
MAX_PEOPLE = 300_000_000
#: Limits for free-text answers; they match the modal's ``max_length``.
MAX_SHORT_TEXT = 200
MAX_LONG_TEXT = 3000


@dataclass(frozen=True)
class FirstReport:
    """A validated first report (第一報)."""

    department_id: str
    event_type: EventType
    discovered_at: datetime
    data_categories: frozenset[DataCategory]
    people_count: int | None  # None = unknown
    encrypted: Tri
    third_party: ThirdParty
    description: str
    occurred_at: datetime | None = None
    location: str = ""
    actions_taken: str = ""
    hide_reporter: bool = False


@dataclass(frozen=True)
class FirstReportInput:
    """The first report as typed: strings and choices straight from the form, nothing checked yet."""

    department_id: str | None
    event_type: str | None
    discovered_at: datetime | None
    data_categories: tuple[str, ...] = ()
    people_count: str | None = None
    people_count_unknown: bool = False
    encrypted: str | None = None
    third_party: str | None = None
    description: str | None = None
    occurred_at: datetime | None = None
    location: str | None = None
    actions_taken: str | None = None
    hide_reporter: bool = False


_COUNT_SEPARATORS = re.compile(r"[,\s_]")


def parse_count(text: str) -> int:
    """Parse a head count typed by a person: ``1200``, ``1,200``, full-width ``１２００``.

    Raises ``ValueError`` carrying an ``ErrorCode`` for anything that is not a whole,
    non-negative number of people.
    """
    normalized = _COUNT_SEPARATORS.sub("", unicodedata.normalize("NFKC", text))
    if re.fullmatch(r"[+-]?\d+", normalized) is None:
        raise ValueError(ErrorCode.NOT_INTEGER)
    if len(normalized.lstrip("+-").lstrip("0")) > len(str(MAX_PEOPLE)):  # no int() of thousands of digits
        raise ValueError(ErrorCode.NEGATIVE if normalized.startswith("-") else ErrorCode.TOO_LARGE)
    value = int(normalized)
    if value < 0:
        raise ValueError(ErrorCode.NEGATIVE)
    if value > MAX_PEOPLE:
        raise ValueError(ErrorCode.TOO_LARGE)
    return value


def _clean(text: str | None) -> str:
    return (text or "").strip()


def _enum_or_error(enum: type[StrEnum], raw: str | None, name: str, errors: dict[str, ErrorCode]) -> Any:
    if not raw:
        errors[name] = ErrorCode.REQUIRED
        return None
    try:
        return enum(raw)
    except ValueError:
        errors[name] = ErrorCode.UNKNOWN_CHOICE
        return None


def _check_times(
    occurred_at: datetime | None,
    discovered_at: datetime | None,
    now: datetime,
    errors: dict[str, ErrorCode],
    *,
    discovered_field: str = "discovered_at",
    occurred_field: str = "occurred_at",
) -> None:
    if discovered_at is not None and discovered_at > now:
        errors[discovered_field] = ErrorCode.IN_FUTURE
    if occurred_at is not None and occurred_at > now:
        errors[occurred_field] = ErrorCode.IN_FUTURE
    if (
        occurred_at is not None
        and discovered_at is not None
        and discovered_field not in errors
        and discovered_at < occurred_at
    ):
        errors[discovered_field] = ErrorCode.BEFORE_OCCURRENCE


def validate_first_report(raw: FirstReportInput, *, known_departments: set[str], now: datetime) -> FirstReport:
    """Check a first report and return it, or raise ``ValidationFailed`` with every problem.

    Rules: required fields are present; discovery is not in the future and
    not before the occurrence; the head count is a whole non-negative number, or "unknown"
    is ticked — exactly one of the two.
    """
    errors: dict[str, ErrorCode] = {}
    if not raw.department_id:
        errors["department"] = ErrorCode.REQUIRED
    elif raw.department_id not in known_departments:
        errors["department"] = ErrorCode.UNKNOWN_CHOICE
    event_type = _enum_or_error(EventType, raw.event_type, "event_type", errors)

    if raw.discovered_at is None:
        errors["discovered_at"] = ErrorCode.REQUIRED
    _check_times(raw.occurred_at, raw.discovered_at, now, errors)

    categories: set[DataCategory] = set()
    for value in raw.data_categories:
        try:
            categories.add(DataCategory(value))
        except ValueError:
            errors["data_categories"] = ErrorCode.UNKNOWN_CHOICE
    if not raw.data_categories:
        errors["data_categories"] = ErrorCode.REQUIRED

    people_count: int | None = None
    count_text = _clean(raw.people_count)
    if count_text and raw.people_count_unknown:
        errors["people_count"] = ErrorCode.COUNT_AND_UNKNOWN
    elif not count_text and not raw.people_count_unknown:
        errors["people_count"] = ErrorCode.COUNT_OR_UNKNOWN
    elif count_text:
        try:
            people_count = parse_count(count_text)
        except ValueError as exc:
            errors["people_count"] = exc.args[0]

    encrypted = _enum_or_error(Tri, raw.encrypted, "encrypted", errors)
    third_party = _enum_or_error(ThirdParty, raw.third_party, "third_party", errors)

    description = _clean(raw.description)
    if not description:
        errors["description"] = ErrorCode.REQUIRED
    for name, value, limit in (
        ("description", description, MAX_LONG_TEXT),
        ("actions_taken", _clean(raw.actions_taken), MAX_LONG_TEXT),
        ("location", _clean(raw.location), MAX_SHORT_TEXT),
    ):
        if len(value) > limit:
            errors[name] = ErrorCode.TOO_LONG

    if errors:
        raise ValidationFailed(errors)
    assert event_type is not None and encrypted is not None and third_party is not None
    assert raw.department_id is not None and raw.discovered_at is not None
    return FirstReport(
        department_id=raw.department_id,
        event_type=event_type,
        discovered_at=raw.discovered_at,
        occurred_at=raw.occurred_at,
        data_categories=frozenset(categories),
        people_count=people_count,
        encrypted=encrypted,
        third_party=third_party,
        description=description,
        location=_clean(raw.location),
        actions_taken=_clean(raw.actions_taken),
        hide_reporter=raw.hide_reporter,
    )


@dataclass(frozen=True)
class SeverityHint:
    level: Severity
    reasons: tuple[SeverityReason, ...] = field(default_factory=tuple)


def severity_hint(
    *,
    event_type: EventType,
    data_categories: frozenset[DataCategory],
    people_count: int | None,
    encrypted: Tri,
) -> SeverityHint:
    """A triage hint from the first report, mirroring the four reportable categories of APPI 規則7条.

    HIGH: something that would make the case reportable (sensitive data, payment data or My Number,
    a sign of an improper purpose, more than 1,000 people) and the data was not encrypted.
    MEDIUM: such a sign with encryption (the strong-encryption exception *may* apply), or a
    key fact still unknown (count, data kinds, encryption) — unknown is never treated as harmless.
    LOW: none of these. The legal assessment, not this hint, decides what must be reported.
    """
    triggers: list[SeverityReason] = []
    if DataCategory.SENSITIVE in data_categories:
        triggers.append(SeverityReason.SENSITIVE_DATA)
    if DataCategory.PAYMENT in data_categories:
        triggers.append(SeverityReason.FINANCIAL_DATA)
    if DataCategory.MY_NUMBER in data_categories:
        triggers.append(SeverityReason.MY_NUMBER)
    if event_type in IMPROPER_PURPOSE_SIGNS:
        triggers.append(SeverityReason.IMPROPER_PURPOSE_SIGN)
    if people_count is not None and people_count > 1000:
        triggers.append(SeverityReason.OVER_1000)

    unknowns: list[SeverityReason] = []
    if people_count is None:
        unknowns.append(SeverityReason.COUNT_UNKNOWN)
    if DataCategory.UNKNOWN in data_categories:
        unknowns.append(SeverityReason.DATA_UNKNOWN)
    if encrypted is Tri.UNKNOWN:
        unknowns.append(SeverityReason.ENCRYPTION_UNKNOWN)

    if triggers and encrypted is not Tri.YES:
        return SeverityHint(Severity.HIGH, tuple(triggers + unknowns))
    if triggers:
        return SeverityHint(Severity.MEDIUM, tuple(triggers + [SeverityReason.ENCRYPTED] + unknowns))
    if unknowns:
        return SeverityHint(Severity.MEDIUM, tuple(unknowns))
    return SeverityHint(Severity.LOW, ())


#: The ID prefix of a real incident and of a drill (訓練, its own sequence).
LEAK_PREFIX, DRILL_PREFIX = "LEAK", "DRILL"


def public_id(year: int, seq: int, *, drill: bool = False) -> str:
    """The incident ID people quote: ``LEAK-2026-0007`` (a per-year sequence); a drill's is
    ``DRILL-2026-0003`` (a sequence of its own), so it can never be quoted as a real case."""
    return f"{DRILL_PREFIX if drill else LEAK_PREFIX}-{year:04d}-{seq:04d}"


def channel_name(public_incident_id: str, attempt: int = 0) -> str:
    """The private channel name: the ID only — no title, no names, no personal data
    (``leak-2026-0007``; a drill's ``drill-2026-0003``).

    ``attempt`` > 0 gives the fallback used when the name is taken: ``leak-2026-0007-2``.
    """
    base = public_incident_id.lower()
    return base if attempt == 0 else f"{base}-{attempt + 1}"


#: At most nine digits of sequence: a longer number is no incident (and ``int`` of thousands of digits raises).
_PUBLIC_ID = re.compile(r"(LEAK|DRILL)-(\d{4})-(\d{4,9})", re.IGNORECASE)
#: Near misses (ヒヤリハット) have their own per-year series: ``NM-2026-0003``.
_NEAR_MISS_ID = re.compile(r"NM-(\d{4})-(\d{4,9})", re.IGNORECASE)


def near_miss_public_id(year: int, number: int) -> str:
    """The ID of a near miss: ``NM-2026-0003`` (its own per-year sequence, apart from incidents)."""
    return f"NM-{year:04d}-{number:04d}"


def parse_public_id(text: str) -> str | None:
    """Normalize what a user typed as an incident ID (``leak-2026-7`` is not accepted; ``leak-2026-0007``,
    a drill's ``drill-2026-0003`` and a near miss's ``nm-2026-0002`` are)."""
    if not isinstance(text, str) or len(text) > 64:
        return None
    normalized = unicodedata.normalize("NFKC", text).strip()
    match = _PUBLIC_ID.fullmatch(normalized)
    if match is None:
        near_miss = _NEAR_MISS_ID.fullmatch(normalized)
        return near_miss_public_id(int(near_miss.group(1)), int(near_miss.group(2))) if near_miss else None
    return public_id(int(match.group(2)), int(match.group(3)), drill=match.group(1).upper() == DRILL_PREFIX)
