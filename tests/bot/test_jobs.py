"""Post-ack work runs on its own bounded pool: the caller (Bolt's listener thread) is never held up,
and a failing job is logged without stopping the others."""

from __future__ import annotations

import logging
import threading
import time

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


def test_a_wake_rouses_an_idle_worker_at_once():
    calls: list[float] = []
    due = threading.Event()

    def work() -> bool:
        if due.is_set():
            due.clear()
            calls.append(time.monotonic())
            return True
        return False

    jobs = ThreadJobs(1, workers=2, poll=60)  # the poll would take a minute: only the wake can do it
    jobs.start(work)
    try:
        time.sleep(0.1)
        due.set()
        woken = time.monotonic()
        jobs.wake()
        deadline = time.monotonic() + 5
        while not calls and time.monotonic() < deadline:
            time.sleep(0.01)
        assert calls and calls[0] - woken < 1.0
    finally:
        jobs.shutdown()


def test_work_persisted_without_a_wake_is_found_by_the_poll():
    found = threading.Event()
    due = threading.Event()

    def work() -> bool:
        if due.is_set():
            found.set()
        return False

    jobs = ThreadJobs(1, workers=1, poll=0.2)
    jobs.start(work)
    try:
        time.sleep(0.05)
        due.set()  # e.g. another replica, or a crashed process, left it; nobody wakes this one
        assert found.wait(timeout=5)
    finally:
        jobs.shutdown()


def test_a_failing_round_is_logged_by_class_only_and_retried(caplog):
    attempts: list[int] = []

    def work() -> bool:
        attempts.append(1)
        if len(attempts) < 3:
            raise RuntimeError("SELECT ... 'the report text'")
        return False

    with caplog.at_level(logging.ERROR, logger="bot.jobs"):
        jobs = ThreadJobs(1, workers=1, poll=60)
        jobs.start(work)
        try:
            deadline = time.monotonic() + 10
            while len(attempts) < 3 and time.monotonic() < deadline:
                time.sleep(0.02)
        finally:
            jobs.shutdown()
    assert len(attempts) >= 3  # the worker survived two failures and tried again (with backoff)
    messages = [r.getMessage() for r in caplog.records]
    assert any("RuntimeError" in m for m in messages)
    assert not any("report text" in m for m in messages) and not any(r.exc_info for r in caplog.records)
