"""Issue 9 in Slack: telling the people affected (the contact campaign), the publication decision,
and the contractor / principal record — button → modal → submit → stored, on the timeline, on the
card; bad input refused inline with nothing changed; people without the right role refused."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from storage.db import session
from storage.models import ContactBatch, ContactCampaign, ContractorLink, LegalAssessment, PublicationDecisionRow, Task
from tests.conftest import PEOPLE, wait_until


def rows(harness, model):
    with session(harness.ctx.engine) as s:
        return list(s.exec(select(model)).all())


def open_form(harness, slack, action: str, user: str = PEOPLE.owner) -> dict:
    incident = harness.incident()
    before = len(slack.calls_to("views.open"))
    harness.press(action, user, incident.public_id)
    return wait_until(lambda: slack.calls_to("views.open")[before:], message=f"{action} modal")[0].response["view"]


def events(harness) -> list[str]:
    return [e for e, _, _ in harness.timeline(harness.incident().id)]


def card_text(harness, slack) -> str:
    incident = harness.incident()
    updates = [c for c in slack.calls_to("chat.update") if c.args.get("ts") == incident.card_ts]
    return str(updates[-1].args.get("blocks")) if updates else ""


def ago(harness, **delta) -> int:
    return int((harness.clock() - timedelta(**delta)).timestamp())


def submit(harness, view, values, user=PEOPLE.owner):
    return harness.driver.submit_view(view["id"], user, values)


def notice_tasks(harness) -> dict[str, Task]:
    return {t.key: t for t in rows(harness, Task) if t.key and t.key.endswith("_individuals")}


# --- 1. the contact campaign ---------------------------------------------------------------------------


def test_a_campaign_runs_post_email_phone_web_and_completes_the_legal_notice_task(harness, slack):
    harness.submit_report(data_categories=["sensitive"], people_count="4321")
    assert notice_tasks(harness)["legal:appi_individuals"].status == "open"
    view = open_form(harness, slack, "leak_open_contacts")
    blocks = {b.get("block_id"): b for b in view["blocks"]}
    assert blocks["population"]["element"]["initial_value"] == "4321"  # prefilled from the report
    assert blocks["channel"]["element"]["initial_option"]["value"] == "post"

    rounds = [
        {"population": "4,321", "channel": "post", "sent_at": ago(harness, minutes=40), "sent": "4321", "reached": "4169", "undeliverable": "152"},
        {"channel": "email", "sent_at": ago(harness, minutes=30), "sent": "152", "reached": "140", "undeliverable": "12"},
        {"channel": "phone", "sent_at": ago(harness, minutes=20), "sent": "12", "reached": "9", "undeliverable": "3"},
        {"channel": "web", "sent_at": ago(harness, minutes=10), "sent": "3"},
    ]
    for values in rounds:
        view = open_form(harness, slack, "leak_open_contacts")
        response = submit(harness, view, values)
        assert response.status_code == 200 and response.text in ("", "null"), response.text
    batches = sorted(rows(harness, ContactBatch), key=lambda b: b.seq)
    assert [(b.channel, b.sent, b.reached, b.undeliverable) for b in batches] == [
        ("post", 4321, 4169, 152), ("email", 152, 140, 12), ("phone", 12, 9, 3), ("web", 3, 0, 0),
    ]
    campaign = rows(harness, ContactCampaign)[0]
    assert campaign.population == 4321 and campaign.finished_at is not None
    assert notice_tasks(harness)["legal:appi_individuals"].status == "done"
    assert events(harness).count("contact_batch") == 4 and "contacts_finished" in events(harness)
    expected = "連絡対象 4,321 人: 郵送で到達 4,169、メールで到達 140、電話で到達 9、連絡不能 3 → Web で公表（完了）"
    wait_until(lambda: expected in card_text(harness, slack), message="card shows the progress")
    channel = harness.incident().channel_id
    wait_until(lambda: [m for m in slack.messages(channel) if "本人への連絡が完了しました" in m["text"]], message="finished notice")
    rounds_posted = [m["text"] for m in slack.messages(channel) if "本人への連絡を記録しました" in m["text"]]
    assert any("未連絡 152" in text for text in rounds_posted)  # each round shows the campaign as it stood then
    task_list = harness.incident().task_list_ts
    wait_until(lambda: any(expected in str(c.args.get("blocks")) for c in slack.calls_to("chat.update") if c.args.get("ts") == task_list),
               message="task list shows the progress")
    # The PPC draft's item 6 is filled from the campaign.
    channel = harness.incident().channel_id
    message = wait_until(lambda: [m for m in slack.messages(channel) if "leak_legal_drafts" in str(m.get("blocks"))],
                         message="legal result")[0]
    harness.click(PEOPLE.owner, "leak_legal_drafts", message)
    ppc = wait_until(lambda: [u for u in slack.uploads if u.get("filename", "").endswith("ppc_report_draft.md")], message="draft")
    content = bytes(ppc[-1]["data"]).decode("utf-8")
    item6 = content.split("## 6.")[1].split("## 7.")[0]
    assert "4,169" in item6 and "Web で公表" in item6


def test_bad_counts_are_refused_inline_and_change_nothing(harness, slack):
    harness.submit_report(people_count="100")
    view = open_form(harness, slack, "leak_open_contacts")
    first = {"population": "100", "channel": "post", "sent_at": ago(harness, minutes=30), "sent": "100", "reached": "90", "undeliverable": "10"}
    assert submit(harness, view, first).text in ("", "null")
    cases = [
        ({"population": "-5"}, {"population"}),
        ({"population": "80"}, {"population"}),  # fewer than the 90 already reached
        ({"channel": "email", "sent_at": ago(harness, minutes=5), "sent": "11"}, {"sent"}),  # only 10 were left
        ({"channel": "email", "sent_at": ago(harness, minutes=5), "sent": "10", "reached": "8", "undeliverable": "5"}, {"reached"}),
        ({"channel": "email", "sent_at": int((harness.clock() + timedelta(hours=1)).timestamp()), "sent": "5"}, {"sent_at"}),
        ({"channel": "email", "sent_at": ago(harness, hours=5), "sent": "5"}, {"sent_at"}),  # before the discovery
        ({"channel": "email", "sent_at": ago(harness, minutes=5), "sent": "たくさん"}, {"sent"}),
    ]
    for values, fields in cases:
        view = open_form(harness, slack, "leak_open_contacts")
        body = submit(harness, view, {"population": "100", **values}).json()
        assert body["response_action"] == "errors", values
        assert set(body["errors"]) == fields, (values, body["errors"])
    # Back in the order: after e-mail, post is refused.
    view = open_form(harness, slack, "leak_open_contacts")
    assert submit(harness, view, {"channel": "email", "sent_at": ago(harness, minutes=5), "sent": "10", "reached": "4"}).text in ("", "null")
    view = open_form(harness, slack, "leak_open_contacts")
    body = submit(harness, view, {"channel": "post", "sent_at": ago(harness, minutes=1), "sent": "6"}).json()
    assert set(body["errors"]) == {"channel"} and "郵送 → メール" in body["errors"]["channel"]
    assert len(rows(harness, ContactBatch)) == 2 and rows(harness, ContactCampaign)[0].population == 100
    assert events(harness).count("contact_batch") == 2


def test_people_without_the_role_are_refused_alike(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    for action in ("leak_open_contacts", "leak_open_publication", "leak_open_contractor"):
        for who in (PEOPLE.reporter, PEOPLE.outsider):
            before = len(slack.calls_to("views.open"))
            answers = len(harness.answers(who))
            harness.press(action, who, incident.public_id)
            answer = harness.next_answer(who, answers)["text"]
            assert "責任者・代行者・事務局のみ" in answer
            assert len(slack.calls_to("views.open")) == before
    # A made-up incident gets the very same answer.
    answers = len(harness.answers(PEOPLE.outsider))
    harness.driver.block_action(PEOPLE.outsider, "leak_open_contacts", "LEAK-2026-0999", channel_id=incident.channel_id)
    assert "責任者・代行者・事務局のみ" in harness.next_answer(PEOPLE.outsider, answers)["text"]
    # The office may.
    assert open_form(harness, slack, "leak_open_contacts", user=PEOPLE.office)["callback_id"] == "leak_contacts"
    # A submission replayed by someone without the role is refused and saves nothing.
    view = open_form(harness, slack, "leak_open_publication")
    body = submit(harness, view, {**CRITERIA, "decision": "not_publish", "reason": "二次被害なし",
                                  "approver_kind": "office", "approver": PEOPLE.office}, user=PEOPLE.reporter)
    assert body.json()["response_action"] == "errors"
    assert rows(harness, PublicationDecisionRow) == []


# --- 3. the publication decision ------------------------------------------------------------------------


CRITERIA = {
    "control": "当社が管理する顧客データ", "route": "ノートPCの置き忘れ", "data": "氏名・連絡先",
    "scale": "約120人", "harm": "二次被害の報告なし",
}


def test_publication_decision_is_recorded_on_the_card_timeline_and_draft(harness, slack):
    harness.submit_report(data_categories=["sensitive"], people_count="3")
    view = open_form(harness, slack, "leak_open_publication")
    assert "principal_agreed" not in {b.get("block_id") for b in view["blocks"]}  # we are not a contractor
    body = submit(harness, view, {**CRITERIA, "decision": "not_publish", "approver_kind": "office", "approver": PEOPLE.office}).json()
    assert body["errors"] == {"reason": "理由を入力してください。"}
    body = submit(harness, view, {**CRITERIA, "control": "連絡先 taro@example.com", "decision": "publish_now",
                                  "approver_kind": "executive", "approver": PEOPLE.exec1}).json()
    assert set(body["errors"]) == {"control", "published_at", "methods"}
    assert rows(harness, PublicationDecisionRow) == []
    response = submit(harness, view, {
        **CRITERIA, "decision": "publish_now", "approver_kind": "executive", "approver": PEOPLE.exec1,
        "published_at": ago(harness, minutes=10), "methods": ["web_notice", "press_release"],
    })
    assert response.text in ("", "null"), response.text
    decision = rows(harness, PublicationDecisionRow)[0]
    assert decision.decision == "publish_now" and decision.methods == ["web_notice", "press_release"]
    assert decision.approver == PEOPLE.exec1 and decision.criteria["route"] == "ノートPCの置き忘れ"
    assert "publication_decided" in events(harness)
    playbook = [t for t in rows(harness, Task) if t.key == "publication_decision"]
    assert playbook and playbook[0].status == "done"
    wait_until(lambda: "公表済み" in card_text(harness, slack), message="card shows the publication")
    channel = harness.incident().channel_id
    posted = wait_until(lambda: [m for m in slack.messages(channel) if "公表判断（第 1 版）" in str(m.get("blocks"))], message="posted")
    harness.click(PEOPLE.owner, "leak_legal_drafts", posted[0])
    uploads = wait_until(lambda: [u for u in slack.uploads if u.get("filename", "").endswith("public_notice_draft.md")], message="public notice")
    ppc = [u for u in slack.uploads if u.get("filename", "").endswith("ppc_report_draft.md")][-1]
    item7 = bytes(ppc["data"]).decode("utf-8").split("## 7.")[1].split("## 8.")[0]
    assert "公表済み" in item7 and "ノートPCの置き忘れ" in item7
    assert uploads


def test_a_contractor_cannot_publish_before_the_principal_agreed(harness, slack):
    harness.submit_report(third_party="principal")  # we handle the data for a principal
    view = open_form(harness, slack, "leak_open_publication")
    assert "principal_agreed" in {b.get("block_id") for b in view["blocks"]}
    values = {**CRITERIA, "decision": "publish_now", "approver_kind": "office", "approver": PEOPLE.office,
              "published_at": ago(harness, minutes=5), "methods": ["web_notice"]}
    body = submit(harness, view, {**values, "principal_agreed": "not_asked"}).json()
    assert set(body["errors"]) == {"principal_agreed"} and "委託元" in body["errors"]["principal_agreed"]
    assert rows(harness, PublicationDecisionRow) == []
    assert submit(harness, view, {**values, "principal_agreed": "yes"}).text in ("", "null")
    assert rows(harness, PublicationDecisionRow)[0].principal_agreed == "yes"


# --- 4. contractor and principal ------------------------------------------------------------------------


def test_notice_to_the_principal_is_recorded_and_releases_us_under_rule_9(harness, slack):
    harness.submit_report(third_party="principal", data_categories=["sensitive"], people_count="3")
    wait_until(lambda: rows(harness, LegalAssessment), message="first assessment")
    view = open_form(harness, slack, "leak_open_contractor")
    blocks = {b.get("block_id"): b for b in view["blocks"]}
    assert blocks["our_role"]["element"]["initial_option"]["value"] == "contractor"
    body = submit(harness, view, {"counterparty": "abc@example.com", "notified_at": ago(harness, minutes=10)}).json()
    assert set(body["errors"]) == {"counterparty", "notified_by", "notice_method"}
    assert rows(harness, ContractorLink) == []
    response = submit(harness, view, {
        "counterparty": "株式会社委託元", "notified_at": ago(harness, minutes=10), "notified_by": PEOPLE.owner,
        "notice_method": "email", "answer": "principal_reports", "answered_at": ago(harness, minutes=5),
    })
    assert response.text in ("", "null"), response.text
    link = rows(harness, ContractorLink)[0]
    assert link.counterparty == "株式会社委託元" and link.notice_method == "email"
    names = events(harness)
    assert {"contractor_recorded", "principal_notified", "principal_answered"} <= set(names)
    # The company name stays out of the timeline.
    assert "株式会社委託元" not in str(harness.timeline(harness.incident().id))
    latest = wait_until(lambda: [a for a in rows(harness, LegalAssessment) if a.trigger == "contractor"], message="re-assessed")[0]
    assert latest.facts["role"] == "contractor" and latest.facts["principal_notified_at"] is not None
    # Released under 規則9条: the report and notice tasks of the first assessment are cancelled.
    legal = {t.key: t.status for t in rows(harness, Task) if t.kind == "legal"}
    assert legal["legal:appi_final"] == "cancelled" and legal["legal:appi_individuals"] == "cancelled"
    wait_until(lambda: "株式会社委託元" in card_text(harness, slack), message="card shows the entrustment")


def test_a_contractor_reporting_to_us_needs_its_report_date(harness, slack):
    harness.submit_report(event_type="partner_report", third_party="contractor")
    view = open_form(harness, slack, "leak_open_contractor")
    assert {b.get("block_id"): b for b in view["blocks"]}["our_role"]["element"]["initial_option"]["value"] == "principal"
    body = submit(harness, view, {"counterparty": "株式会社委託先"}).json()
    assert set(body["errors"]) == {"contractor_reported_at"}
    assert submit(harness, view, {"counterparty": "株式会社委託先", "contractor_reported_at": ago(harness, hours=2)}).text in ("", "null")
    link = rows(harness, ContractorLink)[0]
    assert link.our_role == "principal" and link.contractor_reported_at is not None and link.notified_at is None


# --- App Home and the weekly summary -------------------------------------------------------------------


def test_home_and_weekly_summary_show_campaigns_people_left_and_decisions(make_settings, slack, clock):
    from datetime import UTC, datetime

    from tests.conftest import OFFICE_CHANNEL, Harness

    h = Harness(make_settings(), slack, clock)
    try:
        h.sweep()  # first start: records the current summary occurrence
        h.submit_report(people_count="100")
        view = open_form(h, slack, "leak_open_contacts")
        assert submit(h, view, {"population": "100", "channel": "post", "sent_at": ago(h, minutes=30), "sent": "100",
                                "reached": "88", "undeliverable": "12"}).text in ("", "null")
        view = open_form(h, slack, "leak_open_publication")
        assert submit(h, view, {**CRITERIA, "decision": "publish_later", "reason": "連絡の完了後に公表",
                                "approver_kind": "office", "approver": PEOPLE.office}).text in ("", "null")
        h.driver.event({"type": "app_home_opened", "user": PEOPLE.office, "channel": "D2", "tab": "home"})
        home = wait_until(lambda: slack.home(PEOPLE.office), message="office home")
        assert "LEAK-2026-0001 — 連絡対象 100 人: 郵送で到達 88、未連絡 12" in str(home)
        h.driver.event({"type": "app_home_opened", "user": PEOPLE.owner, "channel": "D1", "tab": "home"})
        assert "未連絡 12" in str(wait_until(lambda: slack.home(PEOPLE.owner), message="owner home"))
        clock.advance(datetime(2026, 11, 30, 0, 0, tzinfo=UTC) - clock())  # Monday 09:00 in Tokyo
        h.sweep()
        summary = wait_until(lambda: [m for m in slack.messages(OFFICE_CHANNEL) if m["text"].startswith("週次報告")],
                             message="weekly summary")[0]
        text = str(summary["blocks"])
        assert "連絡中の事案 1 件（未連絡 12 人）" in text and "期間中: 到達 88 人" in text
        assert "公表判断 1 件（後日公表する 1）" in text
    finally:
        h.close()


def test_report_figures_for_leakbot_report_count_only_the_period(harness, slack):
    from prompts.contacts import report_lines
    from services.contacts import report_figures

    harness.submit_report(people_count="10")
    view = open_form(harness, slack, "leak_open_contacts")
    assert submit(harness, view, {"population": "10", "channel": "post", "sent_at": ago(harness, minutes=30), "sent": "10",
                                  "reached": "7", "undeliverable": "3"}).text in ("", "null")
    view = open_form(harness, slack, "leak_open_contacts")
    assert submit(harness, view, {"channel": "web", "sent_at": ago(harness, minutes=10), "sent": "3"}).text in ("", "null")
    now = harness.clock()
    with session(harness.ctx.engine) as s:
        during = report_figures(s, now - timedelta(days=7), now + timedelta(seconds=1))
        before = report_figures(s, now - timedelta(days=14), now - timedelta(days=7))
    assert (during.reached, during.web_notice, during.finished, during.in_progress) == (7, 3, 1, 0)
    assert (before.reached, before.web_notice, before.finished, before.decided, before.in_progress) == (0, 0, 0, 0, 0)
    assert report_lines(during, "en")[1] == "In the period: 7 people reached, 3 covered by a web notice, 1 campaigns finished"


def test_a_double_submitted_round_or_decision_is_recorded_once(harness, slack):
    import httpx

    harness.submit_report(people_count="10")
    view = open_form(harness, slack, "leak_open_contacts")
    body, headers = harness.driver.build_submit_view(view["id"], PEOPLE.owner, {
        "population": "10", "channel": "post", "sent_at": ago(harness, minutes=5), "sent": "6", "reached": "6"})
    answers = [httpx.post(harness.driver.app_url, content=body, headers=headers) for _ in range(2)]
    assert all(a.status_code == 200 and a.text in ("", "null") for a in answers)
    assert len(rows(harness, ContactBatch)) == 1 and events(harness).count("contact_batch") == 1
    view = open_form(harness, slack, "leak_open_publication")
    body, headers = harness.driver.build_submit_view(view["id"], PEOPLE.owner, {
        **CRITERIA, "decision": "publish_later", "reason": "調査中", "approver_kind": "office", "approver": PEOPLE.office})
    for _ in range(2):
        assert httpx.post(harness.driver.app_url, content=body, headers=headers).text in ("", "null")
    assert len(rows(harness, PublicationDecisionRow)) == 1


def test_the_last_round_is_corrected_in_place_when_more_letters_come_back(harness, slack):
    harness.submit_report(people_count="500")
    view = open_form(harness, slack, "leak_open_contacts")
    assert "correct_last" not in {b.get("block_id") for b in view["blocks"]}  # nothing to correct yet
    assert submit(harness, view, {"population": "500", "channel": "post", "sent_at": ago(harness, minutes=30),
                                  "sent": "500", "undeliverable": "20"}).text in ("", "null")
    view = open_form(harness, slack, "leak_open_contacts")
    assert "correct_last" in {b.get("block_id") for b in view["blocks"]}
    assert submit(harness, view, {"channel": "post", "sent_at": ago(harness, minutes=30), "sent": "500",
                                  "reached": "465", "undeliverable": "35", "correct_last": ["yes"]}).text in ("", "null")
    batches = rows(harness, ContactBatch)
    assert [(b.seq, b.sent, b.reached, b.undeliverable) for b in batches] == [(1, 500, 465, 35)]
    corrected = [d for e, _, d in harness.timeline(harness.incident().id) if e == "contact_batch"]
    assert [d["corrected"] for d in corrected] == [False, True]
    wait_until(lambda: "郵送で到達 465、未連絡 35" in card_text(harness, slack), message="card corrected")
