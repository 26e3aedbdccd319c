"""The recurrence-prevention statement: the form (fixed format, planned measures with assignee and
due date), the office's review form, the office's notice, the author's DM on a decision, the
card's status line and the Home tab's "awaiting review" list; and the near-miss report form."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from domain.directory import Directory
from domain.incidents import EventType
from domain.recurrence import MAX_PLANNED, field
from prompts import kit
from prompts.common import IncidentLike, Message, mention, options
from prompts.i18n import format_datetime, t
from prompts.ids import VALUE, Action, Callback, NearMissField, RecurrenceField


class StatementLike(Protocol):
    @property
    def version(self) -> int: ...
    @property
    def submitted_by(self) -> str: ...
    @property
    def submitted_at(self) -> datetime: ...
    @property
    def direct_cause(self) -> str: ...
    @property
    def root_cause(self) -> str: ...
    @property
    def measures_taken(self) -> str: ...
    @property
    def planned(self) -> list[dict[str, Any]]: ...
    @property
    def status(self) -> str: ...


class ReviewLike(Protocol):
    @property
    def reviewer(self) -> str: ...
    @property
    def at(self) -> datetime: ...
    @property
    def decision(self) -> str: ...
    @property
    def comment(self) -> str: ...


def _metadata(incident_id: str, version: int | None = None) -> str:
    return json.dumps({"incident": incident_id, "version": version} if version is not None else {"incident": incident_id})


def _comments(reviews: Sequence[ReviewLike], lang: str, tz: ZoneInfo) -> list[kit.Block]:
    blocks: list[kit.Block] = []
    for r in reviews:
        if r.comment:
            head = t(lang, "recurrence.comment_head", user=mention(r.reviewer, lang), at=format_datetime(lang, r.at, tz))
            blocks.append(kit.section(f"{head}\n>{kit.escape(r.comment)}"))
    return blocks


def recurrence_modal(
    *,
    lang: str,
    incident_id: str,
    tz: ZoneInfo,
    now: datetime,
    near_miss: bool = False,
    prefill: StatementLike | None = None,
    returned_with: Sequence[ReviewLike] = (),
) -> dict[str, Any]:
    """Submit (or, after a return, revise) the statement: direct cause, root cause, measures
    taken, and up to ``MAX_PLANNED`` planned measures each with an assignee and a due date. A
    revision starts from the returned version and shows the office's comments above it."""
    blocks: list[kit.Block] = [kit.section(t(lang, "recurrence.intro", incident_id=incident_id))]
    blocks += _comments(returned_with, lang, tz)
    blocks.append(kit.context(t(lang, "recurrence.no_data_warning")))
    for block_id, key, initial, optional in (
        (RecurrenceField.DIRECT_CAUSE, "recurrence.direct_cause", prefill.direct_cause if prefill else None, False),
        (RecurrenceField.ROOT_CAUSE, "recurrence.root_cause", prefill.root_cause if prefill else None, near_miss),
        (RecurrenceField.MEASURES_TAKEN, "recurrence.measures_taken", prefill.measures_taken if prefill else None, False),
    ):
        element = kit.text_input(VALUE, multiline=True, initial=initial or None)
        blocks.append(kit.input_block(block_id, t(lang, key), element, optional=optional))
    blocks.append(kit.section(f"*{t(lang, 'recurrence.planned')}*\n{t(lang, 'recurrence.planned_hint')}"))
    planned = list(prefill.planned) if prefill else []
    for index in range(1, MAX_PLANNED + 1):
        row = planned[index - 1] if index <= len(planned) else None
        user: dict[str, Any] = {"type": "users_select", "action_id": VALUE}
        if row:
            user["initial_user"] = row["assignee"]
        due = kit.datetimepicker(
            VALUE, initial_epoch=int(datetime.fromisoformat(row["due_at"]).timestamp()) if row else None
        )
        blocks += [
            kit.input_block(
                field("title", index), t(lang, "recurrence.planned_title", n=index),
                kit.text_input(VALUE, max_length=200, initial=row["title"] if row else None), optional=True,
            ),
            kit.input_block(field("assignee", index), t(lang, "recurrence.planned_assignee", n=index), user, optional=True),
            kit.input_block(field("due", index), t(lang, "recurrence.planned_due", n=index), due, optional=True),
        ]
    return kit.modal(
        title=t(lang, "recurrence.title"),
        submit=t(lang, "recurrence.submit"),
        close=t(lang, "report.close"),
        callback_id=Callback.RECURRENCE,
        blocks=blocks,
        private_metadata=_metadata(incident_id),
    )


