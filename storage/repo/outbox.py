"""The outbox: messages recorded in a transaction, claimed, sent once, retried."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import or_, update
from sqlmodel import Session, col, select

from storage.models import Delivery
from storage.repo._sql import ONE_OFF, rowcount, table
from storage.repo._sql import insert_for as _insert


def enqueue(
    session: Session,
    *,
    dedupe_key: str,
    kind: str,
    recipient: str,
    now: datetime,
    incident_id: int | None = None,
    params: dict[str, Any] | None = None,
) -> bool:
    """Record a message to send; a key already present is left alone. True if this call added it."""
    stmt = (
        _insert(session, table(Delivery))
        .values(
            dedupe_key=dedupe_key,
            kind=kind,
            recipient=recipient,
            incident_id=incident_id,
            params=params or {},
            status="pending",
            attempts=0,
            next_attempt_at=now,
            created_at=now,
        )
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(table(Delivery).c.id)
    )
    return session.execute(stmt).first() is not None


def claim_deliveries(
    session: Session, *, owner: str, now: datetime, until: datetime, limit: int, incident_id: int | None = None
) -> list[Delivery]:
    """Lease up to ``limit`` due deliveries to ``owner``. Each candidate is claimed with its own
    compare-and-set, so a row another worker took in the meantime is simply skipped. The caller
    commits the claims before sending (so another worker sees them)."""
    query = (
        select(Delivery.id)
        .where(
            col(Delivery.status) == "pending",
            col(Delivery.next_attempt_at) <= now,
            or_(col(Delivery.lease_until).is_(None), col(Delivery.lease_until) < now),
        )
        .order_by(col(Delivery.id))
        .limit(limit)
    )
    if incident_id is not None:
        query = query.where(col(Delivery.incident_id) == incident_id)
    claimed: list[int] = []
    for delivery_id in session.exec(query).all():
        if delivery_id is None:
            continue
        result = session.execute(
            update(Delivery)
            .where(
                col(Delivery.id) == delivery_id,
                col(Delivery.status) == "pending",
                or_(col(Delivery.lease_until).is_(None), col(Delivery.lease_until) < now),
            )
            .values(lease_owner=owner, lease_until=until, attempts=Delivery.attempts + 1)
        )
        if rowcount(result) == 1:
            claimed.append(delivery_id)
    if not claimed:
        return []
    return list(session.exec(select(Delivery).where(col(Delivery.id).in_(claimed)).order_by(col(Delivery.id))).all())


def finish_delivery(session: Session, delivery_id: int, *, now: datetime, result_ts: str | None = None) -> None:
    session.execute(
        update(Delivery)
        .where(col(Delivery.id) == delivery_id)
        .values(status="sent", sent_at=now, result_ts=result_ts, lease_owner=None, lease_until=None, last_error=None)
    )


def retry_delivery(
    session: Session, delivery_id: int, *, at: datetime, error: str, give_up: bool = False, count_attempt: bool = True
) -> None:
    """Back to pending (or failed) for another try at ``at``. ``count_attempt=False``: the claim made
    no call (Slack's limits held it back), so it does not count towards giving up."""
    values: dict[str, Any] = {
        "status": "failed" if give_up else "pending",
        "next_attempt_at": at,
        "lease_owner": None,
        "lease_until": None,
        "last_error": error[:200],
    }
    if not count_attempt:
        values["attempts"] = Delivery.attempts - 1
    session.execute(update(Delivery).where(col(Delivery.id) == delivery_id).values(**values))
def enqueue_many(session: Session, rows: list[dict[str, Any]], *, now: datetime) -> set[str]:
    """Record many messages in ONE statement (each row: ``dedupe_key``, ``kind``, ``recipient``,
    ``incident_id``, ``params``); keys already present are left alone. Returns the keys added."""
    if not rows:
        return set()
    values = [
        dict(
            dedupe_key=r["dedupe_key"], kind=r["kind"], recipient=r["recipient"], incident_id=r.get("incident_id"),
            params=r.get("params") or {}, status="pending", attempts=0, next_attempt_at=now, created_at=now,
        )
        for r in rows
    ]
    t = table(Delivery)
    stmt = (
        _insert(session, t).values(values).on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(t.c.dedupe_key)
    )
    return {row[0] for row in session.execute(stmt, execution_options=ONE_OFF)}


def retry_waiting_now(session: Session, incident_id: int, now: datetime) -> int:
    """Deliveries of ``incident_id`` that were put off because its set-up was unfinished
    (``not_ready``) become due at once; how many."""
    result = session.execute(
        update(Delivery)
        .where(
            col(Delivery.incident_id) == incident_id,
            col(Delivery.status) == "pending",
            col(Delivery.last_error) == "not_ready",
        )
        .values(next_attempt_at=now)
    )
    return rowcount(result)
