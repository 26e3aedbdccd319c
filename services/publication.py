"""Use cases of the publication decision (公表判断) and of the contractor / principal record.

Both are one transaction each: validate (``domain.publication`` / ``domain.contractor``), store,
put it on the timeline, decide the messages. A decision completes the playbook's "publication
decision" task; a recorded notice to the principal (or a change of our side of the entrustment)
is a new fact for the legal assessment, re-run after the ack (規則9条 release).
"""

from __future__ import annotations

import logging

from sqlmodel import Session

from domain.contractor import Answer, Link, LinkInput, NoticeMethod, OurRole, validate_link
from domain.publication import DecisionInput, PublicationDecision, validate_decision
from domain.timeline import Event
from prompts.contractor import LinkView
from prompts.publication import DecisionView
from services.contacts import complete_tasks, ident
from services.context import Context
from services.queue import Kind
from services.uow import UnitOfWork
from storage import repo
from storage.db import session as open_session
from storage.models import ContractorLink, Incident, PublicationDecisionRow
from storage.repo import contacts as rows

log = logging.getLogger(__name__)

#: The playbook item a recorded decision completes (domain/playbooks/common.yaml).
DECISION_TASK = "publication_decision"


def decision_view(row: PublicationDecisionRow | None) -> DecisionView | None:
    if row is None:
        return None
    return DecisionView(
        revision=row.revision, criteria=dict(row.criteria), decision=row.decision, reason=row.reason,
        approver_kind=row.approver_kind, approver=row.approver, published_at=row.published_at, methods=list(row.methods),
        principal_agreed=row.principal_agreed, decided_by=row.decided_by,
    )


def link_view(row: ContractorLink | None) -> LinkView | None:
    if row is None:
        return None
    return LinkView(
        our_role=row.our_role, counterparty=row.counterparty, contractor_reported_at=row.contractor_reported_at,
        notified_at=row.notified_at, notified_by=row.notified_by, notice_method=row.notice_method, answer=row.answer,
        answered_at=row.answered_at,
    )


def stored_link(session: Session, incident_id: int) -> Link | None:
    """The entrustment as the domain reads it (for the legal facts)."""
    row = rows.link(session, incident_id)
    if row is None:
        return None
    return validate_link_row(row)


def validate_link_row(row: ContractorLink) -> Link:
    """A stored row as the domain's ``Link`` (its values were validated when it was recorded)."""
    return Link(
        our_role=OurRole(row.our_role), counterparty=row.counterparty, contractor_reported_at=row.contractor_reported_at,
        notified_at=row.notified_at, notified_by=row.notified_by,
        notice_method=NoticeMethod(row.notice_method) if row.notice_method else None,
        answer=Answer(row.answer) if row.answer else None, answered_at=row.answered_at,
    )


def we_are_contractor(session: Session, incident: Incident) -> bool:
    """We handle the data for a principal: recorded so, or (until recorded) as the reports say."""
    row = rows.link(session, ident(incident))
    if row is not None:
        return row.our_role == OurRole.CONTRACTOR
    latest = repo.latest_second_report(session, ident(incident))
    third = latest.third_party if latest and latest.third_party != "unknown" else incident.third_party
    return third == "principal"


# --- publication -----------------------------------------------------------------------------------


def publication_form(ctx: Context, incident: Incident) -> tuple[DecisionView | None, bool]:
    with open_session(ctx.engine) as session:
        return decision_view(rows.latest_decision(session, ident(incident))), we_are_contractor(session, incident)


