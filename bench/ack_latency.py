"""Ack latency benchmark of the Slack-facing paths (not a test; always exits 0).

    .venv/bin/python bench/ack_latency.py [--n 300] [--warmup 30] [--gap-ms 5] [--profile 100]
                                          [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test]

In process, no HTTP server: requests are built and signed exactly as Slack sends them
(``tests.fakeslack.SlackDriver.build_*``, current timestamp, fresh trigger_id) and handed to
``app.dispatch(BoltRequest(body=..., headers=...))``.  The time measured is from building the
``BoltRequest`` (Bolt parses the body there, as its HTTP adapters do per request) until
``dispatch`` returns the ``BoltResponse`` — with ``process_before_response=False`` that is as soon
as the listener has called ``ack()``; whatever the listener does after the ack goes on in Bolt's
thread pool.  Two requests:

1. ``/leak-report``: the listener acks, then calls ``views.open``;
2. the first-report modal submission (``view_submission``, callback ``leak_first_report``): the
   listener validates, saves the incident *before* acking (the receipt shows its ID), acks with
   ``response_action: update``, then mobilizes Slack.  Every submission is a distinct modal opened
   through the fake Slack (rotating over several reporters), so every one creates an incident.

Each is compared with a bare Bolt app (same Bolt settings: ``process_before_response=False``, a
signing secret, a WebClient pointed at the same fake Slack) whose listeners for the same command
and callback_id only call ``ack()``, fed the same kind of payloads.  Target: p99 of each request
<= 1.5 x the bare app's p99.

Pacing: strictly serial.  After every request the benchmark waits until Bolt's listener and
leakbot's post-ack jobs have finished (the ``views.open`` / mobilization), then sleeps a
small gap, so the thread pool never queues; leakbot and bare requests alternate (bare first on
even iterations) so slow drifts of the machine hit both alike.

The Web API is the fake Slack of ``tests/fakeslack`` on 127.0.0.1, run in a child process (forked
at start), as Slack's servers are not in the bot's process: in this one its request handling
(JSON, Block Kit validation) would compete for the GIL with the request thread that returns the
ack, which production does not see.  ``--fake-in-process`` runs it here instead, for comparison.
Once a request has settled the benchmark has the fake drop its call log and used views (nothing
reads them later).

The column "ack() call" is when the listener called ``ack()`` (measured by wrapping
``slack_bolt``'s ``Ack.__call__`` with a clock read, in both apps), i.e. the listener's own
work before the ack; the rest of the latency is Bolt (request parsing, signature check,
middleware, listener matching, and the request thread's wait for the ack, which polls every 10 ms).

Full (generation 2) garbage collections pause every thread for tens of milliseconds (the
start-up heap alone is ~110k objects); the output says how many measured requests one overlapped
and what p99 is without them.  ``--gc-freeze`` calls ``gc.freeze()`` after start-up (a what-if:
leakbot does not do that today).

``--switch-interval-ms MS`` is another what-if: a shorter GIL switch interval, so the request
thread waking from Bolt's 10 ms poll gets the GIL sooner from listener work that runs after the
ack (leakbot's mobilization).

``--profile N`` then submits N more first reports to leakbot (not part of the figures) with
cProfile running in the listener thread from its start until it calls ``ack()``, and prints where
that pre-ack time goes.

With the default database (a temporary SQLite file) nothing is left behind.  With a PostgreSQL
``--database-url`` the tables it writes (incident, timeline_entry, delivery, second_report,
incident_sequence) are emptied at the end with ``TRUNCATE ... RESTART IDENTITY`` — rows cannot be
deleted one by one because timeline_entry is append-only — so point it at a scratch database such
as the test one (not while the tests run).  A SQLite file given with ``--database-url`` keeps the
rows.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import multiprocessing
import pstats
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, wait
from datetime import UTC, datetime, timedelta
from multiprocessing.managers import BaseManager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from slack_bolt import App, BoltRequest, BoltResponse  # noqa: E402
from slack_bolt.context.ack.ack import Ack  # noqa: E402
from slack_sdk import WebClient  # noqa: E402
from sqlalchemy import func, select, text  # noqa: E402
from sqlalchemy.engine import Engine, make_url  # noqa: E402

from bot.app import create_app  # noqa: E402
from bot.settings import Settings  # noqa: E402
from domain.directory import Directory, parse_directory  # noqa: E402
from prompts.first_report import first_report_modal  # noqa: E402
from prompts.ids import Callback, Command  # noqa: E402
from storage.models import Incident  # noqa: E402
from tests.conftest import DIRECTORY, PEOPLE, populate  # noqa: E402
from tests.fakeslack import FakeSlack, SlackDriver  # noqa: E402

TARGET_P99_RATIO = 1.5
SIGNING_SECRET = "bench-signing-secret"
BOT_TOKEN = "xoxb-bench-token"
#: Reporters the submissions rotate over (the fake keeps one open modal per user).
REPORTERS = [PEOPLE.reporter] + [f"UBENCHR{i}" for i in range(1, 6)]
TABLES = ["delivery", "timeline_entry", "second_report", "incident", "incident_sequence"]


# ------------------------------------------------------------------------------------------------
# instrumentation
# ------------------------------------------------------------------------------------------------


class AckClock:
    """Records when ``ack()`` is called (requests are serial, so the last call is this request's)."""

    def __init__(self) -> None:
        self.last: float | None = None
        self.profiling = threading.local()  # .profile: a cProfile.Profile to stop at the ack
        original = Ack.__call__

        def timed_call(ack_self: Ack, *args: Any, **kwargs: Any) -> BoltResponse:
            if self.last is None:
                self.last = time.perf_counter()
            profile = getattr(self.profiling, "profile", None)
            if profile is not None:
                profile.disable()
                self.profiling.profile = None
            return original(ack_self, *args, **kwargs)

        Ack.__call__ = timed_call  # type: ignore[method-assign]

    def reset(self) -> None:
        self.last = None


class GcMonitor:
    """Records every garbage collection (any thread) as (start, end, generation)."""

    def __init__(self) -> None:
        self.spans: list[tuple[float, float, int]] = []
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, Any]) -> None:
        # Collections never overlap: the collector holds the GIL from start to stop.
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.spans.append((self._start, time.perf_counter(), info["generation"]))

    def full_between(self, first: int, start: float, end: float) -> bool:
        """Did a full (generation 2) collection overlap [start, end]? ``first``: spans to skip."""
        return any(g == 2 and s < end and e > start for s, e, g in self.spans[first:])

    def full_pauses(self) -> list[float]:
        return sorted((e - s) * 1000 for s, e, g in self.spans if g == 2)


