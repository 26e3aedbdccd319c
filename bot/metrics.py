"""Prometheus metrics: what an operator watches to know the bot keeps its promises.

- ack latency per surface (Slack gives 3 s), measured by a Bolt middleware from the moment Bolt
  takes the request to the moment the listener acknowledged it;
- Slack Web API calls and errors by method and error code, 429 answers and the Retry-After time
  waited (recorded by the Slack adapter and its limiter);
- sweep duration;
- at scrape time, from the database: outbox backlog and the age of its oldest message, open
  incidents by phase, overdue tasks and overdue legal deadlines.

Label values are method names, error codes, surfaces and phases only: never a user, channel or text.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterator
from datetime import datetime

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

REGISTRY = CollectorRegistry()

ACK_SECONDS = Histogram(
    "leakbot_ack_seconds",
    "Time from Bolt taking a request to the listener's ack(), by surface.",
    ["surface"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0),
    registry=REGISTRY,
)
SLACK_CALLS = Counter(
    "leakbot_slack_api_calls", "Slack Web API calls, by method.", ["method"], registry=REGISTRY
)
SLACK_ERRORS = Counter(
    "leakbot_slack_api_errors", "Slack Web API calls that failed, by method and error code.", ["method", "code"],
    registry=REGISTRY,
)
RATE_LIMITED = Counter(
    "leakbot_slack_rate_limited", "HTTP 429 answers from Slack, by method.", ["method"], registry=REGISTRY
)
RETRY_AFTER_SECONDS = Counter(
    "leakbot_slack_retry_after_seconds", "Seconds a method was paused because Slack asked to (Retry-After), by method.",
    ["method"], registry=REGISTRY,
)
THROTTLED = Counter(
    "leakbot_slack_throttled", "Calls refused before they were sent (method paused or paced), by method.",
    ["method"], registry=REGISTRY,
)
SWEEP_SECONDS = Histogram(
    "leakbot_sweep_seconds", "Duration of one sweep pass.", buckets=(0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60),
    registry=REGISTRY,
)


# --- Slack ----------------------------------------------------------------------------------------


def slack_call(method: str, error: str | None = None) -> None:
    """Count one Web API call (and its failure code, if it failed)."""
    SLACK_CALLS.labels(method).inc()
    if error is not None:
        SLACK_ERRORS.labels(method, error).inc()


def rate_limited(method: str, retry_after: float) -> None:
    """Count one 429 and the pause it set on its method (``Retry-After`` seconds)."""
    RATE_LIMITED.labels(method).inc()
    RETRY_AFTER_SECONDS.labels(method).inc(retry_after)


def throttled(method: str) -> None:
    """Count one call refused before it was sent (its method paused after a 429, or paced)."""
    THROTTLED.labels(method).inc()


# --- acks -----------------------------------------------------------------------------------------


def surface_of(body: dict) -> str:
    """Which kind of Slack request this is (a fixed, small set of label values)."""
    if body.get("command"):
        return "command"
    kind = body.get("type")
    if kind == "event_callback":
        return "event"
    if kind in ("block_actions", "view_submission", "view_closed", "shortcut", "message_action", "block_suggestion"):
        return str(kind)
    return "other"


def ack_latency_middleware(req, resp, next):  # Bolt passes the rest of the chain as ``next``
    """Bolt middleware: the chain returns once the listener has acked (Bolt's runner waits for the ack
    before it hands the rest of the listener to a worker thread)."""
    started = time.perf_counter()
    try:
        return next()
    finally:
        ACK_SECONDS.labels(surface_of(req.body or {})).observe(time.perf_counter() - started)


# --- sweep ----------------------------------------------------------------------------------------


def timed(fn: Callable[..., object]) -> Callable[..., object]:
    @functools.wraps(fn)  # the scheduler names the job (and logs it) after the wrapped function
    def run(*args, **kwargs):
        with SWEEP_SECONDS.time():
            return fn(*args, **kwargs)

    return run


# --- database -------------------------------------------------------------------------------------


class DatabaseCollector(Collector):
    """Reads a few counts through ``storage.stats`` whenever Prometheus scrapes."""

    def __init__(self, engine, clock: Callable[[], datetime]):
        self.engine, self.clock = engine, clock

    def collect(self) -> Iterator[GaugeMetricFamily]:
        from storage import stats
        from storage.db import session

        now = self.clock()
        with session(self.engine) as s:
            current = stats.gather(s, now)
        yield GaugeMetricFamily("leakbot_outbox_backlog", "Messages waiting in the outbox.", value=current.outbox_pending)
        oldest = current.outbox_oldest_created_at
        yield GaugeMetricFamily(
            "leakbot_outbox_oldest_age_seconds", "Age of the oldest message waiting in the outbox (0 when empty).",
            value=max(0.0, (now - oldest).total_seconds()) if oldest else 0.0,
        )
        phases = GaugeMetricFamily("leakbot_open_incidents", "Incidents not closed, by phase.", labels=["phase"])
        for phase, count in sorted(current.open_incidents_by_phase.items()):
            phases.add_metric([phase], count)
        yield phases
        yield GaugeMetricFamily("leakbot_overdue_tasks", "Open countermeasures past their due time.",
                                value=current.overdue_tasks)
        yield GaugeMetricFamily("leakbot_overdue_legal_deadlines", "Open legal-deadline tasks past their due time.",
                                value=current.overdue_legal_deadlines)


def render(engine=None, clock: Callable[[], datetime] | None = None) -> bytes:
    """The exposition text: the process's counters, then the database gauges (when an engine is given)."""
    text = generate_latest(REGISTRY)
    if engine is not None and clock is not None:
        scrape = CollectorRegistry(auto_describe=False)
        scrape.register(DatabaseCollector(engine, clock))
        text += generate_latest(scrape)
    return text
