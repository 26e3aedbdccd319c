"""The publication decision (公表判断) in Slack: its form, the status line on the card and in the
PPC draft's item 7, and the channel message that links the public-notice draft."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from domain.publication import CRITERIA, CRITERION_MAX, REASON_MAX, Approver, Decision, Method, PrincipalAgreed
from prompts import kit
from prompts.common import Message, mention
from prompts.i18n import format_datetime, t
from prompts.ids import VALUE, Action, Callback, PublicationField


@dataclass(frozen=True)
class DecisionView:
    """A stored decision as the builders read it."""

    revision: int
    criteria: Mapping[str, str]
    decision: str
    reason: str
    approver_kind: str
    approver: str
    published_at: datetime | None
    methods: Sequence[str]
    principal_agreed: str | None
    decided_by: str


def status_text(d: DecisionView | None, lang: str, tz: ZoneInfo) -> str:
    if d is None:
        return t(lang, "publication.status.none")
    methods = t(lang, "contacts.sep").join(t(lang, f"publication.method.{m}") for m in d.methods)
    return t(
        lang, f"publication.status.{d.decision}", at=format_datetime(lang, d.published_at, tz), methods=methods,
        reason=kit.escape(d.reason), approver_kind=t(lang, f"publication.approver_kind.{d.approver_kind}"),
        approver=mention(d.approver, lang),
    )


def card_lines(d: DecisionView | None, lang: str, tz: ZoneInfo) -> list[str]:
    return [] if d is None else [f"{t(lang, 'publication.card_label')}: {status_text(d, lang, tz)}"]


def draft_status(d: DecisionView | None, lang: str, tz: ZoneInfo) -> str | None:
    """Item 7 of the PPC report (公表の実施状況): the decision, its reasons and criteria, or None."""
    if d is None:
        return None
    lines = [status_text(d, lang, tz).replace(mention(d.approver, lang), "").rstrip()]
    lines += [f"{t(lang, f'publication.{c}')}: {d.criteria.get(c.value, '')}" for c in CRITERIA]
    if d.principal_agreed:
        lines.append(t(lang, "publication.principal_line", agreed=t(lang, f"publication.principal_agreed.{d.principal_agreed}")))
    return "\n".join(lines)


def publication_modal(
    *, lang: str, incident_id: str, previous: DecisionView | None, we_are_contractor: bool, default_approver: str | None,
) -> dict[str, Any]:
    def text(field: PublicationField, limit: int, initial: str | None, *, optional: bool = False,
             hint: str | None = None) -> kit.Block:
        return kit.input_block(
            field, t(lang, f"publication.{field}"), kit.text_input(VALUE, multiline=True, max_length=limit, initial=initial),
            optional=optional, hint=hint,
        )

    p = previous
    decisions = [kit.option(t(lang, f"publication.decision.{d}"), d.value) for d in Decision]
    approvers = [kit.option(t(lang, f"publication.approver_kind.{a}"), a.value) for a in Approver]
    methods = [kit.option(t(lang, f"publication.method.{m}"), m.value) for m in Method]
    approver: dict[str, Any] = {"type": "users_select", "action_id": VALUE}
    if (p.approver if p else default_approver):
        approver["initial_user"] = p.approver if p else default_approver
    published: dict[str, Any] = kit.datetimepicker(
        VALUE, initial_epoch=int(p.published_at.timestamp()) if p and p.published_at else None
    )
    blocks: list[kit.Block] = [
        kit.section(t(lang, "publication.intro", incident_id=incident_id)),
        *(text(PublicationField(c.value), CRITERION_MAX, p.criteria.get(c.value) if p else None) for c in CRITERIA),
        kit.input_block(
            PublicationField.DECISION, t(lang, "publication.decision"),
            kit.radio(VALUE, decisions, initial=p.decision if p else None),
        ),
        text(
            PublicationField.REASON, REASON_MAX, p.reason if p else None, optional=True,
            hint=t(lang, "publication.reason_hint"),
        ),
        kit.input_block(
            PublicationField.APPROVER_KIND, t(lang, "publication.approver_kind"),
            kit.radio(VALUE, approvers, initial=p.approver_kind if p else None),
        ),
        kit.input_block(PublicationField.APPROVER, t(lang, "publication.approver"), approver),
        kit.input_block(
            PublicationField.PUBLISHED_AT, t(lang, "publication.published_at"), published, optional=True,
            hint=t(lang, "publication.when_published_hint"),
        ),
        kit.input_block(
            PublicationField.METHODS, t(lang, "publication.methods"),
            kit.checkboxes(VALUE, methods, initial=set(p.methods) if p else None), optional=True,
        ),
    ]
    if we_are_contractor:
        agreed = [kit.option(t(lang, f"publication.principal_agreed.{a}"), a.value) for a in PrincipalAgreed]
        blocks.append(kit.input_block(
            PublicationField.PRINCIPAL_AGREED, t(lang, "publication.principal_agreed"),
            kit.radio(VALUE, agreed, initial=(p.principal_agreed if p else None) or PrincipalAgreed.NOT_ASKED.value),
        ))
    return kit.modal(
        title=t(lang, "publication.title"), submit=t(lang, "publication.submit"), close=t(lang, "report.close"),
        callback_id=Callback.PUBLICATION, blocks=blocks, private_metadata=json.dumps({"incident": incident_id}),
    )


def publication_posted(d: DecisionView, *, incident_id: str, lang: str, tz: ZoneInfo) -> Message:
    text = t(
        lang, "publication.posted", user=mention(d.decided_by, lang), incident_id=incident_id, revision=d.revision,
        status=status_text(d, lang, tz),
    )
    criteria = "\n".join(f"• {t(lang, f'publication.{c}')}: {kit.escape(d.criteria.get(c.value, ''))}" for c in CRITERIA)
    blocks = [
        kit.section(text),
        kit.section(f"*{t(lang, 'publication.criteria_label')}*\n{criteria}"),
        kit.actions(kit.button(t(lang, "publication.drafts_button"), Action.LEGAL_DRAFTS, incident_id)),
        kit.context(t(lang, "publication.drafts_hint")),
    ]
    return kit.clip(text, kit.MESSAGE_FALLBACK), blocks
