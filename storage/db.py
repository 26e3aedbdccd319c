"""Engine and schema: one place that knows how to open SQLite or PostgreSQL the right way.

Upgrades and rollbacks. ``migrate`` brings the schema to this code's newest revision at start (two
replicas wait for each other on a PostgreSQL advisory lock); ``leakbot migrate`` does the same, or
steps back, as a command (for a migration Job with ``LEAKBOT_MIGRATE_ON_START=false``).

A database can be *ahead* of the code: a new release was deployed and migrated, then rolled back.
Alembic alone refuses that ("Can't locate revision"). Here every upgrade or downgrade also writes,
in the ``leakbot_schema`` table, the oldest revision whose code may still run on the schema now in
place: a migration that only adds (a nullable column, a table, an index) declares
``compatible_down_to = "<previous revision>"`` in its module, and older code then starts on the
newer schema with a warning; any other migration leaves the default (its own revision), and older
code refuses to start, saying to run ``leakbot migrate downgrade <its revision>`` with the newer
release first (only the newer release knows how to undo its own migrations).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, MetaData, String, Table, delete, event, insert, inspect, select
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, create_engine

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(url: str, **kwargs) -> Engine:
    """Create an engine; for SQLite, tune it for several threads writing (WAL, busy timeout).

    Bound parameters are never rendered (``hide_parameters``): not in echo, not in an error's
    message, since they are report text (a NUL in a description once put it in a DataError)."""
    kwargs.setdefault("hide_parameters", True)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - exercised by every test
            cur = dbapi_conn.cursor()
            if ":memory:" not in url:
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


ALEMBIC_INI = Path(__file__).parent / "alembic.ini"

#: A small key/value table beside ``alembic_version``, written by this module (not by a migration):
#: ``compatible_down_to`` names the oldest schema revision whose code can still run on this schema.
#: An older release started on a newer database reads it to decide whether it may run.
SCHEMA_TABLE = "leakbot_schema"
_schema_table = Table(
    SCHEMA_TABLE, MetaData(), Column("name", String(64), primary_key=True), Column("value", String(64), nullable=False)
)


def alembic_config(url: str) -> Config:
    cfg = Config(str(ALEMBIC_INI))
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _script() -> ScriptDirectory:
    return ScriptDirectory(str(MIGRATIONS))


def code_head() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


@dataclass(frozen=True)
class SchemaState:
    """Where the database stands relative to this code: ``database`` revision (None: empty),
    ``code`` head, and ``status`` one of ``current``, ``behind``, ``ahead_compatible``,
    ``ahead_incompatible``, ``unknown``."""

    database: str | None
    code: str
    status: str


class SchemaMismatch(Exception):
    """The database was migrated by a newer release this code cannot run on (or an unknown one)."""

    def __init__(self, state: SchemaState):
        super().__init__(f"database at {state.database}, code at {state.code}: {state.status}")
        self.state = state


def database_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _compatible_down_to(connection: Connection) -> str | None:
    if not inspect(connection).has_table(SCHEMA_TABLE):
        return None
    return connection.execute(
        select(_schema_table.c.value).where(_schema_table.c.name == "compatible_down_to")
    ).scalar_one_or_none()


def schema_state(connection: Connection) -> SchemaState:
    script, head = _script(), code_head()
    current = database_revision(connection)
    if current == head:
        return SchemaState(current, head, "current")
    known = {rev.revision for rev in script.walk_revisions()}
    if current is None or current in known:
        return SchemaState(current, head, "behind")
    floor = _compatible_down_to(connection)
    if floor is None:
        return SchemaState(current, head, "unknown")
    # Compatible when the oldest code the newer schema supports is this code's head or older.
    compatible = floor in known and floor in {rev.revision for rev in script.iterate_revisions(head, "base")}
    return SchemaState(current, head, "ahead_compatible" if compatible else "ahead_incompatible")


def _record_compatibility(connection: Connection) -> None:
    """After an upgrade or downgrade: store how far back code may run on the schema now in place.

    A migration module may say ``compatible_down_to = "<older revision>"`` when its change is
    additive (older code simply ignores it); otherwise only code at its own revision may run."""
    current = database_revision(connection)
    _schema_table.create(connection, checkfirst=True)
    connection.execute(delete(_schema_table).where(_schema_table.c.name == "compatible_down_to"))
    if current is None:
        return
    module = _script().get_revision(current).module
    floor = getattr(module, "compatible_down_to", current)
    connection.execute(insert(_schema_table).values(name="compatible_down_to", value=floor))


def migrate(engine: Engine) -> SchemaState:
    """Bring the schema to the newest revision (safe to run at every start, and from two replicas
    at once on PostgreSQL: the migration environment takes an advisory lock).

    A database that a newer release already migrated is left alone: returns its state when that
    release declared this code compatible (the caller warns), raises ``SchemaMismatch`` otherwise.
    """
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        state = schema_state(connection)
        if state.status in ("ahead_incompatible", "unknown"):
            raise SchemaMismatch(state)
        if state.status == "ahead_compatible":
            return state
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
        _record_compatibility(connection)
    return SchemaState(state.code, state.code, "current")


def downgrade(engine: Engine, revision: str) -> str | None:
    """Step the schema back to ``revision`` (``base`` empties it, ``-1`` is one step); returns the new revision."""
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, revision)
        _record_compatibility(connection)
        return database_revision(connection)


def upgrade(engine: Engine, revision: str = "head") -> str | None:
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)
        _record_compatibility(connection)
        return database_revision(connection)


def history() -> list[tuple[str, str | None, str]]:
    """Every revision from the newest: (revision, down_revision, first line of its description)."""
    return [
        (rev.revision, rev.down_revision if isinstance(rev.down_revision, str) else None, (rev.doc or "").splitlines()[0])
        for rev in _script().walk_revisions()
    ]


def session(engine: Engine) -> Session:
    """A new session; the caller owns it (``with session(engine) as s: ...``)."""
    return Session(engine, expire_on_commit=False)
