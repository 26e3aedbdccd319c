"""The inquiry desk through the fake Slack: logging batches (command and button), inline refusals that
store nothing, the desk role's narrow view, the FAQ's versions and its Markdown export."""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlmodel import select

from storage.db import session
from storage.models import FaqVersion, Inquiry
from tests.conftest import PEOPLE, wait_until

BATCH = {
    "inquiry_channel": "phone",
    "inquiry_category": "card_stop",
    "inquiry_count": "37",
    "inquiry_summary": "カードを止めたほうがよいか",
}


def inquiries(harness) -> list[Inquiry]:
    with session(harness.ctx.engine) as s:
        return list(s.exec(select(Inquiry).order_by(Inquiry.id)).all())


def faq_versions(harness) -> list[FaqVersion]:
    with session(harness.ctx.engine) as s:
        return list(s.exec(select(FaqVersion).order_by(FaqVersion.id)).all())


def events(harness, incident, *names) -> list[tuple]:
    return [e for e in harness.timeline(incident.id) if e[0] in names]


def command(harness, user: str, text: str) -> dict | None:
    """Run /leak-inquiry; return the modal it opened, or None when it answered instead."""
    opened, answered = len(harness.slack.calls_to("views.open")), len(harness.answers(user))
    response = harness.driver.command("/leak-inquiry", text, user_id=user)
    assert response.status_code == 200
    wait_until(lambda: harness.slack.calls_to("views.open")[opened:] or harness.answers(user)[answered:], message="answer")
    calls = harness.slack.calls_to("views.open")[opened:]
    return calls[0].response["view"] if calls else None


def answer_to(harness, user: str, text: str) -> str:
    before = len(harness.answers(user))
    assert command(harness, user, text) is None
    return harness.answers(user)[before]["text"]


def press_card(harness, user: str, action: str) -> dict:
    incident = harness.incident()
    before = len(harness.slack.calls_to("views.open"))
    harness.press(action, user, incident.public_id)
    calls = wait_until(lambda: harness.slack.calls_to("views.open")[before:], message="modal")
    return calls[0].response["view"]


def card_text(harness) -> str:
    incident = harness.incident()
    card = next(m for m in harness.slack.messages(incident.channel_id) if m["ts"] == incident.card_ts)
    return str(card["blocks"])


