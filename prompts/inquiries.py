"""The inquiry desk's surfaces: the inquiry modal (with the incident's ID, status and FAQ — all a desk
operator sees), its receipt, the FAQ modal and form, the FAQ as Markdown, and the inquiry lines of
the card, the weekly summary, the App Home and ``leakbot report``.

Pure builders: they take what to show and return Block Kit (or text).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from domain.inquiries import (
    MAX_ANSWER,
    MAX_BATCH,
    MAX_QUESTION,
    MAX_SUMMARY,
    Code,
    FaqItem,
    Field,
    InquiryCategory,
    InquiryChannel,
    InquiryFigures,
    Refused,
)
from prompts import kit
from prompts.common import mention
from prompts.i18n import format_date, format_datetime, t
from prompts.ids import CHECKED, FAQ_BLOCK, FAQ_REMOVE, VALUE, Action, Callback

#: FAQ entries shown in the desk's modal (each is one section; the modal allows 100 blocks).
DESK_FAQ_LIMIT = 40
#: FAQ entries in the curation modal (two blocks each).
FAQ_MODAL_LIMIT = 40
#: Recent question summaries shown to the curators.
RECENT_LIMIT = 10
#: Characters of FAQ text one modal carries at most: a modal is at most 250 kB of JSON, and a
#: Japanese character takes six bytes there (``\uXXXX``).
FAQ_TEXT_BUDGET = 30_000
#: Open incidents listed for the desk on the Home tab.
DESK_HOME_LIMIT = 30

_LIMITS: dict[Field, int] = {Field.SUMMARY: MAX_SUMMARY, Field.QUESTION: MAX_QUESTION, Field.ANSWER: MAX_ANSWER}


def channel_name(lang: str, value: str) -> str:
    return t(lang, f"inquiry.channel.{value}")


def category_name(lang: str, value: str) -> str:
    return t(lang, f"inquiry.category.{value}")


def field_errors(refused: Refused, lang: str) -> dict[str, str]:
    """Inline modal errors (block ID → localized sentence)."""
    out: dict[str, str] = {}
    for field, code in refused.errors.items():
        if code is Code.PERSONAL_DATA:
            signs = t(lang, "inquiry.sign_separator").join(t(lang, f"inquiry.sign.{s}") for s in refused.signs.get(field, ()))
            out[field] = t(lang, "inquiry.error.personal_data", signs=signs)
        elif code is Code.TOO_LARGE:
            out[field] = t(lang, "inquiry.error.too_large", max=f"{MAX_BATCH:,}")
        elif code is Code.TOO_LONG:
            out[field] = t(lang, "inquiry.error.too_long", max=_LIMITS.get(field, MAX_SUMMARY))
        else:
            out[field] = t(lang, f"inquiry.error.{code}")
    return out


# --- the desk's modal ----------------------------------------------------------------------------


def _status_line(lang: str, incident_id: str, phase: str, closed: bool) -> str:
    return t(
        lang, "inquiry.intro", incident_id=incident_id, phase=t(lang, f"phase.{phase}"),
        closed=t(lang, "inquiry.closed_mark") if closed else "",
    )


def faq_entry_text(item: FaqItem) -> str:
    return f"*Q{item.number}. {kit.escape(kit.clip(item.question, MAX_QUESTION))}*\n{kit.escape(item.answer)}"


def _fitting(items: Sequence[FaqItem], limit: int) -> Sequence[FaqItem]:
    """The first entries, at most ``limit``, whose text fits in :data:`FAQ_TEXT_BUDGET`."""
    used = 0
    for index, item in enumerate(items[:limit]):
        used += len(faq_entry_text(item))
        if used > FAQ_TEXT_BUDGET:
            return items[:index]
    return items[:limit]


def inquiry_modal(
    *, lang: str, incident_id: str, phase: str, closed: bool, faq: Sequence[FaqItem], now: datetime
) -> dict[str, Any]:
    """The desk's form: the incident's ID and status, the fields of one batch, then the FAQ to answer from."""
    channels = [kit.option(channel_name(lang, c), c) for c in InquiryChannel]
    categories = [kit.option(category_name(lang, c), c) for c in InquiryCategory]
    blocks: list[kit.Block] = [
        kit.section(_status_line(lang, incident_id, phase, closed)),
        kit.context(t(lang, "inquiry.no_personal_data")),
        kit.input_block(
            Field.CHANNEL, t(lang, "inquiry.channel"), kit.static_select(VALUE, channels, initial=InquiryChannel.PHONE)
        ),
        kit.input_block(Field.CATEGORY, t(lang, "inquiry.category"), kit.static_select(VALUE, categories)),
        kit.input_block(
            Field.COUNT, t(lang, "inquiry.count"), kit.text_input(VALUE, max_length=12, initial="1"),
            hint=t(lang, "inquiry.count_hint", max=f"{MAX_BATCH:,}"),
        ),
        kit.input_block(
            Field.RECEIVED_AT, t(lang, "inquiry.received_at"), kit.datetimepicker(VALUE, initial_epoch=int(now.timestamp())),
            hint=t(lang, "inquiry.received_at_hint"),
        ),
        kit.input_block(
            Field.SUMMARY, t(lang, "inquiry.summary"), kit.text_input(VALUE, multiline=True, max_length=MAX_SUMMARY),
            optional=True, hint=t(lang, "inquiry.summary_hint"),
        ),
        kit.divider(),
        kit.header(t(lang, "inquiry.faq_header")),
    ]
    if not faq:
        blocks.append(kit.section(t(lang, "inquiry.faq_empty")))
    shown = _fitting(faq, DESK_FAQ_LIMIT)
    blocks += [kit.section(faq_entry_text(item)) for item in shown]
    if len(faq) > len(shown):
        blocks.append(kit.context(t(lang, "inquiry.faq_more", count=len(faq) - len(shown))))
    return kit.modal(
        title=t(lang, "inquiry.modal_title"), submit=t(lang, "inquiry.submit"), close=t(lang, "report.close"),
        callback_id=Callback.INQUIRY, blocks=blocks, private_metadata=json.dumps({"incident": incident_id}),
    )


def receipt_view(
    *, lang: str, incident_id: str, count: int, category: str, channel: str, at: datetime, tz: ZoneInfo
) -> dict[str, Any]:
    text = t(
        lang, "inquiry.receipt", incident_id=incident_id, count=f"{count:,}", category=category_name(lang, category),
        channel=channel_name(lang, channel), at=format_datetime(lang, at, tz),
    )
    return kit.modal(
        title=t(lang, "inquiry.receipt_title"), close=t(lang, "report.close"), callback_id=Callback.INQUIRY,
        blocks=[kit.section(text)],
    )


# --- the FAQ -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecentQuestion:
    category: str
    summary: str


def faq_modal(
    *, lang: str, incident_id: str, items: Sequence[FaqItem], revision: int, recent: Sequence[RecentQuestion], tz: ZoneInfo
) -> dict[str, Any]:
    """The curators' view: every entry with its version and an Edit button, Add and Export, and the
    latest question summaries the desk logged (what people want to know)."""
    blocks: list[kit.Block] = [kit.section(t(lang, "faq.intro", incident_id=incident_id, revision=revision))]
    if not items:
        blocks.append(kit.section(t(lang, "faq.empty")))
    shown = _fitting(items, FAQ_MODAL_LIMIT)
    for item in shown:
        block = kit.section(faq_entry_text(item), block_id=f"{FAQ_BLOCK}{item.number}")
        block["accessory"] = kit.button(t(lang, "faq.button_edit"), Action.FAQ_EDIT, incident_id)
        blocks.append(block)
        blocks.append(kit.context(t(
            lang, "faq.entry_meta", version=item.version, user=mention(item.edited_by, lang),
            at=format_datetime(lang, item.edited_at, tz),
        )))
    if len(items) > len(shown):
        blocks.append(kit.context(t(lang, "inquiry.faq_more", count=len(items) - len(shown))))
    buttons = [kit.button(t(lang, "faq.button_add"), Action.FAQ_ADD, incident_id, style="primary")]
    if items:
        buttons.append(kit.button(t(lang, "faq.button_export"), Action.FAQ_EXPORT, incident_id))
    blocks.append(kit.actions(*buttons, block_id="faq_actions"))
    if recent:
        lines = "\n".join(
            t(lang, "faq.recent_line", category=category_name(lang, r.category), summary=kit.escape(kit.clip(r.summary, 200)))
            for r in recent[:RECENT_LIMIT]
        )
        blocks += [kit.divider(), kit.section(t(lang, "faq.recent", lines=lines))]
    return kit.modal(
        title=t(lang, "faq.modal_title"), close=t(lang, "report.close"), callback_id=Callback.FAQ, blocks=blocks,
        private_metadata=json.dumps({"incident": incident_id}),
    )


def faq_form(*, lang: str, incident_id: str, item: FaqItem | None) -> dict[str, Any]:
    """Add a question (``item`` None) or edit one; saving keeps a new version."""
    blocks: list[kit.Block] = [
        kit.context(t(lang, "faq.hint")),
        kit.input_block(
            Field.QUESTION, t(lang, "faq.question"),
            kit.text_input(VALUE, max_length=MAX_QUESTION, initial=item.question if item else None),
        ),
        kit.input_block(
            Field.ANSWER, t(lang, "faq.answer"),
            kit.text_input(VALUE, multiline=True, max_length=MAX_ANSWER, initial=item.answer if item else None),
        ),
    ]
    if item is not None:
        blocks.append(kit.input_block(
            FAQ_REMOVE, t(lang, "faq.remove_label"),
            kit.checkboxes(VALUE, [kit.option(t(lang, "faq.remove"), CHECKED)]), optional=True,
        ))
    title = t(lang, "faq.form_title_edit", number=item.number) if item else t(lang, "faq.form_title_new")
    return kit.modal(
        title=title, submit=t(lang, "faq.submit"), close=t(lang, "report.close"), callback_id=Callback.FAQ_EDIT,
        blocks=blocks, private_metadata=json.dumps({"incident": incident_id, "number": item.number if item else None}),
    )


def faq_filename(incident_id: str, revision: int) -> str:
    return f"{incident_id}-faq-r{revision}.md"


def faq_markdown(
    *, incident_id: str, items: Sequence[FaqItem], revision: int, lang: str, tz: ZoneInfo, now: datetime
) -> str:
    """The FAQ as a Markdown file for the call centre and the web notice (plain text, not mrkdwn)."""
    lines = [
        t(lang, "faq.md_title", incident_id=incident_id),
        "",
        t(lang, "faq.md_meta", revision=revision, at=format_datetime(lang, now, tz), count=len(items)),
        "",
        t(lang, "faq.md_note"),
        "",
    ]
    if not items:
        lines += [t(lang, "faq.md_empty"), ""]
    for item in items:
        lines += [
            t(lang, "faq.md_question", number=item.number, question=" ".join(item.question.split())),
            "",
            item.answer.strip(),
            "",
            t(lang, "faq.md_version", version=item.version, at=format_datetime(lang, item.edited_at, tz)),
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"


# --- figures: the card, the summary, the Home tab, the report -------------------------------------


def _items(lang: str, counts: Mapping[str, int], name: str) -> str:
    sep = t(lang, "inquiry.list_separator")
    return sep.join(t(lang, "inquiry.item", name=t(lang, f"inquiry.{name}.{k}"), n=f"{n:,}") for k, n in counts.items())


def _days(lang: str, figures: InquiryFigures) -> str:
    sep = t(lang, "inquiry.list_separator")
    return sep.join(t(lang, "inquiry.day", day=f"{d.day:%m/%d}", n=f"{d.total:,}") for d in figures.by_day)


def card_section(overall: InquiryFigures, recent: InquiryFigures, *, lang: str) -> kit.Block | None:
    """The card's inquiry lines (None before the first inquiry): total, today, the last 7 days, by category."""
    if overall.total == 0:
        return None
    today = recent.by_day[-1].total if recent.by_day else 0
    lines = [
        f"*{t(lang, 'inquiry.card_title')}*　" + t(lang, "inquiry.card_total", total=f"{overall.total:,}", today=f"{today:,}"),
        t(lang, "inquiry.card_days", days=_days(lang, recent)),
        t(lang, "inquiry.card_categories", items=_items(lang, overall.by_category, "category")),
    ]
    return kit.section("\n".join(lines))