class SettleTracker:
    """Stands in for the listener runner's executor to learn when the listener has finished."""

    def __init__(self, app: App, jobs: Any = None) -> None:
        #: leakbot's post-ack job pool (``bot.jobs.ThreadJobs``): its work is the listener's work too.
        self.jobs = jobs
        self.runner = app.listener_runner
        self.inner = self.runner.listener_executor
        self.pending: list[Future] = []
        self.wrap: Callable[[Callable[..., Any]], Callable[..., Any]] | None = None
        self.runner.listener_executor = self  # Bolt only calls submit()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        if self.wrap is not None:
            fn = self.wrap(fn)
        future = self.inner.submit(fn, *args, **kwargs)
        self.pending.append(future)
        return future

    def settle(self, timeout: float = 60.0) -> bool:
        _, not_done = wait(self.pending, timeout=timeout)
        self.pending = list(not_done)
        jobs_done = self.jobs.wait_idle(timeout) if self.jobs is not None else True
        return not not_done and jobs_done

    def shutdown(self) -> None:
        self.settle()
        self.inner.shutdown(wait=True)


# ------------------------------------------------------------------------------------------------
# the fake Slack, in its own process (or in this one with --fake-in-process)
# ------------------------------------------------------------------------------------------------


class FakeService:
    """Owns a started, populated FakeSlack; exposes what the benchmark and SlackDriver need as
    plain method calls (so it can sit behind a multiprocessing proxy)."""

    def __init__(self, seed: int) -> None:
        self.fake = FakeSlack(seed=seed).start()
        populate(self.fake)
        for i, user in enumerate(REPORTERS[1:], start=1):
            self.fake.add_user(user, email=f"bench-reporter{i}@example.com")

    def info(self) -> dict[str, str]:
        f = self.fake
        return {"url": f.url, "team_domain": f.team_domain, "app_id": f.app_id, "bot_user_id": f.bot_user_id}

    def new_trigger_id(self, user_id: str | None = None, view_id: str | None = None) -> str:
        return self.fake.new_trigger_id(user_id, view_id=view_id)

    def new_response_url(self, channel_id: str | None = None, user_id: str | None = None,
                         message_ts: str | None = None) -> str:
        return self.fake.new_response_url(channel_id, user_id, message_ts)

    def user(self, user_id: str) -> dict[str, Any] | None:
        return self.fake.user(user_id)

    def channel(self, channel_id: str) -> dict[str, Any] | None:
        return self.fake.channel(channel_id)

    def view(self, view_id: str) -> dict[str, Any] | None:
        return self.fake.views.get(view_id)

    def is_view_open(self, view_id: str) -> bool:
        return self.fake.is_view_open(view_id)

    def housekeeping(self, submitted: str | None = None) -> int:
        """Once a request has settled, forget the call log, the view just submitted and closed
        views (nothing reads them later; kept, they grow to ~250k objects in a run and slow every
        full garbage collection of the process holding them). Returns how many successful
        views.open calls the log held."""
        opened = sum(1 for c in self.fake.calls_to("views.open") if c.ok)
        self.fake.calls.clear()
        for view_id in list(self.fake.views):
            if view_id == submitted or not self.fake.is_view_open(view_id):
                del self.fake.views[view_id]
        return opened

    def violations(self) -> list[str]:
        return list(self.fake.violations)

    def stop(self) -> None:
        self.fake.stop()


