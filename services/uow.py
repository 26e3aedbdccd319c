"""The unit of work: one use case's transaction.

A use case changes state, records on the timeline what happened and decides the messages that
calls for; all three are committed together, once, so a message is never decided for a change
that was rolled back and a change is never committed without its timeline entry.

    with UnitOfWork(ctx) as uow:
        ... repo.compare_and_set(uow.session, ...) ...
        entry = uow.record(incident.id, Event.ACKNOWLEDGED, actor=user, data={...})
        uow.say(incident, Kind.CARD_REFRESH, f"t{entry.id}")
        uow.commit()

Leaving the block without ``commit`` rolls everything back.
"""

from __future__ import annotations

from datetime import datetime
from types import TracebackType
from typing import Any

from domain.timeline import Event
from services import replays
from services.context import Context
from services.queue import INCIDENT_CHANNEL, Kind
from storage import repo
from storage.db import session as open_session
from storage.models import Incident, TimelineEntry


class UnitOfWork:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.session = open_session(ctx.engine)

    def __enter__(self) -> UnitOfWork:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.session.close()

    def record(self, incident_id: int, event: Event, *, actor: str, data: dict[str, Any] | None = None,
               at: datetime | None = None) -> TimelineEntry:
        """Append a timeline entry (now, unless ``at`` says when)."""
        return repo.append_timeline(
            self.session, incident_id, at=at or self.ctx.now(), actor=actor, event=event, data=data
        )

    def say(self, incident: Incident, kind: Kind, dedupe: str, *, recipient: str = INCIDENT_CHANNEL, **params: Any) -> bool:
        """Decide a message about ``incident`` (sent by the outbox after the commit). ``dedupe`` makes
        it once-only: deciding the same message again is a no-op. True if this call decided it."""
        return self.say_once(f"{incident.id}:{kind}:{dedupe}", kind, recipient=recipient, incident_id=incident.id, **params)

    def say_once(self, dedupe_key: str, kind: Kind, *, recipient: str, incident_id: int | None = None, **params: Any) -> bool:
        """Decide a message under an explicit key (messages about no incident, e.g. the weekly summary)."""
        return repo.enqueue(
            self.session, dedupe_key=dedupe_key, kind=kind, recipient=recipient, incident_id=incident_id,
            params=params, now=self.ctx.now(),
        )

    def message(self, incident: Incident | None, kind: Kind, dedupe: str, *, recipient: str = INCIDENT_CHANNEL,
                **params: Any) -> dict[str, Any]:
        """A message as ``say`` would decide it (same key), to decide many at once with ``say_all``;
        ``incident`` None: a message about several incidents (keyed by ``dedupe`` alone)."""
        key = f"{incident.id}:{kind}:{dedupe}" if incident is not None else f"{kind}:{dedupe}"
        return dict(dedupe_key=key, kind=kind, recipient=recipient, incident_id=incident.id if incident else None,
                    params=params)

    def say_all(self, messages: list[dict[str, Any]]) -> set[str]:
        """Decide many messages in one statement (keys already decided are left alone); the keys added."""
        return repo.enqueue_many(self.session, messages, now=self.ctx.now())

    def commit(self) -> None:
        # A modal submission's first change claims the request in this same transaction
        # (``services.replays``): a copy of an already handled request commits nothing.
        claim = replays.claim_in(self.session, self.ctx)
        self.session.commit()
        if claim is not None:
            claim.done = True

    def rollback(self) -> None:
        self.session.rollback()
