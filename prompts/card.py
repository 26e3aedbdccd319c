"""The incident card and the rest of mobilization: the channel topic, the office's new-incident
notice and the DMs that escalate an unacknowledged incident.

Builders are pure: they take what to show and return ``(text, blocks)`` — the ``text`` fallback is
what notifications and screen readers read, so it always carries the essentials.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from domain.incidents import SeverityHint
from domain.inquiries import InquiryFigures
from prompts import inquiries as prompts_inquiries
from prompts import kit
from prompts.common import IncidentLike, Message, author, data_text, mention, people_text
from prompts.drills import end_button as drill_end_button
from prompts.i18n import format_datetime, format_duration, t
from prompts.ids import Action


@dataclass(frozen=True)
class SecondReportMeta:
    revision: int
    submitted_at: datetime
    submitted_by: str


@dataclass(frozen=True)
class CardContext:
    """Everything beyond the incident row that the card shows."""

    lang: str
    tz: ZoneInfo
    department_name: str
    severity: SeverityHint
    escalation_at: datetime
    second_report: SecondReportMeta | None = None
    #: The office sees a hidden reporter's name; the channel does not.
    for_office: bool = False
    with_buttons: bool = True
    #: Contact campaign, publication and entrustment lines (issue 9), shown under the status.
    contact_lines: tuple[str, ...] = ()
    #: The incident's inquiries: all of them, and the last 7 days (None: not shown).
    inquiries: tuple[InquiryFigures, InquiryFigures] | None = None
    #: The recurrence-prevention status line (``prompts.recurrence.status_line``); with it the card
    #: offers the statement's button.
    recurrence_line: str | None = None


def severity_text(hint: SeverityHint, lang: str) -> str:
    level = t(lang, f"severity.{hint.level}")
    if not hint.reasons:
        return level
    reasons = ", ".join(t(lang, f"severity_reason.{r}") for r in hint.reasons)
    return t(lang, "card.severity_value", level=level, reasons=reasons)


def _or_dash(text: str, lang: str) -> str:
    return kit.escape(text) if text else t(lang, "card.none")


def incident_card(incident: IncidentLike, ctx: CardContext) -> Message:
    """The card posted in the incident channel (and shown by ``/leak-status``)."""
    lang, tz = ctx.lang, ctx.tz
    reporter = (
        t(lang, "card.reporter_hidden")
        if incident.reporter_hidden and not ctx.for_office
        else mention(incident.reporter_id, lang)
    )
    if incident.reporter_hidden and ctx.for_office:
        reporter += f" ({t(lang, 'card.reporter_hidden')})"
    blocks: list[kit.Block] = [
        kit.header(t(lang, "card.header", incident_id=incident.public_id)),
        *kit.fields_section(
            [
                (t(lang, "card.department"), kit.escape(ctx.department_name)),
                (t(lang, "card.event"), t(lang, f"event.{incident.event_type}")),
                (t(lang, "card.severity"), severity_text(ctx.severity, lang)),
                (t(lang, "card.phase"), t(lang, f"phase.{incident.phase}")),
                (t(lang, "card.discovered_at"), format_datetime(lang, incident.discovered_at, tz)),
                (t(lang, "card.occurred_at"), format_datetime(lang, incident.occurred_at, tz)),
                (t(lang, "card.data"), data_text(incident.data_categories, lang)),
                (t(lang, "card.people"), people_text(incident.people_count, lang)),
                (t(lang, "card.encrypted"), t(lang, f"tri.{incident.encrypted}")),
                (t(lang, "card.third_party"), t(lang, f"third.{incident.third_party}")),
                (t(lang, "card.location"), _or_dash(incident.location, lang)),
                (t(lang, "card.reporter"), reporter),
            ]
        ),
        kit.section(f"*{t(lang, 'card.description')}*\n{_or_dash(incident.description, lang)}"),
    ]
    if incident.actions_taken:
        blocks.append(kit.section(f"*{t(lang, 'card.actions_taken')}*\n{kit.escape(incident.actions_taken)}"))
    owner, deputy = mention(incident.owner_id, lang), mention(incident.deputy_id, lang)
    status: list[str] = [t(lang, "card.people_line", owner=owner, deputy=deputy)]
    if incident.closed_at is not None:
        status.append(t(lang, "card.closed", at=format_datetime(lang, incident.closed_at, tz)))
    elif incident.acked_at is not None:
        status.append(
            t(lang, "card.acked", user=mention(incident.acked_by, lang), at=format_datetime(lang, incident.acked_at, tz))
        )
    else:
        status.append(t(lang, "card.not_acked", deadline=format_datetime(lang, ctx.escalation_at, tz)))
    meta = ctx.second_report
    status.append(
        t(lang, "card.second_none")
        if meta is None
        else t(
            lang,
            "card.second_latest",
            revision=meta.revision,
            at=format_datetime(lang, meta.submitted_at, tz),
            user=author(meta.submitted_by, incident, lang, for_office=ctx.for_office),
        )
    )
    if ctx.recurrence_line is not None:
        status.append(ctx.recurrence_line)
    blocks.append(kit.section("\n".join(status)))
    if ctx.contact_lines:
        blocks.append(kit.section("\n".join(ctx.contact_lines)))
    if ctx.inquiries is not None:
        inquiry_block = prompts_inquiries.card_section(*ctx.inquiries, lang=lang)
        if inquiry_block is not None:
            blocks.append(inquiry_block)
    if ctx.with_buttons and incident.closed_at is None:
        buttons = []
        if incident.acked_at is None:
            buttons.append(kit.button(t(lang, "card.button_ack"), Action.ACKNOWLEDGE, incident.public_id, style="primary"))
        buttons.append(kit.button(t(lang, "card.button_second"), Action.OPEN_SECOND_REPORT, incident.public_id))
        buttons.append(kit.button(t(lang, "card.button_phase"), Action.OPEN_PHASE_CHANGE, incident.public_id))
        buttons.append(kit.button(t(lang, "card.button_legal"), Action.OPEN_LEGAL, incident.public_id))
        buttons.append(kit.button(t(lang, "contacts.button"), Action.OPEN_CONTACTS, incident.public_id))
        buttons.append(kit.button(t(lang, "publication.button"), Action.OPEN_PUBLICATION, incident.public_id))
        buttons.append(kit.button(t(lang, "contractor.button"), Action.OPEN_CONTRACTOR, incident.public_id))
        buttons.append(kit.button(t(lang, "inquiry.button_log"), Action.OPEN_INQUIRY, incident.public_id))
        buttons.append(kit.button(t(lang, "faq.button_open"), Action.OPEN_FAQ, incident.public_id))
        if ctx.recurrence_line is not None:
            buttons.append(kit.button(t(lang, "recurrence.button_card"), Action.OPEN_RECURRENCE, incident.public_id))
        if getattr(incident, "drill", False):  # a drill ends by a button, not by the closing statement
            buttons.append(drill_end_button(incident.public_id, lang))
        blocks.append(kit.actions(*buttons, block_id="incident_actions"))
    blocks.append(kit.context(t(lang, "card.data_warning")))
    fallback = t(
        lang,
        "card.fallback",
        incident_id=incident.public_id,
        department=ctx.department_name,
        event=t(lang, f"event.{incident.event_type}"),
        owner=owner,
        deputy=deputy,
    )
    return kit.clip(fallback, kit.MESSAGE_FALLBACK), blocks


def channel_topic(incident: IncidentLike, department_name: str, lang: str) -> str:
    """The channel topic: ID, department, severity and phase — never names or report text."""
    topic = " | ".join(
        [
            incident.public_id,
            department_name,
            f"{t(lang, 'card.severity')}: {t(lang, f'severity.{incident.severity}')}",
            t(lang, f"phase.{incident.phase}"),
        ]
    )
    return kit.clip(topic, 250)


def office_new_incident(incident: IncidentLike, department_name: str, lang: str) -> Message:
    """The office notice: ID, department, event type, severity hint, link — never the free text."""
    channel = f"<#{incident.channel_id}>" if incident.channel_id else t(lang, "card.none")
    text = t(
        lang,
        "office.new",
        incident_id=incident.public_id,
        department=kit.escape(department_name),
        event=t(lang, f"event.{incident.event_type}"),
        severity=t(lang, f"severity.{incident.severity}"),
        channel=channel,
    )
    return text, [kit.section(text), kit.context(t(lang, "office.new_hint", incident_id=incident.public_id))]


def escalation_dm(
    incident: IncidentLike, *, step: int, department_name: str, now: datetime, lang: str
) -> Message:
    text = t(
        lang,
        "escalation.dm",
        incident_id=incident.public_id,
        elapsed=format_duration(lang, now - incident.reported_at),
        step=step,
        department=kit.escape(department_name),
        event=t(lang, f"event.{incident.event_type}"),
        severity=t(lang, f"severity.{incident.severity}"),
        owner=mention(incident.owner_id, lang),
        deputy=mention(incident.deputy_id, lang),
    )
    blocks = [
        kit.section(text),
        kit.context(t(lang, "escalation.dm_hint", incident_id=incident.public_id)),
        kit.actions(kit.button(t(lang, "card.button_ack"), Action.ACKNOWLEDGE, incident.public_id, style="primary")),
    ]
    return text, blocks