def test_a_desk_operator_logs_a_batch_with_the_command(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    view = command(harness, PEOPLE.desk, incident.public_id)
    shown = str(view["blocks"])
    # The desk sees the ID and the status, and not the report.
    assert incident.public_id in shown and "報告受付" in shown
    assert incident.description not in shown and incident.location not in shown and "営業部" not in shown
    # Both clicks carry the same submission (a double click, a retried request): one batch is kept.
    body, headers = harness.driver.build_submit_view(view["id"], PEOPLE.desk, BATCH)
    first = httpx.post(harness.driver.app_url, content=body, headers=headers)
    second = httpx.post(harness.driver.app_url, content=body, headers=headers)
    assert first.json()["response_action"] == second.json()["response_action"] == "update"
    assert "37" in str(first.json()["view"]["blocks"])
    (row,) = inquiries(harness)
    assert (row.channel, row.category, row.count, row.logged_by) == ("phone", "card_stop", 37, PEOPLE.desk)
    assert row.received_at == harness.clock()
    (entry,) = events(harness, incident, "inquiry_logged")
    assert entry[1] == PEOPLE.desk and entry[2]["count"] == 37 and entry[2]["category"] == "card_stop"
    assert "カード" not in str(entry[2])  # the question text never reaches the timeline
    wait_until(lambda: "累計 37 件" in card_text(harness), message="the card shows the inquiries")


def test_the_card_button_opens_the_form_and_a_desk_operator_known_by_email_may_log(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    view = press_card(harness, PEOPLE.owner, "leak_open_inquiry")
    harness.driver.submit_view(view["id"], PEOPLE.owner, {**BATCH, "inquiry_category": "data_included", "inquiry_count": "5"})
    harness.clock.advance(timedelta(days=1))
    view = command(harness, PEOPLE.desk2, incident.public_id.lower())  # desk2 is listed by e-mail
    earlier = int((harness.clock() - timedelta(hours=3)).timestamp())
    harness.driver.submit_view(view["id"], PEOPLE.desk2, {**BATCH, "inquiry_count": "1,200", "inquiry_received_at": earlier})
    rows = inquiries(harness)
    assert [(r.category, r.count, r.logged_by) for r in rows] == [("data_included", 5, PEOPLE.owner), ("card_stop", 1200, PEOPLE.desk2)]
    assert rows[1].received_at == harness.clock() - timedelta(hours=3)
    wait_until(lambda: "累計 1,205 件" in card_text(harness), message="card")
    text = card_text(harness)
    assert "カード・口座の停止 1,200" in text and "自分のデータが含まれているか 5" in text


def test_bad_counts_future_times_and_personal_data_are_refused_inline_and_nothing_is_stored(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    view = command(harness, PEOPLE.desk, incident.public_id)
    future = int((harness.clock() + timedelta(hours=2)).timestamp())
    cases = [
        ({"inquiry_count": "0"}, "inquiry_count", "1 以上"),
        ({"inquiry_count": "-3"}, "inquiry_count", "1 以上"),
        ({"inquiry_count": "たくさん"}, "inquiry_count", "整数"),
        ({"inquiry_count": "10001"}, "inquiry_count", "10,000"),
        ({"inquiry_received_at": future}, "inquiry_received_at", "未来"),
        ({"inquiry_summary": "カード番号 4111 1111 1111 1111 を止めたい"}, "inquiry_summary", "カード番号"),
        ({"inquiry_summary": "折り返しは 090-1234-5678 へ"}, "inquiry_summary", "電話番号"),
        ({"inquiry_summary": "taro.yamada@example.jp から"}, "inquiry_summary", "メールアドレス"),
    ]
    for change, field, words in cases:
        response = harness.driver.submit_view(view["id"], PEOPLE.desk, {**BATCH, **change})
        body = response.json()
        assert body["response_action"] == "errors", change
        assert list(body["errors"]) == [field] and words in body["errors"][field], (change, body)
    assert inquiries(harness) == [] and events(harness, incident, "inquiry_logged") == []
    assert slack.is_view_open(view["id"])  # the modal stays open with what was typed


def test_english_errors_name_the_kind_of_personal_data(make_settings, slack, clock):
    from tests.conftest import Harness

    h = Harness(make_settings(leakbot_language="en"), slack, clock)
    try:
        h.submit_report()
        view = command(h, PEOPLE.desk, h.incident().public_id)
        body = h.driver.submit_view(view["id"], PEOPLE.desk, {**BATCH, "inquiry_summary": "my number 123456789018"}).json()
        assert body["errors"] == {"inquiry_summary": "This looks like personal data (a My Number), so it cannot be kept. "
                                                     "Remove it and submit again."}
    finally:
        h.close()


def test_the_desk_role_sees_only_id_status_and_faq(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    # /leak-status: the desk is told exactly what someone is told about an incident that does not exist.
    refused = harness.status(PEOPLE.desk, incident.public_id)["text"]
    missing = harness.status(PEOPLE.desk, "LEAK-2026-9999")["text"]
    assert refused == missing.replace("LEAK-2026-9999", incident.public_id)
    assert incident.description not in str(harness.answers(PEOPLE.desk))
    # No second report: a second-report form submitted by the desk (outside the channel) is refused.
    second = press_card(harness, PEOPLE.owner, "leak_open_second_report")
    body = harness.driver.submit_view(second["id"], PEOPLE.desk, {"what_happened": "x"}, client_validation=False).json()
    assert body["response_action"] == "errors" and "この操作はできません" in str(body["errors"])
    assert events(harness, incident, "second_report") == []
    # No FAQ editing, even from inside the channel.
    before = len(harness.answers(PEOPLE.desk))
    harness.press("leak_open_faq", PEOPLE.desk, incident.public_id)
    assert "責任者・代行者・事務局だけ" in harness.next_answer(PEOPLE.desk, before)["text"]
    # People outside the desk cannot log, and cannot tell an existing incident from a missing one.
    outsider = answer_to(harness, PEOPLE.outsider, incident.public_id)
    assert outsider == answer_to(harness, PEOPLE.outsider, "LEAK-2026-9999").replace("LEAK-2026-9999", incident.public_id)
    assert answer_to(harness, PEOPLE.desk, "LEAK-2026-9999") == outsider.replace(incident.public_id, "LEAK-2026-9999")
    assert "使い方" in answer_to(harness, PEOPLE.desk, "")
    # A forged submission by someone who may not log changes nothing.
    view = command(harness, PEOPLE.desk, incident.public_id)
    body = harness.driver.submit_view(view["id"], PEOPLE.outsider, BATCH).json()
    assert body["response_action"] == "errors" and inquiries(harness) == []


def open_faq(harness, user=PEOPLE.owner) -> dict:
    return press_card(harness, user, "leak_open_faq")


def push_form(harness, user: str, faq_view: dict, action: str, block_id: str | None = None) -> dict:
    before = len(harness.slack.calls_to("views.push"))
    incident = harness.incident()
    harness.driver.block_action(user, action, incident.public_id, view=faq_view["id"], block_id=block_id)
    calls = wait_until(lambda: harness.slack.calls_to("views.push")[before:], message="views.push")
    return calls[0].response["view"]


def test_the_faq_is_versioned_shown_to_the_desk_and_exported_as_markdown(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    command_view = command(harness, PEOPLE.desk, incident.public_id)
    harness.driver.submit_view(command_view["id"], PEOPLE.desk, {**BATCH, "inquiry_summary": "再発行の費用は？"})

    faq = open_faq(harness)
    assert "再発行の費用は？" in str(faq["blocks"])  # the curators see what the desk is asked
    form = push_form(harness, PEOPLE.owner, faq, "leak_faq_add")
    response = harness.driver.submit_view(form["id"], PEOPLE.owner, {
        "faq_question": "カードの再発行に費用はかかりますか", "faq_answer": "かかりません。",
    })
    assert response.json()["response_action"] == "clear"
    wait_until(lambda: any("Q1" in m["text"] and "第 1 版" in m["text"] for m in slack.messages(incident.channel_id)))

    harness.clock.advance(timedelta(hours=1))
    faq = open_faq(harness, PEOPLE.office)
    form = push_form(harness, PEOPLE.office, faq, "leak_faq_edit", block_id="faq_1")
    assert {b.get("block_id"): b for b in form["blocks"]}["faq_answer"]["element"]["initial_value"] == "かかりません。"
    harness.driver.submit_view(form["id"], PEOPLE.office, {
        "faq_question": "カードの再発行に費用はかかりますか", "faq_answer": "かかりません。再発行は約 2 週間です。",
    })
    assert [(v.version, v.answer, v.edited_by) for v in faq_versions(harness)] == [
        (1, "かかりません。", PEOPLE.owner), (2, "かかりません。再発行は約 2 週間です。", PEOPLE.office),
    ]
    assert [e[2] for e in events(harness, incident, "faq_added", "faq_edited")] == [
        {"entry": 1, "version": 1}, {"entry": 1, "version": 2},
    ]
    # The desk's form shows the latest version.
    desk_view = command(harness, PEOPLE.desk, incident.public_id)
    assert "再発行は約 2 週間です" in str(desk_view["blocks"])

    faq = open_faq(harness)
    harness.driver.block_action(PEOPLE.owner, "leak_faq_export", incident.public_id, view=faq["id"])
    upload = wait_until(lambda: [u for u in slack.uploads if u["filename"].endswith(".md")], message="upload")[0]
    text = upload["data"].decode("utf-8")
    assert upload["channel_id"] == incident.channel_id and upload["filename"] == f"{incident.public_id}-faq-r2.md"
    assert text.startswith(f"# {incident.public_id} よくあるご質問（FAQ）")
    assert "## Q1. カードの再発行に費用はかかりますか\n\nかかりません。再発行は約 2 週間です。\n" in text
    assert "_第 2 版" in text and "改訂 2" in text and "かかりません。\n\n_第 1 版" not in text
    (exported,) = wait_until(lambda: events(harness, incident, "faq_exported"), message="export on the timeline")
    assert exported[2] == {"file": upload["filename"], "revision": 2, "entries": 1}


def test_faq_refuses_personal_data_and_people_who_may_not_curate(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    faq = open_faq(harness)
    form = push_form(harness, PEOPLE.owner, faq, "leak_faq_add")
    body = harness.driver.submit_view(form["id"], PEOPLE.owner, {
        "faq_question": "連絡先は？", "faq_answer": "担当 山田 090-1111-2222 まで",
    }).json()
    assert body["response_action"] == "errors" and "電話番号" in body["errors"]["faq_answer"]
    body = harness.driver.submit_view(form["id"], PEOPLE.owner, {"faq_question": "", "faq_answer": "x"},
                                      client_validation=False).json()
    assert "faq_question" in body["errors"]
    # The desk may read but not write: a forged submission of the form is refused.
    body = harness.driver.submit_view(form["id"], PEOPLE.desk, {"faq_question": "Q", "faq_answer": "A"}).json()
    assert body["response_action"] == "errors"
    assert faq_versions(harness) == [] and events(harness, incident, "faq_added") == []


def test_removing_a_question_keeps_its_history_and_takes_it_out_of_the_faq(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    form = push_form(harness, PEOPLE.owner, open_faq(harness), "leak_faq_add")
    harness.driver.submit_view(form["id"], PEOPLE.owner, {"faq_question": "古い質問", "faq_answer": "古い回答"})
    form = push_form(harness, PEOPLE.owner, open_faq(harness), "leak_faq_edit", block_id="faq_1")
    harness.driver.submit_view(form["id"], PEOPLE.owner, {
        "faq_question": "古い質問", "faq_answer": "古い回答", "faq_remove": ["yes"],
    })
    assert [(v.version, v.removed) for v in faq_versions(harness)] == [(1, False), (2, True)]
    assert events(harness, incident, "faq_removed")
    assert "古い質問" not in str(command(harness, PEOPLE.desk, incident.public_id)["blocks"])


def test_the_home_tab_lists_open_incidents_for_the_desk(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    harness.driver.event({"type": "app_home_opened", "user": PEOPLE.desk, "tab": "home"})
    home = wait_until(lambda: slack.home(PEOPLE.desk), message="home")
    shown = str(home["blocks"])
    assert incident.public_id in shown and "leak_open_inquiry" in shown and incident.description not in shown
    before = len(slack.calls_to("views.open"))
    harness.driver.block_action(PEOPLE.desk, "leak_open_inquiry", incident.public_id, view=home["id"])
    opened = wait_until(lambda: slack.calls_to("views.open")[before:], message="the form from the Home tab")
    assert opened[0].response["view"]["callback_id"] == "leak_inquiry"
    view = command(harness, PEOPLE.desk, incident.public_id)
    harness.driver.submit_view(view["id"], PEOPLE.desk, BATCH)
    harness.clock.advance(timedelta(days=1))
    view = command(harness, PEOPLE.desk, incident.public_id)
    harness.driver.submit_view(view["id"], PEOPLE.desk, {**BATCH, "inquiry_count": "3"})
    harness.driver.event({"type": "app_home_opened", "user": PEOPLE.owner, "tab": "home"})
    wait_until(lambda: "問い合わせ 40 件（今日 3 件）" in str((slack.home(PEOPLE.owner) or {}).get("blocks")), message="owner's home")


def test_the_weekly_summary_and_its_chart_count_the_inquiries_of_the_week(harness, slack):
    from datetime import UTC, datetime

    from tests.conftest import OFFICE_CHANNEL

    monday_9_jst = datetime(2026, 11, 30, 0, 0, tzinfo=UTC)
    harness.sweep()  # first start: records the current occurrence, posts nothing
    harness.submit_report()
    incident = harness.incident()
    for values in (BATCH, {**BATCH, "inquiry_channel": "email", "inquiry_category": "compensation", "inquiry_count": "4"}):
        view = command(harness, PEOPLE.desk, incident.public_id)
        harness.driver.submit_view(view["id"], PEOPLE.desk, values)
        harness.clock.advance(timedelta(days=1))
    harness.clock.advance(monday_9_jst - harness.clock())
    harness.sweep()
    summary = wait_until(lambda: [m for m in slack.messages(OFFICE_CHANNEL) if m["text"].startswith("週次報告")], message="summary")
    text = str(summary[-1]["blocks"])
    assert "*問い合わせ（41 件）*" in text and "種類別: カード・口座の停止 37、補償 4" in text
    assert "電話 37、メール 4" in text and f"{incident.public_id} 41" in text
    assert "11/24 37、11/25 4" in text and "カードを止めたほうがよいか" not in text
    chart = wait_until(lambda: [u for u in slack.uploads if u["filename"].endswith(".png")], message="chart")[0]
    assert int.from_bytes(chart["data"][20:24], "big") == 800  # the inquiry panel is below the weekly chart

    from services import inquiries as service
    from storage.db import session as open_session

    with open_session(harness.ctx.engine) as s:
        figures = service.report_figures(s, monday_9_jst - timedelta(days=7), monday_9_jst, tz=harness.ctx.config.tz)
        later = service.report_figures(s, monday_9_jst, monday_9_jst + timedelta(days=7))
    assert (figures.total, figures.by_category) == (41, {"compensation": 4, "card_stop": 37})
    assert later.total == 0 and len(later.by_day) == 8
