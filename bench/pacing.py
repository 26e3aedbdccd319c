"""Pacing benchmark: how fast a burst of set-ups may talk to Slack under the adapter's limiter
(not a test; exits 0).

    .venv/bin/python bench/pacing.py [--incidents 24]

Replays, on a virtual clock (no Slack, no sleeping), the Web API calls of N first-report set-ups
started at once through ``bot.throttle.Throttle``: each set-up makes its calls one after the other
(``CALL_SECONDS`` each), independently of the others, and a call the limiter refuses is tried again
at the time it names. Prints, per method, the calls made, the most
calls in any 60-second window against the published tier, and when the last set-up could finish:
the floor that Slack's own limits put under "all set-ups done".
"""

from __future__ import annotations

import argparse
import heapq
from collections import defaultdict

from bot.throttle import METHOD_RATES, Throttle, Throttled

#: The calls of one set-up (services.mobilize), in order: owner and deputy, the receipt DM, the
#: channel, three invites, the topic, the card and its pin, the task list, the office notice.
SETUP = (
    ["users.lookupByEmail"] * 2
    + [("chat.postMessage", "DM"), "conversations.create"]
    + ["conversations.invite"] * 3
    + ["conversations.setTopic", ("chat.postMessage", "CH"), "pins.add", ("chat.postMessage", "CH"),
       ("chat.postMessage", "OFFICE")]
)
#: Slack's answer time per call (a healthy Slack).
CALL_SECONDS = 0.25
TIERS = {"conversations.create": 20, "pins.add": 20, "conversations.invite": 50, "conversations.setTopic": 50,
         "users.lookupByEmail": 50}


class Virtual:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=24)
    args = parser.parse_args()
    clock = Virtual()
    # max_wait=0: every wait becomes a refusal with its time, so set-ups run as independent chains
    # (as worker threads would) on one event clock instead of one set-up's wait holding up the others.
    throttle = Throttle(clock=clock, sleep=clock.sleep, max_wait=0.0)
    times: dict[str, list[float]] = defaultdict(list)
    ready = [(0.0, incident, 0) for incident in range(args.incidents)]  # (when, set-up, next call)
    heapq.heapify(ready)
    done_at = [0.0] * args.incidents
    while ready:
        when, incident, step = heapq.heappop(ready)
        clock.now = max(clock.now, when)
        call = SETUP[step]
        method, channel = call if isinstance(call, tuple) else (call, None)
        if channel in ("DM", "CH"):
            channel = f"{channel}{incident}"
        try:
            throttle.acquire(method, channel)
        except Throttled as refused:
            heapq.heappush(ready, (clock.now + refused.retry_after, incident, step))
            continue
        times[method].append(clock.now)
        done_at[incident] = clock.now
        if step + 1 < len(SETUP):
            heapq.heappush(ready, (clock.now + CALL_SECONDS, incident, step + 1))
    print(f"{args.incidents} set-ups, {len(SETUP)} calls each ({CALL_SECONDS * 1000:.0f} ms a call); limiter rates: "
          + ", ".join(f"{m} {METHOD_RATES[m].per_minute:g}/min burst {METHOD_RATES[m].burst}" for m in TIERS))
    print(f"{'method':28} {'calls':>6} {'max/60 s':>9} {'tier':>6}")
    for method, stamps in sorted(times.items()):
        window = max(sum(1 for t in stamps if start <= t < start + 60) for start in stamps)
        print(f"{method:28} {len(stamps):6d} {window:9d} {TIERS.get(method, '-'):>6}")
    finished = sorted(done_at)
    print(f"set-ups done: first {finished[0]:.1f} s, median {finished[len(finished) // 2]:.1f} s, "
          f"last {finished[-1]:.1f} s (virtual time)")


if __name__ == "__main__":
    main()