class FakeManager(BaseManager):
    pass


FakeManager.register("FakeService", FakeService)


class _Views:
    """``fake.views`` as SlackDriver reads it (``get`` and ``in``), fetched from the service."""

    def __init__(self, service: FakeService) -> None:
        self._service = service

    def get(self, view_id: str, default: Any = None) -> Any:
        view = self._service.view(view_id)
        return default if view is None else view

    def __contains__(self, view_id: object) -> bool:
        return isinstance(view_id, str) and self._service.view(view_id) is not None

    def __getitem__(self, view_id: str) -> dict[str, Any]:
        view = self._service.view(view_id)
        if view is None:
            raise KeyError(view_id)
        return view


class FakeHandle:
    """The part of FakeSlack's interface that SlackDriver and the benchmark use, forwarded to a
    FakeService (local, or a proxy to the fake's own process)."""

    def __init__(self, service: FakeService) -> None:
        self.service = service
        info = service.info()
        self.url = info["url"]
        self.team_domain = info["team_domain"]
        self.app_id = info["app_id"]
        self.bot_user_id = info["bot_user_id"]
        self.views = _Views(service)

    def new_trigger_id(self, user_id: str | None = None, *, view_id: str | None = None) -> str:
        return self.service.new_trigger_id(user_id, view_id)

    def new_response_url(self, channel_id: str | None = None, user_id: str | None = None,
                         message_ts: str | None = None) -> str:
        return self.service.new_response_url(channel_id, user_id, message_ts)

    def user(self, user_id: str) -> dict[str, Any] | None:
        return self.service.user(user_id)

    def channel(self, channel_id: str) -> dict[str, Any] | None:
        return self.service.channel(channel_id)

    def is_view_open(self, view_id: str) -> bool:
        return self.service.is_view_open(view_id)


