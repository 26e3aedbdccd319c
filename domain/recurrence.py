"""The recurrence-prevention statement (再発防止策) and its review by the privacy office (添削).

The PPC's final report asks for the measures to prevent a recurrence (個人情報保護法施行規則 7条 /
8条1項9号, "再発防止策"); the practice (response guide's 再発防止, survey case 8-⑦) is that the
department writes them and the privacy office reviews them before the case is closed. The statement
has a fixed format — direct cause, root cause, measures already taken, measures planned — and each
planned measure carries an assignee and a due date, so it becomes a follow-up task once approved.

Rules (pure; ``now`` passed in):

* Submitting: the owner or the deputy of the incident (for a near miss also its reporter).
* Reviewing: a member of the privacy office who did not submit the version (four eyes).
* The office approves a version, or returns it with a comment (required) — every version and every
  comment is kept; a returned statement is revised and submitted again as a new version.
* Only an approved statement lets an incident close.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from domain.access import IncidentPeople, Viewer
from domain.incidents import MAX_LONG_TEXT, MAX_SHORT_TEXT, ErrorCode, ValidationFailed

#: Planned measures one statement can carry (rows in the modal).
MAX_PLANNED = 3


class StatementStatus(StrEnum):
    SUBMITTED = "submitted"  # 審査待ち — awaiting the office's review
    RETURNED = "returned"  # 差し戻し — returned with comments
    APPROVED = "approved"  # 承認


class Decision(StrEnum):
    APPROVE = "approve"
    RETURN = "return"


@dataclass(frozen=True)
class PlannedMeasure:
    title: str
    assignee: str
    due_at: datetime


@dataclass(frozen=True)
class PlannedInput:
    """One planned-measure row as typed (every part may be missing)."""

    title: str | None
    assignee: str | None
    due_at: datetime | None


@dataclass(frozen=True)
class StatementInput:
    direct_cause: str | None
    root_cause: str | None
    measures_taken: str | None
    planned: tuple[PlannedInput, ...] = ()


@dataclass(frozen=True)
class Statement:
    direct_cause: str
    root_cause: str
    measures_taken: str
    planned: tuple[PlannedMeasure, ...]


def field(name: str, index: int) -> str:
    """The block ID of part ``name`` (``title``, ``assignee``, ``due``) of planned row ``index`` (1-based)."""
    return f"planned_{index}_{name}"


def validate_statement(raw: StatementInput, *, now: datetime, near_miss: bool = False) -> Statement:
    """Check a statement; every refused field at once (``ValidationFailed``).

    Direct cause and measures taken are always required. An incident's statement also needs the
    root cause and at least one planned measure (the forward-looking part the final report
    carries); a near miss, the lighter report, needs only the cause and the measure. A planned row
    is all-or-nothing: a title without an assignee or a due date is refused on the missing part.
    The due date must lie in the future.
    """
    errors: dict[str, ErrorCode] = {}
    texts: dict[str, str] = {}
    for name, value, required in (
        ("direct_cause", raw.direct_cause, True),
        ("root_cause", raw.root_cause, not near_miss),
        ("measures_taken", raw.measures_taken, True),
    ):
        cleaned = (value or "").strip()
        if required and not cleaned:
            errors[name] = ErrorCode.REQUIRED
        elif len(cleaned) > MAX_LONG_TEXT:
            errors[name] = ErrorCode.TOO_LONG
        texts[name] = cleaned
    planned: list[PlannedMeasure] = []
    for index, row in enumerate(raw.planned[:MAX_PLANNED], start=1):
        title = (row.title or "").strip()
        if not (title or row.assignee or row.due_at):
            continue
        row_errors: dict[str, ErrorCode] = {}
        if not title:
            row_errors[field("title", index)] = ErrorCode.REQUIRED
        elif len(title) > MAX_SHORT_TEXT:
            row_errors[field("title", index)] = ErrorCode.TOO_LONG
        if not row.assignee:
            row_errors[field("assignee", index)] = ErrorCode.REQUIRED
        if row.due_at is None:
            row_errors[field("due", index)] = ErrorCode.REQUIRED
        elif row.due_at <= now:
            row_errors[field("due", index)] = ErrorCode.NOT_IN_FUTURE
        errors.update(row_errors)
        if not row_errors:
            assert row.assignee is not None and row.due_at is not None
            planned.append(PlannedMeasure(title, row.assignee, row.due_at))
    if not near_miss and not planned and not any(k.startswith("planned_") for k in errors):
        errors[field("title", 1)] = ErrorCode.REQUIRED
    if errors:
        raise ValidationFailed(errors)
    return Statement(texts["direct_cause"], texts["root_cause"], texts["measures_taken"], tuple(planned))


def validate_review(decision: str | None, comment: str | None) -> tuple[Decision, str]:
    """The office's decision; returning a statement needs a comment saying what to change."""
    errors: dict[str, ErrorCode] = {}
    try:
        chosen = Decision(decision or "")
    except ValueError:
        errors["decision"] = ErrorCode.REQUIRED if not decision else ErrorCode.UNKNOWN_CHOICE
        chosen = None
    text = (comment or "").strip()
    if chosen is Decision.RETURN and not text:
        errors["comment"] = ErrorCode.REQUIRED
    elif len(text) > MAX_LONG_TEXT:
        errors["comment"] = ErrorCode.TOO_LONG
    if errors:
        raise ValidationFailed(errors)
    assert chosen is not None
    return chosen, text


def can_submit(people: IncidentPeople, viewer: Viewer, *, near_miss: bool = False) -> bool:
    """The owner or the deputy write the statement; for a near miss, its reporter too."""
    return viewer.user_id in {people.owner, people.deputy} or (near_miss and viewer.user_id == people.reporter)


def can_review(*, is_office_member: bool, user: str, submitted_by: str) -> bool:
    """A privacy-office member who did not write the version reviews it (four eyes)."""
    return is_office_member and user != submitted_by


def may_close(status: StatementStatus | None) -> bool:
    """Only an approved statement lets an incident close."""
    return status is StatementStatus.APPROVED
