"""The second report (第二報, 5W1H): the modal (prefilled), and the channel post of each revision."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from domain.incidents import DataCategory, ThirdParty, Tri
from domain.second_report import CountBasis
from prompts import kit
from prompts.common import IncidentLike, Message, author, data_text, options, people_text
from prompts.i18n import format_datetime, t
from prompts.ids import VALUE, Callback
from prompts.ids import SecondReportField as S


class SecondReportLike(Protocol):
    @property
    def revision(self) -> int: ...
    @property
    def submitted_by(self) -> str: ...
    @property
    def what_happened(self) -> str: ...
    @property
    def who(self) -> str: ...
    @property
    def cause(self) -> str: ...
    @property
    def occurred_at(self) -> datetime | None: ...
    @property
    def location(self) -> str: ...
    @property
    def data_categories(self) -> list[str]: ...
    @property
    def data_items(self) -> str: ...
    @property
    def people_count(self) -> int | None: ...
    @property
    def count_basis(self) -> str: ...
    @property
    def how_discovered(self) -> str: ...
    @property
    def secondary_harm(self) -> str: ...
    @property
    def secondary_harm_detail(self) -> str: ...
    @property
    def third_party(self) -> str: ...
    @property
    def third_party_detail(self) -> str: ...


def second_report_modal(*, lang: str, incident_id: str, prefill: dict[str, Any]) -> dict[str, Any]:
    """The second report (第二報), prefilled from the latest revision or the first report."""

    def text(
        field: S, label_key: str, *, multiline: bool = True, optional: bool = True, placeholder: str | None = None
    ) -> kit.Block:
        return kit.input_block(
            field,
            t(lang, label_key),
            kit.text_input(VALUE, multiline=multiline, initial=prefill.get(field), placeholder=placeholder),
            optional=optional,
        )

    occurred = prefill.get(S.OCCURRED_AT)
    blocks = [
        kit.section(t(lang, "second.intro", incident_id=incident_id)),
        kit.context(t(lang, "report.no_data_warning")),
        text(S.WHAT_HAPPENED, "second.what_happened", optional=False),
        text(S.WHO, "second.who"),
        text(S.CAUSE, "second.cause"),
        kit.input_block(
            S.OCCURRED_AT,
            t(lang, "second.occurred_at"),
            kit.datetimepicker(VALUE, initial_epoch=int(occurred.timestamp()) if occurred else None),
            optional=True,
        ),
        text(S.LOCATION, "second.location", multiline=False),
        kit.input_block(
            S.DATA_CATEGORIES,
            t(lang, "second.data_categories"),
            kit.checkboxes(VALUE, options("data", DataCategory, lang), initial=set(prefill.get(S.DATA_CATEGORIES, ()))),
        ),
        text(S.DATA_ITEMS, "second.data_items", multiline=False, placeholder=t(lang, "second.data_items_placeholder")),
        kit.input_block(
            S.COUNT_BASIS,
            t(lang, "second.count_basis"),
            kit.radio(VALUE, options("basis", CountBasis, lang), initial=prefill.get(S.COUNT_BASIS)),
        ),
        kit.input_block(
            S.PEOPLE_COUNT,
            t(lang, "second.people_count"),
            kit.text_input(VALUE, max_length=20, initial=prefill.get(S.PEOPLE_COUNT)),
            optional=True,
        ),
        text(S.HOW_DISCOVERED, "second.how_discovered"),
        kit.input_block(
            S.SECONDARY_HARM,
            t(lang, "second.secondary_harm"),
            kit.radio(VALUE, options("tri", Tri, lang), initial=prefill.get(S.SECONDARY_HARM, Tri.UNKNOWN)),
        ),
        text(S.SECONDARY_HARM_DETAIL, "second.secondary_harm_detail"),
        kit.input_block(
            S.THIRD_PARTY,
            t(lang, "second.third_party"),
            kit.radio(VALUE, options("third", ThirdParty, lang), initial=prefill.get(S.THIRD_PARTY, ThirdParty.UNKNOWN)),
        ),
        text(S.THIRD_PARTY_DETAIL, "second.third_party_detail"),
    ]
    return kit.modal(
        title=t(lang, "second.title"),
        submit=t(lang, "second.submit"),
        close=t(lang, "report.close"),
        callback_id=Callback.SECOND_REPORT,
        blocks=blocks,
        private_metadata=json.dumps({"incident": incident_id}),
    )


def second_report_prefill(incident: IncidentLike, latest: Any | None) -> dict[str, Any]:
    """Start the second report from the latest revision, or from the first report."""
    if latest is not None:
        prefill: dict[str, Any] = {field: getattr(latest, field.value) for field in S}
        prefill[S.PEOPLE_COUNT] = None if latest.people_count is None else str(latest.people_count)
        return prefill
    return {
        S.WHAT_HAPPENED: incident.description,
        S.OCCURRED_AT: incident.occurred_at,
        S.LOCATION: incident.location,
        S.DATA_CATEGORIES: list(incident.data_categories),
        S.COUNT_BASIS: CountBasis.UNKNOWN if incident.people_count is None else CountBasis.ESTIMATED_MAX,
        S.PEOPLE_COUNT: None if incident.people_count is None else str(incident.people_count),
        S.THIRD_PARTY: incident.third_party,
    }


def second_report_posted(report: SecondReportLike, *, incident: IncidentLike, lang: str, tz: ZoneInfo) -> Message:
    """The channel update for a second-report revision, with its 5W1H content for the reporting line."""
    count = people_text(report.people_count, lang)
    if report.people_count is not None:
        count += f" ({t(lang, f'basis.{report.count_basis}')})"
    fields = [
        (t(lang, "second.what_happened"), report.what_happened),
        (t(lang, "second.who"), report.who),
        (t(lang, "second.cause"), report.cause),
        (t(lang, "second.occurred_at"), format_datetime(lang, report.occurred_at, tz)),
        (t(lang, "second.location"), report.location),
        (t(lang, "second.data_categories"), data_text(report.data_categories, lang)),
        (t(lang, "second.data_items"), report.data_items),
        (t(lang, "second.people_count"), count),
        (t(lang, "second.how_discovered"), report.how_discovered),
        (
            t(lang, "second.secondary_harm"),
            " — ".join(x for x in (t(lang, f"tri.{report.secondary_harm}"), report.secondary_harm_detail) if x),
        ),
        (
            t(lang, "second.third_party"),
            " — ".join(x for x in (t(lang, f"third.{report.third_party}"), report.third_party_detail) if x),
        ),
    ]
    text = t(lang, "channel.second_report", user=author(report.submitted_by, incident, lang), revision=report.revision)
    blocks = [
        kit.header(t(lang, "second.posted_title", revision=report.revision, incident_id=incident.public_id)),
        kit.section(text),
        *kit.fields_section([(label, kit.escape(value) or t(lang, "card.none")) for label, value in fields]),
    ]
    return text, blocks
