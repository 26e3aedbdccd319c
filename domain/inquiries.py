"""The inquiry desk (問い合わせ窓口) and its FAQ: what the desk logs, what the FAQ holds, and the
figures both feed into the card, the weekly summary and the report.

The practice: once affected people are told, they call, write and visit; the desk logs those
inquiries in batches ("37 calls about card stops this morning") to learn what people need to know,
and the FAQ the office curates from them is what the call centre reads out and the web notice
publishes (survey of company practice, 000 8-⑩ ⑭ ⑳; response guide 001 緊急時対応 ④ "open an inquiry
desk"; PPC general guideline 通則編 3-5-4-5: where notifying each person is difficult, a public
notice with an inquiry desk is an alternative measure).

The bot never holds the affected people's details: an inquiry is a channel, a category, a count
and when, plus an optional one-line summary of the *question* that is refused when it looks like
personal data (card numbers, My Numbers and lists of addresses, as in ``domain.leak_patterns``,
plus any e-mail address or telephone number: a caller's own contact details are personal data too).
FAQ questions and answers pass the same check.

Pure: ``now`` and the timezone are passed in.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum

from domain.leak_patterns import detect


class InquiryChannel(StrEnum):
    """How the inquiry reached the desk."""

    PHONE = "phone"
    EMAIL = "email"
    WEB_FORM = "web_form"
    VISIT = "visit"


class InquiryCategory(StrEnum):
    """What the person asked about (the questions the practice sees most, 000 8-⑩)."""

    DATA_INCLUDED = "data_included"  # was my data included?
    WHAT_HAPPENED = "what_happened"
    WHAT_TO_DO = "what_to_do"  # what should I do?
    CARD_STOP = "card_stop"  # card or account stop
    COMPENSATION = "compensation"
    COMPLAINT = "complaint"
    PRESS = "press"
    OTHER = "other"


class Sign(StrEnum):
    """Why a text looks like personal data (never the value itself)."""

    CARD_NUMBER = "card_number"
    MY_NUMBER = "my_number"
    EMAIL_LIST = "email_list"
    EMAIL = "email"
    PHONE = "phone"


class Field(StrEnum):
    """The fields of the inquiry and FAQ forms (the modal's block IDs use the same names)."""

    CHANNEL = "inquiry_channel"
    CATEGORY = "inquiry_category"
    COUNT = "inquiry_count"
    RECEIVED_AT = "inquiry_received_at"
    SUMMARY = "inquiry_summary"
    QUESTION = "faq_question"
    ANSWER = "faq_answer"


class Code(StrEnum):
    """Why a field was refused (``prompts`` holds the sentence for each)."""

    REQUIRED = "required"
    UNKNOWN_CHOICE = "unknown_choice"
    NOT_INTEGER = "not_integer"
    NOT_POSITIVE = "not_positive"
    TOO_LARGE = "too_large"
    IN_FUTURE = "in_future"
    TOO_LONG = "too_long"
    PERSONAL_DATA = "personal_data"


class Refused(Exception):
    """Every refused field at once, with the kinds of personal data seen (for the message)."""

    def __init__(self, errors: Mapping[Field, Code], signs: Mapping[Field, tuple[Sign, ...]] | None = None):
        super().__init__(", ".join(f"{k}={v}" for k, v in errors.items()))
        self.errors = dict(errors)
        self.signs = dict(signs or {})


#: One batch counts at most this many inquiries: a bigger number is a typo (a call centre of 100
#: seats answers about 10,000 calls on its busiest day).
MAX_BATCH = 10_000
#: The question summary is one or two lines, not a transcript.
MAX_SUMMARY = 500
MAX_QUESTION = 300
MAX_ANSWER = 3000

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
#: Japanese numbers (0X-XXXX-XXXX, 0X0-XXXX-XXXX, 0120-XXX-XXX; 10 or 11 digits from a 0) and
#: international ones (+81 …): digits with optional spaces, hyphens or brackets.
_PHONE = re.compile(r"(?<![\d+])(?:\+\d{1,3}[ -]?|0)\d(?:[ ()-]?\d){8,12}(?!\d)")


def personal_data_signs(text: str) -> tuple[Sign, ...]:
    """The kinds of personal data ``text`` appears to contain (empty when it looks harmless):
    what the pasted-data detector finds, plus any e-mail address or telephone number."""
    found: set[Sign] = {Sign(sign.value) for sign in detect(text)}
    normalized = unicodedata.normalize("NFKC", text or "")
    if _EMAIL.search(normalized) and Sign.EMAIL_LIST not in found:
        found.add(Sign.EMAIL)
    for match in _PHONE.finditer(normalized):
        digits = re.sub(r"\D", "", match.group())
        if 10 <= len(digits) <= 13:
            found.add(Sign.PHONE)
    return tuple(sign for sign in Sign if sign in found)


# --- inquiries -------------------------------------------------------------------------------


@dataclass(frozen=True)
class InquiryInput:
    """The inquiry form as typed (unvalidated)."""

    channel: str | None
    category: str | None
    count: str | None
    received_at: datetime | None
    summary: str | None


@dataclass(frozen=True)
class InquiryBatch:
    """A validated batch of inquiries: ``count`` inquiries of one category through one channel."""

    channel: InquiryChannel
    category: InquiryCategory
    count: int
    received_at: datetime
    summary: str


def _choice(value: str | None, kind: type[StrEnum], field: Field, errors: dict[Field, Code]) -> StrEnum | None:
    if not value:
        errors[field] = Code.REQUIRED
        return None
    try:
        return kind(value)
    except ValueError:
        errors[field] = Code.UNKNOWN_CHOICE
        return None


def parse_count(text: str | None) -> int | Code:
    """A batch size: a whole number from 1 to :data:`MAX_BATCH` (full-width digits and thousands
    separators accepted), or why not."""
    raw = unicodedata.normalize("NFKC", text or "").strip().replace(",", "")
    if not raw:
        return Code.REQUIRED
    if not re.fullmatch(r"[+-]?\d+", raw):
        return Code.NOT_INTEGER
    value = int(raw)
    if value < 1:
        return Code.NOT_POSITIVE
    if value > MAX_BATCH:
        return Code.TOO_LARGE
    return value


def _free_text(
    text: str | None, field: Field, limit: int, errors: dict[Field, Code], signs: dict[Field, tuple[Sign, ...]],
    *, required: bool,
) -> str:
    value = (text or "").strip()
    if not value:
        if required:
            errors[field] = Code.REQUIRED
        return ""
    if len(value) > limit:
        errors[field] = Code.TOO_LONG
        return value
    seen = personal_data_signs(value)
    if seen:
        errors[field] = Code.PERSONAL_DATA
        signs[field] = seen
    return value


def validate_inquiry(raw: InquiryInput, *, now: datetime) -> InquiryBatch:
    """The batch, or ``Refused`` naming every bad field. ``received_at`` defaults to ``now`` and may
    not be in the future (a minute of clock skew between Slack and the server is tolerated)."""
    errors: dict[Field, Code] = {}
    signs: dict[Field, tuple[Sign, ...]] = {}
    channel = _choice(raw.channel, InquiryChannel, Field.CHANNEL, errors)
    category = _choice(raw.category, InquiryCategory, Field.CATEGORY, errors)
    count = parse_count(raw.count)
    if isinstance(count, Code):
        errors[Field.COUNT] = count
    received_at = raw.received_at or now
    if received_at.tzinfo is None:
        raise ValueError("received_at must be timezone-aware")
    if received_at > now + timedelta(minutes=1):
        errors[Field.RECEIVED_AT] = Code.IN_FUTURE
    summary = _free_text(raw.summary, Field.SUMMARY, MAX_SUMMARY, errors, signs, required=False)
    if errors:
        raise Refused(errors, signs)
    assert isinstance(channel, InquiryChannel) and isinstance(category, InquiryCategory) and isinstance(count, int)
    return InquiryBatch(channel, category, count, min(received_at, now).astimezone(UTC), summary)


# --- the FAQ ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FaqInput:
    question: str | None
    answer: str | None
    removed: bool = False


@dataclass(frozen=True)
class FaqDraft:
    """A validated question/answer pair; ``removed`` takes the entry out of the FAQ (its history stays)."""

    question: str
    answer: str
    removed: bool = False


def validate_faq(raw: FaqInput) -> FaqDraft:
    """The pair, or ``Refused``: both required, bounded, and free of personal data (the FAQ is read
    out by the call centre and published with the web notice)."""
    errors: dict[Field, Code] = {}
    signs: dict[Field, tuple[Sign, ...]] = {}
    question = _free_text(raw.question, Field.QUESTION, MAX_QUESTION, errors, signs, required=True)
    answer = _free_text(raw.answer, Field.ANSWER, MAX_ANSWER, errors, signs, required=True)
    if errors:
        raise Refused(errors, signs)
    return FaqDraft(question, answer, raw.removed)


@dataclass(frozen=True)
class FaqItem:
    """One FAQ entry as it stands: its number in the incident's FAQ and its latest version."""

    number: int
    version: int
    question: str
    answer: str
    removed: bool
    edited_by: str
    edited_at: datetime


def current_faq(items: Iterable[FaqItem]) -> list[FaqItem]:
    """The entries to show and export: not removed, in their order of creation."""
    return sorted((i for i in items if not i.removed), key=lambda i: i.number)


# --- figures ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class InquiryFacts:
    incident_public_id: str
    channel: str
    category: str
    count: int
    received_at: datetime


@dataclass(frozen=True)
class DayCount:
    day: date  # local date in the organization's timezone
    total: int
    by_category: dict[str, int]


@dataclass(frozen=True)
class InquiryFigures:
    """Inquiries received in ``(start, end]``: totals, by category (in the form's order, only those
    seen), by channel, by incident (largest first) and per local day (every day of the span, zero
    days included, so a chart has no gaps)."""

    start: datetime
    end: datetime
    total: int
    by_category: dict[str, int]
    by_channel: dict[str, int]
    by_incident: dict[str, int]
    by_day: tuple[DayCount, ...]


def _ordered(counter: Counter[str], order: Iterable[str]) -> dict[str, int]:
    known = [k for k in order if counter.get(k)]
    rest = sorted(k for k in counter if k not in set(known) and counter[k])
    return {k: counter[k] for k in known + rest}


def figures(facts: Iterable[InquiryFacts], *, start: datetime, end: datetime, tz: tzinfo) -> InquiryFigures:
    """Count the batches received in the half-open interval ``(start, end]`` (the weekly summary's
    convention: a batch logged exactly at ``end`` belongs to the period that ends there)."""
    for name, when in (("start", start), ("end", end)):
        if when.tzinfo is None:
            raise ValueError(f"{name} must be timezone-aware")
    s, e = start.astimezone(UTC), end.astimezone(UTC)
    inside = [f for f in facts if s < f.received_at.astimezone(UTC) <= e]
    by_category: Counter[str] = Counter()
    by_channel: Counter[str] = Counter()
    by_incident: Counter[str] = Counter()
    per_day: dict[date, Counter[str]] = {}
    for f in inside:
        by_category[f.category] += f.count
        by_channel[f.channel] += f.count
        by_incident[f.incident_public_id] += f.count
        per_day.setdefault(f.received_at.astimezone(tz).date(), Counter())[f.category] += f.count
    # The first instant counted is just after ``start``: a start at 23:59:59.999999 opens the next day.
    first = (start + timedelta(microseconds=1)).astimezone(tz).date()
    last = end.astimezone(tz).date()
    days: list[DayCount] = []
    day = first
    while day <= last:
        counts = per_day.get(day, Counter())
        days.append(DayCount(day, sum(counts.values()), _ordered(counts, InquiryCategory)))
        day += timedelta(days=1)
    return InquiryFigures(
        start=start,
        end=end,
        total=sum(by_category.values()),
        by_category=_ordered(by_category, InquiryCategory),
        by_channel=_ordered(by_channel, InquiryChannel),
        by_incident=dict(sorted(by_incident.items(), key=lambda kv: (-kv[1], kv[0]))),
        by_day=tuple(days),
    )


def recent_days_start(now: datetime, tz: tzinfo, days: int = 7) -> datetime:
    """The instant just before local midnight ``days - 1`` days ago: ``figures(start=this, end=now)``
    covers today and the ``days - 1`` days before it."""
    local_today = now.astimezone(tz).date()
    first = local_today - timedelta(days=days - 1)
    midnight = datetime(first.year, first.month, first.day, tzinfo=tz)
    return midnight - timedelta(microseconds=1)
