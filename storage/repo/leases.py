"""Lease renewal: the heartbeat of a worker thread extends every claim it holds."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlmodel import Session, col

from storage.models import Delivery, Incident
from storage.repo._sql import rowcount


def renew_leases(session: Session, owner: str, until: datetime) -> int:
    """Extend to ``until`` every lease ``owner`` still holds (incident set-ups and deliveries);
    how many were renewed. A lease already taken over by another worker is not touched."""
    renewed = rowcount(
        session.execute(update(Incident).where(col(Incident.lease_owner) == owner).values(lease_until=until))
    )
    renewed += rowcount(
        session.execute(
            update(Delivery)
            .where(col(Delivery.lease_owner) == owner, col(Delivery.status) == "pending")
            .values(lease_until=until)
        )
    )
    return renewed
