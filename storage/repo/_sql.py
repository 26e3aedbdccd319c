"""Dialect helpers shared by the repository modules."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import CursorResult, Result
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

#: Execution options for a statement whose shape depends on how many rows it carries (a multi-row
#: INSERT, a CASE per row): not cached, since it would not be reused and computing the cache key of
#: thousands of binds costs more than compiling them (and would evict the useful entries).
ONE_OFF: dict[str, Any] = {"compiled_cache": None}


def table(model: type[SQLModel]) -> Table:
    """The Core table of a table model (SQLModel sets ``__table__`` on table classes only, so its
    type is not declared on the base class)."""
    found = model.metadata.tables[cast(str, model.__tablename__)]
    return found


def insert_for(session: Session, target: Table) -> postgresql.Insert | sqlite.Insert:
    """An INSERT that knows the dialect's ON CONFLICT clauses (SQLite and PostgreSQL)."""
    dialect = session.get_bind().dialect.name
    return postgresql.insert(target) if dialect == "postgresql" else sqlite.insert(target)


def rowcount(result: Result[Any]) -> int:
    """Rows matched by an UPDATE or DELETE (its result is always a cursor result)."""
    return cast(CursorResult[Any], result).rowcount


def is_unique_violation(exc: IntegrityError) -> bool:
    text = str(exc.orig).lower()
    return "unique" in text or "duplicate key" in text