def statement_blocks(statement: StatementLike, *, lang: str, tz: ZoneInfo) -> list[kit.Block]:
    """The statement as read by the office (its text escaped, never markup)."""
    def part(key: str, text: str) -> kit.Block:
        return kit.section(f"*{t(lang, key)}*\n{kit.escape(text) if text else t(lang, 'card.none')}")

    lines = [
        t(
            lang, "recurrence.planned_line", title=kit.escape(m["title"]), user=mention(m["assignee"], lang),
            due=format_datetime(lang, datetime.fromisoformat(m["due_at"]), tz),
        )
        for m in statement.planned
    ]
    return [
        part("recurrence.direct_cause", statement.direct_cause),
        part("recurrence.root_cause", statement.root_cause),
        part("recurrence.measures_taken", statement.measures_taken),
        kit.section(f"*{t(lang, 'recurrence.planned')}*\n" + ("\n".join(lines) if lines else t(lang, "card.none"))),
    ]


def review_modal(
    *, lang: str, incident_id: str, statement: StatementLike, tz: ZoneInfo, earlier: Sequence[ReviewLike] = (),
    near_miss: NearMissLike | None = None,
) -> dict[str, Any]:
    """The office reviews one version: approve, or return it with a comment (添削). For a near miss
    the form also shows what nearly happened and what stopped it."""
    blocks: list[kit.Block] = [
        kit.section(
            t(
                lang, "recurrence.review_intro", incident_id=incident_id, version=statement.version,
                user=mention(statement.submitted_by, lang), at=format_datetime(lang, statement.submitted_at, tz),
            )
        ),
        *(_near_miss_facts(near_miss, lang) if near_miss is not None else []),
        *statement_blocks(statement, lang=lang, tz=tz),
    ]
    if earlier:
        blocks.append(kit.context(t(lang, "recurrence.earlier_comments")))
        blocks += _comments(earlier, lang, tz)
    blocks += [
        kit.input_block(
            RecurrenceField.DECISION, t(lang, "recurrence.decision"),
            kit.radio(VALUE, options("recurrence.decision", ("approve", "return"), lang)),
        ),
        kit.input_block(
            RecurrenceField.COMMENT, t(lang, "recurrence.comment"), kit.text_input(VALUE, multiline=True), optional=True,
            hint=t(lang, "recurrence.comment_hint"),
        ),
    ]
    return kit.modal(
        title=t(lang, "recurrence.review_title"),
        submit=t(lang, "recurrence.review_submit"),
        close=t(lang, "report.close"),
        callback_id=Callback.RECURRENCE_REVIEW,
        blocks=blocks[:100],
        private_metadata=_metadata(incident_id, statement.version),
    )


def office_notice(incident: IncidentLike, *, version: int, department_name: str, near_miss: bool, lang: str) -> Message:
    """The office is asked to review: ID, department, event type, version — never the text (the
    office reads it in the review form)."""
    key = "recurrence.office_near_miss" if near_miss and version == 1 else "recurrence.office_submitted"
    text = t(
        lang, key, incident_id=incident.public_id, version=version, department=kit.escape(department_name),
        event=t(lang, f"event.{incident.event_type}"),
    )
    button = kit.button(t(lang, "recurrence.button_review"), Action.OPEN_RECURRENCE_REVIEW, incident.public_id, style="primary")
    return text, [kit.section(text), kit.actions(button)]


def decided_dm(incident: IncidentLike, *, version: int, status: str, reviewer: str | None, lang: str) -> Message:
    """The author hears the decision; a returned statement comes with a button to revise it (the
    comments are shown in the form it opens)."""
    text = t(lang, f"recurrence.dm_{status}", incident_id=incident.public_id, version=version, user=mention(reviewer, lang))
    blocks: list[kit.Block] = [kit.section(text)]
    if status == "returned":
        blocks.append(kit.actions(kit.button(t(lang, "recurrence.button_revise"), Action.OPEN_RECURRENCE, incident.public_id)))
    return text, blocks


def status_line(status: str | None, version: int | None, lang: str) -> str:
    """The card's line: not submitted yet, or the latest version's state."""
    if status is None or version is None:
        return t(lang, "recurrence.card_none")
    return t(lang, f"recurrence.card_{status}", version=version)


