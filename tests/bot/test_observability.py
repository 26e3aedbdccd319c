"""What an operator's probes and Prometheus see: /healthz, /readyz (database, scheduler, Slack
token) and /metrics, against the real app and the fake Slack."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot import metrics
from bot.health import Readiness, slack_token_check
from bot.slack import SlackFailure, SlackGateway, make_client
from bot.web import probes_app, wsgi_app
from storage.db import make_engine


def client_for(application) -> httpx.Client:
    return httpx.Client(transport=httpx.WSGITransport(app=application), base_url="http://leakbot.test")


def readiness(slack, database_url, *, token="xoxb-test-token", scheduler=True) -> Readiness:
    gateway = SlackGateway(make_client(token, slack.url))
    return Readiness(make_engine(database_url), slack_token_check(gateway), lambda: scheduler)


def test_readyz_passes_with_a_good_token_and_fails_with_a_wrong_one(slack, database_url):
    slack.bot_token = "xoxb-test-token"  # the fake now accepts this token only
    good = client_for(probes_app(readiness(slack, database_url)))
    answer = good.get("/readyz")
    assert answer.status_code == 200 and answer.json() == {
        "ready": True, "checks": {"accepting": True, "database": True, "scheduler": True, "slack": True}}
    wrong = client_for(probes_app(readiness(slack, database_url, token="xoxb-wrong")))
    answer = wrong.get("/readyz")
    assert answer.status_code == 503 and answer.json()["checks"]["slack"] is False
    # Liveness does not depend on Slack: a wrong token must not make the orchestrator restart the pod.
    assert wrong.get("/healthz").status_code == 200


def test_readyz_fails_without_database_or_scheduler_or_while_stopping(slack, database_url, tmp_path):
    no_scheduler = client_for(probes_app(readiness(slack, database_url, scheduler=False)))
    assert no_scheduler.get("/readyz").json()["checks"]["scheduler"] is False
    broken = readiness(slack, database_url)
    broken.engine = make_engine(f"sqlite:///{tmp_path / 'missing' / 'nowhere.db'}")
    answer = client_for(probes_app(broken)).get("/readyz")
    assert answer.status_code == 503 and answer.json()["checks"]["database"] is False
    stopping = client_for(probes_app(readiness(slack, database_url), stopping=lambda: True))
    assert stopping.get("/readyz").status_code == 503


def test_a_token_revoked_while_running_makes_the_replica_unready_within_a_minute(slack, database_url):
    from bot.health import TOKEN_OK_TTL

    slack.bot_token = "xoxb-test-token"
    now = [1000.0]
    probe = readiness(slack, database_url)
    probe.clock = lambda: now[0]
    page = client_for(probes_app(probe))
    assert page.get("/readyz").status_code == 200
    slack.bot_token = "xoxb-rotated"  # an admin revoked or rotated the bot token
    now[0] += TOKEN_OK_TTL + 1
    answer = page.get("/readyz")
    assert answer.status_code == 503 and answer.json()["checks"]["slack"] is False
    assert page.get("/healthz").status_code == 200


def test_token_verdict_is_reused_for_a_while(slack, database_url):
    probe = readiness(slack, database_url)
    for _ in range(5):
        assert probe.token_ok()
    assert len(slack.calls_to("auth.test")) == 1


def value(text: str, name: str, **labels: str) -> float | None:
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                return sample.value
    return None


def sample(name: str, **labels: str) -> float:
    return metrics.REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.mark.allow_slack_violations  # the injected 429 and error are failures on purpose
def test_metrics_expose_acks_slack_calls_backlog_phases_and_overdue_work(harness, slack, clock):
    before_commands = sample("leakbot_ack_seconds_count", surface="command")
    before_views = sample("leakbot_ack_seconds_count", surface="view_submission")
    before_posts = sample("leakbot_slack_api_calls_total", method="chat.postMessage")
    harness.submit_report(data_categories=["payment"])  # card data: a report to the PPC is due (legal deadline)
    page = client_for(wsgi_app(harness.bot.app, None, lambda: metrics.render(harness.ctx.engine, harness.ctx.now)))
    text = page.get("/metrics").text
    assert value(text, "leakbot_ack_seconds_count", surface="command") == before_commands + 1
    assert value(text, "leakbot_ack_seconds_count", surface="view_submission") == before_views + 1
    assert value(text, "leakbot_ack_seconds_bucket", surface="command", le="3.0") == before_commands + 1
    assert value(text, "leakbot_slack_api_calls_total", method="chat.postMessage") > before_posts
    assert value(text, "leakbot_open_incidents", phase="reported") == 1
    assert value(text, "leakbot_outbox_backlog") is not None
    assert value(text, "leakbot_overdue_tasks") == 0 and value(text, "leakbot_overdue_legal_deadlines") == 0

    # 429 with Retry-After, then an error code.
    limited, waited = sample("leakbot_slack_rate_limited_total", method="auth.test"), \
        sample("leakbot_slack_retry_after_seconds_total", method="auth.test")
    slack.fail("auth.test", status=429, retry_after=2)
    with pytest.raises(SlackFailure) as limited_call:  # refused at once with the time to retry, not slept on
        harness.ctx.slack.call("auth.test")
    assert limited_call.value.retry_after == 2
    slack.fail("conversations.info", error="channel_not_found")
    with pytest.raises(SlackFailure):
        harness.ctx.slack.call("conversations.info", channel="CNOPE")

    clock.advance(timedelta(days=90))
    text = page.get("/metrics").text
    assert value(text, "leakbot_slack_rate_limited_total", method="auth.test") == limited + 1
    assert value(text, "leakbot_slack_retry_after_seconds_total", method="auth.test") == waited + 2
    assert value(text, "leakbot_slack_api_errors_total", method="conversations.info", code="channel_not_found") >= 1
    assert value(text, "leakbot_overdue_tasks") > 0
    assert value(text, "leakbot_overdue_legal_deadlines") > 0
    # Labels never carry people, channels or text.
    assert "UREPORTER" not in text and "ノートPC" not in text


def test_outbox_backlog_and_its_age(make_settings, clock):
    from bot.app import create_context
    from domain.directory import parse_directory
    from storage.db import session
    from storage.models import Delivery
    from tests.conftest import DIRECTORY

    ctx = create_context(make_settings(), directory=parse_directory(DIRECTORY), clock=clock)
    empty = metrics.render(ctx.engine, ctx.now).decode()
    assert value(empty, "leakbot_outbox_backlog") == 0 and value(empty, "leakbot_outbox_oldest_age_seconds") == 0
    with session(ctx.engine) as s:
        for i, age in enumerate((timedelta(minutes=10), timedelta(minutes=2))):
            s.add(Delivery(dedupe_key=f"k{i}", kind="notice", recipient="C0FFICE", params={},
                           next_attempt_at=clock() - age, created_at=clock() - age))
        s.add(Delivery(dedupe_key="sent", kind="notice", recipient="C0FFICE", params={}, status="sent",
                       next_attempt_at=clock() - timedelta(days=1), created_at=clock() - timedelta(days=1)))
        s.commit()
    text = metrics.render(ctx.engine, ctx.now).decode()
    assert value(text, "leakbot_outbox_backlog") == 2
    assert value(text, "leakbot_outbox_oldest_age_seconds") == 600
    ctx.engine.dispose()


def test_sweep_duration_is_measured(harness):
    from services.sweep import sweep

    before = sample("leakbot_sweep_seconds_count")
    metrics.timed(sweep)(harness.ctx)
    assert sample("leakbot_sweep_seconds_count") == before + 1
