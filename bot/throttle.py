"""Per-method pacing of Slack Web API calls, shared by every thread of the process.

Slack limits each Web API method separately, per workspace and app, in tiers (Tier 1 ≈ 1 call a
minute, Tier 2 ≈ 20, Tier 3 ≈ 50, Tier 4 ≈ 100; each method's page on docs.slack.dev names its tier),
and ``chat.postMessage`` to about one message a second per channel ("Rate limits",
https://docs.slack.dev/apis/web-api/rate-limits). One token bucket per method (and one per channel
for ``chat.postMessage``) keeps the bot just below those rates, so a burst of incidents is spread out
instead of being answered with 429s; a 429 pauses its method for ``Retry-After`` for every thread at
once, while the other methods keep flowing.

A call never sleeps on a pause: it is refused at once (the caller gets the time it may retry and
reschedules the work). It may wait briefly for pacing (``max_wait``; a second for the calls a listener makes), never longer.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Rate:
    """``per_minute`` sustained, after a ``burst`` of calls that an idle bucket allows at once."""

    per_minute: float
    burst: int

    @classmethod
    def tier(cls, per_minute: int) -> Rate:
        """Within a published tier: a quarter of it as a burst (a few reports at once go out without
        waiting), the rest sustained (75 %), so that no 60-second window holds more calls than the
        tier allows."""
        if per_minute < 4:
            return cls(per_minute * 0.9, 1)
        burst = per_minute // 4
        return cls(per_minute - burst, burst)


TIER_1, TIER_2, TIER_3, TIER_4 = Rate.tier(1), Rate.tier(20), Rate.tier(50), Rate.tier(100)
#: chat.postMessage: "several hundred messages per minute" across the workspace (Slack's rate limits page)…
POST_WORKSPACE = Rate(240, 30)
#: … and "1 message per second" in one channel, with short bursts allowed.
POST_CHANNEL = Rate(54, 3)

#: The tier of each method the bot calls (the "Rate limits" line of each method's reference page).
METHOD_RATES: dict[str, Rate] = {
    "auth.test": TIER_4,  # "Special": hundreds per minute
    "chat.postEphemeral": TIER_4,
    "chat.update": TIER_3,
    "conversations.archive": TIER_2,
    "conversations.create": TIER_2,
    "conversations.history": TIER_3,  # internal apps keep Tier 3 (2025-05-29 change applies to Marketplace-less distributed apps)
    "conversations.info": TIER_3,
    "conversations.invite": TIER_3,
    "conversations.list": TIER_2,
    "conversations.members": TIER_4,
    "conversations.open": TIER_3,
    "conversations.replies": TIER_3,
    "conversations.setTopic": TIER_3,
    "files.completeUploadExternal": TIER_4,
    "files.getUploadURLExternal": TIER_4,
    "pins.add": TIER_2,
    "users.info": TIER_4,
    "users.list": TIER_2,
    "users.lookupByEmail": TIER_3,
    "views.open": TIER_4,
    "views.publish": TIER_4,
    "views.push": TIER_4,
    "views.update": TIER_4,
}
DEFAULT_RATE = TIER_2  # "most methods" are Tier 2

#: Longest pacing wait a call may sit through before it is refused with a time to retry (seconds):
#: one or two calls queued behind a Tier 2 method wait their turn (a worker thread, after the ack);
#: a longer queue is rescheduled instead of holding worker threads.
MAX_WAIT = 10.0
#: The calls a listener may make before it returns (opening a modal, the membership and people
#: look-ups of authorization, an ephemeral answer) wait at most a second: acks are due within 3 s and a
#: trigger dies 3 s after the command.
LISTENER_WAIT = 1.0
MAX_WAIT_PER_METHOD = {
    method: LISTENER_WAIT
    for method in (
        "views.open", "views.push", "views.update", "views.publish", "chat.postEphemeral",
        "conversations.members", "conversations.info", "users.info", "users.lookupByEmail", "auth.test",
    )
}


class Throttled(Exception):
    """The call may not be made now; it may be tried again in ``retry_after`` seconds."""

    def __init__(self, method: str, code: str, retry_after: float):
        super().__init__(f"{method}: {code} ({retry_after:.1f} s)")
        self.method, self.code, self.retry_after = method, code, retry_after


class _Bucket:
    __slots__ = ("rate", "tokens", "stamp")

    def __init__(self, rate: Rate, now: float):
        self.rate, self.tokens, self.stamp = rate, float(rate.burst), now

    def wait(self, now: float) -> float:
        """Seconds until a token is free (0 if one is)."""
        per_second = self.rate.per_minute / 60.0
        self.tokens = min(float(self.rate.burst), self.tokens + (now - self.stamp) * per_second)
        self.stamp = now
        return 0.0 if self.tokens >= 1.0 else (1.0 - self.tokens) / per_second

    def take(self) -> None:
        self.tokens -= 1.0  # may go below zero: a reservation the next callers wait behind


class Throttle:
    """The limiter of one process: a bucket per method (and per channel for chat.postMessage) and
    the pause each 429 sets on its method."""

    #: Per-channel buckets kept at most (idle, full ones are dropped beyond this).
    MAX_CHANNEL_BUCKETS = 5000

    def __init__(
        self,
        rates: dict[str, Rate] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        max_wait: float = MAX_WAIT,
        pacing: bool = True,
    ):
        self.rates = dict(METHOD_RATES if rates is None else rates)
        self.clock, self.sleep, self.max_wait = clock, sleep, max_wait
        #: False: no pacing (429 pauses still hold) — for tests that replay hours of work in seconds.
        self.pacing = pacing
        self._lock = threading.Lock()
        self._buckets: dict[str, _Bucket] = {}
        self._channels: dict[str, _Bucket] = {}
        self._paused: dict[str, float] = {}

    def paused_for(self, method: str) -> float:
        """Seconds left of this method's pause (0 when it may be called)."""
        with self._lock:
            return max(0.0, self._paused.get(method, 0.0) - self.clock())

    def pause(self, method: str, seconds: float) -> None:
        """Slack said 429: nobody in this process calls ``method`` for ``seconds``."""
        with self._lock:
            until = self.clock() + max(0.0, seconds)
            self._paused[method] = max(until, self._paused.get(method, 0.0))

    def acquire(self, method: str, channel: str | None = None) -> None:
        """Take a token for one call, waiting at most ``max_wait``; raise ``Throttled`` otherwise."""
        with self._lock:
            now = self.clock()
            paused = self._paused.get(method, 0.0) - now
            if paused > 0:
                raise Throttled(method, "ratelimited", paused)
            if not self.pacing:
                return
            buckets = [self._bucket(method, now)]
            if channel and method == "chat.postMessage":
                buckets.append(self._channel_bucket(channel, now))
            wait = max(bucket.wait(now) for bucket in buckets)
            limit = MAX_WAIT_PER_METHOD.get(method, self.max_wait)
            if wait > limit:
                raise Throttled(method, "paced", math.ceil(wait * 10) / 10)
            for bucket in buckets:
                bucket.take()
        if wait > 0:
            self.sleep(wait)

    def _bucket(self, method: str, now: float) -> _Bucket:
        bucket = self._buckets.get(method)
        if bucket is None:
            rate = POST_WORKSPACE if method == "chat.postMessage" else self.rates.get(method, DEFAULT_RATE)
            bucket = self._buckets[method] = _Bucket(rate, now)
        return bucket

    def _channel_bucket(self, channel: str, now: float) -> _Bucket:
        bucket = self._channels.get(channel)
        if bucket is None:
            if len(self._channels) >= self.MAX_CHANNEL_BUCKETS:
                for key in [k for k, b in self._channels.items() if b.wait(now) == 0 and b.tokens >= b.rate.burst]:
                    del self._channels[key]
            bucket = self._channels[channel] = _Bucket(POST_CHANNEL, now)
        return bucket
