"""Modals: the first report, its receipt, the second report and the phase change."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from domain.directory import Directory
from domain.incidents import DataCategory, ErrorCode, EventType, ThirdParty, Tri
from domain.phases import Phase
from domain.second_report import CountBasis
from prompts import kit
from prompts.i18n import t
from prompts.tasks import open_tasks_section
from domain.legal import AttackSign, GdprRisk, Role, Sector
from prompts.ids import RULESET_AUTO, LegalField
from prompts.ids import CHECKED, VALUE, Callback, FirstReportField as F, PhaseField, SecondReportField as S


def _options(prefix: str, values, lang: str) -> list[dict[str, Any]]:
    return [kit.option(t(lang, f"{prefix}.{v}"), str(v)) for v in values]


def _tick(lang: str, label_key: str, *, ticked: bool = False) -> dict[str, Any]:
    """A single yes/no checkbox (its value is ``CHECKED`` when ticked)."""
    return kit.checkboxes(VALUE, [kit.option(t(lang, label_key), CHECKED)], initial={CHECKED} if ticked else None)


def first_report_modal(*, lang: str, directory: Directory, description: str, now: datetime) -> dict[str, Any]:
    """The first report (第一報): only the minimum, every unknown allowed, no data pasted."""
    departments = [kit.option(d.display_name(lang), d.id) for d in directory.departments]
    blocks = [
        kit.section(t(lang, "report.intro")),
        kit.context(t(lang, "report.no_data_warning")),
        kit.input_block(F.DEPARTMENT, t(lang, "report.department"), kit.static_select(VALUE, departments)),
        kit.input_block(F.EVENT_TYPE, t(lang, "report.event_type"), kit.static_select(VALUE, _options("event", EventType, lang))),
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
            F.DATA_CATEGORIES, t(lang, "report.data_categories"), kit.checkboxes(VALUE, _options("data", DataCategory, lang))
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
            _tick(lang, "report.people_count_unknown_option"),
            optional=True,
        ),
        kit.input_block(
            F.ENCRYPTED, t(lang, "report.encrypted"), kit.radio(VALUE, _options("tri", Tri, lang), initial=Tri.UNKNOWN)
        ),
        kit.input_block(
            F.THIRD_PARTY,
            t(lang, "report.third_party"),
            kit.radio(VALUE, _options("third", ThirdParty, lang), initial=ThirdParty.UNKNOWN),
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
            _tick(lang, "report.hide_reporter_option"),
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
        close="OK",
        callback_id=Callback.RECEIPT,
        blocks=[
            kit.section(t(lang, "receipt.body", incident_id=incident_id, department=kit.escape(department_name))),
            kit.context(t(lang, "receipt.thanks")),
        ],
    )


def second_report_modal(*, lang: str, incident_id: str, prefill: dict[str, Any]) -> dict[str, Any]:
    """The second report (第二報), prefilled from the latest revision or the first report."""

    def text(field: S, label_key: str, *, multiline: bool = True, optional: bool = True, placeholder: str | None = None):
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
            kit.checkboxes(VALUE, _options("data", DataCategory, lang), initial=set(prefill.get(S.DATA_CATEGORIES, ()))),
        ),
        text(S.DATA_ITEMS, "second.data_items", multiline=False, placeholder=t(lang, "second.data_items_placeholder")),
        kit.input_block(
            S.COUNT_BASIS,
            t(lang, "second.count_basis"),
            kit.radio(VALUE, _options("basis", CountBasis, lang), initial=prefill.get(S.COUNT_BASIS)),
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
            kit.radio(VALUE, _options("tri", Tri, lang), initial=prefill.get(S.SECONDARY_HARM, Tri.UNKNOWN)),
        ),
        text(S.SECONDARY_HARM_DETAIL, "second.secondary_harm_detail"),
        kit.input_block(
            S.THIRD_PARTY,
            t(lang, "second.third_party"),
            kit.radio(VALUE, _options("third", ThirdParty, lang), initial=prefill.get(S.THIRD_PARTY, ThirdParty.UNKNOWN)),
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


def phase_modal(
    *,
    lang: str,
    incident_id: str,
    current: Phase,
    choices: tuple[Phase, ...],
    open_tasks: Sequence[Any] = (),
    tz: ZoneInfo | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Change the phase. Closing needs the recurrence-prevention statement, and the open
    countermeasures are listed with the choice to carry them over as follow-ups."""
    blocks = [
        kit.section(t(lang, "phase_modal.current", incident_id=incident_id, phase=t(lang, f"phase.{current}"))),
        kit.input_block(PhaseField.PHASE, t(lang, "phase_modal.phase"), kit.static_select(VALUE, _options("phase", choices, lang))),
        kit.input_block(
            PhaseField.MEASURES_DONE, t(lang, "phase_modal.measures_done"), kit.text_input(VALUE, multiline=True), optional=True
        ),
        kit.input_block(
            PhaseField.MEASURES_PLANNED,
            t(lang, "phase_modal.measures_planned"),
            kit.text_input(VALUE, multiline=True),
            optional=True,
        ),
    ]
    if open_tasks:
        assert tz is not None and now is not None
        blocks.append(open_tasks_section(open_tasks, lang=lang, tz=tz, now=now))
        blocks.append(
            kit.input_block(
                PhaseField.CARRY_OVER,
                t(lang, "phase_modal.carry_over"),
                _tick(lang, "phase_modal.carry_over_option"),
                optional=True,
            )
        )
    return kit.modal(
        title=t(lang, "phase_modal.title"),
        submit=t(lang, "phase_modal.submit"),
        close=t(lang, "report.close"),
        callback_id=Callback.PHASE_CHANGE,
        blocks=blocks,
        private_metadata=json.dumps({"incident": incident_id}),
    )


