"""What a worker does: find due work in the database, claim it, run it, keep the claim alive.

Work is never handed from a request to a worker in memory. A listener persists what is to be
done (a saved incident whose set-up is unfinished, a pending outbox row) and calls ``wake``; a
worker thread of the bounded pool (``bot.jobs.Workers``) then takes due work from the database
with ``drain``. Because the database is the only queue, a worker that was never woken (a crash, a
full pool, another replica) still finds the work on its next look, and the sweep finds it too.

Every claim is a lease owned by one worker *thread* (``Context.owner``) and renewed by that
thread's ``Heartbeat`` while the work runs, so a slow Slack never lets a live worker's claim
lapse, and a dead replica's claims lapse ``Config.lease`` (30 s) after its last heartbeat.
"""

from __future__ import annotations

import logging
import threading
from types import TracebackType

from services import outbox
from services.context import Context
from services.mobilize import mobilize
from services.ports import InlineJobs
from storage import repo
from storage.db import session as open_session

log = logging.getLogger(__name__)

#: Deliveries one worker claims at a time (small, so that several workers share a backlog).
DELIVERY_BATCH = 5
#: Unfinished set-ups looked at per round (each is claimed on its own; others may win some).
SETUP_BATCH = 8


class Heartbeat:
    """Renews every lease ``owner`` holds, every third of the lease, until the block ends.

    ``with Heartbeat(ctx): ...`` in the thread that claims the work (the owner is that thread's).
    A failed renewal is logged (exception class only) and tried again at the next beat.
    """

    def __init__(self, ctx: Context, owner: str | None = None):
        self.ctx = ctx
        self.owner = owner or ctx.owner
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, name="leakbot-heartbeat", daemon=True)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join()

    def beat(self) -> int:
        """Renew now; how many leases were renewed."""
        with open_session(self.ctx.engine) as session:
            renewed = repo.renew_leases(session, self.owner, self.ctx.now() + self.ctx.config.lease)
            session.commit()
        return renewed

    def _beat(self) -> None:
        interval = max(self.ctx.config.lease.total_seconds() / 3, 0.05)
        while not self._stop.wait(interval):
            try:
                self.beat()
            except Exception as exc:  # noqa: BLE001 - a missed beat is retried at the next one
                log.warning("lease heartbeat of %s failed: %s", self.owner, type(exc).__name__)


def run_once(ctx: Context) -> bool:
    """One round of due work in the calling thread: unfinished set-ups first (each followed by
    its incident's messages), then one small batch of due deliveries. True if anything was due,
    so the caller looks again."""
    with open_session(ctx.engine) as session:
        setups = repo.incidents_to_mobilize(session, ctx.now(), limit=SETUP_BATCH)
    for incident_id in setups:
        if mobilize(ctx, incident_id):
            outbox.deliver(ctx, incident_id=incident_id)
    if setups:
        return True
    return outbox.deliver(ctx, limit=DELIVERY_BATCH) > 0


def drain(ctx: Context, *, rounds: int = 1000) -> int:
    """Run due work until none is left (bounded); how many rounds found work. The calling
    thread's leases are renewed meanwhile."""
    done = 0
    with Heartbeat(ctx):
        while done < rounds and run_once(ctx):
            done += 1
    return done


def wake(ctx: Context) -> None:
    """Work was persisted: have a worker look now. Never blocks a listener (the pool's threads are
    woken); with inline jobs (the CLI, scripts) the work runs here and now."""
    if isinstance(ctx.jobs, InlineJobs):
        drain(ctx)
    else:
        ctx.jobs.wake()
