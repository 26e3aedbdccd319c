"""The group channel's post about a serious incident, and the weekly summary's list of them.

Only what the group's central office needs to know at once: the ID, company and department, event
type, severity hint, phase, the PPC-report status and why it counts as serious — never free text
from a report, never names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from prompts import kit
from prompts.common import Message
from prompts.i18n import format_datetime, t


@dataclass(frozen=True)
class SeriousIncident:
    incident_id: str
    company: str
    department: str
    event_type: str
    severity: str
    phase: str
    reported_at: datetime
    #: Jurisdiction code → PPC-report level; None while not assessed.
    legal: Mapping[str, str] | None
    reasons: tuple[str, ...] = ()
    people_over: int | None = None


def legal_text(legal: Mapping[str, str] | None, lang: str) -> str:
    if legal is None:
        return t(lang, "group.legal_pending")
    return " / ".join(
        f"{t(lang, f'legal.jurisdiction.{code}')} {t(lang, f'legal.level.{level}')}" for code, level in legal.items()
    )


def _reason(code: str, lang: str, people_over: int | None) -> str:
    return t(lang, f"group.reason.{code}", n=people_over) if code == "people_over" else t(lang, f"group.reason.{code}")


def group_message(incident: SeriousIncident, *, lang: str, tz: ZoneInfo) -> Message:
    """The one post per serious incident, updated in place."""
    company = f"{incident.company} / " if incident.company else ""
    event, severity = t(lang, f"event.{incident.event_type}"), t(lang, f"severity.{incident.severity}")
    phase = t(lang, f"phase.{incident.phase}")
    pairs = [(t(lang, "group.company"), kit.escape(incident.company))] if incident.company else []
    pairs += [
        (t(lang, "card.department"), kit.escape(incident.department)),
        (t(lang, "card.event"), event),
        (t(lang, "card.severity"), severity),
        (t(lang, "card.phase"), phase),
        (t(lang, "group.legal"), legal_text(incident.legal, lang)),
        (t(lang, "group.reported_at"), format_datetime(lang, incident.reported_at, tz)),
    ]
    blocks = [kit.header(t(lang, "group.header", incident_id=incident.incident_id)), *kit.fields_section(pairs)]
    context = [t(lang, "group.hint")]
    if incident.reasons:
        why = "、".join if lang == "ja" else ", ".join
        context.insert(0, t(lang, "group.why", reasons=why(_reason(r, lang, incident.people_over) for r in incident.reasons)))
    blocks.append(kit.context(*context))
    text = t(
        lang, "group.fallback", incident_id=incident.incident_id, company=kit.escape(company),
        department=kit.escape(incident.department), event=event, severity=severity, phase=phase,
    )
    return kit.clip(text, kit.MESSAGE_FALLBACK), blocks


def summary_blocks(incidents: Sequence[SeriousIncident], *, lang: str) -> list[kit.Block]:
    """The weekly summary's list of serious incidents reported to the group (nothing when none)."""
    if not incidents:
        return []
    lines = [
        "• " + t(
            lang, "group.summary_line", incident_id=i.incident_id, department=kit.escape(i.department),
            event=t(lang, f"event.{i.event_type}"), phase=t(lang, f"phase.{i.phase}"), legal=legal_text(i.legal, lang),
        )
        for i in incidents
    ]
    return [kit.divider(), kit.section(f"*{t(lang, 'group.summary_title')}*"), *kit.packed_sections(lines)]
