"""Post-ack work runs on its own bounded pool: the caller (Bolt's listener thread) is never held up,
and a failing job is logged without stopping the others."""

from __future__ import annotations

import logging
import threading

from bot.jobs import ThreadJobs


def test_work_runs_off_the_callers_thread_and_does_not_hold_it_up():
    jobs = ThreadJobs(max_workers=2)
    release = threading.Event()
    ran_on: list[str] = []

    def slow() -> None:
        release.wait(5)
        ran_on.append(threading.current_thread().name)

    jobs.submit(slow)  # returns at once although the job is still waiting
    assert not jobs.wait_idle(timeout=0.05)
    release.set()
    assert jobs.wait_idle(timeout=5)
    assert ran_on and ran_on[0].startswith("leakbot-job") and ran_on[0] != threading.current_thread().name
    jobs.shutdown()


def test_a_failing_job_is_logged_and_the_next_one_still_runs(caplog):
    jobs = ThreadJobs(max_workers=1)
    done = threading.Event()

    def broken() -> None:
        raise RuntimeError("boom")

    with caplog.at_level(logging.ERROR, logger="bot.jobs"):
        jobs.submit(broken)
        jobs.submit(done.set)
        assert jobs.wait_idle(timeout=5)
    assert done.is_set()
    assert any("broken" in r.getMessage() for r in caplog.records)
    jobs.shutdown()
