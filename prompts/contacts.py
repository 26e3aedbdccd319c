"""The contact campaign (本人への連絡) in Slack: its form, the progress line shown on the card and
in the task list, the channel message after each round, the draft's item 6, and the figures for
the weekly summary, the App Home and ``leakbot report``. Counts and dates only."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from domain.contacts import ORDER, Batch, Channel, ContactFigures, Problem, Progress
from domain.publication import Decision
from prompts import kit
from prompts.common import Message, mention, tick
from prompts.i18n import format_date, t
from prompts.ids import VALUE, Callback, ContactField
from prompts.locale import CATALOGS


def field_errors(errors: Mapping[str, Problem], lang: str) -> dict[str, str]:
    """Inline errors of the issue-9 forms: block ID → sentence (``contacts.error.*``, else the shared one)."""
    catalog = CATALOGS.get(lang, CATALOGS["ja"])
    return {
        field: t(lang, f"contacts.error.{code}" if f"contacts.error.{code}" in catalog else f"error.{code}")
        for field, code in errors.items()
    }


def _n(value: int) -> str:
    return f"{value:,}"


def progress_line(p: Progress, lang: str) -> str:
    """``4,321 to tell: 4,169 reached by post, 140 by e-mail, 9 by phone, 3 unreachable → web notice``."""
    parts = [t(lang, f"contacts.part.{c}", n=_n(p.reached[c])) for c in ORDER if c is not Channel.WEB and p.reached[c]]
    if p.web_notice:
        parts.append(t(lang, "contacts.part.web", n=_n(p.web_notice)))
    if p.left:
        parts.append(t(lang, "contacts.part.left", n=_n(p.left)))
    if p.pending and p.left:
        parts.append(t(lang, "contacts.part.pending", n=_n(min(p.pending, p.left))))
    if not parts:
        parts.append(t(lang, "contacts.part.nothing"))
    line = t(lang, "contacts.progress", population=_n(p.population), parts=t(lang, "contacts.sep").join(parts))
    return line + (t(lang, "contacts.finished_mark") if p.finished else "")


def batch_lines(batches: Sequence[Batch], lang: str, tz: ZoneInfo) -> list[str]:
    lines = []
    for i, b in enumerate(batches, start=1):
        channel = t(lang, f"contacts.channel.{b.channel}")
        at = format_date(lang, b.sent_at, tz)
        if b.channel is Channel.WEB:
            lines.append(t(lang, "contacts.web_line", n=i, at=at, channel=channel, sent=_n(b.sent)))
        else:
            lines.append(t(
                lang, "contacts.batch_line", n=i, at=at, channel=channel, sent=_n(b.sent), reached=_n(b.reached),
                undeliverable=_n(b.undeliverable),
            ))
    return lines


def notice_status(p: Progress | None, batches: Sequence[Batch], lang: str, tz: ZoneInfo) -> str | None:
    """Item 6 of the PPC report (本人への対応): the campaign as recorded, or None (not known yet)."""
    if p is None:
        return None
    return "\n".join([progress_line(p, lang), *batch_lines(batches, lang, tz)])


def card_lines(p: Progress | None, lang: str) -> list[str]:
    return [] if p is None else [f"{t(lang, 'contacts.card_label')}: {progress_line(p, lang)}"]


def contacts_modal(
    *, lang: str, incident_id: str, population: int | None, progress: Progress | None, batches: Sequence[Batch],
    next_channel: Channel, tz: ZoneInfo, now: datetime,
) -> dict[str, Any]:
    left = progress.left if progress is not None else population
    known = [progress_line(progress, lang), *batch_lines(batches, lang, tz)] if progress is not None else None
    status = kit.packed_sections(known or [t(lang, "contacts.none_yet")])

    def count(field: ContactField, label: str, *, initial: int | None = None, hint: str | None = None) -> kit.Block:
        return kit.input_block(
            field, label, kit.text_input(VALUE, max_length=20, initial=None if initial is None else str(initial)),
            optional=field is not ContactField.POPULATION, hint=hint,
        )

    channels = [kit.option(t(lang, f"contacts.channel.{c}"), c.value) for c in ORDER]
    blocks: list[kit.Block] = [
        kit.section(t(lang, "contacts.intro", incident_id=incident_id)),
        *status,
        count(ContactField.POPULATION, t(lang, "contacts.population"), initial=population,
              hint=t(lang, "contacts.population_hint")),
        kit.divider(),
        kit.section(t(lang, "contacts.batch_header")),
        kit.input_block(
            ContactField.CHANNEL, t(lang, "contacts.channel"), kit.static_select(VALUE, channels, initial=next_channel.value),
            optional=True,
        ),
        kit.input_block(
            ContactField.SENT_AT, t(lang, "contacts.sent_at"), kit.datetimepicker(VALUE, initial_epoch=int(now.timestamp())),
            optional=True,
        ),
        count(ContactField.SENT, t(lang, "contacts.sent"),
              hint=t(lang, "contacts.sent_hint", left=_n(left) if left is not None else "?")),
        count(ContactField.REACHED, t(lang, "contacts.reached"), hint=t(lang, "contacts.outcome_hint")),
        count(ContactField.UNDELIVERABLE, t(lang, "contacts.undeliverable")),
    ]
    if batches:
        last = batch_lines(batches, lang, tz)[-1]
        blocks.append(kit.input_block(
            ContactField.CORRECT_LAST, t(lang, "contacts.correct_last", last=last),
            tick(lang, "contacts.correct_last_option"), optional=True,
        ))
    return kit.modal(
        title=t(lang, "contacts.title"), submit=t(lang, "contacts.submit"), close=t(lang, "report.close"),
        callback_id=Callback.CONTACTS, blocks=blocks, private_metadata=json.dumps({"incident": incident_id}),
    )


def contacts_posted(
    *, incident_id: str, user: str, progress: Progress, finished_now: bool, lang: str, corrected: bool = False,
) -> Message:
    line = progress_line(progress, lang)
    if finished_now:
        text = t(lang, "contacts.posted_finished", incident_id=incident_id, progress=line)
    elif corrected:
        text = t(lang, "contacts.corrected", incident_id=incident_id, user=mention(user, lang), progress=line)
    else:
        text = t(lang, "contacts.posted", incident_id=incident_id, user=mention(user, lang), progress=line)
    return text, [kit.section(text)]


# --- figures ---------------------------------------------------------------------------------------


def report_lines(figures: ContactFigures, lang: str) -> list[str]:
    """The contact and publication figures of a period, one line each (``leakbot report``, the weekly summary)."""
    lines = [
        t(lang, "contacts.figures.in_progress", n=_n(figures.in_progress), people=_n(figures.still_to_reach)),
        t(lang, "contacts.figures.period", reached=_n(figures.reached), web=_n(figures.web_notice),
          finished=_n(figures.finished)),
    ]
    if figures.decided:
        parts = [
            t(lang, "contacts.figures.decision_part", label=t(lang, f"publication.decision.{d}"), n=figures.decisions[d])
            for d in Decision if figures.decisions.get(d.value)
        ]
        lines.append(t(lang, "contacts.figures.decided", n=figures.decided, parts=t(lang, "contacts.sep").join(parts)))
    else:
        lines.append(t(lang, "contacts.figures.no_decision"))
    return lines


def figures_blocks(figures: ContactFigures, lang: str) -> list[kit.Block]:
    return kit.packed_sections([t(lang, "contacts.figures_header"), *report_lines(figures, lang)])


def home_blocks(rows: Sequence[tuple[str, Progress]], lang: str, *, limit: int = 10) -> list[kit.Block]:
    """App Home: the campaigns still under way among the incidents the user sees."""
    live = [(incident_id, p) for incident_id, p in rows if p.left > 0]
    lines = [t(lang, "contacts.home_line", incident_id=i, progress=progress_line(p, lang)) for i, p in live[:limit]]
    return [kit.divider(), kit.header(t(lang, "contacts.figures_header").strip("*")),
            *kit.packed_sections(lines or [t(lang, "contacts.home_none")])]


__all__ = [
    "batch_lines", "card_lines", "contacts_modal", "contacts_posted", "field_errors", "figures_blocks", "home_blocks",
    "notice_status", "progress_line", "report_lines",
]
