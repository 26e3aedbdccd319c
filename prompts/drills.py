"""Drills (訓練): the one marker applied to everything a drill sends, the drill modal, the end of a
drill, and the drill figures (weekly summary, management report).

Marking is done here once, not per message: ``mark_message`` / ``mark_topic`` / ``mark_file`` /
``mark_view`` take what any builder produced for a drill and mark it — the ``text`` fallback (so
notifications and screen readers say it too), the blocks (a banner on top), the channel topic,
uploaded files (a banner line at the top and at the bottom) and modals. They are idempotent: a
message marked twice carries one marker.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from domain.directory import Directory
from domain.drills import DrillFigures, DrillScore
from prompts import kit
from prompts.common import Message
from prompts.first_report import first_report_modal
from prompts.i18n import format_duration, t
from prompts.ids import Action, Callback

#: The block ID of the banner, so a message is never marked twice.
BANNER = "drill_banner"
#: Slack's limit on blocks per message.
MAX_MESSAGE_BLOCKS = 50


def mark_text(text: str, lang: str) -> str:
    mark = t(lang, "drill.mark")
    return text if text.startswith(mark) else f"{mark} {text}"


def _banner(lang: str) -> kit.Block:
    return {"type": "context", "block_id": BANNER, "elements": [kit.mrkdwn(f"*{t(lang, 'drill.banner')}*")]}


def mark_blocks(blocks: list[kit.Block] | None, lang: str, *, limit: int = MAX_MESSAGE_BLOCKS) -> list[kit.Block] | None:
    """The blocks with the drill banner on top (a copy; ``None`` stays ``None``: a text-only message
    is marked by its text). At the block limit the first block's own text carries the mark instead."""
    if blocks is None:
        return None
    if any(b.get("block_id") == BANNER for b in blocks):
        return blocks
    if len(blocks) < limit:
        return [_banner(lang), *blocks]
    marked = copy.deepcopy(blocks)
    first = marked[0]
    if isinstance(first.get("text"), dict):
        limit_text = kit.HEADER_TEXT if first.get("type") == "header" else kit.SECTION_TEXT
        first["text"]["text"] = kit.clip(mark_text(first["text"]["text"], lang), limit_text)
    return marked


def mark_message(text: str, blocks: list[kit.Block] | None, lang: str) -> tuple[str, list[kit.Block] | None]:
    return kit.clip(mark_text(text, lang), kit.MESSAGE_FALLBACK), mark_blocks(blocks, lang)


def mark_topic(topic: str, lang: str) -> str:
    return kit.clip(mark_text(topic, lang), 250)


def mark_file(content: bytes, *, filename: str, title: str, lang: str) -> tuple[bytes, str, str]:
    """A drill's file: a banner line at its top and bottom, ``DRILL_`` before its name, the mark in its title."""
    banner = t(lang, "drill.file_banner")
    text = content.decode("utf-8", errors="replace")
    if not text.startswith(banner):
        text = f"{banner}\n\n{text.rstrip()}\n\n{banner}\n"
    name = filename if filename.upper().startswith("DRILL") else f"DRILL_{filename}"
    return text.encode("utf-8"), name, mark_text(title, lang)


def mark_view(view: dict[str, Any], lang: str) -> dict[str, Any]:
    """A modal opened about a drill: the mark in its title and the banner on top."""
    marked = dict(view)
    title = dict(marked.get("title") or kit.plain(""))
    title["text"] = kit.clip(mark_text(str(title.get("text", "")), lang), kit.VIEW_TITLE)
    marked["title"] = title
    marked["blocks"] = mark_blocks(list(marked.get("blocks") or []), lang, limit=100) or []
    return marked


# --- starting and ending -------------------------------------------------------------------------


def drill_modal(*, lang: str, directory: Directory, description: str, now: datetime) -> dict[str, Any]:
    """The same modal as a first report, marked, submitting as a drill."""
    view = first_report_modal(lang=lang, directory=directory, description=description, now=now)
    view["callback_id"] = Callback.DRILL_REPORT
    view["blocks"] = [kit.section(t(lang, "drill.modal_intro")), *view["blocks"]]
    view["title"] = kit.plain(t(lang, "drill.modal_title"), kit.VIEW_TITLE)
    return mark_view(view, lang)


def end_button(incident_id: str, lang: str) -> dict[str, Any]:
    return kit.button(t(lang, "drill.button_end"), Action.END_DRILL, incident_id, style="danger")


def _ack(lang: str, ack: timedelta | None) -> str:
    return format_duration(lang, ack) if ack is not None else t(lang, "drill.not_acked")


def ended_message(score: DrillScore, *, user: str, lang: str) -> Message:
    text = t(
        lang, "drill.ended", incident_id=score.public_id, user=f"<@{user}>", ack=_ack(lang, score.time_to_ack),
        on_time=score.tasks_on_time, due=score.tasks_due,
    )
    return text, [kit.section(text)]


def ended_office(score: DrillScore, *, department_name: str, lang: str) -> Message:
    text = t(
        lang, "drill.ended_office", incident_id=score.public_id, department=kit.escape(department_name),
        ack=_ack(lang, score.time_to_ack), on_time=score.tasks_on_time, due=score.tasks_due,
    )
    return text, [kit.section(text)]


# --- figures -------------------------------------------------------------------------------------


def _values(score: DrillScore, lang: str, names: Mapping[str, str]) -> dict[str, object]:
    return {
        "incident_id": score.public_id,
        "department": names.get(score.department_id, score.department_id),
        "state": t(lang, "drill.state_ended" if score.ended else "drill.state_running"),
        "ack": _ack(lang, score.time_to_ack),
        "on_time": score.tasks_on_time,
        "due": score.tasks_due,
    }


def summary_blocks(figures: DrillFigures, *, lang: str, department_names: Mapping[str, str]) -> list[kit.Block]:
    """The weekly summary's drill section (nothing when there was no drill), apart from the figures above it."""
    if not figures.drills:
        return []
    lines = []
    for score in figures.drills:
        values = _values(score, lang, department_names)
        values["department"] = kit.escape(str(values["department"]))
        lines.append("• " + t(lang, "drill.summary_line", **values))
    return [kit.divider(), kit.section(f"*{t(lang, 'drill.summary_title')}*"), *kit.packed_sections(lines)]


def report_lines(figures: DrillFigures, *, lang: str, department_names: Mapping[str, str]) -> list[str]:
    """The management report's drill section, as Markdown lines (``leakbot report``)."""
    lines = [t(lang, "drill.report_title"), ""]
    if not figures.drills:
        return [*lines, t(lang, "drill.report_none")]
    lines.append(
        t(
            lang, "drill.report_totals", count=figures.count, ended=figures.ended, ack=_ack(lang, figures.ack_median),
            on_time=figures.tasks_on_time, due=figures.tasks_due,
        )
    )
    lines.append("")
    lines += [t(lang, "drill.report_line", **_values(score, lang, department_names)) for score in figures.drills]
    return lines