# ------------------------------------------------------------------------------------------------
# the two apps
# ------------------------------------------------------------------------------------------------


def bare_app(fake: FakeHandle) -> App:
    app = App(
        signing_secret=SIGNING_SECRET,
        client=WebClient(token=BOT_TOKEN, base_url=fake.url),
        process_before_response=False,
        token_verification_enabled=False,
    )

    @app.command(str(Command.REPORT))
    def report(ack):
        ack()

    @app.view(str(Callback.FIRST_REPORT))
    def first_report(ack):
        ack()

    return app


def report_values(now: datetime, i: int) -> dict[str, Any]:
    """What a reporter types into the first-report modal (as in tests/conftest.py's harness)."""
    return {
        "department": "sales" if i % 2 == 0 else "hr",
        "event_type": "loss",
        "discovered_at": int((now - timedelta(hours=1)).timestamp()),
        "occurred_at": int((now - timedelta(hours=3)).timestamp()),
        "location": "渋谷駅",
        "data_categories": ["name_contact"],
        "people_count": str(100 + i % 50),
        "encrypted": "no",
        "third_party": "none",
        "description": "顧客名簿を入れたノートPCを電車に置き忘れた",
        "actions_taken": "遺失届を提出",
    }


class Subject:
    """One app under measurement: dispatch, wait for its background work, collect figures."""

    def __init__(self, name: str, app: App, acks: AckClock, gcs: GcMonitor, jobs: Any = None) -> None:
        self.name = name
        self.app = app
        self.acks = acks
        self.gcs = gcs
        self.tracker = SettleTracker(app, jobs)
        self.latency: dict[str, list[float]] = {"command": [], "submission": []}
        #: Parallel to ``latency``: did a full GC pause (in any thread) overlap the request?
        self.full_gc: dict[str, list[bool]] = {"command": [], "submission": []}
        self.ack_at: dict[str, list[float]] = {"command": [], "submission": []}
        self.problems: list[str] = []
        self.unsettled = 0

    def measure(self, case: str, body: str, headers: dict[str, str], *, record: bool,
                check: Callable[[BoltResponse], str | None]) -> None:
        self.acks.reset()
        first_gc = len(self.gcs.spans)
        started = time.perf_counter()
        response = self.app.dispatch(BoltRequest(body=body, headers=headers))
        ended = time.perf_counter()
        elapsed = ended - started
        acked = self.acks.last
        if not self.tracker.settle():
            self.unsettled += 1
        problem = check(response)
        if problem:
            self.problems.append(f"{case}: {problem}")
        if record:
            self.latency[case].append(elapsed * 1000)
            self.full_gc[case].append(self.gcs.full_between(first_gc, started, ended))
            if acked is not None:
                self.ack_at[case].append((acked - started) * 1000)


def check_command(response: BoltResponse) -> str | None:
    return None if response.status == 200 else f"HTTP {response.status} {response.body[:200]!r}"


def check_update(response: BoltResponse) -> str | None:
    if response.status != 200:
        return f"HTTP {response.status} {response.body[:200]!r}"
    try:
        action = json.loads(response.body or "{}").get("response_action")
    except ValueError:
        action = None
    return None if action == "update" else f"ack without response_action=update: {response.body[:200]!r}"


def check_empty_ok(response: BoltResponse) -> str | None:
    return None if response.status == 200 else f"HTTP {response.status}"


# ------------------------------------------------------------------------------------------------
# statistics and output
# ------------------------------------------------------------------------------------------------


