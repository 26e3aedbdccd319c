"""The contractor / principal record (委託先・委託元) in Slack: its form, the card line and the
channel message."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from domain.contractor import NAME_MAX, Answer, NoticeMethod, OurRole
from prompts import kit
from prompts.common import Message, mention
from prompts.i18n import format_datetime, t
from prompts.ids import VALUE, Callback, ContractorField


@dataclass(frozen=True)
class LinkView:
    our_role: str
    counterparty: str
    contractor_reported_at: datetime | None
    notified_at: datetime | None
    notified_by: str | None
    notice_method: str | None
    answer: str | None
    answered_at: datetime | None


def line(link: LinkView, lang: str, tz: ZoneInfo) -> str:
    name = kit.escape(link.counterparty)
    if link.our_role == OurRole.PRINCIPAL:
        return t(lang, "contractor.line.principal", name=name, at=format_datetime(lang, link.contractor_reported_at, tz))
    parts = [t(lang, "contractor.line.contractor", name=name)]
    if link.notified_at is not None:
        parts.append(t(
            lang, "contractor.line.notified", at=format_datetime(lang, link.notified_at, tz),
            method=t(lang, f"contractor.method.{link.notice_method}"), user=mention(link.notified_by, lang),
        ))
    else:
        parts.append(t(lang, "contractor.line.not_notified"))
    if link.answer:
        parts.append(t(
            lang, "contractor.line.answer", at=format_datetime(lang, link.answered_at, tz),
            answer=t(lang, f"contractor.answer.{link.answer}"),
        ))
    return t(lang, "contacts.sep").join(parts)


def card_lines(link: LinkView | None, lang: str, tz: ZoneInfo) -> list[str]:
    return [] if link is None else [f"{t(lang, 'contractor.card_label')}: {line(link, lang, tz)}"]


def contractor_modal(*, lang: str, incident_id: str, link: LinkView | None, default_role: str | None) -> dict[str, Any]:
    def moment(field: ContractorField, value: datetime | None) -> kit.Block:
        return kit.input_block(
            field, t(lang, f"contractor.{field}"),
            kit.datetimepicker(VALUE, initial_epoch=int(value.timestamp()) if value else None), optional=True,
        )

    def select(field: ContractorField, prefix: str, values: list[str], initial: str | None) -> kit.Block:
        choices = [kit.option(t(lang, f"contractor.{prefix}.{v}"), v) for v in values]
        return kit.input_block(field, t(lang, f"contractor.{field}"), kit.static_select(VALUE, choices, initial=initial),
                               optional=True)

    roles = [kit.option(t(lang, f"contractor.our_role.{r}"), r.value) for r in OurRole]
    by: dict[str, Any] = {"type": "users_select", "action_id": VALUE}
    if link and link.notified_by:
        by["initial_user"] = link.notified_by
    blocks: list[kit.Block] = [
        kit.section(t(lang, "contractor.intro", incident_id=incident_id)),
        kit.input_block(
            ContractorField.OUR_ROLE, t(lang, "contractor.our_role"),
            kit.radio(VALUE, roles, initial=link.our_role if link else default_role),
        ),
        kit.input_block(
            ContractorField.COUNTERPARTY, t(lang, "contractor.counterparty"),
            kit.text_input(VALUE, max_length=NAME_MAX, initial=link.counterparty if link else None),
        ),
        moment(ContractorField.CONTRACTOR_REPORTED_AT, link.contractor_reported_at if link else None),
        kit.divider(),
        kit.section(t(lang, "contractor.notice_header")),
        moment(ContractorField.NOTIFIED_AT, link.notified_at if link else None),
        kit.input_block(ContractorField.NOTIFIED_BY, t(lang, "contractor.notified_by"), by, optional=True),
        select(ContractorField.NOTICE_METHOD, "method", [m.value for m in NoticeMethod], link.notice_method if link else None),
        select(ContractorField.ANSWER, "answer", [a.value for a in Answer], link.answer if link else None),
        moment(ContractorField.ANSWERED_AT, link.answered_at if link else None),
    ]
    return kit.modal(
        title=t(lang, "contractor.title"), submit=t(lang, "contractor.submit"), close=t(lang, "report.close"),
        callback_id=Callback.CONTRACTOR, blocks=blocks, private_metadata=json.dumps({"incident": incident_id}),
    )


def contractor_posted(link: LinkView, *, incident_id: str, user: str, lang: str, tz: ZoneInfo) -> Message:
    text = t(lang, "contractor.posted", user=mention(user, lang), incident_id=incident_id, line=line(link, lang, tz))
    return text, [kit.section(text)]
