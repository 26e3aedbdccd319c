"""The legal-assessment form: the facts behind the assessment, prefilled, for a manager to confirm
or correct. (The assessment's result and the drafts are built in ``prompts.legal`` and
``prompts.drafts``.)"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from domain.incidents import Tri
from domain.legal import AttackSign, GdprRisk, Role, Sector
from prompts import kit
from prompts.common import options, tick
from prompts.i18n import t
from prompts.ids import RULESET_AUTO, VALUE, Callback, LegalField

#: Tri-state facts of the legal form, in the order shown.
_LEGAL_TRI = (
    LegalField.SENSITIVE_DATA, LegalField.FINANCIAL_HARM, LegalField.IMPROPER_PURPOSE,
)
_LEGAL_TRI_LATER = (LegalField.STRONG_ENCRYPTION, LegalField.KEY_LEAKED)
_LEGAL_TRI_GDPR = (LegalField.EU_RESIDENTS, LegalField.EU_ESTABLISHMENT)
_LEGAL_TRI_MY_NUMBER = (LegalField.MY_NUMBER_INVOLVED, LegalField.MY_NUMBER_SYSTEM, LegalField.MY_NUMBER_PUBLIC)


def start_label(trigger: str, lang: str) -> str:
    """What told the company a case had become reportable, as the result message names it
    ("the deadlines count from … (second report)"): the trigger of an assessment revision."""
    key = trigger if trigger in ("reported", "second_report", "manual", "contractor") else "reported"
    return t(lang, f"legal_form.start.{key}")


def legal_modal(*, lang: str, incident_id: str, facts: Any, versions: Sequence[str], override: str | None) -> dict[str, Any]:
    """The facts behind the legal assessment, prefilled (from the reports or the last run)."""

    def tri(field: LegalField) -> kit.Block:
        choices = options("tri", Tri, lang)
        return kit.input_block(
            field, t(lang, f"legal_form.{field}"), kit.radio(VALUE, choices, initial=getattr(facts, field.value))
        )

    def select(field: LegalField, values: Sequence[str], initial: str) -> kit.Block:
        choices = [kit.option(t(lang, f"legal_form.{field}.{v}"), v) for v in values]
        return kit.input_block(field, t(lang, f"legal_form.{field}"), kit.static_select(VALUE, choices, initial=initial))

    def moment(field: LegalField, value: datetime | None, optional: bool) -> kit.Block:
        return kit.input_block(
            field, t(lang, f"legal_form.{field}"),
            kit.datetimepicker(VALUE, initial_epoch=int(value.timestamp()) if value else None), optional=optional,
        )

    def count(field: LegalField, value: int | None) -> kit.Block:
        return kit.input_block(
            field, t(lang, f"legal_form.{field}"),
            kit.text_input(VALUE, max_length=20, initial=None if value is None else str(value)), optional=True,
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
        count(LegalField.PEOPLE_COUNT, facts.people_count),
        kit.input_block(
            LegalField.COUNT_IS_MAX, t(lang, "legal_form.count_is_max"),
            tick(lang, "legal_form.count_is_max_option", ticked=facts.count_is_maximum_estimate),
            optional=True,
        ),
        *(tri(f) for f in _LEGAL_TRI_LATER),
        tri(LegalField.PSEUDONYMISED),
        select(LegalField.ROLE, [r.value for r in Role], facts.role.value),
        moment(LegalField.PRINCIPAL_NOTIFIED_AT, facts.principal_notified_at, True),
        select(LegalField.SECTOR, [x.value for x in Sector], facts.sector.value),
        *(tri(f) for f in _LEGAL_TRI_MY_NUMBER),
        count(LegalField.MY_NUMBER_PEOPLE_COUNT, facts.my_number_people_count),
        *(tri(f) for f in _LEGAL_TRI_GDPR),
        select(LegalField.GDPR_RISK, [x.value for x in GdprRisk], facts.gdpr_risk.value),
        tri(LegalField.GDPR_MITIGATED),
        kit.input_block(
            LegalField.RULESET, t(lang, "legal_form.ruleset"),
            kit.static_select(VALUE, ruleset_options, initial=override or RULESET_AUTO),
        ),
    ]
    return kit.modal(
        title=t(lang, "legal_form.title"),
        submit=t(lang, "legal_form.submit"),
        close=t(lang, "report.close"),
        callback_id=Callback.LEGAL_ASSESS,
        blocks=blocks,
        private_metadata=json.dumps({"incident": incident_id}),
    )
