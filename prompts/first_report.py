"""The first report (第一報): the modal, the receipt shown at once, the receipt DM."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from domain.directory import Directory
from domain.incidents import DataCategory, EventType, ThirdParty, Tri
from prompts import kit
from prompts.common import Message, options, tick
from prompts.i18n import t
from prompts.ids import VALUE, Callback
from prompts.ids import FirstReportField as F


def first_report_modal(*, lang: str, directory: Directory, description: str, now: datetime) -> dict[str, Any]:
    """The first report (第一報): only the minimum, every unknown allowed, no data pasted."""
    departments = [kit.option(d.display_name(lang), d.id) for d in directory.departments]
    blocks = [
        kit.section(t(lang, "report.intro")),
        kit.context(t(lang, "report.no_data_warning")),
        kit.input_block(F.DEPARTMENT, t(lang, "report.department"), kit.static_select(VALUE, departments)),
        kit.input_block(F.EVENT_TYPE, t(lang, "report.event_type"), kit.static_select(VALUE, options("event", EventType, lang))),
        kit.input_block(
            F.DISCOVERED_AT,
            t(lang, "report.discovered_at"),
            kit.datetimepicker(VALUE, initial_epoch=int(now.timestamp())),
        ),
        kit.input_block(F.OCCURRED_AT, t(lang, "report.occurred_at"), kit.datetimepicker(VALUE), optional=True),
        kit.input_block(
            F.LOCATION,
            t(lang, "report.location"),
            kit.text_input(VALUE, max_length=200, placeholder=t(lang, "report.location_placeholder")),
            optional=True,
        ),
        kit.input_block(
            F.DATA_CATEGORIES, t(lang, "report.data_categories"), kit.checkboxes(VALUE, options("data", DataCategory, lang))
        ),
        kit.input_block(
            F.PEOPLE_COUNT,
            t(lang, "report.people_count"),
            kit.text_input(VALUE, max_length=20),
            optional=True,
            hint=t(lang, "report.people_count_hint"),
        ),
        kit.input_block(
            F.PEOPLE_COUNT_UNKNOWN,
            t(lang, "report.people_count_unknown"),
            tick(lang, "report.people_count_unknown_option"),
            optional=True,
        ),
        kit.input_block(
            F.ENCRYPTED, t(lang, "report.encrypted"), kit.radio(VALUE, options("tri", Tri, lang), initial=Tri.UNKNOWN)
        ),
        kit.input_block(
            F.THIRD_PARTY,
            t(lang, "report.third_party"),
            kit.radio(VALUE, options("third", ThirdParty, lang), initial=ThirdParty.UNKNOWN),
        ),
        kit.input_block(
            F.DESCRIPTION,
            t(lang, "report.description"),
            kit.text_input(VALUE, multiline=True, initial=description),
            hint=t(lang, "report.description_hint"),
        ),
        kit.input_block(
            F.ACTIONS_TAKEN,
            t(lang, "report.actions_taken"),
            kit.text_input(VALUE, multiline=True, placeholder=t(lang, "report.actions_taken_placeholder")),
            optional=True,
        ),
        kit.input_block(
            F.HIDE_REPORTER,
            t(lang, "report.hide_reporter"),
            tick(lang, "report.hide_reporter_option"),
            optional=True,
        ),
    ]
    return kit.modal(
        title=t(lang, "report.title"),
        submit=t(lang, "report.submit"),
        close=t(lang, "report.close"),
        callback_id=Callback.FIRST_REPORT,
        blocks=blocks,
    )


def receipt_view(*, incident_id: str, department_name: str, lang: str) -> dict[str, Any]:
    return kit.modal(
        title=t(lang, "receipt.title"),
        close=t(lang, "receipt.close"),
        callback_id=Callback.RECEIPT,
        blocks=[
            kit.section(t(lang, "receipt.body", incident_id=incident_id, department=kit.escape(department_name))),
            kit.context(t(lang, "receipt.thanks")),
        ],
    )


def receipt_dm(incident_id: str, department_name: str, lang: str) -> Message:
    text = t(lang, "receipt.dm", incident_id=incident_id, department=kit.escape(department_name))
    return text, [kit.section(text)]