def decide(
    ctx: Context, incident: Incident, raw: DecisionInput, *, user: str, source_key: str | None = None,
) -> PublicationDecision | None:
    """Validate and store a publication decision (``domain.contacts.Refused`` if not valid; None
    when this very form was already recorded)."""
    now = ctx.now()
    with UnitOfWork(ctx) as uow:
        session = uow.session
        if source_key and rows.submitted(session, source_key):
            return None
        decision = validate_decision(
            raw, we_are_contractor=we_are_contractor(session, incident), discovered_at=incident.discovered_at, now=now,
        )
        previous = rows.latest_decision(session, ident(incident))
        row = rows.add_decision(session, PublicationDecisionRow(
            incident_id=ident(incident), revision=(previous.revision + 1) if previous else 1, criteria=decision.criteria,
            decision=decision.decision.value, reason=decision.reason, approver_kind=decision.approver_kind.value,
            approver=decision.approver, published_at=decision.published_at, methods=[m.value for m in decision.methods],
            principal_agreed=decision.principal_agreed.value if decision.principal_agreed else None,
            source_key=source_key, decided_by=user, decided_at=now,
        ))
        entry = uow.record(ident(incident), Event.PUBLICATION_DECIDED, actor=user, at=now, data={
            "revision": row.revision, "decision": row.decision, "approver_kind": row.approver_kind,
            "approver": row.approver, "published_at": row.published_at.isoformat() if row.published_at else None,
            "methods": row.methods, "principal_agreed": row.principal_agreed,
        })
        complete_tasks(uow, incident, (DECISION_TASK,), by="publication", now=now)
        uow.say(incident, Kind.PUBLICATION, f"r{row.revision}", revision=row.revision)
        uow.say(incident, Kind.CARD_REFRESH, f"publication:{entry.id}")
        uow.say(incident, Kind.TASK_LIST, f"publication:{entry.id}")
        uow.commit()
    log.info("incident %s: publication decision r%d (%s)", incident.public_id, row.revision, row.decision)
    return decision


# --- contractor / principal --------------------------------------------------------------------------


def contractor_form(ctx: Context, incident: Incident) -> tuple[LinkView | None, str | None]:
    """The stored record, and the side to preselect when there is none (from the reports)."""
    with open_session(ctx.engine) as session:
        row = rows.link(session, ident(incident))
        if row is not None:
            return link_view(row), row.our_role
        latest = repo.latest_second_report(session, ident(incident))
        third = latest.third_party if latest and latest.third_party != "unknown" else incident.third_party
        default = {"principal": OurRole.CONTRACTOR.value, "contractor": OurRole.PRINCIPAL.value}.get(third)
        return None, default


def record_link(ctx: Context, incident: Incident, raw: LinkInput, *, user: str) -> bool:
    """Validate and store the entrustment record; True when the legal facts changed (role or notice)."""
    now = ctx.now()
    with UnitOfWork(ctx) as uow:
        session = uow.session
        link = validate_link(raw, discovered_at=incident.discovered_at, now=now)
        row = rows.link(session, ident(incident))
        before = (row.our_role, row.notified_at, row.answer) if row else (None, None, None)
        if row is None:
            row = ContractorLink(incident_id=ident(incident), our_role=link.our_role.value, counterparty=link.counterparty,
                                 updated_by=user, updated_at=now)
        row.our_role, row.counterparty = link.our_role.value, link.counterparty
        row.contractor_reported_at, row.notified_at, row.notified_by = (
            link.contractor_reported_at, link.notified_at, link.notified_by,
        )
        row.notice_method = link.notice_method.value if link.notice_method else None
        row.answer = link.answer.value if link.answer else None
        row.answered_at, row.updated_by, row.updated_at = link.answered_at, user, now
        rows.save_link(session, row)
        # The other company's name is typed text: it stays in the record, not on the timeline.
        entry = uow.record(ident(incident), Event.CONTRACTOR_RECORDED, actor=user, at=now, data={
            "our_role": row.our_role,
            "contractor_reported_at": row.contractor_reported_at.isoformat() if row.contractor_reported_at else None,
        })
        if row.notified_at is not None and row.notified_at != before[1]:
            uow.record(ident(incident), Event.PRINCIPAL_NOTIFIED, actor=user, at=now, data={
                "at": row.notified_at.isoformat(), "by": row.notified_by, "method": row.notice_method,
            })
        if row.answer is not None and row.answer != before[2]:
            uow.record(ident(incident), Event.PRINCIPAL_ANSWERED, actor=user, at=now, data={
                "answer": row.answer, "at": row.answered_at.isoformat() if row.answered_at else None,
            })
        uow.say(incident, Kind.CONTRACTOR, f"t{entry.id}", user=user)
        uow.say(incident, Kind.CARD_REFRESH, f"contractor:{entry.id}")
        uow.commit()
    return (row.our_role, row.notified_at) != before[:2]
