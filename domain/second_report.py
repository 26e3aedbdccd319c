"""The second report (第二報): the 5W1H detail that follows the first report — the facts the PPC report
asks for (PPC rule Art. 8(1)), collected in a fixed form so no item is missed.

It can be submitted again as facts become known; every revision is kept. Unknown items are allowed
("reported as far as known, then completed", 規則8条) except what happened and the head-count basis.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from domain.incidents import (
    MAX_LONG_TEXT,
    DataCategory,
    ErrorCode,
    ThirdParty,
    Tri,
    ValidationFailed,
    _check_times,
    _clean,
    _enum_or_error,
    parse_count,
)


class CountBasis(StrEnum):
    CONFIRMED = "confirmed"  # 確定
    ESTIMATED_MAX = "estimated_max"  # 最大見込み
    UNKNOWN = "unknown"  # 不明


@dataclass(frozen=True)
class SecondReport:
    what_happened: str
    count_basis: CountBasis
    people_count: int | None
    data_categories: frozenset[DataCategory]
    who: str = ""
    cause: str = ""
    occurred_at: datetime | None = None
    location: str = ""
    data_items: str = ""
    how_discovered: str = ""
    secondary_harm: Tri = Tri.UNKNOWN
    secondary_harm_detail: str = ""
    third_party: ThirdParty = ThirdParty.UNKNOWN
    third_party_detail: str = ""


@dataclass(frozen=True)
class SecondReportInput:
    what_happened: str | None = None
    count_basis: str | None = None
    people_count: str | None = None
    data_categories: tuple[str, ...] = ()
    who: str | None = None
    cause: str | None = None
    occurred_at: datetime | None = None
    location: str | None = None
    data_items: str | None = None
    how_discovered: str | None = None
    secondary_harm: str | None = None
    secondary_harm_detail: str | None = None
    third_party: str | None = None
    third_party_detail: str | None = None


TEXT_FIELDS = (
    "what_happened",
    "who",
    "cause",
    "location",
    "data_items",
    "how_discovered",
    "secondary_harm_detail",
    "third_party_detail",
)


def validate_second_report(raw: SecondReportInput, *, discovered_at: datetime, now: datetime) -> SecondReport:
    """Check a second report; raise ``ValidationFailed`` listing every refused field.

    The head count must be given unless its basis is "unknown" (then it must be empty); the
    occurrence time may not be in the future nor after the incident was discovered.
    """
    errors: dict[str, ErrorCode] = {}
    texts = {name: _clean(getattr(raw, name)) for name in TEXT_FIELDS}
    if not texts["what_happened"]:
        errors["what_happened"] = ErrorCode.REQUIRED
    for name, value in texts.items():
        if len(value) > MAX_LONG_TEXT:
            errors[name] = ErrorCode.TOO_LONG

    basis = _enum_or_error(CountBasis, raw.count_basis, "count_basis", errors)
    count_text = _clean(raw.people_count)
    people_count: int | None = None
    if basis is CountBasis.UNKNOWN and count_text:
        errors["people_count"] = ErrorCode.COUNT_AND_UNKNOWN
    elif basis in (CountBasis.CONFIRMED, CountBasis.ESTIMATED_MAX):
        if not count_text:
            errors["people_count"] = ErrorCode.REQUIRED
        else:
            try:
                people_count = parse_count(count_text)
            except ValueError as exc:
                errors["people_count"] = exc.args[0]

    categories: set[DataCategory] = set()
    for value in raw.data_categories:
        try:
            categories.add(DataCategory(value))
        except ValueError:
            errors["data_categories"] = ErrorCode.UNKNOWN_CHOICE
    if not raw.data_categories:
        errors["data_categories"] = ErrorCode.REQUIRED

    _check_times(raw.occurred_at, discovered_at, now, errors, discovered_field="occurred_at")
    if raw.occurred_at is not None and "occurred_at" not in errors and raw.occurred_at > discovered_at:
        errors["occurred_at"] = ErrorCode.BEFORE_OCCURRENCE

    secondary = Tri(raw.secondary_harm) if raw.secondary_harm in set(Tri) else Tri.UNKNOWN
    third = ThirdParty(raw.third_party) if raw.third_party in set(ThirdParty) else ThirdParty.UNKNOWN

    if errors:
        raise ValidationFailed(errors)
    assert basis is not None
    return SecondReport(
        count_basis=basis,
        people_count=people_count,
        data_categories=frozenset(categories),
        occurred_at=raw.occurred_at,
        secondary_harm=secondary,
        third_party=third,
        **texts,
    )
