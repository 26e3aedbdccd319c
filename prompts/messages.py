"""Messages: the incident card, notices to the channel and the office, DMs, status answers.

Builders are pure: they take what to show and return ``(text, blocks)`` — the ``text`` fallback is
what notifications and screen readers read, so it always carries the essentials.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from domain.incidents import SeverityHint
from prompts import kit
from prompts.i18n import format_date, format_datetime, format_duration, t
from prompts.ids import Action

Message = tuple[str, list[kit.Block]]


class IncidentLike(Protocol):
    public_id: str
    event_type: str
    severity: str
    phase: str
    discovered_at: datetime
    occurred_at: datetime | None
    reported_at: datetime
    location: str
    data_categories: list[str]
    people_count: int | None
    encrypted: str
    third_party: str
    reporter_id: str
    reporter_hidden: bool
    description: str
    actions_taken: str
    owner_id: str | None
    deputy_id: str | None
    acked_at: datetime | None
    acked_by: str | None
    closed_at: datetime | None
    channel_id: str | None


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


def mention(user_id: str | None, lang: str) -> str:
    return f"<@{user_id}>" if user_id else t(lang, "card.unresolved")


def author(user_id: str, incident: IncidentLike, lang: str, *, for_office: bool = False) -> str:
    """Who did something, without unmasking a reporter who asked to stay hidden from the channel."""
    if incident.reporter_hidden and user_id == incident.reporter_id and not for_office:
        return t(lang, "card.reporter_hidden_short")
    return mention(user_id, lang)


def severity_text(hint: SeverityHint, lang: str) -> str:
    level = t(lang, f"severity.{hint.level}")
    if not hint.reasons:
        return level
    reasons = ", ".join(t(lang, f"severity_reason.{r}") for r in hint.reasons)
    return t(lang, "card.severity_value", level=level, reasons=reasons)


def data_text(categories: list[str], lang: str) -> str:
    return ", ".join(t(lang, f"data.{c}") for c in categories) or t(lang, "card.unknown")


def people_text(count: int | None, lang: str) -> str:
    return t(lang, "card.unknown") if count is None else t(lang, "card.people_value", count=f"{count:,}")


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
    blocks.append(kit.section("\n".join(status)))
    if ctx.with_buttons and incident.closed_at is None:
        buttons = []
        if incident.acked_at is None:
            buttons.append(kit.button(t(lang, "card.button_ack"), Action.ACKNOWLEDGE, incident.public_id, style="primary"))
        buttons.append(kit.button(t(lang, "card.button_second"), Action.OPEN_SECOND_REPORT, incident.public_id))
        buttons.append(kit.button(t(lang, "card.button_phase"), Action.OPEN_PHASE_CHANGE, incident.public_id))
        buttons.append(kit.button(t(lang, "card.button_legal"), Action.OPEN_LEGAL, incident.public_id))
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


def office_closed(incident: IncidentLike, department_name: str, lang: str) -> Message:
    text = t(lang, "office.closed", incident_id=incident.public_id, department=kit.escape(department_name))
    return text, [kit.section(text)]


def receipt_dm(incident_id: str, department_name: str, lang: str) -> Message:
    text = t(lang, "receipt.dm", incident_id=incident_id, department=kit.escape(department_name))
    return text, [kit.section(text)]


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


def simple(text: str) -> Message:
    """A one-line notice (acknowledged, phase changed, escalated…)."""
    return text, [kit.section(text)]


class SecondReportLike(Protocol):
    revision: int
    submitted_by: str
    what_happened: str
    who: str
    cause: str
    occurred_at: datetime | None
    location: str
    data_categories: list[str]
    data_items: str
    people_count: int | None
    count_basis: str
    how_discovered: str
    secondary_harm: str
    secondary_harm_detail: str
    third_party: str
    third_party_detail: str


def second_report_posted(report: SecondReportLike, *, incident: IncidentLike, lang: str, tz: ZoneInfo) -> Message:
    """The channel update for a second-report revision, with its 5W1H content for the reporting line."""
    count = people_text(report.people_count, lang)
    if report.people_count is not None:
        count += f" ({t(lang, f'basis.{report.count_basis}')})"
    fields = [
        (t(lang, "second.what_happened"), report.what_happened),
        (t(lang, "second.who"), report.who),
        (t(lang, "second.cause"), report.cause),
        (t(lang, "second.occurred_at"), format_datetime(lang, report.occurred_at, tz)),
        (t(lang, "second.location"), report.location),
        (t(lang, "second.data_categories"), data_text(report.data_categories, lang)),
        (t(lang, "second.data_items"), report.data_items),
        (t(lang, "second.people_count"), count),
        (t(lang, "second.how_discovered"), report.how_discovered),
        (
            t(lang, "second.secondary_harm"),
            " — ".join(x for x in (t(lang, f"tri.{report.secondary_harm}"), report.secondary_harm_detail) if x),
        ),
        (
            t(lang, "second.third_party"),
            " — ".join(x for x in (t(lang, f"third.{report.third_party}"), report.third_party_detail) if x),
        ),
    ]
    text = t(lang, "channel.second_report", user=author(report.submitted_by, incident, lang), revision=report.revision)
    blocks = [
        kit.header(t(lang, "second.posted_title", revision=report.revision, incident_id=incident.public_id)),
        kit.section(text),
        *kit.fields_section([(label, kit.escape(value) or t(lang, "card.none")) for label, value in fields]),
    ]
    return text, blocks


def closed_posted(*, incident_id: str, user: str, measures_done: str, measures_planned: str, lang: str) -> Message:
    text = t(lang, "channel.closed", user=mention(user, lang), incident_id=incident_id)
    blocks = [
        kit.section(text),
        kit.section(f"*{t(lang, 'channel.measures_done')}*\n{kit.escape(measures_done)}"),
        kit.section(f"*{t(lang, 'channel.measures_planned')}*\n{kit.escape(measures_planned)}"),
    ]
    return text, blocks


def status_list(
    incidents: list[IncidentLike], *, more: bool, department_names: dict[str, str], lang: str, tz: ZoneInfo
) -> Message:
    """``/leak-status`` without an ID: the incidents visible to the person, newest first."""
    if not incidents:
        text = t(lang, "status.list_empty")
        return text, [kit.section(text)]
    rows = [
        t(
            lang,
            "status.list_line",
            incident_id=i.public_id,
            phase=t(lang, f"phase.{i.phase}"),
            department=kit.escape(department_names.get(i.department_id, i.department_id)),
            severity=t(lang, f"severity.{i.severity}"),
            reported=format_date(lang, i.reported_at, tz),
        )
        for i in incidents
    ]
    blocks: list[kit.Block] = [kit.header(t(lang, "status.list_header")), *kit.packed_sections(rows)]
    if more:
        blocks.append(kit.context(t(lang, "status.list_more", count=len(incidents))))
    return t(lang, "status.list_header"), blocks


def data_warning(signs: list[str], lang: str) -> Message:
    """A neutral flag under a message that looks like leaked data (no names: no blame)."""
    kinds = ", ".join(t(lang, f"data_sign.{sign}") for sign in signs)
    text = t(lang, "data_warning", kinds=kinds)
    return text, [kit.section(text)]


def notice(key: str, *, incident_id: str, lang: str, users: dict[str, str] | None = None,
           phases: dict[str, str] | None = None, values: dict[str, object] | None = None) -> Message:
    """A one-line channel notice from the catalog: ``users`` become mentions, ``phases`` phase names."""
    params: dict[str, object] = dict(values or {})
    params.update({k: mention(v, lang) for k, v in (users or {}).items()})
    params.update({k: t(lang, f"phase.{v}") for k, v in (phases or {}).items()})
    return simple(t(lang, key, incident_id=incident_id, **params))
