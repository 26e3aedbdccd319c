"""Burst benchmark: the worst day's first minute against the real ``leakbot run --http`` (not a test;
exits 0 unless the run itself could not be carried out).

    .venv/bin/python bench/burst.py [--reports 24] [--commands 6] [--clicks 6]
                                    [--create-latency 4] [--post-latency 0.3] [--deadline 180]
                                    [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test_e]
                                    [--socket-mode]

``--socket-mode`` runs ``leakbot run`` (Socket Mode) instead of ``leakbot run --http``: the same
requests go as envelopes over the fake's local websocket server, the ack latency is envelope sent
→ ack received, and the bare Bolt app is served by Bolt's ``SocketModeHandler`` the same way.

What it does, all on 127.0.0.1 and bounded in count and time:

1. starts the fake Slack of ``tests/fakeslack`` in this process, slowed per method
   (``conversations.create`` answers after 4 s, ``chat.postMessage`` after 0.3 s, everything
   else at once), and populates it with the test directory's people;
2. starts ``leakbot run --http`` as a subprocess (SQLite in a temporary directory by default, or
   ``--database-url``) pointed at the fake, files one report and waits for its set-up (its card
   is what the button clicks of step 4 press), and opens one first-report modal per burst
   reporter through ``/leak-report``;
3. at t=0 submits all the burst's first reports at once (signed ``view_submission`` requests, one
   thread and one connection each, released together);
4. while that backlog is being worked off, sends fresh ``/leak-report`` commands (from people
   with no modal open) and clicks on the existing card's "second report" button, spread over the
   first seconds;
5. measures, client side, each request's ack latency (request sent → HTTP answer); for every
   command and click the moment the fake saw the ``views.open`` carrying its trigger_id (and
   whether Slack would have accepted it: a trigger is dead 3 s after the interaction); and when
   each set-up finished (the incident's ``mobilized_at``), then checks in the fake that each
   set-up was done exactly once (one incident, one channel created, one card, one receipt DM,
   one office notice per report);
6. stops the bot and repeats steps 3-5 against a bare Bolt app (a subprocess of this script,
   same waitress server and thread count as ``leakbot run --http``, listeners that only call
   ``ack()``) fed the same requests, and prints both side by side with the ratio.

The fake Slack runs in this process, next to the clients that time the acks; its work per call
is a few milliseconds, so it slightly penalises leakbot (whose set-ups keep it busy) against the
bare app (which calls no Web API method).

Targets: every ack <= 1.5x the bare app's p99 and always < 3 s; every
modal opened < 1 s after its command; all set-ups done exactly once.

With the default database nothing is left behind. With a PostgreSQL ``--database-url`` every
table is emptied at the end (``TRUNCATE ... RESTART IDENTITY``): point it at a scratch database,
not while tests use it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from prompts.ids import Action, Callback, Command  # noqa: E402
from tests.conftest import DIRECTORY, OFFICE_CHANNEL, PEOPLE, populate  # noqa: E402
from tests.fakeslack import FakeSlack, SlackDriver  # noqa: E402
from tests.fakeslack.socket_mode import FakeSocketModeServer  # noqa: E402

SIGNING_SECRET = "bench-burst-signing-secret"
BOT_TOKEN = "xoxb-bench-burst"
APP_TOKEN = "xapp-1-bench-burst"
ACK_DEADLINE = 3.0  # Slack shows the user an error when the app has not answered by then
TRIGGER_TTL = 3.0  # a trigger_id is usable for 3 s after the interaction
TARGET_RATIO = 1.5
MODAL_TARGET = 1.0


# ------------------------------------------------------------------------------------------------
# the bare Bolt app (run as a subprocess: ``burst.py --serve-bare PORT API_URL``)
# ------------------------------------------------------------------------------------------------


def serve_bare(port: int, api_url: str, socket_mode: bool = False) -> None:
    """A minimal Bolt app with ack-only listeners for the same surfaces, served like leakbot's
    (waitress with 8 threads, or Bolt's Socket Mode handler with its defaults)."""
    from slack_bolt import App
    from slack_sdk import WebClient
    from waitress import serve

    app = App(
        signing_secret=SIGNING_SECRET,
        client=WebClient(token=BOT_TOKEN, base_url=api_url),
        process_before_response=False,
        token_verification_enabled=False,
    )

    @app.command(str(Command.REPORT))
    def report(ack: Callable[[], None]) -> None:
        ack()

    @app.view(str(Callback.FIRST_REPORT))
    def first_report(ack: Callable[[], None]) -> None:
        ack()

    @app.action(str(Action.OPEN_SECOND_REPORT))
    def second_report(ack: Callable[[], None]) -> None:
        ack()

    if socket_mode:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        SocketModeHandler(app, APP_TOKEN, web_client=app.client).start()
        return

    from slack_bolt.adapter.wsgi import SlackRequestHandler

    handler = SlackRequestHandler(app)
    serve(handler, host="127.0.0.1", port=port, threads=8, _quiet=True)


# ------------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(values: list[float], q: int) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def report_values(now: datetime, i: int) -> dict[str, Any]:
    """What a reporter types into the first-report modal (as in the tests' harness)."""
    return {
        "department": "sales" if i % 2 == 0 else "hr",
        "event_type": "loss",
        "discovered_at": int((now - timedelta(hours=1)).timestamp()),
        "occurred_at": int((now - timedelta(hours=3)).timestamp()),
        "location": "渋谷駅",
        "data_categories": ["name_contact"],
        "people_count": str(100 + i),
        "encrypted": "no",
        "third_party": "none",
        "description": "顧客名簿を入れたノートPCを電車に置き忘れた",
        "actions_taken": "遺失届を提出",
    }


def trigger_of(body: str) -> str | None:
    """The trigger_id inside a signed form body (slash command field, or the JSON payload's)."""
    fields = urllib.parse.parse_qs(body)
    if "trigger_id" in fields:
        return fields["trigger_id"][0]
    if "payload" in fields:
        return json.loads(fields["payload"][0]).get("trigger_id")
    return None


def wait_for(condition: Callable[[], Any], timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")


class Server:
    """A subprocess serving Slack requests on ``port``; stopped (and reaped) by :meth:`stop`."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], cwd: Path, log_path: Path, port: int) -> None:
        self.name = name
        self.port = port
        self.url = f"http://127.0.0.1:{port}/slack/events"
        self.log_path = log_path
        self._log = log_path.open("wb")
        self.proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=self._log, stderr=subprocess.STDOUT)

    def wait_ready(self, driver: SlackDriver, timeout: float = 60.0) -> None:
        """Ready when a signed url_verification is answered with its challenge."""
        def ready() -> bool:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}; see {self.log_path}")
            try:
                return driver.url_verification("ready").status_code == 200
            except httpx.HTTPError:
                return False

        wait_for(ready, timeout, f"{self.name} to listen")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._log.close()


# ------------------------------------------------------------------------------------------------
# one burst against one app
# ------------------------------------------------------------------------------------------------


@dataclass
class Sent:
    surface: str  # "submission" | "command" | "click"
    user: str
    offset: float  # planned send time, seconds after t0
    #: HTTP: signs the request (body, headers); Socket Mode: (envelope type, payload). Either way
    #: it issues the interaction's trigger.
    build: Callable[[], tuple[Any, Any]]
    trigger: str | None = None
    sent_at: float = 0.0  # wall clock (time.time), comparable with the fake's Call.at
    latency: float | None = None
    status: int | None = None
    answer: Any = None
    error: str | None = None


@dataclass
class Burst:
    app: str
    url: str
    requests: list[Sent] = field(default_factory=list)
    t0: float = 0.0
    #: Socket Mode: the fake's websocket server the envelopes go through (None: HTTP).
    socket: FakeSocketModeServer | None = None

    def of(self, surface: str) -> list[Sent]:
        return [r for r in self.requests if r.surface == surface]

    def latencies(self, surface: str) -> list[float]:
        return [r.latency for r in self.of(surface) if r.latency is not None]


def plan(app: str, url: str, driver: SlackDriver, modals: dict[str, str], command_users: list[str], clicks: int,
         card: dict[str, Any], now: datetime, spread: float, socket: FakeSocketModeServer | None = None) -> Burst:
    """Every request of one burst. Submissions are signed up front (all go at t=0); commands and
    clicks are signed right before they go, since Slack issues a trigger at the interaction."""
    burst = Burst(app, url, socket=socket)
    click = (str(Action.OPEN_SECOND_REPORT),)
    for i, (user, view_id) in enumerate(modals.items()):
        if socket is None:
            built: tuple[Any, Any] = driver.build_submit_view(view_id, user, report_values(now, i))
        else:
            built = ("interactive", driver.view_submission_payload(view_id, user, report_values(now, i)))
        burst.requests.append(Sent("submission", user, 0.0, lambda b=built: b))
    for i, user in enumerate(command_users):
        at = spread * (i + 0.5) / len(command_users)
        if socket is None:
            burst.requests.append(Sent("command", user, at, lambda u=user: driver.build_command(str(Command.REPORT), user_id=u)))
        else:
            burst.requests.append(Sent("command", user, at, lambda u=user: (
                "slash_commands", driver.command_payload(str(Command.REPORT), user_id=u))))
    for i in range(clicks):
        at = spread * (i + 1) / clicks
        if socket is None:
            burst.requests.append(Sent("click", PEOPLE.owner, at, lambda: driver.build_block_action(
                PEOPLE.owner, click[0], None, message=card)))
        else:
            burst.requests.append(Sent("click", PEOPLE.owner, at, lambda: (
                "interactive", driver.block_action_payload(PEOPLE.owner, click[0], None, message=card))))
    return burst


def send_envelope(server: FakeSocketModeServer, req: Sent, timeout: float) -> None:
    """Socket Mode: one envelope, timed from sending it to receiving the app's ack."""
    kind, payload = req.build()
    req.trigger = payload.get("trigger_id")
    req.sent_at = time.time()
    began = time.perf_counter()
    try:
        ack = server.send_envelope(kind, payload, timeout=timeout)
        req.latency = time.perf_counter() - began
        req.status = 200 if ack.get("envelope_id") else None
        req.answer = ack.get("payload")
    except Exception as exc:  # noqa: BLE001 - recorded and reported, never raised
        req.latency = time.perf_counter() - began
        req.error = type(exc).__name__


def fire(burst: Burst, timeout: float) -> None:
    """One thread and one connection per request, all released by one barrier; each request goes
    at t0 + its offset."""
    barrier = threading.Barrier(len(burst.requests) + 1)

    def send(req: Sent, client: httpx.Client) -> None:
        barrier.wait()
        delay = burst.t0 + req.offset - time.time()
        if delay > 0:
            time.sleep(delay)
        if burst.socket is not None:
            send_envelope(burst.socket, req, timeout)
            return
        body, headers = req.build()
        req.trigger = trigger_of(body)
        req.sent_at = time.time()
        began = time.perf_counter()
        try:
            response = client.post(burst.url, content=body.encode("utf-8"), headers=headers)
            req.latency = time.perf_counter() - began
            req.status = response.status_code
            try:
                req.answer = response.json() if response.content else None
            except ValueError:
                req.answer = response.text[:200]
        except httpx.HTTPError as exc:
            req.latency = time.perf_counter() - began
            req.error = type(exc).__name__

    clients = [httpx.Client(timeout=timeout) for _ in burst.requests]
    threads = [threading.Thread(target=send, args=(r, c), daemon=True) for r, c in zip(burst.requests, clients, strict=True)]
    for t in threads:
        t.start()
    burst.t0 = time.time() + 0.1
    barrier.wait()
    for t in threads:
        t.join(timeout=timeout + 5)
    for c in clients:
        c.close()


# ------------------------------------------------------------------------------------------------
# what the fake saw
# ------------------------------------------------------------------------------------------------


def modal_opens(fake: FakeSlack, burst: Burst, surface: str) -> list[tuple[float | None, str]]:
    """For each request of ``surface``: (seconds from sending it to the fake seeing the views.open
    with its trigger, outcome) — outcome "ok", Slack's error, or "never called"."""
    calls = [c for c in fake.calls_to("views.open") if c.at >= burst.t0 - 1]
    out = []
    for req in burst.of(surface):
        mine = [c for c in calls if req.trigger and c.args.get("trigger_id") == req.trigger]
        if not mine:
            out.append((None, "never called"))
            continue
        first_ok = next((c for c in mine if c.ok), None)
        call = first_ok or mine[0]
        out.append((call.at - req.sent_at, "ok" if call.ok else str(call.error)))
    return out


def has_action(message: dict[str, Any], action_id: str) -> bool:
    for block in message.get("blocks") or []:
        for element in block.get("elements") or []:
            if isinstance(element, dict) and element.get("action_id") == action_id:
                return True
    return False


def exactly_once(fake: FakeSlack, incidents: list[Any], reporters: list[str]) -> list[str]:
    """One line per check: how many of the burst's set-ups were done exactly once."""
    by_reporter: dict[str, list[Any]] = {}
    for incident in incidents:
        by_reporter.setdefault(incident.reporter_id, []).append(incident)
    n = len(reporters)
    one_incident = sum(1 for r in reporters if len(by_reporter.get(r, [])) == 1)
    creates = [c for c in fake.calls_to("conversations.create") if c.ok]
    names = [c.args.get("name") for c in creates]
    mine = [i for i in incidents if i.channel_id]
    channel_ids = {i.channel_id for i in mine}
    created_for = sum(1 for c in creates if c.response["channel"]["id"] in channel_ids)
    cards = sum(1 for i in mine if sum(has_action(m, str(Action.OPEN_SECOND_REPORT))
                                       for m in fake.messages(i.channel_id)) == 1)
    receipts = sum(1 for r in reporters if len(fake.dms_to(r)) == 1)
    office = [m for m in fake.messages(OFFICE_CHANNEL) if any(i.public_id in (m.get("text") or "") for i in incidents)]
    per_incident_office = sum(1 for i in incidents if sum(i.public_id in (m.get("text") or "") for m in office) == 1)
    return [
        f"incidents: {one_incident}/{n} reports made exactly one incident ({len(incidents)} incidents in all)",
        f"channels: {created_for} conversations.create succeeded for {len(channel_ids)} incident channels "
        f"({len(names) - len(set(names))} duplicate names)",
        f"cards: {cards}/{len(mine)} incident channels hold exactly one card",
        f"receipts: {receipts}/{n} reporters got exactly one DM",
        f"office notices: {per_incident_office}/{len(incidents)} incidents announced exactly once",
    ]


# ------------------------------------------------------------------------------------------------
# output
# ------------------------------------------------------------------------------------------------

LABELS = {"submission": "first report (view_submission)", "command": "/leak-report (slash command)",
          "click": "second-report button (block_actions)"}


def print_acks(leakbot: Burst, bare: Burst | None) -> list[str]:
    header = f"{'surface':<38} {'app':<8} {'n':>3} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'>3 s':>5} {'not 200':>8}"
    print(header)
    print("-" * len(header))
    misses = []
    for surface in ("submission", "command", "click"):
        rows = [(leakbot, LABELS[surface])] + ([(bare, "")] if bare else [])
        for burst, label in rows:
            values = burst.latencies(surface)
            late = sum(1 for v in values if v > ACK_DEADLINE)
            bad = sum(1 for r in burst.of(surface) if r.status != 200)
            ms = [v * 1000 for v in values]
            print(f"{label:<38} {burst.app:<8} {len(values):>3} {pct(ms, 50):>8.0f} {pct(ms, 99):>8.0f} "
                  f"{(max(ms) if ms else float('nan')):>8.0f} {late:>5} {bad:>8}")
            if burst is leakbot and late:
                misses.append(f"{late} {surface} acks over 3 s")
        if bare:
            lk, br = leakbot.latencies(surface), bare.latencies(surface)
            r50, r99 = pct(lk, 50) / pct(br, 50), pct(lk, 99) / pct(br, 99)
            met = r99 <= TARGET_RATIO
            if not met:
                misses.append(f"{surface} p99 {r99:.1f}x bare")
            print(f"{'':<38} {'ratio':<8} {'':>3} {r50:>8.1f} {r99:>8.1f}   target p99 <= {TARGET_RATIO}x: "
                  f"{'MET' if met else 'NOT MET'}")
        print("-" * len(header))
    return misses


def print_modals(label: str, opens: list[tuple[float | None, str]]) -> list[str]:
    ok = [s for s, outcome in opens if outcome == "ok" and s is not None]
    within = sum(1 for s, outcome in opens if outcome == "ok" and s is not None and s < MODAL_TARGET)
    alive = sum(1 for s, outcome in opens if outcome == "ok" and s is not None and s <= TRIGGER_TTL)
    shown = ", ".join(f"{s:.1f} s {outcome}" if s is not None else outcome for s, outcome in opens)
    print(f"modals after {label}: {len(ok)}/{len(opens)} opened, {within} within {MODAL_TARGET:.0f} s, "
          f"{alive} while the trigger lived (3 s); views.open after the request: {shown}")
    return [] if within == len(opens) else [f"{len(opens) - within}/{len(opens)} modals after {label} not open within 1 s"]


# ------------------------------------------------------------------------------------------------
# the run
# ------------------------------------------------------------------------------------------------


def summarize_log(log: str) -> str:
    """Tracebacks and ERROR/WARNING lines of the bot's log, counted per logger (never their text)."""
    counts: dict[str, int] = {}
    for line in log.splitlines():
        parts = line.split(" ", 4)  # "<date> <time> <LEVEL> <logger>: <message>"
        if len(parts) >= 4 and parts[2] in ("ERROR", "WARNING", "CRITICAL"):
            key = f"{parts[2]} {parts[3].rstrip(':')}"
            counts[key] = counts.get(key, 0) + 1
    per_logger = ", ".join(f"{n}x {key}" for key, n in sorted(counts.items())) or "no ERROR or WARNING lines"
    return f"{log.count('Traceback (most recent call last)')} tracebacks; {per_logger}"


def leakbot_command() -> list[str]:
    script = Path(sys.executable).parent / "leakbot"
    return [str(script)] if script.exists() else [sys.executable, "-c", "from bot.cli import main; main()"]


def incidents_since(engine: Any, first_id: int) -> list[Any]:
    from sqlmodel import Session, select

    from storage.models import Incident

    with Session(engine) as s:
        return list(s.exec(select(Incident).where(Incident.id > first_id).order_by(Incident.id)).all())


def max_incident_id(engine: Any) -> int:
    from sqlalchemy import func
    from sqlmodel import Session, select

    from storage.models import Incident

    with Session(engine) as s:
        return s.exec(select(func.max(Incident.id))).one() or 0


def open_modal_via_command(fake: FakeSlack, driver: SlackDriver, user: str, timeout: float,
                           socket: FakeSocketModeServer | None = None) -> str:
    before = len(fake.calls_to("views.open"))
    if socket is not None:
        socket.send_envelope("slash_commands", driver.command_payload(str(Command.REPORT), user_id=user), timeout=timeout)
    else:
        response = driver.command(str(Command.REPORT), user_id=user)
        if response.status_code != 200:
            raise RuntimeError(f"/leak-report answered HTTP {response.status_code}")
    call = wait_for(lambda: next((c for c in fake.calls_to("views.open")[before:] if c.ok), None), timeout,
                    f"the modal of {user}")
    return call.response["view"]["id"]


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import text

    from storage.db import make_engine

    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="leakbot-burst-"))
    fake = FakeSlack(bot_token=BOT_TOKEN).start()
    fake.set_latency("conversations.create", args.create_latency)
    fake.set_latency("chat.postMessage", args.post_latency)
    populate(fake)
    reporters = [f"UBURST{i:02d}" for i in range(1, args.reports + 1)]
    command_users = [f"UBURSTCMD{i}" for i in range(1, args.commands + 1)]
    for i, user in enumerate(reporters + command_users):
        fake.add_user(user, email=f"burst{i}@example.com")
    sock = None
    if args.socket_mode:
        sock = FakeSocketModeServer(app_id=fake.app_id).start()
        fake.attach_socket_mode(sock)
    database_url = args.database_url or f"sqlite:///{tmp / 'leakbot.db'}"
    (tmp / "directory.yaml").write_text(json.dumps(DIRECTORY, ensure_ascii=False), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "LEAKBOT_", "DATABASE_URL"))}
    env.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=fake.url,
               DATABASE_URL=database_url, LEAKBOT_DIRECTORY=str(tmp / "directory.yaml"), PYTHONPATH=str(ROOT),
               SLACK_APP_TOKEN=APP_TOKEN)
    engine = None
    servers: list[Server] = []
    misses: list[str] = []
    try:
        port = free_port()
        serving = ["run"] if sock else ["run", "--http", "--host", "127.0.0.1", "--port", str(port)]
        bot = Server("leakbot", leakbot_command() + serving, env, tmp, tmp / "leakbot.log", port)
        servers.append(bot)
        driver = SlackDriver(bot.url, SIGNING_SECRET, fake, timeout=args.deadline)
        if sock:
            sock.wait_for_connection(timeout=60)
        else:
            bot.wait_ready(driver)
        engine = make_engine(database_url)
        print(f"leakbot {' '.join(serving[:2])} ({'Socket Mode' if sock else f'HTTP on :{port}'}), database "
              f"{engine.dialect.name}; fake Slack {fake.url} "
              f"(conversations.create {args.create_latency:g} s, chat.postMessage {args.post_latency:g} s)")

        # --- preparation: one finished incident (its card is what the clicks press), open modals
        first_id = max_incident_id(engine)
        view_id = open_modal_via_command(fake, driver, PEOPLE.reporter, 10, sock)
        if sock:
            sock.send_envelope("interactive", driver.view_submission_payload(
                view_id, PEOPLE.reporter, report_values(datetime.now(UTC), 0)), timeout=10)
        else:
            response = driver.submit_view(view_id, PEOPLE.reporter, report_values(datetime.now(UTC), 0))
            if response.status_code != 200:
                raise RuntimeError(f"the preparation report answered HTTP {response.status_code}")
        prep = wait_for(lambda: [i for i in incidents_since(engine, first_id) if i.mobilized_at], 60,
                        "the preparation report's set-up")[0]
        card = next(m for m in fake.messages(prep.channel_id) if has_action(m, str(Action.OPEN_SECOND_REPORT)))
        modal_view = next(c.args["view"] for c in fake.calls_to("views.open") if c.ok)
        modals = {user: open_modal_via_command(fake, driver, user, 10, sock) for user in reporters}
        burst_first_id = max_incident_id(engine)
        print(f"prepared in {time.monotonic() - started:.1f} s: one incident set up, {len(modals)} modals open")

        # --- the burst against leakbot
        lk = plan("leakbot", bot.url, driver, modals, command_users, args.clicks, card,
                  datetime.now(UTC), args.spread, sock)
        fire(lk, args.deadline)
        remaining = max(5.0, args.deadline - (time.time() - lk.t0))
        try:
            wait_for(lambda: (lambda rows: len(rows) >= len(reporters) and all(r.mobilized_at for r in rows))(
                incidents_since(engine, burst_first_id)), remaining, "every set-up")
        except TimeoutError as exc:
            print(f"!! {exc}")
        rows = incidents_since(engine, burst_first_id)
        cmd_opens = modal_opens(fake, lk, "command")
        click_opens = modal_opens(fake, lk, "click")
        done = [r.mobilized_at.replace(tzinfo=r.mobilized_at.tzinfo or UTC).timestamp() - lk.t0
                for r in rows if r.mobilized_at]
        checks = exactly_once(fake, rows, reporters)
        bot.stop()
        log = bot.log_path.read_text(encoding="utf-8", errors="replace")
        log_summary = summarize_log(log)

        # --- the same burst against a bare Bolt app
        bare_burst = None
        if not args.no_bare:
            bport = free_port()
            connections = sock.total_connections if sock else 0
            flag = "--serve-bare-socket" if sock else "--serve-bare"
            bare = Server("bare Bolt app", [sys.executable, str(Path(__file__).resolve()), flag, str(bport),
                                            fake.url], env, tmp, tmp / "bare.log", bport)
            servers.append(bare)
            bdriver = SlackDriver(bare.url, SIGNING_SECRET, fake, timeout=args.deadline)
            if sock:
                sock.wait_for_connection(timeout=60, after=connections)
            else:
                bare.wait_ready(bdriver)
            client_views = {}
            from slack_sdk import WebClient

            client = WebClient(token=BOT_TOKEN, base_url=fake.url)
            for user in reporters:
                opened = client.views_open(trigger_id=fake.new_trigger_id(user), view=modal_view)
                client_views[user] = opened["view"]["id"]
            bare_burst = plan("bare", bare.url, bdriver, client_views, command_users, args.clicks, card,
                              datetime.now(UTC), args.spread, sock)
            fire(bare_burst, args.deadline)
            bare.stop()

        # --- figures
        print()
        print(f"burst: {len(reporters)} first reports at t=0, {len(command_users)} /leak-report commands and "
              f"{args.clicks} button clicks spread over {args.spread:g} s")
        misses += print_acks(lk, bare_burst)
        misses += print_modals("/leak-report", cmd_opens)
        misses += print_modals("button clicks", click_opens)
        for burst in [lk] + ([bare_burst] if bare_burst else []):
            statuses: dict[str, int] = {}
            for r in burst.requests:
                if r.status != 200:
                    key = f"{r.surface} {'HTTP ' + str(r.status) if r.status else r.error}"
                    statuses[key] = statuses.get(key, 0) + 1
            if statuses:
                print(f"{burst.app} answers other than 200: "
                      + ", ".join(f"{n}x {key}" for key, n in sorted(statuses.items())))
        refused = [r for r in lk.of("submission") if r.status == 200 and
                   not (isinstance(r.answer, dict) and r.answer.get("response_action") == "update")]
        if refused:
            print(f"!! {len(refused)} submissions were not answered with the receipt (response_action=update)")
        if done:
            print(f"set-ups: {len(done)}/{len(reporters)} finished; first {min(done):.1f} s, median "
                  f"{statistics.median(done):.1f} s, all {max(done):.1f} s after the burst began")
        else:
            print(f"set-ups: 0/{len(reporters)} finished")
        if len(done) < len(reporters):
            misses.append(f"{len(reporters) - len(done)} set-ups unfinished")
        for line in checks:
            print(f"exactly once: {line}")
        print(f"leakbot log during the run: {log_summary}")
        print(f"views.open calls refused by the fake: "
              f"{sum(1 for c in fake.calls_to('views.open') if not c.ok)}; Slack violations recorded: "
              f"{len(fake.violations)}")
        print(f"overall: {'all targets met' if not misses else 'targets NOT met: ' + '; '.join(misses)}"
              f"  (run took {time.monotonic() - started:.0f} s)")
        return 0
    finally:
        for server in servers:
            server.stop()
        if engine is not None:
            if engine.dialect.name == "postgresql":
                from sqlmodel import SQLModel

                import storage.models  # noqa: F401  (registers the tables)

                tables = ", ".join(t.name for t in SQLModel.metadata.sorted_tables)
                with engine.begin() as conn:
                    conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
            engine.dispose()
        if sock is not None:
            sock.stop()
        fake.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] in ("--serve-bare", "--serve-bare-socket"):
        serve_bare(int(sys.argv[2]), sys.argv[3], socket_mode=sys.argv[1] == "--serve-bare-socket")
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=24, help="first reports submitted at once (default 24)")
    parser.add_argument("--commands", type=int, default=6, help="/leak-report commands during the backlog")
    parser.add_argument("--clicks", type=int, default=6, help="button clicks during the backlog")
    parser.add_argument("--spread", type=float, default=6.0, help="seconds over which commands and clicks go")
    parser.add_argument("--create-latency", type=float, default=4.0, help="seconds conversations.create takes")
    parser.add_argument("--post-latency", type=float, default=0.3, help="seconds chat.postMessage takes")
    parser.add_argument("--deadline", type=float, default=180.0, help="give up waiting after this many seconds")
    parser.add_argument("--database-url", default=None, help="default: SQLite in a temporary directory")
    parser.add_argument("--no-bare", action="store_true", help="skip the bare Bolt app")
    parser.add_argument("--socket-mode", action="store_true", help="Socket Mode (leakbot run) instead of HTTP")
    args = parser.parse_args()
    for name in ("reports", "commands", "clicks"):
        if not 1 <= getattr(args, name) <= 200:
            parser.error(f"--{name} must be between 1 and 200")
    if not 1 <= args.deadline <= 600:
        parser.error("--deadline must be between 1 and 600 seconds")
    sys.exit(run(args))


if __name__ == "__main__":
    main()
