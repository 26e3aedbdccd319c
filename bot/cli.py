"""The ``leakbot`` command: ``run`` (Socket Mode, or ``--http``), ``check``."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import typer
from pydantic import ValidationError

from bot.settings import Settings

cli = typer.Typer(add_completion=False, help="leakbot: personal-data leak response in Slack.")
log = logging.getLogger("leakbot")


def _settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        for error in exc.errors():
            name = ".".join(str(p) for p in error["loc"]).upper()
            typer.echo(f"setting {name}: {error['msg']}", err=True)
        raise typer.Exit(2) from None


def _describe(problems, what: str = "directory") -> None:
    for p in problems:
        typer.echo(f"{what} {p.where}: {p.code}{f' ({p.value})' if p.value else ''}", err=True)


def _load_failure(exc) -> None:
    """Explain a bad directory or playbook file and exit with status 2."""
    from domain.playbooks import PlaybookError

    _describe(exc.problems, "playbooks" if isinstance(exc, PlaybookError) else "directory")
    raise typer.Exit(2) from None


@cli.command()
def run(
    http: bool = typer.Option(False, "--http", help="Serve HTTP (POST /slack/events) instead of Socket Mode."),
    port: int = typer.Option(3000, "--port", help="Port for --http."),
    host: str = typer.Option("0.0.0.0", "--host", help="Address for --http."),
) -> None:
    """Run the bot (Socket Mode by default) with the periodic sweep."""
    from bot.app import create_app
    from bot.scheduler import start_scheduler
    from domain.directory import DirectoryError
    from domain.playbooks import PlaybookError

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = _settings()
    missing = [name for name, value in (("SLACK_BOT_TOKEN", settings.slack_bot_token),) if not value]
    if http and not settings.slack_signing_secret:
        missing.append("SLACK_SIGNING_SECRET")
    if not http and not settings.slack_app_token:
        missing.append("SLACK_APP_TOKEN")
    if missing:
        typer.echo(f"missing settings: {', '.join(missing)}", err=True)
        raise typer.Exit(2)
    try:
        bot = create_app(settings)
    except (DirectoryError, PlaybookError) as exc:
        _load_failure(exc)
    scheduler = start_scheduler(bot.ctx, settings)
    try:
        if http:
            from waitress import serve

            from bot.web import wsgi_app

            log.info("leakbot listening on %s:%d (HTTP mode)", host, port)
            serve(wsgi_app(bot.app), host=host, port=port, threads=8)
        else:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            log.info("leakbot connecting (Socket Mode)")
            SocketModeHandler(bot.app, settings.slack_app_token, web_client=bot.app.client).start()
    finally:
        scheduler.shutdown(wait=False)


@cli.command()
def check() -> None:
    """Validate settings and the directory; with a bot token, resolve every person and channel."""
    from bot.app import load_directory, quiet_payload_loggers
    from bot.playbooks import load_playbooks
    from bot.slack import SlackFailure, SlackGateway, make_client
    from domain.directory import DirectoryError
    from domain.playbooks import PlaybookError

    quiet_payload_loggers()
    settings = _settings()
    try:
        directory = load_directory(settings.leakbot_directory)
        playbooks = load_playbooks(settings.leakbot_playbooks)
    except (DirectoryError, PlaybookError) as exc:
        _load_failure(exc)
    typer.echo(f"directory: {len(directory.departments)} departments, {len(directory.executives)} executives")
    typer.echo(f"playbooks: {', '.join(p.id for p in playbooks.playbooks)}")
    if not settings.slack_bot_token:
        typer.echo("SLACK_BOT_TOKEN not set: people and channels were not checked against Slack")
        return
    gateway = SlackGateway(make_client(settings.slack_bot_token, settings.slack_api_url))
    failures = 0
    try:
        typer.echo(f"slack: connected as {gateway.bot_user_id}")
        for ref in sorted(directory.people()):
            if gateway.resolve_person(ref) is None:
                typer.echo(f"person {ref}: not found in Slack", err=True)
                failures += 1
            elif not ref.startswith(("U", "W")):
                typer.echo(f"person {ref}: ok")
        channels = [("office channel", directory.office_channel)]
        if settings.leakbot_summary_channel:
            channels.append(("summary channel", settings.leakbot_summary_channel))
        for label, channel in channels:
            try:
                members = gateway.channel_members(channel)
            except SlackFailure as failure:
                typer.echo(f"{label} {channel}: {failure.code}", err=True)
                failures += 1
                continue
            if gateway.bot_user_id not in members:
                typer.echo(f"{label} {channel}: the bot is not a member (invite it)", err=True)
                failures += 1
            else:
                typer.echo(f"{label} {channel}: ok ({len(members)} members)")
    except SlackFailure as failure:
        typer.echo(f"slack: {failure.method} failed: {failure.code}", err=True)
        raise typer.Exit(1) from None
    if failures:
        raise typer.Exit(1)
    typer.echo("ok")


@cli.command()
def summary(post: bool = typer.Option(False, "--post", help="Post it to the office channel now.")) -> None:
    """Print the weekly summary up to now (or post it with --post)."""
    from bot.app import create_context
    from domain.directory import DirectoryError
    from domain.playbooks import PlaybookError
    from prompts.kit import as_plain_text
    from services import outbox, presenters
    from services import summary as summaries

    settings = _settings()
    try:
        ctx = create_context(settings)
    except (DirectoryError, PlaybookError) as exc:
        _load_failure(exc)
    if not post:
        _, blocks = presenters.weekly_summary(ctx, ctx.now())
        typer.echo(as_plain_text(blocks))
        return
    if not settings.slack_bot_token:
        typer.echo("missing settings: SLACK_BOT_TOKEN", err=True)
        raise typer.Exit(2)
    summaries.post_now(ctx)
    sent = outbox.deliver(ctx)
    typer.echo(f"posted ({sent} messages and charts)")


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
    from datetime import timezone as dt_timezone
    from zoneinfo import ZoneInfo

    import yaml

    from domain.legal import FactsError, RuleSetError, all_rule_sets, assess as run_assessment, facts_from_mapping
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
        moment = datetime.fromisoformat(now) if now else datetime.now(dt_timezone.utc)
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
