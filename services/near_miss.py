"""Use case of a near miss (ヒヤリハット): file it — no channel, no escalation, no legal assessment.

The near miss is saved with the first version of its recurrence measure (``domain.near_miss``),
which goes to the office for review like an incident's statement (``services.recurrence``); the
office's notice carries the ID, department and event type only, never the free text.
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import IntegrityError

from domain.incidents import near_miss_public_id
from domain.near_miss import NearMiss
from domain.timeline import Event
from services.context import Context
from services.recurrence import add_version
from services.uow import UnitOfWork
from storage import repo
from storage.models import Incident

log = logging.getLogger(__name__)


def file_near_miss(ctx: Context, near_miss: NearMiss, *, reporter: str, source_key: str) -> tuple[Incident, bool]:
    """Save a near miss and its measure for review; ``(incident, created)`` (a retried modal
    submission finds it by ``source_key`` and gets it back with ``created=False``)."""
    now = ctx.now()
    year = now.astimezone(ctx.config.tz).year
    with UnitOfWork(ctx) as uow:
        session = uow.session
        try:
            number = repo.next_near_miss_number(session, year)
            incident = repo.add_near_miss(
                session, near_miss, public_id=near_miss_public_id(year, number), year=year, number=number,
                source_key=source_key, reporter=reporter, language=ctx.config.language, reported_at=now,
            )
            assert incident.id is not None
            uow.record(
                incident.id, Event.NEAR_MISS_REPORTED, actor=reporter, at=now,
                data={"event_type": near_miss.event_type, "department": near_miss.department_id},
            )
            add_version(uow, incident, near_miss.statement, user=reporter, source_key=source_key, at=now)
            uow.commit()
        except IntegrityError as exc:
            uow.rollback()
            existing = repo.incident_by_source_key(session, source_key) if repo.is_unique_violation(exc) else None
            if existing is None:
                raise
            return existing, False
    log.info("near miss %s reported", incident.public_id)
    return incident, True
