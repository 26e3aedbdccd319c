"""Persistence: the tables (``models``), every SQL statement (``repo``, by concept), engine and
migrations (``db``, ``migrations``), column types (``types``). Depends on ``domain`` only."""