def summary_section(figures: InquiryFigures, *, lang: str, incident_limit: int = 10) -> kit.Block:
    """The weekly summary's inquiry section: per day, by category, by channel, the busiest incidents."""
    lines = [
        t(lang, "inquiry.summary_title", n=f"{figures.total:,}"),
        t(lang, "inquiry.summary_by_day", days=_days(lang, figures)),
        t(lang, "inquiry.summary_by_category", items=_items(lang, figures.by_category, "category")),
        t(lang, "inquiry.summary_by_channel", items=_items(lang, figures.by_channel, "channel")),
    ]
    busiest = list(figures.by_incident.items())[:incident_limit]
    if busiest:
        sep = t(lang, "inquiry.list_separator")
        items = sep.join(t(lang, "inquiry.item", name=kit.escape(k), n=f"{n:,}") for k, n in busiest)
        lines.append(t(lang, "inquiry.summary_by_incident", items=items))
    return kit.section("\n".join(lines))


def report_lines(figures: InquiryFigures, *, lang: str, tz: ZoneInfo) -> list[str]:
    """Plain-text lines for ``leakbot report``: the period's total, the busiest day, by category,
    by channel and by incident."""
    title = t(
        lang, "inquiry.report_title", total=f"{figures.total:,}",
        start=format_date(lang, figures.start, tz), end=format_date(lang, figures.end, tz),
    )
    if figures.total == 0:
        return [title, t(lang, "inquiry.report_none")]
    peak = max(figures.by_day, key=lambda d: (d.total, -d.day.toordinal()))
    sep = t(lang, "inquiry.list_separator")
    by_incident = sep.join(t(lang, "inquiry.item", name=k, n=f"{n:,}") for k, n in figures.by_incident.items())
    return [
        title,
        t(lang, "inquiry.report_peak", day=f"{peak.day:%Y-%m-%d}", n=f"{peak.total:,}"),
        t(lang, "inquiry.summary_by_category", items=_items(lang, figures.by_category, "category")),
        t(lang, "inquiry.summary_by_channel", items=_items(lang, figures.by_channel, "channel")),
        t(lang, "inquiry.summary_by_incident", items=by_incident),
    ]


