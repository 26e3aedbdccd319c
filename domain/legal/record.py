"""The complete ``Assessment`` as JSON data, and back — what each stored revision keeps.

An announced legal result must stay what was announced: re-rendering a revision (an outbox
retry, the drafts button, a later deploy with different rules or deadline code) shows the stored
answer, not a fresh run of today's engine over the stored facts.  ``Outcome`` (``outcome.py``)
is only a digest for change detection; this is the whole result: every obligation with its
findings, items and alternatives, every deadline (binding or not), the open questions, the
caveats and the start of each jurisdiction's deadlines.

The shape is pydantic's JSON form of the dataclasses in ``model.py`` (enum values as strings,
ISO dates and datetimes with their offsets), wrapped as ``{"format": FORMAT, "assessment": …}``.
``assessment_from_record`` returns ``None`` for a record it cannot read (another format, or a
code this version no longer has), so the caller can fall back instead of failing.
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter, ValidationError

from .model import Assessment

FORMAT = "leakbot.assessment-record/1"

_ADAPTER: TypeAdapter[Assessment] = TypeAdapter(Assessment)


def assessment_to_record(a: Assessment) -> dict[str, Any]:
    """A JSON-safe dict holding all of ``a``."""
    return {"format": FORMAT, "assessment": _ADAPTER.dump_python(a, mode="json")}


def assessment_from_record(record: dict[str, Any] | None) -> Assessment | None:
    """The assessment ``record`` holds, or ``None`` when it is empty or unreadable."""
    if not record or record.get("format") != FORMAT:
        return None
    try:
        return _ADAPTER.validate_python(record["assessment"])
    except (KeyError, ValidationError):
        return None


__all__ = ["FORMAT", "assessment_from_record", "assessment_to_record"]
