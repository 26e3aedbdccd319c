"""Sweep benchmark: SQL statements and time of one steady-state sweep (not a test; exits 0).

    .venv/bin/python bench/sweep.py [--incidents 1000] [--tasks-per-incident 10] [--runs 200]
                                    [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/bench]
                                    [--reminders 500] [--reminders-only] [--baseline REV] [--slack-latency 0.05]

What it does, per size (``incidents/10 x tasks``, ``incidents x tasks``, ``incidents x 3*tasks``):

1. a fresh schema (the app's migrations), filled directly with bulk inserts: open incidents that are
   fully mobilized (``mobilized_at``, ``people_resolved_at``, ``playbook_applied_at``, ``card_ts``,
   ``task_list_ts``, ``office_notice_ts``, ``receipt_sent_at``, ``channel_id`` set), 99 % of them
   acknowledged and 1 % not, those at the escalation step that is due now (so nothing new is due);
   each with N open tasks whose ``next_remind_at`` is what ``services.tasks.schedule`` says (all in
   the future); a few delivered outbox rows per incident; one ``summary_run`` row for the latest
   weekly occurrence.  The clock is fixed, so every sweep sees the same state.
2. the statements of one ``services.sweep.sweep(ctx)`` counted with a ``before_cursor_execute``
   listener on ``ctx.engine`` (also pool checkouts and commits), and the Slack Web API calls it made
   (the Web API is ``tests.fakeslack.FakeSlack`` in this process; the steady sweep must make none);
3. the sweep timed (median of ``--runs`` after a warm-up, no listeners attached) against the floor:
   the due-rows query the sweep itself runs (``storage.repo.tasks_due(session, now, 200)``:
   ``SELECT ... FROM task WHERE next_remind_at <= :now ORDER BY next_remind_at LIMIT 200``) in a
   session of its own, i.e. one connection checkout and one indexed SELECT.  Sweeps and floors
   alternate so drifts of the machine hit both alike.  Target: sweep <= 3 x floor.

Every size also times each sweep part called on its own.  For the main size it prints the steady
sweep's statements and each SELECT's plan (``EXPLAIN QUERY PLAN`` / ``EXPLAIN``), and a sweep with
50 reminders due (NOT the steady state: it shows the cost per due row, Slack posts included).  Two
what-ifs, labelled as such: on SQLite, the plans after ``ANALYZE`` (the app never runs it; on
PostgreSQL the tables are analyzed after filling, as autovacuum would have done); on PostgreSQL, the
same sweep and floor on an engine without ``pool_pre_ping`` (the app sets it).

Reminder burst (``--reminders N``, default 500; ``--reminders-only`` skips the steady-state part): N task
reminders due at once over N/5 incidents (five tasks each, overdue, assignees spread over five people,
a real channel and task-list message in the fake Slack, ``--slack-latency`` seconds per
``chat.postMessage``/``chat.update``), then full sweeps on a fixed clock until nothing is due and nothing
is pending. Printed: sweeps needed, SQL statements, Slack calls, and the time until the last reminder
is sent, counting ``LEAKBOT_SWEEP_INTERVAL`` (60 s) between sweeps. With ``--baseline REV`` the same
scenario also runs against revision REV of this repository (``git archive`` into a temporary folder,
this script run there in a subprocess) and both are printed side by side: before / after.

Databases: by default a temporary SQLite file per size (deleted at the end).  A PostgreSQL URL must
name a scratch database (``bench``; ``test`` is refused because the test suite uses it): it is
created if missing (through the ``postgres`` database, AUTOCOMMIT), its leakbot tables are dropped
before each size and at the end.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

#: ``--baseline`` runs this script with the application modules of another revision.
TREE = Path(os.environ.get("LEAKBOT_BENCH_TREE") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(TREE))

from sqlalchemy import delete, event, func, select, text, update  # noqa: E402
from sqlalchemy.engine import Engine, make_url  # noqa: E402
from sqlmodel import SQLModel, create_engine  # noqa: E402

from bot.app import create_context  # noqa: E402
from bot.settings import Settings  # noqa: E402
from domain.directory import parse_directory  # noqa: E402
from domain.escalation import due_step  # noqa: E402
from domain.summary import latest_occurrence, parse_weekly_schedule  # noqa: E402
from services import outbox, summary, tasks  # noqa: E402
from services import sweep as sweep_module  # noqa: E402
from services.context import Context  # noqa: E402
from storage import repo  # noqa: E402
from storage.db import session as open_session  # noqa: E402
from storage.models import Delivery, Incident, SummaryRun, Task  # noqa: E402
from tests.conftest import DIRECTORY, PEOPLE, populate  # noqa: E402
from tests.fakeslack import FakeSlack  # noqa: E402

#: The fixed clock: a Tuesday, 10:00 in Tokyo.
NOW = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
TARGET = 3.0
DUE_ROWS = 50
HISTORY_PER_INCIDENT = 4
PARTS: list[tuple[str, Callable[[Context], Any]]] = [
    ("resume_mobilizations", lambda ctx: sweep_module.resume_mobilizations(ctx)),
    ("escalate", lambda ctx: sweep_module.escalate(ctx)),
    ("tasks.send_due_reminders", lambda ctx: tasks.send_due_reminders(ctx)),
    ("summary.run_if_due", lambda ctx: summary.run_if_due(ctx)),
    ("outbox.deliver", lambda ctx: outbox.deliver(ctx)),
]


# --- counting -----------------------------------------------------------------------------------


class Recorder:
    """Counts what goes to the database while attached: statements, pool checkouts, commits."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.statements: list[tuple[str, Any, bool]] = []
        self.checkouts = 0
        self.commits = 0

    def _execute(self, conn, cursor, statement, parameters, context, executemany) -> None:
        self.statements.append((statement, parameters, executemany))

    def _checkout(self, dbapi_connection, record, proxy) -> None:
        self.checkouts += 1

    def _commit(self, conn) -> None:
        self.commits += 1

    def __enter__(self) -> Recorder:
        event.listen(self.engine, "before_cursor_execute", self._execute)
        event.listen(self.engine, "checkout", self._checkout)
        event.listen(self.engine, "commit", self._commit)
        return self

    def __exit__(self, *exc) -> None:
        event.remove(self.engine, "before_cursor_execute", self._execute)
        event.remove(self.engine, "checkout", self._checkout)
        event.remove(self.engine, "commit", self._commit)


