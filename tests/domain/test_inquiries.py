"""The inquiry desk's rules: what a batch may be, what counts as personal data in a question, the FAQ
pair, and the figures (per day, by category) the card, the summary and the report show."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from domain.access import IncidentPeople, Viewer, can_curate_faq, can_log_inquiry, can_view
from domain.directory import DirectoryError, parse_directory
from domain.inquiries import (
    MAX_BATCH,
    Code,
    FaqInput,
    FaqItem,
    Field,
    InquiryFacts,
    InquiryInput,
    Refused,
    Sign,
    current_faq,
    figures,
    parse_count,
    personal_data_signs,
    recent_days_start,
    validate_faq,
    validate_inquiry,
)

TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 12, 3, 1, 0, tzinfo=UTC)  # 10:00 in Tokyo


def raw(**changes) -> InquiryInput:
    values = dict(channel="phone", category="card_stop", count="37", received_at=None, summary="")
    values.update(changes)
    return InquiryInput(**values)


def refused(**changes) -> Refused:
    with pytest.raises(Refused) as caught:
        validate_inquiry(raw(**changes), now=NOW)
    return caught.value


def test_a_batch_defaults_to_now_and_keeps_counts_and_kinds():
    batch = validate_inquiry(raw(count="１，２００", summary="  補償はあるか  "), now=NOW)
    assert (batch.channel, batch.category, batch.count, batch.received_at, batch.summary) == (
        "phone", "card_stop", 1200, NOW, "補償はあるか"
    )
    earlier = NOW - timedelta(days=2)
    assert validate_inquiry(raw(received_at=earlier.astimezone(TOKYO)), now=NOW).received_at == earlier


@pytest.mark.parametrize(
    ("text", "code"),
    [("", Code.REQUIRED), ("abc", Code.NOT_INTEGER), ("1.5", Code.NOT_INTEGER), ("0", Code.NOT_POSITIVE),
     ("-4", Code.NOT_POSITIVE), (str(MAX_BATCH + 1), Code.TOO_LARGE), (str(MAX_BATCH), MAX_BATCH), ("1", 1)],
)
def test_counts_are_positive_bounded_whole_numbers(text, code):
    assert parse_count(text) == code


def test_every_bad_field_is_reported_at_once():
    problem = refused(channel=None, category="weather", count="0", received_at=NOW + timedelta(minutes=5))
    assert problem.errors == {
        Field.CHANNEL: Code.REQUIRED, Field.CATEGORY: Code.UNKNOWN_CHOICE, Field.COUNT: Code.NOT_POSITIVE,
        Field.RECEIVED_AT: Code.IN_FUTURE,
    }


def test_a_little_clock_skew_is_not_the_future():
    assert validate_inquiry(raw(received_at=NOW + timedelta(seconds=30)), now=NOW).received_at == NOW


@pytest.mark.parametrize(
    ("text", "signs"),
    [
        ("カード 4111-1111-1111-1111 を止めたい", (Sign.CARD_NUMBER,)),
        ("番号は 123456789018 です", (Sign.MY_NUMBER,)),
        ("連絡先 taro@example.jp", (Sign.EMAIL,)),
        ("a@x.jp b@x.jp c@x.jp d@x.jp e@x.jp", (Sign.EMAIL_LIST,)),
        ("折り返し 090-1234-5678", (Sign.PHONE,)),
        ("03 1234 5678 まで", (Sign.PHONE,)),
        ("+81 90 1234 5678", (Sign.PHONE,)),
        ("０９０１２３４５６７８", (Sign.PHONE,)),
    ],
)
def test_personal_data_in_a_question_is_recognized(text, signs):
    assert personal_data_signs(text) == signs
    assert refused(summary=text).signs == {Field.SUMMARY: signs}


@pytest.mark.parametrize("text", ["カードは止めるべきか", "12月3日 10:00 に届いた通知について", "37 件の電話", "2026-12-03", "0120 の番号はどこ"])
def test_ordinary_questions_pass(text):
    assert personal_data_signs(text) == ()
    assert validate_inquiry(raw(summary=text), now=NOW).summary == text


def test_a_long_summary_is_refused():
    assert refused(summary="あ" * 501).errors == {Field.SUMMARY: Code.TOO_LONG}


def test_a_faq_pair_needs_both_texts_without_personal_data():
    assert validate_faq(FaqInput(" Q ", " A ")).question == "Q"
    with pytest.raises(Refused) as caught:
        validate_faq(FaqInput("", "窓口 090-1111-2222"))
    assert caught.value.errors == {Field.QUESTION: Code.REQUIRED, Field.ANSWER: Code.PERSONAL_DATA}
    assert validate_faq(FaqInput("Q", "A", removed=True)).removed


def test_the_current_faq_leaves_out_removed_entries_in_order():
    def item(n: int, removed: bool = False) -> FaqItem:
        return FaqItem(n, 1, f"q{n}", "a", removed, "U1", NOW)

    assert [i.number for i in current_faq([item(3), item(1), item(2, removed=True)])] == [1, 3]


def facts(*rows: tuple[str, str, int, datetime], incident: str = "LEAK-2026-0001") -> list[InquiryFacts]:
    return [InquiryFacts(incident, channel, category, count, at) for channel, category, count, at in rows]


def test_figures_count_per_local_day_and_category_in_a_half_open_period():
    start = datetime(2026, 11, 30, 0, 0, tzinfo=UTC)  # Mon 09:00 JST
    end = start + timedelta(days=7)
    rows = facts(
        ("phone", "card_stop", 37, start),  # exactly at start: the period before
        ("phone", "card_stop", 10, start + timedelta(hours=16)),  # Tue 01:00 JST
        ("email", "data_included", 3, start + timedelta(hours=14)),  # Mon 23:00 JST
        ("web_form", "other", 2, end),  # exactly at end: this period
        ("visit", "complaint", 1, end + timedelta(seconds=1)),
    ) + facts(("phone", "what_to_do", 4, start + timedelta(days=2)), incident="LEAK-2026-0002")
    f = figures(rows, start=start, end=end, tz=TOKYO)
    assert f.total == 19
    assert f.by_category == {"data_included": 3, "what_to_do": 4, "card_stop": 10, "other": 2}
    assert f.by_channel == {"phone": 14, "email": 3, "web_form": 2}
    assert f.by_incident == {"LEAK-2026-0001": 15, "LEAK-2026-0002": 4}
    days = {d.day: d.total for d in f.by_day}
    assert list(days) == [date(2026, 11, 30) + timedelta(days=i) for i in range(8)]  # Mon 09:00 to Mon 09:00
    assert days[date(2026, 11, 30)] == 3 and days[date(2026, 12, 1)] == 10 and days[date(2026, 12, 7)] == 2
    assert sum(days.values()) == f.total


def test_recent_days_cover_today_and_the_six_before():
    start = recent_days_start(NOW, TOKYO)
    f = figures(facts(("phone", "press", 1, NOW - timedelta(days=6, hours=9, minutes=59))), start=start, end=NOW, tz=TOKYO)
    assert [d.day for d in f.by_day] == [date(2026, 11, 27) + timedelta(days=i) for i in range(7)]
    assert f.total == 1 and f.by_day[0].total == 1


def test_figures_refuse_naive_bounds():
    with pytest.raises(ValueError):
        figures([], start=datetime(2026, 1, 1), end=NOW, tz=TOKYO)


def test_the_desk_logs_but_cannot_view_and_only_managers_curate():
    people = IncidentPeople(reporter="UREP", owner="UOWN", deputy="UDEP")
    desk = Viewer("UDESK", is_desk=True)
    assert can_log_inquiry(people, desk) and not can_view(people, desk) and not can_curate_faq(people, desk)
    for manager in (Viewer("UOWN"), Viewer("UDEP"), Viewer("UOFF", is_office_member=True)):
        assert can_log_inquiry(people, manager) and can_curate_faq(people, manager)
    for other in (Viewer("UREP"), Viewer("UX", is_channel_member=True), Viewer("UEXEC", is_executive=True)):
        assert not can_log_inquiry(people, other) and not can_curate_faq(people, other)


BASE = {
    "office_channel": "C0FFICE",
    "executives": ["UEXEC1"],
    "departments": [{"id": "sales", "name": "営業部", "owner": "UOWNER", "deputy": "UDEPUTY"}],
}


def test_the_directory_desk_list_is_optional_and_checked():
    assert parse_directory(BASE).desk == ()
    directory = parse_directory({**BASE, "desk": ["UDESK", "desk@example.com"]})
    assert directory.desk == ("UDESK", "desk@example.com") and "desk@example.com" in directory.people()
    with pytest.raises(DirectoryError) as caught:
        parse_directory({**BASE, "desk": ["UDESK", "not a person", "UDESK"]})
    assert [(p.where, p.code) for p in caught.value.problems] == [("/desk/1", "bad_person"), ("/desk/2", "duplicate_person")]
    with pytest.raises(DirectoryError) as caught:
        parse_directory({**BASE, "desk": "UDESK"})
    assert [(p.where, p.code) for p in caught.value.problems] == [("/desk", "not_a_list")]
