"""A unit of work commits a state change, its timeline entry and the messages it decides together,
or none of them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.app import create_config
from bot.settings import Settings
from domain.directory import parse_directory
from domain.timeline import Event
from services.context import Context
from services.queue import Kind
from services.uow import UnitOfWork
from storage import repo
from storage.db import make_engine, migrate, session
from tests.conftest import DIRECTORY
from tests.storage.test_repo import T0, new_incident


@pytest.fixture
def ctx(database_url):
    engine = make_engine(database_url)
    migrate(engine)
    config = create_config(Settings(_env_file=None), directory=parse_directory(DIRECTORY))
    yield Context(config=config, engine=engine, slack=None, clock=lambda: T0)  # type: ignore[arg-type]
    engine.dispose()


def _pending(ctx: Context, incident_id: int) -> list[str]:
    with session(ctx.engine) as s:
        kinds = [row.kind for row in repo.claim_deliveries(s, owner="probe", now=T0, until=T0, limit=50, incident_id=incident_id)]
        s.rollback()
    return kinds


def test_committed_work_keeps_the_entry_and_the_message_and_a_repeat_decides_nothing(ctx):
    with UnitOfWork(ctx) as uow:
        incident = new_incident(uow.session, 1)
        entry = uow.record(incident.id, Event.ACKNOWLEDGED, actor="UOWNER", data={"implicit": False})
        assert uow.say(incident, Kind.CARD_REFRESH, f"t{entry.id}")
        uow.commit()
        again = repo.get_incident(uow.session, incident.id)
    with UnitOfWork(ctx) as uow:
        assert not uow.say(again, Kind.CARD_REFRESH, f"t{entry.id}")  # once-only by its key
        uow.commit()
    with session(ctx.engine) as s:
        assert [(e.event, e.actor, e.at) for e in repo.timeline(s, incident.id)] == [("acknowledged", "UOWNER", T0)]
    assert _pending(ctx, incident.id) == ["card_refresh"]


def test_leaving_without_commit_keeps_neither_the_entry_nor_the_message(ctx):
    with UnitOfWork(ctx) as uow:
        incident = new_incident(uow.session, 1)
        uow.commit()
        incident = repo.get_incident(uow.session, incident.id)
    with UnitOfWork(ctx) as uow:
        uow.record(incident.id, Event.ESCALATED, actor="leakbot", data={"step": 1})
        uow.say(incident, Kind.NOTICE, "s1", key="channel.escalated", values={"step": 1})
    with session(ctx.engine) as s:
        assert list(repo.timeline(s, incident.id)) == []
    assert _pending(ctx, incident.id) == []


def test_the_clock_of_the_context_dates_the_entries(ctx):
    later = replace(ctx, clock=lambda: T0.replace(hour=5))
    with UnitOfWork(later) as uow:
        incident = new_incident(uow.session, 1)
        entry = uow.record(incident.id, Event.REPORTED, actor="UREP")
        uow.commit()
    assert entry.at == T0.replace(hour=5)
