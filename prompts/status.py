"""``/leak-status`` without an ID: the incidents visible to the person, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from prompts import kit
from prompts.common import IncidentLike, Message
from prompts.i18n import format_date, t


def status_list(
    incidents: Sequence[IncidentLike], *, more: bool, department_names: dict[str, str], lang: str, tz: ZoneInfo
) -> Message:
    """``/leak-status`` without an ID: the incidents visible to the person, newest first."""
    if not incidents:
        text = t(lang, "status.list_empty")
        return text, [kit.section(text)]
    rows = [
        t(
            lang,
            "status.list_line",
            incident_id=i.public_id,
            phase=t(lang, f"phase.{i.phase}"),
            department=kit.escape(department_names.get(i.department_id, i.department_id)),
            severity=t(lang, f"severity.{i.severity}"),
            reported=format_date(lang, i.reported_at, tz),
        )
        for i in incidents
    ]
    blocks: list[kit.Block] = [kit.header(t(lang, "status.list_header")), *kit.packed_sections(rows)]
    if more:
        blocks.append(kit.context(t(lang, "status.list_more", count=len(incidents))))
    return t(lang, "status.list_header"), blocks
