"""The Alembic migrations build exactly the schema the models describe (no drift), every one of
them can be stepped back, and a database migrated by a newer release is recognised."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

import storage.models  # noqa: F401
from storage.db import (
    SCHEMA_TABLE,
    SchemaMismatch,
    code_head,
    downgrade,
    history,
    make_engine,
    migrate,
    schema_state,
    upgrade,
)


def test_migrations_match_the_models(database_url):
    engine = make_engine(database_url)
    migrate(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    # The compatibility marker is written by storage.db beside alembic_version, not by a model.
    assert [d for d in diff if not (d[0] == "remove_table" and d[1].name == SCHEMA_TABLE)] == []
    engine.dispose()


def snapshot(engine) -> dict:
    """Tables with their columns, indexes and foreign keys, as the database reports them."""
    with engine.connect() as connection:
        inspector = inspect(connection)
        tables = sorted(t for t in inspector.get_table_names() if t not in ("alembic_version", SCHEMA_TABLE))
        return {
            table: {
                "columns": sorted((c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(table)),
                "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in inspector.get_indexes(table)),
                "foreign_keys": sorted((tuple(f["constrained_columns"]), f["referred_table"]) for f in inspector.get_foreign_keys(table)),
            }
            for table in tables
        }


def _empty(engine) -> None:
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))


def test_every_migration_steps_back_to_the_schema_before_it(database_url):
    engine = make_engine(database_url)
    try:
        _empty(engine)
        revisions = [rev for rev, _, _ in reversed(history())]
        before = {None: snapshot(engine)}
        for rev in revisions:
            assert upgrade(engine, rev) == rev
            before[rev] = snapshot(engine)
        for older, newer in zip([None, *revisions[:-1]][::-1], revisions[::-1], strict=False):
            assert downgrade(engine, "-1") == older, f"downgrade of {newer}"
            assert snapshot(engine) == before[older], f"downgrade of {newer} left a different schema"
        assert before[None] == {}
    finally:
        migrate(engine)  # the other tests expect the newest schema
        engine.dispose()


def _stamp(engine, revision: str, floor: str | None) -> None:
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
        connection.execute(text(f"DELETE FROM {SCHEMA_TABLE}"))
        if floor is not None:
            connection.execute(text(f"INSERT INTO {SCHEMA_TABLE} (name, value) VALUES ('compatible_down_to', :f)"), {"f": floor})


def test_a_database_migrated_by_a_newer_release_is_recognised(database_url):
    engine = make_engine(database_url)
    head = code_head()
    try:
        migrate(engine)
        # A newer release added something older code can ignore, and said so.
        _stamp(engine, "0999_future", head)
        state = migrate(engine)
        assert (state.status, state.database, state.code) == ("ahead_compatible", "0999_future", head)
        # A newer release changed the schema in a way this code cannot use.
        _stamp(engine, "0999_future", "0999_future")
        with pytest.raises(SchemaMismatch) as caught:
            migrate(engine)
        assert caught.value.state.status == "ahead_incompatible"
        # A revision nobody declared anything about.
        _stamp(engine, "0999_future", None)
        with pytest.raises(SchemaMismatch) as caught:
            migrate(engine)
        assert caught.value.state.status == "unknown"
    finally:
        _stamp(engine, head, head)
        engine.dispose()


def test_migrate_records_what_code_may_run_on_the_schema(database_url):
    engine = make_engine(database_url)
    migrate(engine)
    with engine.connect() as connection:
        assert schema_state(connection).status == "current"
        # The head's own revision, or the older one it declares compatible (an additive migration).
        from storage.db import _script

        head = code_head()
        floor = getattr(_script().get_revision(head).module, "compatible_down_to", head)
        assert connection.execute(text(f"SELECT value FROM {SCHEMA_TABLE}")).scalar_one() == floor
    engine.dispose()