def p50(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def p99(values: list[float]) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[98]


def describe_database(url: str, engine: Engine) -> str:
    shown = make_url(url).render_as_string(hide_password=True)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                version = "SQLite " + conn.execute(text("select sqlite_version()")).scalar_one()
            else:
                version = str(conn.execute(text("select version()")).scalar_one()).split(" on ")[0]
    except Exception as exc:  # noqa: BLE001 - only for display
        version = f"version unknown ({type(exc).__name__})"
    return f"{shown}  ({version}, driver {engine.dialect.driver})"


def print_results(leakbot: Subject, bare: Subject) -> None:
    labels = {"command": "/leak-report (slash command)", "submission": "first report (view_submission)"}
    header = f"{'request':<32} {'app':<8} {'n':>4} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}   {'ack() call p50/p99 ms':>21}"
    print(header)
    print("-" * len(header))
    verdicts = []
    for case in ("command", "submission"):
        for subject, label in ((leakbot, labels[case]), (bare, "")):
            values = subject.latency[case]
            ack_at = subject.ack_at[case]
            ack_txt = f"{p50(ack_at):.2f} / {p99(ack_at):.2f}" if ack_at else "n/a"
            print(
                f"{label:<32} {subject.name:<8} {len(values):>4} {p50(values):>8.2f} {p99(values):>8.2f} "
                f"{(max(values) if values else float('nan')):>8.2f}   {ack_txt:>21}"
            )
        r50 = p50(leakbot.latency[case]) / p50(bare.latency[case])
        r99 = p99(leakbot.latency[case]) / p99(bare.latency[case])
        met = r99 <= TARGET_P99_RATIO
        verdicts.append(met)
        print(
            f"{'':<32} {'ratio':<8} {'':>4} {r50:>8.2f} {r99:>8.2f}   "
            f"target p99 <= {TARGET_P99_RATIO}x bare: {'MET' if met else 'NOT MET'}"
        )
        print("-" * len(header))
    print(f"overall: {'target met for both requests' if all(verdicts) else 'target NOT met'}")


def print_gc(leakbot: Subject, bare: Subject, gcs: GcMonitor, frozen: int | None) -> None:
    pauses = gcs.full_pauses()
    state = f"gc.freeze() after start-up moved {frozen} objects out of reach" if frozen is not None else "default GC"
    if pauses:
        print(
            f"GC ({state}): {len(pauses)} full (gen 2) collections during the run, pause median "
            f"{statistics.median(pauses):.0f} ms, max {pauses[-1]:.0f} ms (any thread; {len(gc.get_objects())} objects tracked)"
        )
    else:
        print(f"GC ({state}): no full (gen 2) collection during the run ({len(gc.get_objects())} objects tracked)")
    names = {"command": "/leak-report", "submission": "first report"}
    hit = "; ".join(
        f"{names[case]} leakbot {sum(leakbot.full_gc[case])}, bare {sum(bare.full_gc[case])}" for case in names
    )
    print(f"  measured requests overlapping a full collection: {hit}")
    parts = []
    for case in names:
        lk = [v for v, g in zip(leakbot.latency[case], leakbot.full_gc[case], strict=False) if not g]
        br = [v for v, g in zip(bare.latency[case], bare.full_gc[case], strict=False) if not g]
        if lk and br:
            parts.append(f"{names[case]} p99 {p99(lk):.2f} / {p99(br):.2f} ms ({p99(lk) / p99(br):.2f}x)")
    print(f"  leaving those out, leakbot / bare: {'; '.join(parts)}")


def profile_pre_ack(leakbot: Subject, acks: AckClock, count: int, next_submission: Callable[[int], None],
                    gap: float) -> None:
    """Profile ``count`` leakbot submissions in the listener thread, from its start to ``ack()``."""
    profile = cProfile.Profile()

    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        def profiled(*args: Any, **kwargs: Any) -> Any:
            acks.profiling.profile = profile
            profile.enable()
            try:
                return fn(*args, **kwargs)
            finally:
                if getattr(acks.profiling, "profile", None) is not None:  # no ack: stop anyway
                    profile.disable()
                    acks.profiling.profile = None

        return profiled

    leakbot.tracker.wrap = wrap
    try:
        for i in range(count):
            next_submission(i)
            time.sleep(gap)
    finally:
        leakbot.tracker.wrap = None
    print_profile(profile, count)


def _where(file: str, line: int, name: str) -> str:
    if file == "~":
        return name
    root = str(Path(__file__).resolve().parent.parent) + "/"
    marker = "site-packages/"
    if marker in file:
        file = file.split(marker, 1)[1]
    elif file.startswith(root):
        file = file[len(root):]
    return f"{file}:{line}({name})"


def print_profile(profile: cProfile.Profile, count: int) -> None:
    stats = pstats.Stats(profile)
    me = str(Path(__file__).resolve())
    rows = [
        (ct, tt, nc, _where(*key))
        for key, (_cc, nc, tt, ct, _callers) in stats.stats.items()  # type: ignore[attr-defined]
        if key[0] != me
    ]
    total = sum(r[1] for r in rows)
    print(
        f"profile: leakbot first-report listener, start -> ack(), {count} submissions, cProfile on "
        f"(inflates times); {total * 1000 / count:.2f} ms/request in total"
    )
    for title, key in (("by cumulative time", 0), ("by own time", 1)):
        print(f"  top {title} (ms per request; calls per request)")
        for ct, tt, nc, where in sorted(rows, key=lambda r: r[key], reverse=True)[:15]:
            print(f"    cum {ct * 1000 / count:7.3f}  own {tt * 1000 / count:7.3f}  calls {nc / count:7.1f}  {where}")


# ------------------------------------------------------------------------------------------------
# database bookkeeping
# ------------------------------------------------------------------------------------------------


def verify_incidents(engine: Engine, source_keys: list[str], timeout: float = 10.0) -> tuple[int, int]:
    """(incidents created for our submissions, of which mobilized)."""
    deadline = time.monotonic() + timeout
    created = mobilized = 0
    while True:
        with engine.connect() as conn:
            created, mobilized = 0, 0
            for start in range(0, len(source_keys), 500):
                chunk = source_keys[start : start + 500]
                row = conn.execute(
                    select(func.count(), func.count(Incident.mobilized_at)).where(Incident.source_key.in_(chunk))
                ).one()
                created += row[0]
                mobilized += row[1]
        if mobilized >= created or time.monotonic() > deadline:
            return created, mobilized
        time.sleep(0.1)


def count_incidents(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM incident")).scalar_one())


def clean_up(engine: Engine, created: int, before: int) -> str:
    """Empty the tables the benchmark wrote (PostgreSQL: TRUNCATE). ``timeline_entry`` is
    append-only (triggers refuse DELETE), so rows cannot be removed one by one; SQLite files given
    with --database-url are therefore left as they are."""
    if engine.dialect.name != "postgresql":
        return f"kept the {created} incidents in {engine.url.database} (timeline_entry is append-only; delete the file)"
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE"))
    extra = f", and {before} incidents that were there before the run" if before else ""
    return f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY: removed the {created} incidents it created{extra}"


# ------------------------------------------------------------------------------------------------
# main
# ------------------------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> None:
    tmpdir = None
    database_url = args.database_url
    if database_url is None:
        tmpdir = tempfile.mkdtemp(prefix="leakbot-bench-")
        database_url = f"sqlite:///{Path(tmpdir) / 'leakbot.db'}"

    # A random seed: the fake's view IDs become the incidents' source keys, so a rerun against a
    # database that kept rows must not submit the same view IDs again.
    seed = random.SystemRandom().randrange(2**31)
    manager = None
    if args.fake_in_process:
        service = FakeService(seed)
    else:
        # Forked before this process starts any thread; the fake's HTTP server runs in the child.
        manager = FakeManager(ctx=multiprocessing.get_context("fork"))
        manager.start()
        service = manager.FakeService(seed)  # type: ignore[attr-defined]
    fake = FakeHandle(service)
    bot = None
    before = 0  # incidents in the database before the run
    subjects: list[Subject] = []
    source_keys: list[str] = []
    try:
        settings = Settings(
            _env_file=None,
            slack_bot_token=BOT_TOKEN,
            slack_signing_secret=SIGNING_SECRET,
            slack_api_url=fake.url,
            database_url=database_url,
            leakbot_language="ja",
        )
        directory = parse_directory(DIRECTORY)
        bot = create_app(settings, directory=directory)
        before = count_incidents(bot.ctx.engine)
        acks = AckClock()
        gcs = GcMonitor()
        leakbot = Subject("leakbot", bot.app, acks, gcs, bot.jobs)
        bare = Subject("bare", bare_app(fake), acks, gcs)
        subjects = [leakbot, bare]
        if args.switch_interval_ms is not None:
            sys.setswitchinterval(args.switch_interval_ms / 1000)
        frozen = None
        if args.gc_freeze:
            gc.collect()
            gc.freeze()
            frozen = gc.get_freeze_count()
        measure(args, fake, directory, bot.ctx.engine, leakbot, bare, acks, gcs, frozen, database_url, source_keys)
    finally:
        for subject in subjects:
            subject.tracker.shutdown()
        if bot is not None:
            if tmpdir is None and source_keys:
                try:
                    print(f"clean-up: {clean_up(bot.ctx.engine, len(source_keys), before)}")
                except Exception as exc:  # noqa: BLE001 - a benchmark reports, it does not fail
                    print(f"clean-up failed: {type(exc).__name__}: {exc}")
            bot.close()
            bot.ctx.engine.dispose()
        try:
            service.stop()
        finally:
            if manager is not None:
                manager.shutdown()
        if tmpdir is not None:
            shutil.rmtree(tmpdir, ignore_errors=True)


def measure(args: argparse.Namespace, fake: FakeHandle, directory: Directory, engine: Engine, leakbot: Subject,
            bare: Subject, acks: AckClock, gcs: GcMonitor, frozen: int | None, database_url: str,
            source_keys: list[str]) -> None:
    """Run both cases on both apps, print the figures (``source_keys``: filled with the view IDs
    leakbot turned into incidents, for the checks and the clean-up)."""
    driver = SlackDriver("http://127.0.0.1:9/unused", SIGNING_SECRET, fake)  # builds requests only
    api = WebClient(token=BOT_TOKEN, base_url=fake.url)
    gap = args.gap_ms / 1000

    print("leakbot ack latency: in-process App.dispatch(BoltRequest(...)) of signed Slack requests")
    print(f"database:   {describe_database(database_url, engine)}")
    where = "in this process" if args.fake_in_process else "in a child process"
    print(f"fake Slack: {fake.url} (tests/fakeslack, {where}; its call log and used views dropped as it goes)")
    print(
        f"pacing:     serial; after each request wait until its Bolt listener (incl. post-ack work) "
        f"finished, then {args.gap_ms:g} ms gap; leakbot/bare alternate"
    )
    print(f"n:          {args.n} measured per request per app, after {args.warmup} warm-up each")
    print(f"GIL:        switch interval {sys.getswitchinterval() * 1000:g} ms"
          + (" (set by --switch-interval-ms)" if args.switch_interval_ms is not None else " (default)"))
    print()

    started = time.monotonic()
    total = args.warmup + args.n

    def housekeeping(submitted: str | None = None) -> int:
        return fake.service.housekeeping(submitted)

    housekeeping()

    # 1. /leak-report
    opened_by_app = 0
    for i in range(total):
        record = i >= args.warmup
        order = (bare, leakbot) if i % 2 == 0 else (leakbot, bare)
        for subject in order:
            body, headers = driver.build_command(str(Command.REPORT), "", user_id=REPORTERS[i % len(REPORTERS)])
            subject.measure("command", body, headers, record=record, check=check_command)
            opened = housekeeping()
            if subject is leakbot:
                opened_by_app += opened
            time.sleep(gap)

    # 2. first-report submissions, each on a modal of its own
    def fresh_submission(i: int) -> tuple[str, str, dict[str, str]]:
        user = REPORTERS[i % len(REPORTERS)]
        now = datetime.now(UTC)
        view = first_report_modal(lang="ja", directory=directory, description="", now=now)
        view_id = api.views_open(trigger_id=fake.new_trigger_id(user), view=view)["view"]["id"]
        body, headers = driver.build_submit_view(view_id, user, report_values(now, i))
        return view_id, body, headers

    for i in range(total):
        record = i >= args.warmup
        order = (bare, leakbot) if i % 2 == 0 else (leakbot, bare)
        for subject in order:
            view_id, body, headers = fresh_submission(i)
            if subject is leakbot:
                source_keys.append(view_id)
            check = check_update if subject is leakbot else check_empty_ok
            subject.measure("submission", body, headers, record=record, check=check)
            housekeeping(view_id)
            time.sleep(gap)
    elapsed = time.monotonic() - started

    print_results(leakbot, bare)
    print_gc(leakbot, bare, gcs, frozen)
    print()

    if args.profile:
        def profiled_submission(i: int) -> None:
            view_id, body, headers = fresh_submission(total + i)
            source_keys.append(view_id)
            leakbot.measure("submission", body, headers, record=False, check=check_update)
            housekeeping(view_id)

        profile_pre_ack(leakbot, acks, args.profile, profiled_submission, gap)
        print()

    created, mobilized = verify_incidents(engine, source_keys)
    print(
        f"checks: leakbot opened {opened_by_app}/{total} modals after the command; "
        f"{created}/{len(source_keys)} submissions created an incident, {mobilized} of them mobilized"
    )
    for subject in (leakbot, bare):
        if subject.problems:
            print(f"  {subject.name}: {len(subject.problems)} bad acks, e.g. {subject.problems[0]}")
        if subject.unsettled:
            print(f"  {subject.name}: {subject.unsettled} listeners still running after 60 s")
    violations = fake.service.violations()
    if violations:
        print(f"  fake Slack recorded {len(violations)} violations, e.g. {violations[0]}")
    print(f"run time (measurement): {elapsed:.1f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=300, help="measured requests per case per app (default 300)")
    parser.add_argument("--warmup", type=int, default=30, help="unmeasured requests per case per app first (default 30)")
    parser.add_argument("--gap-ms", type=float, default=5.0, help="pause after each request has settled (default 5)")
    parser.add_argument(
        "--fake-in-process", action="store_true",
        help="run the fake Slack in this process (its request handling then competes for the GIL)",
    )
    parser.add_argument(
        "--gc-freeze", action="store_true",
        help="call gc.freeze() once the apps are built (what-if: the app freezing its start-up heap)",
    )
    parser.add_argument(
        "--switch-interval-ms", type=float, default=None, metavar="MS",
        help="what-if: sys.setswitchinterval(MS/1000) for the run (Python's default is 5 ms)",
    )
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N",
        help="afterwards, profile N more leakbot submissions up to their ack (default 0: off)",
    )
    parser.add_argument(
        "--database-url", default=None, help="SQLAlchemy URL (default: a temporary SQLite file, removed afterwards)"
    )
    args = parser.parse_args()
    if args.n < 1 or args.warmup < 0 or args.gap_ms < 0 or args.profile < 0:
        parser.error("--n must be >= 1; --warmup, --gap-ms and --profile >= 0")
    try:
        run(args)
    except Exception as exc:  # noqa: BLE001 - exit 0 regardless; say what went wrong
        import traceback

        traceback.print_exc()
        print(f"benchmark aborted: {type(exc).__name__}: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