def home_mark(count: int, today: int = 0, *, lang: str) -> str:
    """Appended to an incident's Home line once it has inquiries: how many, and how many today."""
    return t(lang, "inquiry.home_mark", n=f"{count:,}", today=f"{today:,}") if count else ""


@dataclass(frozen=True)
class DeskRow:
    incident_id: str
    phase: str


def desk_home_blocks(rows: Sequence[DeskRow], *, lang: str) -> list[kit.Block]:
    """The Home tab's section for desk operators: open incidents, ID and status only, each with the
    button that opens the inquiry form."""
    blocks: list[kit.Block] = [
        kit.divider(), kit.header(t(lang, "inquiry.home_desk")), kit.context(t(lang, "inquiry.home_desk_intro")),
    ]
    if not rows:
        blocks.append(kit.section(t(lang, "inquiry.home_desk_none")))
    for row in rows[:DESK_HOME_LIMIT]:
        block = kit.section(t(lang, "inquiry.home_desk_line", incident_id=row.incident_id, phase=t(lang, f"phase.{row.phase}")))
        block["accessory"] = kit.button(t(lang, "inquiry.button_log"), Action.OPEN_INQUIRY, row.incident_id)
        blocks.append(block)
    if len(rows) > DESK_HOME_LIMIT:
        blocks.append(kit.context(t(lang, "home.more", count=len(rows) - DESK_HOME_LIMIT)))
    return blocks
