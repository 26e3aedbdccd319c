"""Serious incidents to the group level: posted at once to the group channel (never free text),
updated in place when the phase or the legal status changes; others and drills are not posted."""

from __future__ import annotations

import pytest

import tests.conftest as conftest
from tests.conftest import PEOPLE, Harness, wait_until

GROUP = "C0GROUP01"
SECRETS = ("顧客名簿", "ノートPC", "渋谷", "遺失届", PEOPLE.reporter)


@pytest.fixture
def group_harness(make_settings, slack, clock, monkeypatch):
    directory = {
        **conftest.DIRECTORY,
        "group_channel": GROUP,
        "company": {"ja": "サンプル商事", "en": "Sample Trading"},
        "serious": {"severity_high": True, "reportable": True, "departments": ["hr"]},
    }
    monkeypatch.setattr(conftest, "DIRECTORY", directory)
    slack.add_channel(GROUP, "group-privacy", is_private=True, members=[slack.bot_user_id])
    h = Harness(make_settings(), slack, clock)
    yield h
    h.close()


def group_posts(slack):
    return [c for c in slack.calls_to("chat.postMessage") if c.args.get("channel") == GROUP]


def group_updates(slack):
    return [c for c in slack.calls_to("chat.update") if c.args.get("channel") == GROUP]


def open_modal(harness, slack, action, user, public_id):
    before = len(slack.calls_to("views.open"))
    harness.press(action, user, public_id)
    return wait_until(lambda: slack.calls_to("views.open")[before:], message=action)[0].response["view"]


def test_a_serious_incident_is_posted_at_once_and_updated_in_place_on_a_phase_change(group_harness, slack):
    h = group_harness
    h.submit_report(data_categories=["sensitive"], people_count="3")  # severity high, reportable
    incident = h.incident()
    posts = wait_until(lambda: group_posts(slack), message="group post")
    assert len(posts) == 1
    post = str(posts[0].args)
    for shown in (incident.public_id, "サンプル商事", "営業部", "紛失", "高", "報告受付", "個人情報保護法", "🔴 必要"):
        assert shown in post, shown
    for secret in SECRETS:
        assert secret not in post, secret
    ts = slack.messages(GROUP)[0]["ts"]
    assert "group_notified" in [e for e, _, _ in h.timeline(incident.id)]

    view = open_modal(h, slack, "leak_open_phase_change", PEOPLE.owner, incident.public_id)
    h.driver.submit_view(view["id"], PEOPLE.owner, {"phase": "containment"})
    update = wait_until(lambda: group_updates(slack), message="group update")[-1]
    assert update.args["ts"] == ts and "初動対応" in str(update.args)
    assert len(group_posts(slack)) == 1 and len(slack.messages(GROUP)) == 1
    assert "初動対応" in str(slack.messages(GROUP)[0])
    for secret in SECRETS:
        assert secret not in str(update.args), secret


def test_a_case_that_becomes_reportable_is_posted_then_and_updated_when_its_legal_status_changes(group_harness, slack):
    h = group_harness
    # Sales, a misdelivery of names to 300 people: low severity, not reportable — not posted.
    h.submit_report(event_type="misdelivery", data_categories=["name_contact"], people_count="300", encrypted="no")
    sales = h.incident()
    # HR is a listed department: posted although its legal answer is "not required" for now.
    h.submit_report(event_type="misdelivery", data_categories=["name_contact"], people_count="300", encrypted="no",
                    department="hr")
    hr = h.incident()
    posts = wait_until(lambda: group_posts(slack), message="group post")
    assert len(posts) == 1 and hr.public_id in str(posts[0].args) and sales.public_id not in str(posts[0].args)
    assert "指定の部署" in str(posts[0].args) and "⚪ 不要" in str(posts[0].args)
    # HR's second report: 1,501 people makes it reportable — the same message now says so.
    view = open_modal(h, slack, "leak_open_second_report", PEOPLE.hr_owner, hr.public_id)
    h.driver.submit_view(view["id"], PEOPLE.hr_owner, {
        "what_happened": "宛先の誤り", "count_basis": "confirmed", "people_count": "1,501", "data_categories": ["name_contact"],
    })
    update = wait_until(lambda: [u for u in group_updates(slack) if "🔴 必要" in str(u.args)], message="legal update")[0]
    assert update.args["ts"] == slack.messages(GROUP)[0]["ts"] and "宛先の誤り" not in str(update.args)
    assert len(group_posts(slack)) == 1
    # The weekly summary lists the serious incident, not the other one.
    from services.presenters import summary_message
    from storage.db import session

    with session(h.ctx.engine) as s:
        _, blocks = summary_message(h.ctx, s, h.clock())
    listed = str(blocks[next(i for i, b in enumerate(blocks) if "グループへ報告した重大事案" in str(b)):])
    assert hr.public_id in listed and sales.public_id not in listed


def test_a_drill_is_never_posted_to_the_group(group_harness, slack):
    h = group_harness
    before = len(slack.calls_to("views.open"))
    h.driver.command("/leak-drill", "", user_id=PEOPLE.office)
    view = wait_until(lambda: slack.calls_to("views.open")[before:], message="drill modal")[0].response["view"]
    h.driver.submit_view(view["id"], PEOPLE.office, h.first_report_values(data_categories=["sensitive"], department="hr"))
    wait_until(h.mobilized, message="drill mobilized")
    h.submit_report(department="sales")  # not serious
    assert group_posts(slack) == [] and slack.messages(GROUP) == []


def test_a_group_post_slack_refuses_is_given_up_and_its_updates_with_it(group_harness, slack):
    from datetime import timedelta

    from services import outbox

    h = group_harness
    slack.fail("chat.postMessage", error="not_in_channel", times=10, when=lambda args: args.get("channel") == GROUP)
    h.submit_report(data_categories=["sensitive"], people_count="3")
    incident = h.incident()
    h.stop_workers()  # the outbox is driven by hand below, attempt by attempt
    for _ in range(4):
        h.clock.advance(timedelta(minutes=5))
        outbox.deliver_all(h.ctx)
    view = open_modal(h, slack, "leak_open_phase_change", PEOPLE.owner, incident.public_id)
    h.driver.submit_view(view["id"], PEOPLE.owner, {"phase": "containment"})
    wait_until(lambda: h.incident().phase == "containment", message="phase changed")
    h.clock.advance(timedelta(minutes=5))
    outbox.deliver_all(h.ctx)
    from sqlmodel import select

    from storage.db import session
    from storage.models import Delivery

    with session(h.ctx.engine) as s:
        rows = {d.kind: d.status for d in s.exec(select(Delivery).where(Delivery.incident_id == incident.id)).all()
                if d.kind.startswith("group")}
    assert rows == {"group_post": "failed", "group_update": "sent"}  # the update was moot, not retried forever
    assert group_updates(slack) == [] and slack.messages(GROUP) == []
