"""Repository behaviour that the concurrency guarantees rest on, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone

import pytest

from storage import repo
from storage.db import make_engine, migrate, session
from storage.models import Incident

T0 = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)


@pytest.fixture
def engine(database_url):
    engine = make_engine(database_url)
    migrate(engine)
    yield engine
    engine.dispose()


def new_incident(s, seq: int, **overrides) -> Incident:
    values = dict(
        public_id=f"LEAK-2026-{seq:04d}", source_key=f"V{seq}", year=2026, seq=seq, department_id="sales",
        event_type="loss", discovered_at=T0, encrypted="no", third_party="none", reporter_id="UREP",
        severity="low", reported_at=T0,
    )
    values.update(overrides)
    return repo.add_incident(s, Incident(**values))


def test_sequence_is_per_year_and_gapless_under_concurrency(engine):
    numbers: list[int] = []
    lock = threading.Lock()

    def take():
        with session(engine) as s:
            n = repo.next_sequence(s, 2026)
            s.commit()
        with lock:
            numbers.append(n)

    threads = [threading.Thread(target=take) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(numbers) == list(range(1, 21))
    with session(engine) as s:
        assert repo.next_sequence(s, 2027) == 1


def test_datetimes_come_back_aware_utc_and_naive_ones_are_refused(engine):
    tokyo = timezone(timedelta(hours=9))
    with session(engine) as s:
        incident = new_incident(s, 1, discovered_at=datetime(2026, 12, 1, 0, 30, tzinfo=tokyo))
        s.commit()
        stored = repo.get_incident(s, incident.id)
    assert stored.discovered_at == datetime(2026, 11, 30, 15, 30, tzinfo=UTC)
    assert stored.discovered_at.tzinfo is not None
    with session(engine) as s, pytest.raises(Exception, match="naive"):
        new_incident(s, 2, discovered_at=datetime(2026, 12, 1, 0, 30))
        s.commit()


def test_outbox_decides_once_and_one_worker_claims_each_row(engine):
    with session(engine) as s:
        incident = new_incident(s, 1)
        assert repo.enqueue(s, dedupe_key="k1", kind="notice", recipient="U1", now=T0, incident_id=incident.id)
        assert not repo.enqueue(s, dedupe_key="k1", kind="notice", recipient="U1", now=T0, incident_id=incident.id)
        for n in range(2, 11):
            repo.enqueue(s, dedupe_key=f"k{n}", kind="notice", recipient="U1", now=T0, incident_id=incident.id)
        s.commit()
    claimed: dict[str, list[int]] = {}

    def worker(name):
        with session(engine) as s:
            rows = repo.claim_deliveries(s, owner=name, now=T0, until=T0 + timedelta(minutes=2), limit=10)
            s.commit()  # the repository never commits; the outbox commits its claims before sending
            claimed[name] = [r.id for r in rows]

    threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [i for ids in claimed.values() for i in ids]
    assert sorted(everything) == sorted(set(everything))  # nobody got a row twice
    assert len(everything) == 10
    # A lease that ran out (a crashed worker) lets another worker pick the row up again.
    with session(engine) as s:
        again = repo.claim_deliveries(s, owner="w9", now=T0 + timedelta(minutes=3), until=T0 + timedelta(minutes=5), limit=50)
    assert len(again) == 10


def test_compare_and_set_lets_exactly_one_writer_win(engine):
    with session(engine) as s:
        incident = new_incident(s, 1)
        s.commit()
    wins = []

    def ack(user):
        with session(engine) as s:
            if repo.compare_and_set(s, incident.id, {"acked_at": None}, acked_at=T0, acked_by=user):
                wins.append(user)
            s.commit()

    threads = [threading.Thread(target=ack, args=(f"U{i}",)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(wins) == 1
    with session(engine) as s:
        assert repo.get_incident(s, incident.id).acked_by == wins[0]