def awaiting_lines(rows: Sequence[tuple[StatementLike, IncidentLike]], *, lang: str, tz: ZoneInfo) -> list[str]:
    """The office's Home tab: versions awaiting review, oldest first."""
    return [
        t(
            lang, "recurrence.home_line", incident_id=incident.public_id, version=row.version,
            at=format_datetime(lang, row.submitted_at, tz),
        )
        for row, incident in rows
    ]


# --- near misses ---------------------------------------------------------------------------------


class NearMissLike(Protocol):
    @property
    def public_id(self) -> str: ...
    @property
    def event_type(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def stopped_by(self) -> str: ...
    @property
    def reporter_id(self) -> str: ...
    @property
    def reported_at(self) -> datetime: ...
    @property
    def closed_at(self) -> datetime | None: ...


def _near_miss_facts(near: NearMissLike, lang: str) -> list[kit.Block]:
    return [
        kit.section(f"*{t(lang, 'near_miss.description')}*\n{kit.escape(near.description)}"),
        kit.section(f"*{t(lang, 'near_miss.stopped_by')}*\n{kit.escape(near.stopped_by)}"),
    ]


def near_miss_card(
    near: NearMissLike, *, department_name: str, recurrence_line: str, lang: str, tz: ZoneInfo, with_buttons: bool = True
) -> Message:
    """A near miss as ``/leak-status`` shows it: no owner, no acknowledgement, no legal duties —
    what nearly happened, what stopped it, and where its measure stands."""
    text = t(lang, "near_miss.card_header", incident_id=near.public_id)
    blocks: list[kit.Block] = [
        kit.header(text),
        *kit.fields_section([
            (t(lang, "card.department"), kit.escape(department_name)),
            (t(lang, "near_miss.event_type"), t(lang, f"event.{near.event_type}")),
            (t(lang, "near_miss.reported"), format_datetime(lang, near.reported_at, tz)),
            (t(lang, "card.reporter"), mention(near.reporter_id, lang)),
        ]),
        *_near_miss_facts(near, lang),
        kit.section(recurrence_line),
    ]
    if with_buttons and near.closed_at is None:
        blocks.append(kit.actions(kit.button(t(lang, "recurrence.button_card"), Action.OPEN_RECURRENCE, near.public_id)))
    return text, blocks


def near_miss_modal(*, lang: str, directory: Directory) -> dict[str, Any]:
    """The near-miss report (ヒヤリハット): lighter than a first report — what nearly happened, what
    stopped it, why, and the measure against a recurrence (reviewed by the office)."""
    departments = [kit.option(d.display_name(lang), d.id) for d in directory.departments]
    blocks = [
        kit.section(t(lang, "near_miss.intro")),
        kit.context(t(lang, "recurrence.no_data_warning")),
        kit.input_block(NearMissField.DEPARTMENT, t(lang, "report.department"), kit.static_select(VALUE, departments)),
        kit.input_block(
            NearMissField.EVENT_TYPE, t(lang, "near_miss.event_type"), kit.static_select(VALUE, options("event", EventType, lang))
        ),
        kit.input_block(
            NearMissField.DESCRIPTION, t(lang, "near_miss.description"), kit.text_input(VALUE, multiline=True, max_length=1000)
        ),
        kit.input_block(NearMissField.STOPPED_BY, t(lang, "near_miss.stopped_by"), kit.text_input(VALUE, multiline=True)),
        kit.input_block(NearMissField.CAUSE, t(lang, "near_miss.cause"), kit.text_input(VALUE, multiline=True)),
        kit.input_block(NearMissField.MEASURE, t(lang, "near_miss.measure"), kit.text_input(VALUE, multiline=True)),
    ]
    return kit.modal(
        title=t(lang, "near_miss.title"),
        submit=t(lang, "near_miss.submit"),
        close=t(lang, "report.close"),
        callback_id=Callback.NEAR_MISS,
        blocks=blocks,
    )


def near_miss_receipt(*, incident_id: str, lang: str) -> dict[str, Any]:
    return kit.modal(
        title=t(lang, "near_miss.title"),
        close=t(lang, "receipt.close"),
        callback_id=Callback.RECEIPT,
        blocks=[kit.section(t(lang, "near_miss.receipt", incident_id=incident_id))],
    )
