"""Legal obligations in the incident's life: assess, record, announce, and turn deadlines into tasks.

An assessment runs automatically when the incident is set up (from the first report: the legal
clock starts at awareness, so the 速報 date must be on the table at once), whenever a second report
changes the facts, and whenever the owner, deputy or office runs it by hand from the card with
corrected facts. Each run is stored with its rule-set version and announced in the channel; a
change of answer is announced as such. Binding deadlines become legal-deadline tasks assigned to
the owner (reminded 3 days and 1 day before and at the deadline, never deferred by quiet hours,
escalated to owner, deputy and office when overdue); a deadline that moves updates its task, and a
duty that disappears cancels it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from domain.contractor import legal_role, principal_notified_at
from domain.legal import DUTY_LEVELS as ACTIVE
from domain.legal import RULE_SETS, Assessment, DeadlineKind, Facts, Tri, assess
from domain.legal.facts import facts_from_mapping, facts_to_mapping
from domain.legal.outcome import changes as outcome_changes
from domain.legal.outcome import from_json, outcome_of, to_json
from domain.legal.record import assessment_to_record
from domain.legal.reports import derive_facts, refresh
from domain.legal.timeline import FactsVersion, starts_from
from domain.phases import Phase
from domain.tasks import TaskDraft, TaskKind, TaskStatus
from domain.timeline import BOT, Event
from prompts import contacts as prompts_contacts
from prompts import legal_form as prompts_legal_form
from prompts import publication as prompts_publication
from prompts import tasks as prompts_tasks
from prompts.drafts import DraftContext, drafts_bundle
from services import contacts, drills, group, presenters
from services.context import Context
from services.publication import decision_view, stored_link
from services.queue import Kind
from services.tasks import move_due, schedule
from services.uow import UnitOfWork
from storage import repo
from storage.db import session as open_session
from storage.models import Incident, LegalAssessment
from storage.repo import contacts as contact_rows

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LegalTaskSpec:
    """A statutory duty that becomes a task when the assessment says it applies."""

    key: str
    jurisdiction: str  # a registry code: "appi" | "mynumber" | "gdpr"
    obligation: str  # "regulator_report" | "individual_notice" | "sector_report" | "notify_principal"
    deadline: DeadlineKind | None
    #: For "promptly" duties without a date: the internal target is this deadline instead.
    target: DeadlineKind | None = None


LEGAL_TASKS = (
    LegalTaskSpec("appi_preliminary", "appi", "regulator_report", DeadlineKind.APPI_PRELIMINARY_OVERDUE),
    LegalTaskSpec("appi_final", "appi", "regulator_report", DeadlineKind.APPI_FINAL),
    LegalTaskSpec("appi_individuals", "appi", "individual_notice", None, DeadlineKind.APPI_PRELIMINARY_OVERDUE),
    LegalTaskSpec("appi_notify_principal", "appi", "notify_principal", DeadlineKind.APPI_NOTIFY_PRINCIPAL_OVERDUE),
    # Financial institutions: the supervisor's report under the sector laws (it sits with APPI's result).
    LegalTaskSpec("sector_report", "appi", "sector_report", DeadlineKind.SECTOR_REPORT_OVERDUE),
    LegalTaskSpec("mynumber_preliminary", "mynumber", "regulator_report", DeadlineKind.MYNUMBER_PRELIMINARY_OVERDUE),
    LegalTaskSpec("mynumber_final", "mynumber", "regulator_report", DeadlineKind.MYNUMBER_FINAL),
    LegalTaskSpec("mynumber_individuals", "mynumber", "individual_notice", None, DeadlineKind.MYNUMBER_PRELIMINARY_OVERDUE),
    LegalTaskSpec(
        "mynumber_notify_principal", "mynumber", "notify_principal", DeadlineKind.MYNUMBER_NOTIFY_PRINCIPAL_OVERDUE,
    ),
    LegalTaskSpec("gdpr_authority", "gdpr", "regulator_report", DeadlineKind.GDPR_AUTHORITY),
    LegalTaskSpec("gdpr_individuals", "gdpr", "individual_notice", None, DeadlineKind.GDPR_AUTHORITY),
)


def wanted_deadlines(a: Assessment) -> dict[str, datetime]:
    """Legal task key → due instant, for every duty that applies (or possibly applies)."""
    wanted: dict[str, datetime] = {}
    for spec in LEGAL_TASKS:
        part = a.of(spec.jurisdiction)
        if spec.obligation == "notify_principal":
            deadline = part.deadline(spec.deadline)
            if deadline is not None and deadline.binding and deadline.at is not None:
                wanted[spec.key] = deadline.at
            continue
        obligation = getattr(part, spec.obligation)
        if obligation is None or obligation.requirement not in ACTIVE:
            continue
        deadline = part.deadline(spec.deadline or spec.target)
        if deadline is not None and deadline.at is not None and (deadline.binding or spec.deadline is None):
            wanted[spec.key] = deadline.at
    return wanted


def derived_from_reports(ctx: Context, session: Session, incident: Incident) -> Facts:
    latest = repo.latest_second_report(session, incident.id)
    facts = derive_facts(
        aware_at=incident.discovered_at,
        event_type=incident.event_type,
        data_categories=list(latest.data_categories if latest else incident.data_categories),
        people_count=latest.people_count if latest else incident.people_count,
        count_basis=latest.count_basis if latest else None,
        encrypted=incident.encrypted,
        third_party=latest.third_party if latest and latest.third_party != "unknown" else incident.third_party,
        eu_default=Tri.NO if ctx.config.gdpr_scope == "none" else Tri.UNKNOWN,
        sector=ctx.config.sector,
    )
    # The recorded entrustment (issue 9) says our role and when we notified the principal (規則9条).
    link = stored_link(session, incident.id)
    if link is not None:
        facts = replace(facts, role=legal_role(link.our_role), principal_notified_at=principal_notified_at(link))
    return facts


def facts_of(row: LegalAssessment) -> Facts:
    return facts_from_mapping(row.facts)


def current_facts(ctx: Context, incident: Incident) -> tuple[Facts, str | None]:
    """The facts to prefill the form with: the latest assessment's, or the reports'."""
    with open_session(ctx.engine) as session:
        row = repo.latest_assessment(session, incident.id)
        if row is None:
            return derived_from_reports(ctx, session, incident), None
        return facts_of(row), row.ruleset_override


def ruleset_choices(override: str | None) -> list[str]:
    """The APPI rule sets a manager may choose instead of "the rules in force at awareness".

    Only rule sets under which reporting is mandatory (令和2年改正法, in force 2022-04-01) are
    offered: choosing ``appi-before-2022-04`` by hand for a later leak would turn every duty into
    a voluntary one.  A leak known before 2022-04-01 still gets that rule set through the
    automatic choice, and an override already stored stays selectable so the form can show it."""
    return [r.version for r in RULE_SETS if r.reporting_mandatory or r.version == override]


def fact_history(
    incident: Incident, stored: list[LegalAssessment], facts: Facts, *, trigger: str, now: datetime,
) -> list[FactsVersion]:
    """What was known, since when: every stored revision (the first report, each second report,
    each hand correction) and the facts about to be recorded, oldest first.

    A case that becomes reportable only later (more than 1,000 people, 施行規則7条4号; more than
    100 for My Numbers, 特定個人情報漏えい等報告規則2条4号) counts its 速報/確報 periods from the
    moment the company knew it (ガイドライン通則編3-5-3-1, 3-5-3-3, 3-5-3-4).  The first version
    counts from the first awareness; later ones from when the bot was told (the revision's time)."""
    entries = [(row.trigger, row.created_at, facts_of(row)) for row in stored] + [(trigger, now, facts)]
    lang = incident.language
    versions: list[FactsVersion] = []
    for i, (kind, at, known) in enumerate(entries):
        versions.append(FactsVersion(
            report=prompts_legal_form.start_label(kind, lang), known_at=known.aware_at if i == 0 else at, facts=known,
        ))
    return versions


def record(
    uow: UnitOfWork,
    incident: Incident,
    *,
    facts: Facts,
    derived: Facts,
    override: str | None,
    trigger: str,
    actor: str,
) -> LegalAssessment:
    """Assess, store the revision, sync legal tasks, and queue the channel announcement."""
    ctx, session = uow.ctx, uow.session
    now = ctx.now()
    stored = repo.assessments(session, incident.id)
    starts = starts_from(fact_history(incident, stored, facts, trigger=trigger, now=now), tz=ctx.config.tz)
    result = assess(facts, tz=ctx.config.tz, ruleset=override, starts=starts)
    previous = stored[-1] if stored else None
    outcome = outcome_of(result)
    changed = previous is not None and bool(outcome_changes(from_json(previous.outcome), outcome))
    row = LegalAssessment(
        incident_id=incident.id,
        revision=(previous.revision + 1) if previous else 1,
        facts=facts_to_mapping(facts),
        derived=facts_to_mapping(derived),
        ruleset_override=override,
        ruleset_version=result.ruleset_version,
        outcome=to_json(outcome),
        result=assessment_to_record(result),
        trigger=trigger,
        actor=actor,
        created_at=now,
    )
    repo.add_assessment(session, row)
    uow.record(
        incident.id, Event.LEGAL_ASSESSED, actor=actor, at=now,
        data={"revision": row.revision, "ruleset": result.ruleset_version, "trigger": trigger, "changed": changed},
    )
    sync_legal_tasks(uow, incident, result)
    if contacts.finished(session, incident.id):  # a notice duty found after everyone was told is already met
        contacts.complete_tasks(uow, incident, contacts.NOTICE_TASKS, by="contacts", now=now)
    # Announce the first result, a hand-run, and any change of answer; a re-run that changes
    # nothing stays quiet (it is still on the timeline).
    if previous is None or trigger == "manual" or changed:
        uow.say(incident, Kind.LEGAL_RESULT, f"r{row.revision}", revision=row.revision)
    if previous is None or changed:
        group.sync(uow, incident, f"legal-r{row.revision}")  # serious now, or its legal status changed
    log.info(
        "incident %s assessed (revision %d, %s, changed=%s)", incident.public_id, row.revision, result.ruleset_version, changed
    )
    return row


def sync_legal_tasks(uow: UnitOfWork, incident: Incident, result: Assessment) -> None:
    ctx, session = uow.ctx, uow.session
    now = ctx.now()
    wanted = wanted_deadlines(result)
    existing = {x.key: x for x in repo.tasks_of(session, incident.id) if x.key and x.key.startswith("legal:")}
    touched = False
    for key, due in wanted.items():
        task = existing.get(f"legal:{key}")
        if task is None:
            title, notes = prompts_tasks.legal_task_text(key, incident.language)
            draft = TaskDraft(title, incident.owner_id, due, Phase.NOTIFICATION, notes)
            task = repo.add_task_from_draft(
                session, incident.id, draft, created_by=BOT, now=now, key=f"legal:{key}", kind=TaskKind.LEGAL
            )
            uow.record(incident.id, Event.TASK_CREATED, actor=BOT, at=now, data={"task": task.id, "legal": key})
        elif task.status == TaskStatus.OPEN and task.due_at != due:
            move_due(task, due, now)
            task.updated_at = now
            uow.record(incident.id, Event.TASK_UPDATED, actor=BOT, at=now, data={"task": task.id, "fields": ["due_at"]})
        else:
            continue
        task.next_remind_at = schedule(ctx, task, now)
        touched = True
    for key, task in existing.items():
        if key.removeprefix("legal:") not in wanted and task.status == TaskStatus.OPEN:
            task.status, task.completed_at, task.completed_by = TaskStatus.CANCELLED, now, BOT
            task.next_remind_at, task.updated_at = None, now
            uow.record(incident.id, Event.TASK_CANCELLED, actor=BOT, at=now, data={"task": task.id, "reason": "not_required"})
            touched = True
    if touched:
        uow.say(incident, Kind.TASK_LIST, f"legal:{now.isoformat()}")


def assess_from_reports(uow: UnitOfWork, incident: Incident, *, trigger: str) -> LegalAssessment:
    """The automatic run: from the reports alone the first time, then refreshing derived facts
    while keeping what a person set by hand."""
    derived = derived_from_reports(uow.ctx, uow.session, incident)
    previous = repo.latest_assessment(uow.session, incident.id)
    if previous is None:
        return record(uow, incident, facts=derived, derived=derived, override=None, trigger=trigger, actor=BOT)
    facts = refresh(facts_of(previous), facts_from_mapping(previous.derived), derived)
    return record(
        uow, incident, facts=facts, derived=derived, override=previous.ruleset_override, trigger=trigger, actor=BOT
    )


def catch_up(ctx: Context) -> int:
    """Assess, once, every open incident that has no assessment yet, and say so in its channel.

    Incidents opened before a version that assesses at set-up never got an assessment or their
    legal-deadline tasks. The first sweep of each process finds them (one query), assesses each
    from its reports — deadlines count from awareness, so some may already be overdue, which the
    result shows — and announces it. Revision 1 is unique per incident, so when two replicas catch
    up at once only one of them records it; the other rolls back. New incidents are assessed as a
    set-up step, so later sweeps need not look again."""
    with open_session(ctx.engine) as session:
        due = repo.open_incidents_without_assessment(session)
    done = 0
    for incident_id in due:
        with UnitOfWork(ctx) as uow:
            incident = repo.get_incident(uow.session, incident_id)
            if incident.closed_at is not None or repo.latest_assessment(uow.session, incident_id) is not None:
                continue
            try:
                assess_from_reports(uow, incident, trigger="catch_up")
                uow.say(incident, Kind.NOTICE, "legal:catch_up", key="legal.catch_up", values={})
                uow.commit()
            except IntegrityError as exc:
                if not repo.is_unique_violation(exc):
                    raise
                uow.rollback()  # another replica assessed it first
                continue
        done += 1
        log.info("incident %s assessed after an upgrade", incident.public_id)
    ctx.memo["legal_catch_up"] = True
    return done


def reassess_after_report(ctx: Context, incident_id: int, *, trigger: str = "second_report") -> None:
    with UnitOfWork(ctx) as uow:
        incident = repo.get_incident(uow.session, incident_id)
        if incident.closed_at is None:
            assess_from_reports(uow, incident, trigger=trigger)
            uow.commit()


def assess_by_hand(ctx: Context, incident: Incident, facts: Facts, *, override: str | None, user: str) -> LegalAssessment:
    with UnitOfWork(ctx) as uow:
        current = repo.get_incident(uow.session, incident.id)
        row = record(
            uow, current, facts=facts, derived=derived_from_reports(ctx, uow.session, current), override=override,
            trigger="manual", actor=user,
        )
        uow.commit()
        return row


def draft_context(ctx: Context, session: Session, incident: Incident) -> DraftContext:
    """What the drafts may say: categories, field names, counts and the team's own text —
    never leaked records (the bot does not hold them)."""
    second = repo.latest_second_report(session, incident.id)
    progress, batches = contacts.state(session, incident.id)
    decision = decision_view(contact_rows.latest_decision(session, incident.id))
    return DraftContext(
        incident_id=incident.public_id,
        department=ctx.config.department_name(incident.department_id),
        event_type=incident.event_type,
        discovered_at=incident.discovered_at,
        occurred_at=(second.occurred_at if second and second.occurred_at else incident.occurred_at),
        location=(second.location if second and second.location else incident.location) or None,
        what_happened=(second.what_happened if second else incident.description) or None,
        cause=(second.cause if second else "") or None,
        data_categories=list(second.data_categories if second else incident.data_categories),
        data_items=(second.data_items if second else "") or None,
        people_count=second.people_count if second else incident.people_count,
        count_basis=second.count_basis if second else ("estimated_max" if incident.people_count is not None else "unknown"),
        secondary_harm=second.secondary_harm if second else "unknown",
        secondary_harm_detail=(second.secondary_harm_detail if second else "") or None,
        measures_done=incident.measures_done or None,
        measures_planned=incident.measures_planned or None,
        actions_taken=incident.actions_taken or None,
        # Items 6 and 7 of the PPC report: the contact campaign and the publication decision (issue 9).
        individual_notice_status=prompts_contacts.notice_status(progress, batches, incident.language, ctx.config.tz),
        publication_status=prompts_publication.draft_status(decision, incident.language, ctx.config.tz),
        publication_decided=decision is not None and decision.decision != "not_publish",
    )


def post_drafts(ctx: Context, incident: Incident, *, user: str) -> int:
    """Generate the report drafts from what is recorded and upload them to the incident channel.
    Sending them to anyone is always a person's act."""
    with UnitOfWork(ctx) as uow:
        row = repo.latest_assessment(uow.session, incident.id)
        if row is None:
            row = assess_from_reports(uow, incident, trigger="reported")
            uow.commit()
        bundle = drafts_bundle(
            presenters.stored_assessment(ctx, row), draft_context(ctx, uow.session, incident), tz=ctx.config.tz, now=ctx.now()
        )
    channel = incident.channel_id or user
    slack = drills.scoped(ctx, incident).slack  # a drill's drafts are marked, never mistaken for real ones
    for filename, content in bundle:
        slack.upload_file(channel, content.encode("utf-8"), filename=filename, title=filename)
    with UnitOfWork(ctx) as uow:
        uow.record(
            incident.id, Event.DRAFTS_GENERATED, actor=user,
            data={"files": [name for name, _ in bundle], "revision": row.revision},
        )
        uow.say(incident, Kind.NOTICE, f"drafts:{ctx.now().isoformat()}", key="legal.drafts_posted", values={"user": user})
        uow.commit()
    return len(bundle)