def field_errors(errors: dict[str, ErrorCode], lang: str) -> dict[str, str]:
    """Inline modal errors (``response_action: errors``): block ID → localized sentence."""
    out: dict[str, str] = {}
    for field, code in errors.items():
        key = f"error.{code}.{field}" if code is ErrorCode.BEFORE_OCCURRENCE else f"error.{code}"
        out[field] = t(lang, key)
    return out


def second_report_prefill(incident: Any, latest: Any | None) -> dict[str, Any]:
    """Start the second report from the latest revision, or from the first report."""
    if latest is not None:
        prefill = {field: getattr(latest, field.value) for field in S}
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


#: Tri-state facts of the legal form, in the order shown.
_LEGAL_TRI = (
    LegalField.SENSITIVE_DATA, LegalField.FINANCIAL_HARM, LegalField.IMPROPER_PURPOSE,
)
_LEGAL_TRI_LATER = (LegalField.STRONG_ENCRYPTION, LegalField.KEY_LEAKED)
_LEGAL_TRI_GDPR = (LegalField.EU_RESIDENTS, LegalField.EU_ESTABLISHMENT)


def legal_modal(*, lang: str, incident_id: str, facts: Any, versions: Sequence[str], override: str | None) -> dict[str, Any]:
    """The facts behind the legal assessment, prefilled (from the reports or the last run)."""

    def tri(field: LegalField) -> kit.Block:
        return kit.input_block(field, t(lang, f"legal_form.{field}"), kit.radio(VALUE, _options("tri", Tri, lang), initial=getattr(facts, field.value)))

    def select(field: LegalField, values: Sequence[str], initial: str) -> kit.Block:
        options = [kit.option(t(lang, f"legal_form.{field}.{v}"), v) for v in values]
        return kit.input_block(field, t(lang, f"legal_form.{field}"), kit.static_select(VALUE, options, initial=initial))

    def moment(field: LegalField, value: Any, optional: bool) -> kit.Block:
        return kit.input_block(
            field, t(lang, f"legal_form.{field}"),
            kit.datetimepicker(VALUE, initial_epoch=int(value.timestamp()) if value else None), optional=optional,
        )

    signs = [kit.option(t(lang, f"legal_form.sign.{s.value}"), s.value) for s in AttackSign]
    ruleset_options = [kit.option(t(lang, "legal_form.ruleset.auto"), RULESET_AUTO)] + [kit.option(v, v) for v in versions]
    blocks = [
        kit.section(t(lang, "legal_form.intro", incident_id=incident_id)),
        moment(LegalField.AWARE_AT, facts.aware_at, False),
        *(tri(f) for f in _LEGAL_TRI),
        kit.input_block(
            LegalField.ATTACK_SIGNS, t(lang, "legal_form.attack_signs"),
            kit.checkboxes(VALUE, signs, initial={s.value for s in facts.attack_signs}), optional=True,
        ),
        kit.input_block(
            LegalField.PEOPLE_COUNT, t(lang, "legal_form.people_count"),
            kit.text_input(VALUE, max_length=20, initial=None if facts.people_count is None else str(facts.people_count)),
            optional=True,
        ),
        kit.input_block(
            LegalField.COUNT_IS_MAX, t(lang, "legal_form.count_is_max"),
            _tick(lang, "legal_form.count_is_max_option", ticked=facts.count_is_maximum_estimate),
            optional=True,
        ),
        *(tri(f) for f in _LEGAL_TRI_LATER),
        select(LegalField.ROLE, [r.value for r in Role], facts.role.value),
        moment(LegalField.PRINCIPAL_NOTIFIED_AT, facts.principal_notified_at, True),
        select(LegalField.SECTOR, [x.value for x in Sector], facts.sector.value),
        *(tri(f) for f in _LEGAL_TRI_GDPR),
        select(LegalField.GDPR_RISK, [x.value for x in GdprRisk], facts.gdpr_risk.value),
        tri(LegalField.GDPR_MITIGATED),
        kit.input_block(LegalField.RULESET, t(lang, "legal_form.ruleset"), kit.static_select(VALUE, ruleset_options, initial=override or RULESET_AUTO)),
    ]
    return kit.modal(
        title=t(lang, "legal_form.title"),
        submit=t(lang, "legal_form.submit"),
        close=t(lang, "report.close"),
        callback_id=Callback.LEGAL_ASSESS,
        blocks=blocks,
        private_metadata=json.dumps({"incident": incident_id}),
    )
