"""The Slack adapter against the fake Slack: per-method pacing and pauses, no blind re-send of a call
that creates something, and keyed posts looked for before they are made again."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from bot.slack import SlackGateway, make_client
from bot.throttle import TIER_2, Rate, Throttle, Throttled
from services.ports import SlackFailure
from tests.fakeslack import FakeSlack

pytest_plugins = ["tests.fakeslack.fixtures"]


class Clock:
    """Monotonic time the test moves; ``sleep`` moves it too (and records the wait)."""

    def __init__(self) -> None:
        self.now, self.slept = 1000.0, []
        self.lock = threading.Lock()

    def __call__(self) -> float:
        with self.lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.slept.append(seconds)
            self.now += seconds

    def advance(self, seconds: float) -> None:
        with self.lock:
            self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def gateway(fake_slack: FakeSlack, clock: Clock) -> SlackGateway:
    fake_slack.add_user("U100", email="u1@example.com")
    fake_slack.add_channel("G1", "leak-2026-0001", is_private=True, members=["UBOT", "U100"])
    fake_slack.add_channel("C2", "office", members=["UBOT"])
    throttle = Throttle(clock=clock, sleep=clock.sleep)
    return SlackGateway(make_client("xoxb-test", fake_slack.url), throttle=throttle)


def statuses(fake: FakeSlack, method: str) -> list[int]:
    return [c.status for c in fake.calls_to(method)]


# --- throttling -----------------------------------------------------------------------------------


def test_a_429_pauses_that_method_for_every_thread_and_other_methods_keep_flowing(gateway, fake_slack, clock):
    fake_slack.fail("conversations.setTopic", status=429, retry_after=30)
    with pytest.raises(SlackFailure) as first:
        gateway.call("conversations.setTopic", channel="G1", topic="t")
    assert first.value.retryable and first.value.retry_after == 30
    assert clock.slept == []  # nobody slept on Retry-After

    # Another thread during the pause: refused at once, without reaching Slack.
    refused: list[SlackFailure] = []

    def other_thread() -> None:
        try:
            gateway.call("conversations.setTopic", channel="G1", topic="t")
        except SlackFailure as failure:
            refused.append(failure)

    worker = threading.Thread(target=other_thread)
    worker.start()
    worker.join()
    assert refused and 0 < (refused[0].retry_after or 0) <= 30
    assert statuses(fake_slack, "conversations.setTopic") == [429]

    # Other methods are not held back.
    assert gateway.post("C2", "still flowing")
    assert gateway.call("conversations.members", channel="G1")["members"]

    clock.advance(30)
    gateway.call("conversations.setTopic", channel="G1", topic="t")
    assert statuses(fake_slack, "conversations.setTopic") == [429, 200]


def test_retry_after_zero_is_retried_at_once(gateway, fake_slack):
    fake_slack.fail("auth.test", status=429, retry_after=0)
    assert gateway.call("auth.test")["ok"]
    assert statuses(fake_slack, "auth.test") == [429, 200]


def test_calls_are_paced_below_the_tier_and_refused_with_a_time_when_the_queue_is_long(clock):
    throttle = Throttle({"conversations.create": TIER_2}, clock=clock, sleep=clock.sleep, max_wait=5.0)
    for _ in range(TIER_2.burst):  # an idle method allows a short burst
        throttle.acquire("conversations.create")
    assert clock.slept == []
    throttle.acquire("conversations.create")  # then one every 60 / 18 s
    assert clock.slept == [pytest.approx(60 / TIER_2.per_minute)]
    throttle.acquire("conversations.create")
    clock.slept.clear()
    throttle.acquire("conversations.create")
    throttle.acquire("conversations.list")  # another method has its own bucket
    assert len(clock.slept) == 1
    # A queue longer than max_wait: refused with the time it may try again, nothing consumed.
    slow = Throttle({"x": Rate(6, 1)}, clock=clock, sleep=clock.sleep, max_wait=5.0)
    slow.acquire("x")
    with pytest.raises(Throttled) as refused:
        slow.acquire("x")
    assert refused.value.code == "paced" and refused.value.retry_after == pytest.approx(10, abs=0.1)
    # From idle, burst included, no minute holds more calls than the tier (20 a minute), nor far fewer.
    paced = Throttle({"m": TIER_2}, clock=clock, sleep=clock.sleep)
    start, calls = clock(), 0
    while True:
        paced.acquire("m")
        if clock() - start >= 60:
            break
        calls += 1
    assert 18 <= calls <= 20


def test_chat_post_message_is_paced_per_channel(clock):
    throttle = Throttle(clock=clock, sleep=clock.sleep)
    for _ in range(3):
        throttle.acquire("chat.postMessage", "G1")
    throttle.acquire("chat.postMessage", "C2")  # another channel: no wait
    assert clock.slept == []
    throttle.acquire("chat.postMessage", "G1")  # about one a second in one channel
    assert clock.slept and clock.slept[0] <= 1.2


def test_views_open_is_not_held_behind_other_methods(gateway, fake_slack, clock):
    fake_slack.fail("chat.postMessage", status=429, retry_after=30)
    with pytest.raises(SlackFailure):
        gateway.post("C2", "x")
    trigger = fake_slack.new_trigger_id("U100")
    view = {"type": "modal", "title": {"type": "plain_text", "text": "t"},
            "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "x"}}]}
    assert gateway.call("views.open", trigger_id=trigger, view=view)["ok"]
    assert clock.slept == []


# --- no blind re-send -----------------------------------------------------------------------------


def test_a_server_error_on_a_post_is_never_re_sent_blindly(gateway, fake_slack):
    fake_slack.fail("chat.postMessage", status=500, perform=True)
    with pytest.raises(SlackFailure) as failure:
        gateway.post("G1", "no key: cannot be checked")
    assert failure.value.ambiguous and failure.value.retryable
    assert statuses(fake_slack, "chat.postMessage") == [500]  # slack_sdk did not re-post it
    assert len(fake_slack.messages("G1")) == 1


def test_creating_calls_are_not_retried_but_reads_are(gateway, fake_slack):
    fake_slack.fail("conversations.create", status=503)
    with pytest.raises(SlackFailure) as failure:
        gateway.call("conversations.create", name="leak-2026-0002", is_private=True)
    assert failure.value.ambiguous
    assert statuses(fake_slack, "conversations.create") == [503]
    fake_slack.fail("conversations.members", status=503)
    assert gateway.call("conversations.members", channel="G1")["members"]
    assert statuses(fake_slack, "conversations.members") == [503, 200]


# --- keyed posts ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lost", [dict(status=500, perform=True), dict(drop=True, perform=True)], ids=["500", "drop"])
def test_a_lost_answer_to_a_keyed_post_is_found_and_not_posted_again(gateway, fake_slack, lost):
    fake_slack.fail("chat.postMessage", **lost)
    ts = gateway.post("G1", "card", key="LEAK-2026-0001:card")
    messages = fake_slack.messages("G1")
    assert len(messages) == 1 and messages[0]["ts"] == ts
    assert messages[0]["metadata"] == {"event_type": "leakbot_delivery", "event_payload": {"id": "LEAK-2026-0001:card"}}
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    history = fake_slack.calls_to("conversations.history")[-1]
    assert history.args["include_all_metadata"] is True and float(history.args["oldest"]) > 0


def test_a_keyed_post_that_did_not_land_is_posted_once_more(gateway, fake_slack):
    fake_slack.fail("chat.postMessage", status=500)  # refused before it was done
    ts = gateway.post("U100", "receipt", key="LEAK-2026-0001:receipt")
    assert [m["ts"] for m in fake_slack.dms_to("U100")] == [ts]
    assert statuses(fake_slack, "chat.postMessage") == [500, 200]
    im = fake_slack.calls_to("conversations.history")[-1].args["channel"]
    assert im.startswith("D")  # a DM's history is read by its conversation ID


def test_find_posted_looks_only_since_the_attempt_began_and_in_threads(gateway, fake_slack):
    parent = gateway.post("G1", "parent")
    reply = gateway.post("G1", "reply", thread_ts=parent, key="k-thread")
    other = gateway.post("G1", "other", key="k-other")
    recently = datetime.now(UTC) - timedelta(minutes=1)
    assert gateway.find_posted("G1", "k-other", since=recently) == other
    assert gateway.find_posted("G1", "k-thread", since=recently) is None  # replies are not in the history
    assert gateway.find_posted("G1", "k-thread", since=recently, thread_ts=parent) == reply
    assert gateway.find_posted("G1", "k-other", since=datetime.now(UTC) + timedelta(hours=1)) is None
    assert gateway.find_posted("G1", "k-missing", since=recently) is None


def test_without_pacing_a_429_still_pauses_its_method(clock):
    throttle = Throttle(clock=clock, sleep=clock.sleep, pacing=False)
    for _ in range(100):
        throttle.acquire("conversations.create")
    assert clock.slept == []
    throttle.pause("conversations.create", 30)
    with pytest.raises(Throttled):
        throttle.acquire("conversations.create")
    throttle.acquire("chat.update")