class ProblemCounter(logging.Handler):
    """Warnings and errors logged by the services (a sweep part that fails is only logged)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def first_words(statement: str, width: int = 110) -> str:
    one_line = " ".join(statement.split())
    return one_line if len(one_line) <= width else one_line[: width - 1] + "…"


def statement_kind(statement: str) -> str:
    """``SELECT incident``, ``UPDATE task``…: the verb and the first table named."""
    words = statement.replace('"', " ").split()
    verb = words[0].upper()
    marker = {"SELECT": "FROM", "INSERT": "INTO", "UPDATE": "UPDATE", "DELETE": "FROM"}.get(verb)
    if marker and marker in (w.upper() for w in words):
        index = [w.upper() for w in words].index(marker)
        if index + 1 < len(words):
            return f"{verb} {words[index + 1]}"
    return verb


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f} ms"


# --- database set-up ----------------------------------------------------------------------------


def is_postgres(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def ensure_pg_database(url: str) -> None:
    parsed = make_url(url)
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": parsed.database}).first()
            if exists is None:
                name = parsed.database.replace('"', '""')
                conn.execute(text(f'CREATE DATABASE "{name}"'))
                print(f"created database {parsed.database}")
    finally:
        admin.dispose()


def drop_pg_tables(url: str) -> None:
    """Drop the leakbot tables (and the migration's trigger function) of the scratch database."""
    engine = create_engine(url)
    try:
        names = [t.name for t in SQLModel.metadata.sorted_tables] + ["alembic_version"]
        with engine.begin() as conn:
            conn.execute(text(f"DROP TABLE IF EXISTS {', '.join(names)} CASCADE"))
            conn.execute(text("DROP FUNCTION IF EXISTS timeline_entry_append_only()"))
    finally:
        engine.dispose()


def fill(ctx: Context, n_incidents: int, per_incident: int) -> dict[str, Any]:
    """Bulk-insert the steady state; return what the later steps need (task IDs to make due)."""
    engine = ctx.engine
    unacked_every = 100  # 1 % of the incidents are unacknowledged
    incident_rows = []
    for i in range(n_incidents):
        reported = NOW - timedelta(days=3, minutes=(7 * i) % 1440)
        unacked = i % unacked_every == 0
        incident_rows.append(
            dict(
                public_id=f"LEAK-2026-{i + 1:05d}", source_key=f"bench-view-{i}", year=2026, seq=i + 1,
                department_id="sales", event_type="loss", occurred_at=reported - timedelta(hours=2),
                discovered_at=reported - timedelta(hours=1), location="", data_categories=["name_contact"],
                people_count=10, encrypted="no", third_party="none", actions_taken="", description="",
                reporter_id=PEOPLE.reporter, reporter_hidden=False, severity="medium", language="ja",
                owner_id=PEOPLE.owner, deputy_id=PEOPLE.deputy, phase="containment" if unacked else "investigation",
                reported_at=reported,
                acked_at=None if unacked else reported + timedelta(minutes=10),
                acked_by=None if unacked else PEOPLE.owner,
                closed_at=None, closed_by=None, measures_done="", measures_planned="",
                # Unacknowledged ones have had every escalation step that is due by now.
                escalation_step=due_step(reported, NOW, ctx.config.ack_timeout) if unacked else 0,
                channel_id=f"CINC{i:07d}", channel_name=f"leak-2026-{i + 1:05d}",
                people_resolved_at=reported, invited_at=reported, topic_set_at=reported,
                card_ts=f"1700000000.{i:06d}", task_list_ts=f"1700000001.{i:06d}", playbook_applied_at=reported,
                office_notice_ts=f"1700000002.{i:06d}", receipt_sent_at=reported, mobilized_at=reported,
                mobilize_attempts=0, mobilize_next_at=None, lease_owner=None, lease_until=None,
            )
        )
    with engine.begin() as conn:
        conn.execute(Incident.__table__.insert(), incident_rows)
        ids = [row.id for row in conn.execute(select(Incident.__table__.c.id).order_by(Incident.__table__.c.id))]

    # next_remind_at exactly as the app computes it, for each distinct due time.
    schedule_from = NOW - timedelta(days=1)
    cache: dict[datetime, datetime | None] = {}

    def next_at(due: datetime) -> datetime | None:
        if due not in cache:
            probe = Task(incident_id=0, title="", due_at=due, phase="containment", created_by="leakbot",
                         created_at=schedule_from, updated_at=schedule_from, schedule_from=schedule_from)
            cache[due] = tasks.schedule(ctx, probe, NOW)
            assert cache[due] is not None and cache[due] > NOW, "a steady task would be due"
        return cache[due]

    task_rows, history_rows = [], []
    for n, incident_id in enumerate(ids):
        for j in range(per_incident):
            due = NOW + timedelta(days=3 + (n + j) % 27, hours=(n * 7 + j) % 9)
            task_rows.append(
                dict(incident_id=incident_id, key=f"item{j}", title=f"Countermeasure {j}", notes="",
                     assignee=PEOPLE.owner, due_at=due, phase="containment", status="open", kind="ordinary",
                     follow_up=False, created_by="leakbot", created_at=schedule_from, updated_at=schedule_from,
                     completed_at=None, completed_by=None, schedule_from=schedule_from, snoozed_until=None,
                     reminders_sent=0, overdue_nags=0, escalated_at=None, next_remind_at=next_at(due))
            )
        reported = incident_rows[n]["reported_at"]
        for k in range(HISTORY_PER_INCIDENT):
            history_rows.append(
                dict(dedupe_key=f"{incident_id}:history:{k}", incident_id=incident_id, kind="notice",
                     recipient="#incident", params={}, status="sent", attempts=1, next_attempt_at=reported,
                     lease_owner=None, lease_until=None, created_at=reported, sent_at=reported,
                     result_ts=f"1700000003.{k:06d}", last_error=None)
            )
    occurrence = latest_occurrence(parse_weekly_schedule(ctx.config.weekly_summary), NOW, ctx.config.tz)
    with engine.begin() as conn:
        conn.execute(Task.__table__.insert(), task_rows)
        conn.execute(Delivery.__table__.insert(), history_rows)
        conn.execute(SummaryRun.__table__.insert(), [dict(occurrence_at=occurrence, created_at=occurrence, posted=True)])
        if engine.dialect.name == "postgresql":
            conn.execute(text("ANALYZE"))  # autovacuum would have by now (the app never runs ANALYZE on SQLite)
        task_ids = [r.id for r in conn.execute(
            select(Task.__table__.c.id).where(Task.__table__.c.key == "item0").order_by(Task.__table__.c.id))]
        max_delivery = conn.execute(select(func.max(Delivery.__table__.c.id))).scalar_one()
    step = max(1, len(task_ids) // DUE_ROWS)
    return {"due_candidates": task_ids[::step][:DUE_ROWS], "max_delivery": max_delivery, "tasks": len(task_rows)}


# --- measuring ----------------------------------------------------------------------------------


def floor_query(ctx: Context) -> None:
    """One checkout, the sweep's own due-rows query, close."""
    with open_session(ctx.engine) as session:
        repo.tasks_due(session, ctx.now(), 200)


def record(ctx: Context, fake: FakeSlack, fn: Callable[[Context], Any]) -> tuple[Recorder, int]:
    calls_before = len(fake.calls)
    with Recorder(ctx.engine) as rec:
        fn(ctx)
    return rec, len(fake.calls) - calls_before


def time_pair(ctx: Context, a: Callable[[Context], Any], b: Callable[[Context], Any], runs: int, warmup: int):
    """Median times of ``a`` and ``b``, run alternately (which goes first alternates too)."""
    for _ in range(warmup):
        a(ctx)
        b(ctx)
    ta, tb = [], []
    clock = time.perf_counter
    for k in range(runs):
        order = ((a, ta), (b, tb)) if k % 2 == 0 else ((b, tb), (a, ta))
        for fn, sink in order:
            t0 = clock()
            fn(ctx)
            sink.append(clock() - t0)
    return statistics.median(ta), statistics.median(tb)


def explain(engine: Engine, statement: str, parameters: Any) -> list[str]:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            return [str(r[-1]) for r in rows]
        return [str(r[0]) for r in conn.exec_driver_sql("EXPLAIN " + statement, parameters).all()]


def make_due(ctx: Context, task_ids: list[int], max_delivery: int) -> None:
    """Make ``task_ids`` due for their "due in 1 day" reminder, and forget any delivery made since."""
    table = Task.__table__
    with ctx.engine.begin() as conn:
        conn.execute(
            update(table).where(table.c.id.in_(task_ids)).values(
                due_at=NOW + timedelta(hours=12), schedule_from=NOW - timedelta(days=2), reminders_sent=0,
                overdue_nags=0, escalated_at=None, snoozed_until=None, next_remind_at=NOW - timedelta(hours=12),
            )
        )
        conn.execute(delete(Delivery.__table__).where(Delivery.__table__.c.id > max_delivery))


def run_size(url: str, fake: FakeSlack, problems: ProblemCounter, n_incidents: int, per_incident: int,
             runs: int, detail: bool) -> dict[str, Any]:
    settings = Settings(_env_file=None, database_url=url, slack_bot_token="xoxb-bench", slack_api_url=fake.url)
    ctx = create_context(settings, directory=parse_directory(DIRECTORY), clock=lambda: NOW, run_migrations=True)
    engine = ctx.engine
    try:
        t0 = time.perf_counter()
        data = fill(ctx, n_incidents, per_incident)
        fill_s = time.perf_counter() - t0
        with engine.connect() as conn:
            counts = {
                "task": conn.execute(select(func.count()).select_from(Task.__table__)).scalar_one(),
                "due": conn.execute(select(func.count()).select_from(Task.__table__)
                                    .where(Task.__table__.c.next_remind_at <= NOW)).scalar_one(),
                "unacked": conn.execute(select(func.count()).select_from(Incident.__table__)
                                        .where(Incident.__table__.c.acked_at.is_(None))).scalar_one(),
            }
        problems.records.clear()
        sweep_module.sweep(ctx)  # first sweep: warms caches; must change nothing either
        rec, slack_calls = record(ctx, fake, sweep_module.sweep)
        floor_rec, _ = record(ctx, fake, floor_query)
        sweep_s, floor_s = time_pair(ctx, sweep_module.sweep, floor_query, runs, warmup=max(10, runs // 10))
        with engine.connect() as conn:  # the steady sweeps must have decided nothing
            made = conn.execute(select(func.count()).select_from(Delivery.__table__)
                                .where(Delivery.__table__.c.id > data["max_delivery"])).scalar_one()
            still_due = conn.execute(select(func.count()).select_from(Task.__table__)
                                     .where(Task.__table__.c.next_remind_at <= NOW)).scalar_one()
        if made or still_due or problems.records:
            print(f"WARNING: the steady sweeps were not idle: {made} deliveries made, {still_due} tasks due, "
                  f"{len(problems.records)} warnings/errors logged")
        parts = []
        for name, fn in PARTS:
            part_rec, _ = record(ctx, fake, fn)
            part_s, _ = time_pair(ctx, fn, lambda c: None, max(40, runs // 2), warmup=5)
            parts.append((name, len(part_rec.statements), part_rec.checkouts, part_s))
        result = dict(
            incidents=n_incidents, per_incident=per_incident, tasks=counts["task"], due=counts["due"],
            unacked=counts["unacked"], statements=len(rec.statements), checkouts=rec.checkouts, commits=rec.commits,
            slack_calls=slack_calls, sweep=sweep_s, floor=floor_s, floor_statements=len(floor_rec.statements),
            fill=fill_s, problems=len(problems.records), parts=parts,
        )
        if detail:
            result["detail"] = details(ctx, fake, problems, rec, floor_rec, data, runs, url)
        return result
    finally:
        engine.dispose()


def details(ctx: Context, fake: FakeSlack, problems: ProblemCounter, rec: Recorder, floor_rec: Recorder,
            data: dict[str, Any], runs: int, url: str) -> dict[str, Any]:
    engine = ctx.engine
    out: dict[str, Any] = {}
    out["statements"] = [(first_words(s), many) for s, _p, many in rec.statements]
    floor_stmt, floor_params, _ = floor_rec.statements[0]
    out["floor_sql"] = " ".join(floor_stmt.split())
    out["floor_plan"] = explain(engine, floor_stmt, floor_params)
    plans = []
    for statement, parameters, many in rec.statements:
        if statement.lstrip().upper().startswith("SELECT") and not many:
            plans.append((first_words(statement, 70), explain(engine, statement, parameters)))
    out["plans"] = plans

    # Not the steady state: DUE_ROWS reminders due at once (one per incident), sent in the same sweep.
    due_ids = data["due_candidates"]
    times, stmts, calls, deliveries = [], [], [], []
    problems.records.clear()
    for k in range(6):
        make_due(ctx, due_ids, data["max_delivery"])
        calls_before = len(fake.calls)
        if k == 1:  # one counted run (listeners attached); the others are timed bare
            with Recorder(engine) as due_rec:
                sweep_module.sweep(ctx)
            stmts.append(len(due_rec.statements))
            out["due_checkouts"] = due_rec.checkouts
            out["due_commits"] = due_rec.commits
        else:
            t0 = time.perf_counter()
            sweep_module.sweep(ctx)
            if k > 1:  # k == 0 is the warm-up
                times.append(time.perf_counter() - t0)
        calls.append(len(fake.calls) - calls_before)
        with engine.connect() as conn:
            deliveries.append(conn.execute(
                select(Delivery.__table__.c.status, func.count()).where(Delivery.__table__.c.id > data["max_delivery"])
                .group_by(Delivery.__table__.c.status)).all())
    methods = sorted({c.method for c in fake.calls[-calls[-1]:]}) if calls[-1] else []
    kinds = Counter(statement_kind(s) for s, _p, _m in due_rec.statements)
    # One more due sweep, its parts called one by one in the sweep's order, each timed.
    make_due(ctx, due_ids, data["max_delivery"])
    part_times = []
    for name, fn in PARTS:
        t0 = time.perf_counter()
        fn(ctx)
        part_times.append((name, time.perf_counter() - t0))
    out["due"] = dict(rows=len(due_ids), time=statistics.median(times), statements=stmts[0], slack_calls=calls[-1],
                      methods=methods, deliveries=dict(deliveries[-1]), problems=len(problems.records),
                      violations=len(fake.violations), kinds=kinds, part_times=part_times)
    make_due(ctx, [], data["max_delivery"])  # leave no pending deliveries behind

    if engine.dialect.name == "sqlite":
        # What-if (the app never runs ANALYZE): with planner statistics, do the sweep's plans change?
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
        changed = []
        for statement, parameters, many in rec.statements:
            if statement.lstrip().upper().startswith("SELECT") and not many:
                before = dict(plans).get(first_words(statement, 70))
                after = explain(engine, statement, parameters)
                if after != before:
                    changed.append((first_words(statement, 70), after))
        stats_sweep, stats_floor = time_pair(ctx, sweep_module.sweep, floor_query, runs, warmup=10)
        out["stats"] = dict(changed=changed, sweep=stats_sweep, floor=stats_floor)

    if is_postgres(url):
        # What-if (not the app's configuration): the same engine settings without pool_pre_ping.
        bare = create_engine(url)
        try:
            bare_ctx = dataclasses.replace(ctx, engine=bare)
            with Recorder(bare) as bare_rec:
                sweep_module.sweep(bare_ctx)
            bare_sweep, bare_floor = time_pair(bare_ctx, sweep_module.sweep, floor_query, runs, warmup=10)
            out["no_pre_ping"] = dict(sweep=bare_sweep, floor=bare_floor, statements=len(bare_rec.statements))
        finally:
            bare.dispose()
        # How long one checkout + ping + rollback costs on its own (no statement).
        def checkout_only(c: Context) -> None:
            with c.engine.connect():
                pass
        with ctx.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")  # make sure the pool has a live connection
        checkout_s, _ = time_pair(ctx, checkout_only, lambda c: None, runs, warmup=10)
        out["checkout_only"] = checkout_s
    return out


# --- report -------------------------------------------------------------------------------------


def report(backend: str, results: list[dict[str, Any]]) -> None:
    print()
    print(f"== {backend}: steady state (nothing due), fixed clock {NOW.isoformat()} ==")
    header = (f"{'incidents x tasks':>18} {'task rows':>9} {'due':>4} {'SQL/sweep':>9} {'checkouts':>9} "
              f"{'commits':>7} {'Slack':>5} {'sweep (median)':>15} {'floor (median)':>15} {'ratio':>6}  <= 3x?")
    print(header)
    print("-" * len(header))
    for r in results:
        ratio = r["sweep"] / r["floor"]
        print(f"{r['incidents']:>10} x {r['per_incident']:<5} {r['tasks']:>9} {r['due']:>4} {r['statements']:>9} "
              f"{r['checkouts']:>9} {r['commits']:>7} {r['slack_calls']:>5} {ms(r['sweep']):>15} {ms(r['floor']):>15} "
              f"{ratio:>5.2f}x  {'yes' if ratio <= TARGET else 'NO'}")
    counts = {r["statements"] for r in results}
    print(f"statements per sweep across sizes: {sorted(counts)} -> "
          f"{'constant (does not grow with tasks)' if len(counts) == 1 else 'NOT constant'}")
    print(f"Slack Web API calls by the steady sweeps: {sum(r['slack_calls'] for r in results)}; "
          f"warnings/errors logged by the services: {sum(r['problems'] for r in results)}")
    print("floor = one session (connection checkout) running storage.repo.tasks_due(session, now, 200), "
          f"{results[0]['floor_statements']} statement")
    print()
    print("each sweep part run on its own (median time; SQL statements / connection checkouts per call):")
    print(f"  {'incidents x tasks':>18} " + " ".join(f"{name:>24}" for name, _f in PARTS) + f" {'sum':>10}")
    for r in results:
        cells = [f"{ms(t)} ({n}/{co})" for _name, n, co, t in r["parts"]]
        total = sum(t for *_x, t in r["parts"])
        print(f"  {r['incidents']:>10} x {r['per_incident']:<5} " + " ".join(f"{c:>24}" for c in cells)
              + f" {ms(total):>10}")
    print("fill times: " + ", ".join(f"{r['incidents']}x{r['per_incident']}: {r['fill']:.1f} s" for r in results))

    for r in results:
        d = r.get("detail")
        if not d:
            continue
        print()
        print(f"-- details at {r['incidents']} x {r['per_incident']} ({r['unacked']} unacknowledged incidents) --")
        print("statements of one steady sweep, in order:")
        for i, (s, many) in enumerate(d["statements"], 1):
            print(f"  {i:>2}. {s}{'  [executemany]' if many else ''}")
        print(f"floor query: {d['floor_sql']}")
        print("its plan:")
        for line in d["floor_plan"]:
            print(f"    {line}")
        print("plans of the sweep's SELECTs:")
        for s, plan in d["plans"]:
            print(f"  {s}")
            for line in plan[:4]:
                print(f"      {line}")
        if "stats" in d:
            st = d["stats"]
            print("what-if (NOT what the app does): after ANALYZE (sqlite_stat1 present), plans that change:")
            for s, plan in st["changed"]:
                print(f"  {s}")
                for line in plan[:4]:
                    print(f"      {line}")
            if not st["changed"]:
                print("  none")
            print(f"  sweep then {ms(st['sweep'])}, floor {ms(st['floor'])}, ratio {st['sweep'] / st['floor']:.2f}x")
        due = d["due"]
        print()
        print(f"NOT steady state: a sweep with {due['rows']} task reminders due (one per incident), "
              "the outbox sending them in the same sweep:")
        print(f"  SQL statements: {due['statements']} (checkouts {d['due_checkouts']}, commits {d['due_commits']}); "
              f"Slack calls: {due['slack_calls']} {due['methods']}; deliveries made: {due['deliveries']}")
        per_row = (due["time"] - r["sweep"]) / due["rows"]
        print(f"  time (median of 4): {ms(due['time'])}  -> about {ms(per_row)} and "
              f"{(due['statements'] - r['statements']) / due['rows']:.1f} statements per due reminder, Slack post included")
        print("  statements by kind: " + ", ".join(f"{k} {n}" for k, n in due["kinds"].most_common()))
        print("  one more such sweep, parts timed one by one: "
              + ", ".join(f"{name} {ms(t)}" for name, t in due["part_times"]))
        print(f"  warnings/errors logged: {due['problems']}; fake Slack violations: {due['violations']}")
        if "no_pre_ping" in d:
            npp = d["no_pre_ping"]
            print()
            print("what-if (NOT the app's configuration): same database, engine without pool_pre_ping:")
            print(f"  sweep {ms(npp['sweep'])}, floor {ms(npp['floor'])}, ratio {npp['sweep'] / npp['floor']:.2f}x "
                  f"({npp['statements']} statements)")
            print(f"  one bare connection checkout + return with pre-ping (no statement): {ms(d['checkout_only'])}")


# --- reminder burst ---------------------------------------------------------------------------------

SWEEP_INTERVAL = 60.0  # LEAKBOT_SWEEP_INTERVAL's default, in seconds
BURST_PEOPLE = [PEOPLE.owner, PEOPLE.deputy, PEOPLE.office, PEOPLE.hr_owner, PEOPLE.hr_deputy]


def fill_burst(ctx: Context, fake: FakeSlack, n_reminders: int) -> None:
    """N/5 mobilized incidents with a real private channel and task-list message in the fake Slack,
    five overdue tasks each (their DUE step is due now), assignees spread over five people."""
    from slack_sdk import WebClient

    client = WebClient(token="xoxb-bench", base_url=fake.url)
    per_incident = 5
    n_incidents = max(1, n_reminders // per_incident)
    incident_rows = []
    for i in range(n_incidents):
        channel = f"CBURST{i:05d}"
        fake.add_channel(channel, f"leak-burst-{i:05d}", is_private=True, members=[fake.bot_user_id, PEOPLE.owner])
        ts = client.chat_postMessage(channel=channel, text="task list")["ts"]
        reported = NOW - timedelta(days=2)
        incident_rows.append(dict(
            public_id=f"LEAK-2026-{i + 1:05d}", source_key=f"burst-{i}", year=2026, seq=i + 1, department_id="sales",
            event_type="loss", occurred_at=reported - timedelta(hours=2), discovered_at=reported - timedelta(hours=1),
            location="", data_categories=["name_contact"], people_count=10, encrypted="no", third_party="none",
            actions_taken="", description="", reporter_id=PEOPLE.reporter, reporter_hidden=False, severity="medium",
            language="ja", owner_id=PEOPLE.owner, deputy_id=PEOPLE.deputy, phase="investigation", reported_at=reported,
            acked_at=reported, acked_by=PEOPLE.owner, closed_at=None, closed_by=None, measures_done="",
            measures_planned="", escalation_step=0, channel_id=channel, channel_name=f"leak-burst-{i:05d}",
            people_resolved_at=reported, invited_at=reported, topic_set_at=reported, card_ts=ts, task_list_ts=ts,
            playbook_applied_at=reported, office_notice_ts=ts, receipt_sent_at=reported, mobilized_at=reported,
            mobilize_attempts=0, mobilize_next_at=None, lease_owner=None, lease_until=None,
        ))
    with ctx.engine.begin() as conn:
        conn.execute(Incident.__table__.insert(), incident_rows)
        ids = [row.id for row in conn.execute(select(Incident.__table__.c.id).order_by(Incident.__table__.c.id))]
        since = NOW - timedelta(days=2)
        conn.execute(Task.__table__.insert(), [
            dict(incident_id=incident_id, key=f"item{j}", title=f"Countermeasure {j}", notes="",
                 assignee=BURST_PEOPLE[(n + j) % len(BURST_PEOPLE)], due_at=NOW - timedelta(hours=2), phase="containment",
                 status="open", kind="ordinary", follow_up=False, created_by="leakbot", created_at=since,
                 updated_at=since, completed_at=None, completed_by=None, schedule_from=since, snoozed_until=None,
                 reminders_sent=0, overdue_nags=0, escalated_at=None, next_remind_at=NOW - timedelta(hours=2))
            for n, incident_id in enumerate(ids) for j in range(per_incident)
        ])
        occurrence = latest_occurrence(parse_weekly_schedule(ctx.config.weekly_summary), NOW, ctx.config.tz)
        conn.execute(SummaryRun.__table__.insert(), [dict(occurrence_at=occurrence, created_at=occurrence, posted=True)])


def last_sent(durations: list[float]) -> float:
    """When the last sweep ends, with the scheduler's rules: a sweep starts on an interval tick, and a
    tick that comes while the previous sweep still runs is skipped (APScheduler, one instance)."""
    end = 0.0
    for k, took in enumerate(durations):
        start = 0.0 if k == 0 else -(-end // SWEEP_INTERVAL) * SWEEP_INTERVAL
        end = start + took
    return end


def run_burst(url: str, n_reminders: int, latency: float) -> dict[str, Any]:
    """Sweeps until every reminder of the burst is sent; what it took."""
    fake = FakeSlack().start()
    populate(fake)
    settings = Settings(_env_file=None, database_url=url, slack_bot_token="xoxb-bench", slack_api_url=fake.url)
    ctx = create_context(settings, directory=parse_directory(DIRECTORY), clock=lambda: NOW, run_migrations=True)
    try:
        fill_burst(ctx, fake, n_reminders)
        for method in ("chat.postMessage", "chat.update"):
            fake.set_latency(method, latency)
        calls_before = len(fake.calls)
        sweeps: list[dict[str, Any]] = []
        deciding = {"statements": 0, "time": 0.0, "calls": 0}
        decide = tasks.send_due_reminders

        def counted_decide(c: Context, **kwargs: Any) -> Any:  # the sweep looks it up on the module at each run
            with Recorder(c.engine) as part:
                t0 = time.perf_counter()
                try:
                    return decide(c, **kwargs)
                finally:
                    deciding["time"] += time.perf_counter() - t0
                    deciding["statements"] += len(part.statements)
                    deciding["calls"] += 1

        tasks.send_due_reminders = counted_decide
        t_table, d_table = Task.__table__, Delivery.__table__
        for _ in range(20):
            with Recorder(ctx.engine) as rec:
                t0 = time.perf_counter()
                sweep_module.sweep(ctx)
                took = time.perf_counter() - t0
            with ctx.engine.connect() as conn:
                due = conn.execute(select(func.count()).select_from(t_table)
                                   .where(t_table.c.next_remind_at <= NOW)).scalar_one()
                pending = conn.execute(select(func.count()).select_from(d_table)
                                       .where(d_table.c.status == "pending", d_table.c.next_attempt_at <= NOW)).scalar_one()
            sweeps.append(dict(time=took, statements=len(rec.statements), commits=rec.commits))
            if not due and not pending:
                break
        tasks.send_due_reminders = decide
        calls = fake.calls[calls_before:]
        with ctx.engine.connect() as conn:
            reminded = conn.execute(select(func.count()).select_from(t_table)
                                    .where(t_table.c.reminders_sent > 0)).scalar_one()
            failed = conn.execute(select(func.count()).select_from(d_table)
                                  .where(d_table.c.status != "sent")).scalar_one()
        return dict(
            reminders=n_reminders, reminded=reminded, sweeps=len(sweeps), sweep_times=[x["time"] for x in sweeps],
            statements=sum(x["statements"] for x in sweeps), commits=sum(x["commits"] for x in sweeps),
            first_sweep_statements=sweeps[0]["statements"], decide_statements=deciding["statements"],
            decide_time=deciding["time"], decide_runs=deciding["calls"],
            last_sent=last_sent([x["time"] for x in sweeps]),
            dms=sum(1 for c in calls if c.method == "chat.postMessage"),
            updates=sum(1 for c in calls if c.method == "chat.update"),
            slack_calls=len(calls), not_sent=failed, violations=len(fake.violations), latency=latency,
        )
    finally:
        ctx.engine.dispose()
        fake.stop()


def burst_in_tree(rev: str, url: str | None, n_reminders: int, latency: float) -> dict[str, Any]:
    """The burst against revision ``rev``'s application code (this script, run in a copy of that tree)."""
    root = Path(__file__).resolve().parent.parent
    tree = tempfile.mkdtemp(prefix="leakbot-baseline-")
    try:
        archive = subprocess.run(["git", "-C", str(root), "archive", rev], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tree], input=archive, check=True)
        args = [sys.executable, str(Path(__file__).resolve()), "--reminders-only", "--json",
                "--reminders", str(n_reminders), "--slack-latency", str(latency)]
        if url:
            args += ["--database-url", url]
        out = subprocess.run(args, check=True, capture_output=True, text=True,
                             env=dict(os.environ, LEAKBOT_BENCH_TREE=tree)).stdout
        return json.loads(out.strip().splitlines()[-1])
    finally:
        shutil.rmtree(tree, ignore_errors=True)


def report_burst(backend: str, after: dict[str, Any], before: dict[str, Any] | None, rev: str | None) -> None:
    print()
    print(f"== {backend}: {after['reminders']} task reminders due at once over {after['reminders'] // 5} incidents "
          f"(5 assignees), {after['latency'] * 1000:.0f} ms per chat.postMessage / chat.update ==")
    rows = [
        ("tasks reminded", "reminded", "{}"),
        ("sweeps until all sent", "sweeps", "{}"),
        ("time until the last reminder is sent (s)", "last_sent", "{:.1f}"),
        ("  of which sending/deciding (s, all sweeps)", "busy", "{:.2f}"),
        ("SQL statements (all sweeps)", "statements", "{}"),
        ("SQL statements, first sweep", "first_sweep_statements", "{}"),
        ("  deciding the reminders (send_due_reminders)", "decide_statements", "{}"),
        ("  time deciding the reminders (s)", "decide_time", "{:.3f}"),
        ("commits (all sweeps)", "commits", "{}"),
        ("reminder posts (chat.postMessage)", "dms", "{}"),
        ("task-list updates (chat.update)", "updates", "{}"),
        ("deliveries not sent", "not_sent", "{}"),
        ("fake Slack violations", "violations", "{}"),
    ]
    for r in (after, before):
        if r is not None:
            r["busy"] = sum(r["sweep_times"])
    label = f"before ({rev})" if before is not None else ""
    print(f"  {'':<44} {label:>16} {'after (this tree)':>18}")
    for name, key, fmt in rows:
        old = fmt.format(before[key]) if before is not None else ""
        print(f"  {name:<44} {old:>16} {fmt.format(after[key]):>18}")
    print(f"  time until the last reminder: sweeps start on {SWEEP_INTERVAL:.0f} s ticks (the sweep interval), a tick "
          "during a running sweep is skipped; the end of the last sweep")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="default: a temporary SQLite file per size")
    parser.add_argument("--incidents", type=int, default=1000)
    parser.add_argument("--tasks-per-incident", type=int, default=10)
    parser.add_argument("--runs", type=int, default=200, help="timed sweeps (and floors) per size")
    parser.add_argument("--reminders", type=int, default=500, help="reminders due at once in the burst scenario (0: skip)")
    parser.add_argument("--reminders-only", action="store_true", help="only the reminder burst")
    parser.add_argument("--baseline", metavar="REV", help="also run the burst against git revision REV (before/after)")
    parser.add_argument("--slack-latency", type=float, default=0.05, help="seconds per chat.postMessage/chat.update")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # the baseline's subprocess
    args = parser.parse_args()
    if args.incidents < 1 or args.tasks_per_incident < 1 or args.runs < 1:
        parser.error("--incidents, --tasks-per-incident and --runs must be positive")

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    problems = ProblemCounter()
    logging.getLogger("services").addHandler(problems)

    n, t = args.incidents, args.tasks_per_incident
    sizes = [(max(1, n // 10), t, False), (n, t, True), (n, 3 * t, False)]
    if args.database_url and not is_postgres(args.database_url):
        sizes = [(n, t, True)]  # one given SQLite file holds one size
    tmpdir: str | None = None
    pg_url: str | None = None
    if args.database_url and is_postgres(args.database_url):
        pg_url = args.database_url
        if make_url(pg_url).database in (None, "", "test", "postgres"):
            parser.error("give a scratch PostgreSQL database such as .../bench (not test, which the test suite "
                         "uses, nor postgres); its leakbot tables are dropped")
        ensure_pg_database(pg_url)
        backend = f"PostgreSQL ({make_url(pg_url).render_as_string(hide_password=True)})"
    elif args.database_url:
        backend = f"SQLite ({args.database_url})"
    else:
        tmpdir = tempfile.mkdtemp(prefix="leakbot-sweep-")
        backend = "SQLite (temporary file, WAL)"

    started = time.perf_counter()
    if args.reminders > 0:
        if pg_url:
            burst_url = pg_url
        elif tmpdir:
            burst_url = f"sqlite:///{tmpdir}/burst.db"
        else:  # a given SQLite file holds one scenario
            burst_url = args.database_url
            args.reminders_only = True
        try:
            if pg_url:
                drop_pg_tables(pg_url)
            after = run_burst(burst_url, args.reminders, args.slack_latency)
        finally:
            if pg_url:
                drop_pg_tables(pg_url)
        if args.json:
            print(json.dumps(after))
            if tmpdir:
                shutil.rmtree(tmpdir, ignore_errors=True)
            return 0
        before = burst_in_tree(args.baseline, args.database_url, args.reminders, args.slack_latency) \
            if args.baseline else None
        report_burst(backend, after, before, args.baseline)
    if args.reminders_only:
        if tmpdir:
            shutil.rmtree(tmpdir, ignore_errors=True)
        print(f"\ntotal {time.perf_counter() - started:.1f} s")
        return 0

    fake = FakeSlack().start()
    populate(fake)
    results = []
    try:
        for k, (ni, nt, detail) in enumerate(sizes):
            if pg_url:
                drop_pg_tables(pg_url)
                url = pg_url
            elif tmpdir:
                url = f"sqlite:///{tmpdir}/sweep-{k}.db"
            else:
                url = args.database_url
            print(f"measuring {ni} x {nt} ...", flush=True)
            results.append(run_size(url, fake, problems, ni, nt, args.runs, detail))
    finally:
        fake.stop()
        if pg_url:
            drop_pg_tables(pg_url)
        if tmpdir:
            shutil.rmtree(tmpdir, ignore_errors=True)
    report(backend, results)
    print(f"\ntotal {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
