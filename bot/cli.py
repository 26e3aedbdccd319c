"""The ``leakbot`` command: ``init``, ``run`` (Socket Mode, or ``--http``), ``check``, ``migrate``,
``summary``, ``report``, ``assess``.

Operator mistakes end in a few sentences in the organization's language (``LEAKBOT_LANGUAGE``) and
a non-zero exit status, never in a traceback: 2 for set-up problems, 1 for checks that failed.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from datetime import UTC
from pathlib import Path

import typer

from bot.preflight import SetupFailed, load_settings
from bot.settings import Settings
from prompts.i18n import t

cli = typer.Typer(add_completion=False, help="leakbot: personal-data leak response in Slack.")
log = logging.getLogger("leakbot")


def _fail(failure: SetupFailed) -> None:
    for line in failure.lines:
        typer.echo(line, err=True)
    raise typer.Exit(failure.exit_code)


def _settings() -> Settings:
    settings, problems, lang = load_settings()
    if problems:
        _fail(SetupFailed([t(lang, "cli.problems_header", n=len(problems)), *(f"- {p}" for p in problems)]))
    return settings


def _warn(lines: list[str]) -> None:
    for line in lines:
        typer.echo(line, err=True)


def _prepare_schema(settings: Settings, lang: str) -> None:
    """Migrate (or, with LEAKBOT_MIGRATE_ON_START=false, only check) the schema before serving."""
    from sqlalchemy.exc import SQLAlchemyError

    from storage.db import SchemaMismatch, make_engine, migrate, schema_state

    engine = make_engine(settings.database_url)
    url = engine.url.render_as_string(hide_password=True)
    try:
        if settings.leakbot_migrate_on_start:
            state = migrate(engine)
        else:
            with engine.connect() as connection:
                state = schema_state(connection)
            if state.status in ("ahead_incompatible", "unknown"):
                raise SchemaMismatch(state)
            if state.status == "behind":
                raise SetupFailed([t(lang, "cli.migrate.not_up_to_date", database=state.database or "-", code=state.code)])
        if state.status == "ahead_compatible":
            typer.echo(t(lang, "cli.migrate.ahead_compatible", database=state.database, code=state.code), err=True)
    except SchemaMismatch as exc:
        key = "cli.migrate.unknown_database" if exc.state.status == "unknown" else "cli.migrate.ahead_incompatible"
        raise SetupFailed([t(lang, key, database=exc.state.database, code=exc.state.code)]) from None
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:200]
        raise SetupFailed([t(lang, "cli.run.database", url=url, reason=reason)]) from None
    finally:
        engine.dispose()


@cli.command()
def run(
    http: bool = typer.Option(False, "--http", help="Serve HTTP (POST /slack/events) instead of Socket Mode."),
    port: int = typer.Option(3000, "--port", help="Port for --http."),
    host: str = typer.Option("0.0.0.0", "--host", help="Address for --http and the health port."),
) -> None:
    """Run the bot (Socket Mode by default) with the periodic sweep; SIGTERM/SIGINT stop it gracefully."""
    from bot import logs, runtime
    from bot.preflight import preflight

    stop = threading.Event()
    runtime.install_stop_signals(stop)
    try:
        checked = preflight("http" if http else "socket")
    except SetupFailed as failure:
        _fail(failure)
    settings, lang = checked.settings, checked.lang
    logs.configure(settings.leakbot_log_format)
    _warn(checked.warnings)
    try:
        bot_user = runtime.verify_slack(settings, lang, lambda line: typer.echo(line, err=True), stop)
        if not http:
            runtime.verify_app_token(settings, lang)
        typer.echo(t(lang, "cli.slack.connected", user=bot_user), err=True)
        _prepare_schema(settings, lang)
    except SetupFailed as failure:
        _fail(failure)
    except runtime.Stopped:
        typer.echo(t(lang, "cli.run.stopped"), err=True)
        return

    from bot.app import create_app
    from bot.scheduler import start_scheduler

    bot = create_app(settings, directory=checked.directory, playbooks=checked.playbooks, run_migrations=False)
    scheduler = start_scheduler(bot.ctx, settings)
    try:
        runtime.serve(bot, settings, scheduler, lang=lang, http=http, host=host, port=port, stop=stop,
                      say=lambda line: log.info("%s", line))
    except runtime.PortUnavailable as exc:
        scheduler.shutdown(wait=False)
        _fail(SetupFailed([t(lang, "cli.run.port_unavailable", host=exc.host, port=exc.port, reason=exc.reason)]))
    # serve() waited, within the stop budget, for everything that matters. The interpreter's own exit
    # would then join every leftover non-daemon thread (the Socket Mode client's, the thread pools')
    # with no time limit, so leave now, within the orchestrator's grace period.
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


@cli.command()
def check() -> None:
    """Validate settings and the directory; with a bot token, resolve every person and channel."""
    from bot.logs import configure
    from bot.preflight import preflight
    from bot.slack import SlackFailure, SlackGateway, make_client

    configure("text", logging.WARNING)
    try:
        checked = preflight(None)
    except SetupFailed as failure:
        _fail(failure)
    settings, lang, directory, playbooks = checked.settings, checked.lang, checked.directory, checked.playbooks
    _warn(checked.warnings)
    typer.echo(t(lang, "cli.check.directory", departments=len(directory.departments), executives=len(directory.executives)))
    typer.echo(t(lang, "cli.check.playbooks", ids=", ".join(p.id for p in playbooks.playbooks)))
    if not settings.slack_bot_token:
        typer.echo(t(lang, "cli.check.no_token"))
        return
    gateway = SlackGateway(make_client(settings.slack_bot_token, settings.slack_api_url))
    failures = 0
    try:
        typer.echo(t(lang, "cli.check.connected", user=gateway.bot_user_id))
        for ref in sorted(directory.people()):
            if gateway.resolve_person(ref) is None:
                typer.echo(t(lang, "cli.check.person_missing", ref=ref), err=True)
                failures += 1
            elif not ref.startswith(("U", "W")):
                typer.echo(t(lang, "cli.check.person_ok", ref=ref))
        channels = [(t(lang, "cli.check.office_channel"), directory.office_channel)]
        if settings.leakbot_summary_channel:
            channels.append((t(lang, "cli.check.summary_channel"), settings.leakbot_summary_channel))
        if directory.group.channel:
            channels.append((t(lang, "cli.check.group_channel"), directory.group.channel))
        for label, channel in channels:
            try:
                members = gateway.channel_members(channel)
            except SlackFailure as failure:
                typer.echo(t(lang, "cli.check.channel_error", label=label, channel=channel, code=failure.code), err=True)
                failures += 1
                continue
            if gateway.bot_user_id not in members:
                typer.echo(t(lang, "cli.check.channel_not_member", label=label, channel=channel), err=True)
                failures += 1
            else:
                typer.echo(t(lang, "cli.check.channel_ok", label=label, channel=channel, n=len(members)))
    except SlackFailure as failure:
        from bot.runtime import TOKEN_ERRORS

        if failure.code in TOKEN_ERRORS:
            typer.echo(t(lang, "cli.slack.invalid_token", code=failure.code), err=True)
            raise typer.Exit(2) from None
        typer.echo(t(lang, "cli.slack.failed", method=failure.method, code=failure.code), err=True)
        raise typer.Exit(1) from None
    if failures:
        raise typer.Exit(1)
    typer.echo(t(lang, "cli.check.ok"))


@cli.command()
def summary(
    post: bool = typer.Option(False, "--post", help="Post it to the office channel now."),
    chart: Path = typer.Option(None, "--chart", help="Also write the 12-week chart (PNG) to this file.", dir_okay=False),
) -> None:
    """Print the weekly summary up to now as plain text (or post it with --post)."""
    from bot.app import create_context
    from bot.logs import configure
    from bot.preflight import preflight
    from prompts.plain import blocks_to_plain
    from services import outbox, presenters
    from services import summary as summaries

    configure("text", logging.WARNING)
    try:
        checked = preflight(None)
        if post and not checked.settings.slack_bot_token:
            missing = "- " + t(checked.lang, "cli.missing.SLACK_BOT_TOKEN")
            raise SetupFailed([t(checked.lang, "cli.problems_header", n=1), missing])
        _prepare_schema(checked.settings, checked.lang)
    except SetupFailed as failure:
        _fail(failure)
    settings, lang = checked.settings, checked.lang
    ctx = create_context(settings, directory=checked.directory, playbooks=checked.playbooks, run_migrations=False)
    if chart is not None or not post:
        (_, blocks), chart_note, png = presenters.summary_for_terminal(ctx, ctx.now(), with_chart=chart is not None)
        if chart is not None and png is not None:
            chart.write_bytes(png)
    if post:
        summaries.post_now(ctx)
        sent = outbox.deliver(ctx)
        typer.echo(t(lang, "cli.summary.posted", n=sent))
    else:
        typer.echo(blocks_to_plain(blocks, drop=(chart_note,)))
    if chart is not None:
        typer.echo(t(lang, "cli.summary.chart_written", path=str(chart)))
    ctx.engine.dispose()


@cli.command()
def report(
    first: str = typer.Option(..., "--from", help="First day of the period (YYYY-MM-DD, organization's timezone)."),
    last: str = typer.Option(..., "--to", help="Last day of the period (YYYY-MM-DD, included)."),
    post: bool = typer.Option(False, "--post", help="Post it to the office channel as a Markdown file."),
) -> None:
    """Print the management report for a period as Markdown (or post it with --post)."""
    from datetime import date

    from bot.app import create_context
    from bot.logs import configure
    from bot.preflight import preflight
    from services import report as reports

    configure("text", logging.WARNING)
    try:
        checked = preflight(None)
        if post and not checked.settings.slack_bot_token:
            missing = "- " + t(checked.lang, "cli.missing.SLACK_BOT_TOKEN")
            raise SetupFailed([t(checked.lang, "cli.problems_header", n=1), missing])
        _prepare_schema(checked.settings, checked.lang)
    except SetupFailed as failure:
        _fail(failure)
    lang = checked.lang
    try:
        start, end = date.fromisoformat(first), date.fromisoformat(last)
        if end < start:
            raise ValueError("reversed period")
    except ValueError:
        typer.echo(t(lang, "cli.report.bad_period"), err=True)
        raise typer.Exit(2) from None
    ctx = create_context(checked.settings, directory=checked.directory, playbooks=checked.playbooks, run_migrations=False)
    try:
        if post:
            typer.echo(t(lang, "cli.report.posted", name=reports.post(ctx, start, end)))
        else:
            typer.echo(reports.management_report(ctx, start, end)[1], nl=False)
    finally:
        ctx.engine.dispose()


@cli.command(context_settings={"ignore_unknown_options": True})  # so that `downgrade -1` is a revision
def migrate(
    action: str = typer.Argument("upgrade", help="upgrade | downgrade | current | history"),
    revision: str = typer.Argument(None, help="downgrade: the revision to go back to (or -1 for one step)."),
) -> None:
    """Change or show the database schema (the same migrations `run` applies at start)."""
    from alembic.util import CommandError
    from sqlalchemy.exc import SQLAlchemyError

    from storage import db

    settings = _settings()
    lang = settings.leakbot_language
    engine = db.make_engine(settings.database_url)
    try:
        if action == "history":
            for rev, down, doc in db.history():
                typer.echo(f"{rev}  ({down or 'base'} →)  {doc}")
        elif action == "current":
            with engine.connect() as connection:
                state = db.schema_state(connection)
            typer.echo(t(lang, "cli.migrate.current", revision=state.database or t(lang, "cli.migrate.none"))
                       + f"  [{state.status}, head {state.code}]")
        elif action == "upgrade":
            target = revision or "head"
            try:
                rev = db.upgrade(engine, target) if target != "head" else db.migrate(engine).database
            except db.SchemaMismatch as exc:
                key = "cli.migrate.unknown_database" if exc.state.status == "unknown" else "cli.migrate.ahead_incompatible"
                _fail(SetupFailed([t(lang, key, database=exc.state.database, code=exc.state.code)]))
            typer.echo(t(lang, "cli.migrate.upgraded", revision=rev or t(lang, "cli.migrate.none")))
        elif action == "downgrade":
            if not revision:
                _fail(SetupFailed([t(lang, "cli.migrate.needs_revision")]))
            rev = db.downgrade(engine, revision)
            typer.echo(t(lang, "cli.migrate.downgraded", revision=rev or t(lang, "cli.migrate.none")))
        else:
            _fail(SetupFailed([t(lang, "cli.migrate.unknown_action", action=action)]))
    except CommandError:
        _fail(SetupFailed([t(lang, "cli.migrate.unknown_revision", revision=revision or "")]))
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:200]
        _fail(SetupFailed([t(lang, "cli.run.database", url=engine.url.render_as_string(hide_password=True), reason=reason)]))
    finally:
        engine.dispose()


@cli.command()
def init(
    mode: str = typer.Option(None, "--mode", help="socket (Socket Mode) or http (a public URL)."),
    url: str = typer.Option(None, "--url", help="HTTP mode: the public https:// URL of the bot."),
    bot_token: str = typer.Option(None, "--bot-token", help="xoxb-… (people are then resolved by e-mail)."),
    app_token: str = typer.Option(None, "--app-token", help="Socket Mode: xapp-…"),
    signing_secret: str = typer.Option(None, "--signing-secret", help="HTTP mode: the app's signing secret."),
    office_channel: str = typer.Option(None, "--office-channel", help="The privacy office channel ID (C…)."),
    executive: list[str] = typer.Option(None, "--executive", help="An executive's e-mail (repeatable)."),
    owner: str = typer.Option(None, "--owner", help="First department's owner (e-mail)."),
    deputy: str = typer.Option(None, "--deputy", help="First department's deputy (e-mail)."),
    folder: Path = typer.Option(Path("."), "--dir", help="Where to write .env, directory.yaml, manifest.yaml.", file_okay=False),
    force: bool = typer.Option(False, "--force", help="Overwrite existing files."),
) -> None:
    """Write .env, a directory skeleton and the Slack app manifest (asks when run in a terminal)."""
    from bot import init as setup
    from bot.slack import SlackFailure, SlackGateway, make_client

    settings, _, lang = load_settings()
    interactive = sys.stdin.isatty()

    def ask(value, key: str, default: str = "") -> str:
        if value is not None or not interactive:
            return value if value is not None else default
        return typer.prompt(t(lang, key), default=default, show_default=bool(default))

    answers = setup.Answers(language=lang)
    answers.mode = ask(mode, "cli.init.ask_mode", "socket").strip().lower()
    problems: list[str] = []
    if answers.mode not in ("socket", "http"):
        problems.append(t(lang, "cli.init.bad_mode"))
    if answers.mode == "http":
        answers.url = ask(url, "cli.init.ask_url").strip() or None
        if not answers.url:
            problems.append(t(lang, "cli.init.needs_url"))
        elif not answers.url.startswith("https://"):
            problems.append(t(lang, "cli.init.bad_url", url=answers.url))
        answers.signing_secret = ask(signing_secret, "cli.init.ask_signing_secret").strip()
    answers.bot_token = ask(bot_token, "cli.init.ask_bot_token").strip()
    if answers.mode == "socket":
        answers.app_token = ask(app_token, "cli.init.ask_app_token").strip()
    answers.office_channel = ask(office_channel, "cli.init.ask_office").strip()
    raw_executives = executive if executive else [ask(None, "cli.init.ask_executives")]
    answers.executives = [e.strip() for item in raw_executives for e in (item or "").split(",") if e.strip()]
    answers.owner, answers.deputy = (owner or "").strip(), (deputy or "").strip()
    targets = {name: folder / name for name in (".env", "directory.yaml", "manifest.yaml")}
    if not force:
        problems += [t(lang, "cli.init.exists", path=str(p)) for p in targets.values() if p.exists()]
    if problems:
        _fail(SetupFailed([t(lang, "cli.problems_header", n=len(problems)), *(f"- {p}" for p in problems)]))

    def resolve(ref):
        return None
    if answers.bot_token:
        gateway = SlackGateway(make_client(answers.bot_token, settings.slack_api_url))
        try:
            gateway.call("auth.test")

            def resolve(ref: str) -> str | None:
                user_id = gateway.resolve_person(ref)
                typer.echo(t(lang, "cli.init.resolved", email=ref, user=user_id) if user_id
                           else t(lang, "cli.init.unresolved", email=ref), err=not user_id)
                return user_id
        except SlackFailure as failure:
            typer.echo(t(lang, "cli.slack.invalid_token", code=failure.code), err=True)

    folder.mkdir(parents=True, exist_ok=True)
    targets[".env"].write_text(setup.env_text(answers, "directory.yaml"), encoding="utf-8")
    targets["directory.yaml"].write_text(setup.directory_text(answers, resolve), encoding="utf-8")
    targets["manifest.yaml"].write_text(setup.manifest_text(answers), encoding="utf-8")
    for path in targets.values():
        typer.echo(t(lang, "cli.init.wrote", path=str(path)))
    typer.echo(t(lang, "cli.init.next", manifest=str(targets["manifest.yaml"]), directory=str(targets["directory.yaml"]),
                 http=" --http" if answers.mode == "http" else ""))


def _assess_epilog() -> str:
    from prompts.legal_cli import fields_help

    # "\b" keeps click from re-wrapping the field list.
    return "\b\n" + fields_help("en").replace("\n\n", "\n")


@cli.command(epilog=_assess_epilog())
def assess(
    facts_file: Path = typer.Argument(None, exists=True, dir_okay=False, help="YAML or JSON file of facts."),
    language: str = typer.Option(None, "--lang", help="ja or en (default: LEAKBOT_LANGUAGE)."),
    timezone: str = typer.Option(None, "--tz", help="IANA timezone (default: LEAKBOT_TIMEZONE)."),
    ruleset: str = typer.Option(None, "--ruleset", help="APPI rule-set version instead of the one in force at awareness."),
    as_json: bool = typer.Option(False, "--json", help="Print the stable machine-readable result (format leakbot.assessment/1)."),
    example: bool = typer.Option(False, "--example", help="Print a commented facts file that assess accepts as it is."),
    rulesets: bool = typer.Option(False, "--rulesets", help="List every jurisdiction's rule-set versions with effective dates."),
    now: str = typer.Option(None, "--now", help="ISO datetime to judge overdue deadlines against (default: the current time)."),
) -> None:
    """Assess the legal duties (APPI, My Number Act, GDPR) for a facts file and print them with their deadlines."""
    import json
    from datetime import datetime
    from zoneinfo import ZoneInfo

    import yaml

    from domain.legal import FactsError, RuleSetError, all_rule_sets, facts_from_mapping
    from domain.legal import assess as run_assessment
    from domain.legal.export import assessment_to_json
    from prompts.legal import assessment_text
    from prompts.legal_cli import example_facts, rulesets_text

    settings = _settings()
    lang = language or settings.leakbot_language
    if example:
        typer.echo(example_facts(lang), nl=False)
        return
    if rulesets:
        typer.echo(rulesets_text(lang, all_rule_sets()), nl=False)
        return
    if facts_file is None:
        typer.echo("assess: give a facts file (see --example and --help)", err=True)
        raise typer.Exit(2)
    try:
        moment = datetime.fromisoformat(now) if now else datetime.now(UTC)
    except ValueError:
        typer.echo(f"--now: not an ISO datetime: {now}", err=True)
        raise typer.Exit(2) from None
    if moment.tzinfo is None:
        typer.echo("--now: give a time zone offset (e.g. +09:00)", err=True)
        raise typer.Exit(2)
    zone = ZoneInfo(timezone or settings.leakbot_timezone)
    try:
        data = yaml.safe_load(facts_file.read_text(encoding="utf-8"))
        facts = facts_from_mapping(data if data is not None else {})
        result = run_assessment(facts, tz=zone, ruleset=ruleset)
    except yaml.YAMLError as exc:
        typer.echo(f"{facts_file}: not YAML/JSON: {str(exc).splitlines()[0]}", err=True)
        raise typer.Exit(2) from None
    except FactsError as exc:
        for field, code in sorted(exc.errors.items()):
            typer.echo(f"{facts_file}: {field}: {code}", err=True)
        raise typer.Exit(2) from None
    except RuleSetError as exc:
        typer.echo(f"rule set: {exc}", err=True)
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps(assessment_to_json(result, now=moment), ensure_ascii=False, indent=2))
    else:
        typer.echo(assessment_text(result, lang=lang, tz=zone, now=moment))


def main() -> None:
    cli()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
