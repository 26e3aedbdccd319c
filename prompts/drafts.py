"""Report drafts generated from what the bot records, for a person to complete and send.

Sending is always a person's act: every draft says so in its first lines, and the bot only uploads
the files to the incident channel.  The drafts never contain leaked data — the bot does not hold
it — only categories, field names and counts, plus the team's own descriptions; as a safety net,
anything in those descriptions that looks like a record (an e-mail address, a run of 12 or more
digits such as a card number or My Number) is replaced by a redaction marker.

Drafts (UTF-8, Markdown-ish plain text):

* ``ppc_report_draft`` — report to the PPC (Japanese): header (速報/確報, the deadlines, the rule
  set) and the nine items of 施行規則8条1項, in order; an item that is not known yet is marked
  【未確定：判明次第補完】 (reported as far as known, then completed).
* ``individual_notice_draft`` — notice to the individuals (Japanese, apology-letter register):
  items 1, 2, 4, 5 and 9 only, with an inquiry-desk placeholder.
* ``gdpr_notification_draft`` — notification to the supervisory authority (English): Art. 33(3)
  content, the 72-hour deadline, and "Reasons for the delay" when the deadline had passed at
  ``now``.
* ``public_notice_draft`` — a skeleton public notice (お詫びとお知らせ, Japanese).
* ``mynumber_report_draft`` — report to the PPC under the My Number Act (番号法29条の4第1項): the
  nine items of 特定個人情報漏えい等報告規則3条1項, from the Jinja2 template
  ``prompts/templates/mynumber_report.md.j2``.

``drafts_bundle`` decides which drafts are relevant:

* the PPC report is **always** included — when the APPI report is required or possibly required
  it is the report to file; otherwise its header says "報告義務なし（任意の報告）", because a voluntary
  report is always allowed and the nine items are the office's record of the incident anyway;
* the notice to individuals only when the APPI notice is required or possibly required;
* the public notice when a notice to individuals (APPI or GDPR Art. 34) is required or possibly
  required — publication is the substitute when notice is impossible;
* the My Number Act report when the Act applies or may apply (特定個人情報 involved or unknown);
* the GDPR notification only when GDPR applies or may apply.

Each function takes ``lang`` (default: the language the recipient reads — Japanese for the PPC,
individuals and the public, English for an EU authority); the other language exists so a reader
can check the content.  Strings are the ``legal.draft.*`` keys in ``prompts.legal``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from zoneinfo import ZoneInfo

from domain.legal import DUTY_LEVELS as _DUTY
from domain.legal import (
    Applicability,
    Assessment,
    Caveat,
    DeadlineKind,
    JurisdictionAssessment,
    all_rule_sets,
)
from prompts.i18n import format_datetime, format_duration
from prompts.legal import appi_day, level_word, reasons_text, text
from prompts.templates import render

#: Caveats worth repeating under "9 その他参考となる事項" (entrustment and sector rules).
_ITEM9_CAVEATS = (
    Caveat.CONTRACTOR_RELEASE_AVAILABLE,
    Caveat.PRINCIPAL_STILL_OBLIGED,
    Caveat.ROLE_BOTH_RELEASE_PARTIAL,
    Caveat.SECTOR_FINANCIAL_REPORT_TO_SUPERVISOR,
    Caveat.SECTOR_REPORT_MAY_GO_TO_MINISTRY,
    Caveat.SECTOR_MEDICAL_GUIDANCE,
    Caveat.SECTOR_TELECOM_RULES,
    Caveat.SECTOR_RULES_MAY_ADD_DUTIES,
    Caveat.SECTOR_RULES_NOT_ENCODED,
)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: 12–19 digits, optionally separated by single spaces or hyphens (card numbers, My Number).
_LONG_NUMBER = re.compile(r"(?<![\d])\d(?:[ \-]?\d){11,18}(?![\d])")


@dataclass(frozen=True)
class DraftContext:
    """What the bot recorded about the incident — never the leaked records themselves.

    All fields but ``incident_id`` are optional; a missing one becomes an "unknown, to be
    completed" marker in the drafts.  ``event_type`` and ``data_categories`` are values of
    ``domain.incidents.EventType`` / ``DataCategory``; ``data_items`` are the *names* of the fields
    concerned (a list, or the free text of the second report); ``count_basis`` is ``confirmed`` |
    ``estimated_max`` | ``unknown``; ``secondary_harm`` is ``yes`` | ``no`` | ``unknown``.
    """

    incident_id: str
    department: str | None = None
    event_type: str | None = None
    discovered_at: datetime | None = None
    occurred_at: datetime | None = None
    location: str | None = None
    what_happened: str | None = None
    cause: str | None = None
    data_categories: Sequence[str] = field(default_factory=tuple)
    data_items: Sequence[str] | str | None = None
    people_count: int | None = None
    count_basis: str | None = None
    secondary_harm: str | None = None
    secondary_harm_detail: str | None = None
    measures_done: str | None = None
    measures_planned: str | None = None
    actions_taken: str | None = None
    individual_notice_status: str | None = None
    publication_status: str | None = None
    #: A publication was decided (now or later): the public-notice draft is always in the bundle.
    publication_decided: bool = False


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def redact(value: str, lang: str) -> str:
    """The team's text with anything that looks like leaked data replaced by a marker."""
    marker = text(lang, "legal.draft.masked")
    return _LONG_NUMBER.sub(marker, _EMAIL.sub(marker, value))


def _free(lang: str, value: str | None) -> str | None:
    """Recorded free text, redacted and stripped; None when empty."""
    if value is None:
        return None
    cleaned = redact(str(value), lang).strip()
    return cleaned or None


def _or_unknown(lang: str, value: str | None) -> str:
    return value if value else text(lang, "legal.draft.unknown")


def _block(lang: str, value: str | None, indent: str = "  ") -> str:
    """A possibly multi-line value after a label: inline when one line, indented below otherwise."""
    shown = _or_unknown(lang, value)
    if "\n" not in shown:
        return shown
    return "\n" + "\n".join(indent + line for line in shown.splitlines())


def _bullet(lang: str, label: str, value: str | None) -> str:
    shown = _block(lang, value, "    ")
    return f"- {label}:{shown}" if shown.startswith("\n") else f"- {label}: {shown}"


def _when(lang: str, moment: datetime | None, tz: ZoneInfo) -> str | None:
    return format_datetime(lang, moment, tz) if moment is not None else None


def _event(lang: str, ctx: DraftContext) -> str | None:
    if not ctx.event_type:
        return None
    try:
        return text(lang, f"event.{ctx.event_type}")
    except KeyError:
        return _free(lang, ctx.event_type)


def _categories(lang: str, ctx: DraftContext) -> str | None:
    names = []
    for value in ctx.data_categories or ():
        if str(value) == "unknown":
            continue
        try:
            names.append(text(lang, f"data.{value}"))
        except KeyError:
            names.append(_free(lang, str(value)) or "")
    names = [n for n in names if n]
    return text(lang, "legal.sep").join(names) if names else None


def _items(lang: str, ctx: DraftContext) -> str | None:
    items = ctx.data_items
    if items is None:
        return None
    if isinstance(items, str):
        return _free(lang, items)
    cleaned = [c for c in (_free(lang, str(x)) for x in items) if c]
    return text(lang, "legal.sep").join(cleaned) if cleaned else None


def _count(lang: str, ctx: DraftContext) -> str | None:
    n = ctx.people_count
    basis = str(ctx.count_basis) if ctx.count_basis is not None else None
    if n is None or basis == "unknown":
        return None
    shown = f"{n:,}"
    if basis == "confirmed":
        return text(lang, "legal.draft.count.confirmed", n=shown)
    if basis == "estimated_max":
        return text(lang, "legal.draft.count.estimated_max", n=shown)
    return text(lang, "legal.draft.count.plain", n=shown)


def _harm(lang: str, ctx: DraftContext) -> str | None:
    value = str(ctx.secondary_harm) if ctx.secondary_harm is not None else None
    if value == "yes":
        return text(lang, "legal.draft.harm.yes")
    if value == "no":
        return text(lang, "legal.draft.harm.no")
    return None


def _department(lang: str, ctx: DraftContext) -> str:
    dept = _free(lang, ctx.department)
    return text(lang, "legal.draft.dept_in", department=dept) if dept else text(lang, "legal.draft.dept_default")


def _finish(lines: list[str]) -> str:
    body = "\n".join(lines).rstrip() + "\n"
    return re.sub(r"\n{3,}", "\n\n", body)


def _fields(lang: str, ctx: DraftContext, tz: ZoneInfo) -> dict[str, str | None]:
    """The recorded facts as the drafts show them (redacted; None when not known yet)."""
    return {
        "event": _event(lang, ctx),
        "department": _free(lang, ctx.department),
        "occurred_at": _when(lang, ctx.occurred_at, tz),
        "discovered_at": _when(lang, ctx.discovered_at, tz),
        "location": _free(lang, ctx.location),
        "what_happened": _free(lang, ctx.what_happened),
        "categories": _categories(lang, ctx),
        "item_names": _items(lang, ctx),
        "count": _count(lang, ctx),
        "cause": _free(lang, ctx.cause),
        "harm": _harm(lang, ctx),
        "harm_detail": _free(lang, ctx.secondary_harm_detail),
        "notice_status": _free(lang, ctx.individual_notice_status),
        "publication_status": _free(lang, ctx.publication_status),
        "actions": _free(lang, ctx.actions_taken),
        "done": _free(lang, ctx.measures_done),
        "planned": _free(lang, ctx.measures_planned),
    }


def _render(name: str, lang: str, ctx: DraftContext, tz: ZoneInfo, **values: object) -> str:
    """Template ``name`` with the recorded fields ``f``, the incident id, the "unknown" marker and
    the ``bullet`` / ``or_unknown`` helpers; blank-line runs collapsed, one final newline."""
    return _finish(render(
        name,
        lang=lang,
        incident_id=ctx.incident_id,
        unknown=text(lang, "legal.draft.unknown"),
        f=_fields(lang, ctx, tz),
        bullet=partial(_bullet, lang),
        or_unknown=partial(_or_unknown, lang),
        **values,
    ).splitlines())


# ---------------------------------------------------------------------------
# Report to the PPC (規則8条1項, items 1–9)
# ---------------------------------------------------------------------------


def _ppc_status(lang: str, a: Assessment) -> str:
    report = a.appi.regulator_report
    key = report.requirement.value if report.requirement in _DUTY else "not_required"
    return text(lang, f"legal.draft.ppc.status.{key}", reasons=reasons_text(lang, report))


def _report_deadlines(
    lang: str, j: JurisdictionAssessment, kinds: tuple[DeadlineKind, DeadlineKind, DeadlineKind, DeadlineKind],
    key: str, tz: ZoneInfo,
) -> list[str]:
    """速報 window, 確報 and the conditional 確報 of a Japanese report to the PPC (APPI or My Number Act):
    ``kinds`` are its preliminary-warning, preliminary-overdue, final and final-if-improper-purpose deadlines,
    ``key`` the catalog prefix of its lines."""
    if j.regulator_report.requirement not in _DUTY:
        return [text(lang, "legal.draft.ppc.deadline_none")]
    warn_kind, over_kind, final_kind, cond_kind = kinds
    lines = []
    warn, over = j.deadline(warn_kind), j.deadline(over_kind)
    if warn is not None and over is not None:
        lines.append(text(lang, f"{key}.deadline_preliminary", warn=appi_day(lang, warn, tz, until=False),
                          overdue=appi_day(lang, over, tz)))
    final = j.deadline(final_kind)
    if final is not None and final.day is not None:
        lines.append(text(lang, f"{key}.deadline_final", date=appi_day(lang, final, tz), days=final.days))
    cond = j.deadline(cond_kind)
    if cond is not None and cond.day is not None:
        lines.append(text(lang, f"{key}.deadline_final_if", date=appi_day(lang, cond, tz), days=cond.days))
    return lines


_APPI_REPORT_DEADLINES = (
    DeadlineKind.APPI_PRELIMINARY_WARNING, DeadlineKind.APPI_PRELIMINARY_OVERDUE,
    DeadlineKind.APPI_FINAL, DeadlineKind.APPI_FINAL_IF_IMPROPER_PURPOSE,
)
_MYNUMBER_REPORT_DEADLINES = (
    DeadlineKind.MYNUMBER_PRELIMINARY_WARNING, DeadlineKind.MYNUMBER_PRELIMINARY_OVERDUE,
    DeadlineKind.MYNUMBER_FINAL, DeadlineKind.MYNUMBER_FINAL_IF_IMPROPER_PURPOSE,
)


def ppc_report_draft(a: Assessment, ctx: DraftContext, *, tz: ZoneInfo, lang: str = "ja") -> str:
    """Report to the 個人情報保護委員会: header and the nine items of 規則8条1項, in order."""
    notice = a.appi.individual_notice.requirement
    duty = level_word(lang, notice) + (" — " + text(lang, "legal.draft.notice_due") if notice in _DUTY else "")
    return _render(
        "ppc_report.md.j2",
        lang,
        ctx,
        tz,
        status=_ppc_status(lang, a),
        deadlines=_report_deadlines(lang, a.appi, _APPI_REPORT_DEADLINES, "legal.draft.ppc", tz),
        aware=format_datetime(lang, a.aware_at, tz),
        ruleset_version=a.ruleset_version,
        ruleset_effective=a.ruleset_effective_from.isoformat(),
        notice_duty=duty,
        reportable=reasons_text(lang, a.appi.regulator_report),
        caveats=[c.value for c in a.appi.caveats if c in _ITEM9_CAVEATS],
    )


# ---------------------------------------------------------------------------
# Report to the PPC under the My Number Act (規則3条1項, items 1–9) — a Jinja2 template
# ---------------------------------------------------------------------------


def mynumber_report_draft(a: Assessment, ctx: DraftContext, *, tz: ZoneInfo, lang: str = "ja") -> str:
    """Report to the 個人情報保護委員会 under 番号法29条の4第1項: the nine items of 規則3条1項."""
    report = a.mynumber.regulator_report
    key = report.requirement.value if report.requirement in _DUTY else "not_required"
    notice = a.mynumber.individual_notice.requirement
    duty = level_word(lang, notice) + (" — " + text(lang, "legal.draft.notice_due") if notice in _DUTY else "")
    categories = _categories(lang, ctx)
    version = a.mynumber.ruleset_version
    effective = next((i.effective_from for i in all_rule_sets() if i.version == version), None)
    return _finish(render(
        "mynumber_report.md.j2",
        lang=lang,
        incident_id=ctx.incident_id,
        unknown=text(lang, "legal.draft.unknown"),
        status=text(lang, f"legal.draft.mynumber.status.{key}", reasons=reasons_text(lang, report)),
        deadlines=_report_deadlines(lang, a.mynumber, _MYNUMBER_REPORT_DEADLINES, "legal.draft.mynumber", tz),
        aware=format_datetime(lang, a.aware_at, tz),
        ruleset_version=version,
        ruleset_effective=effective.isoformat() if effective else "—",
        summary=[
            _bullet(lang, text(lang, "legal.draft.f.event"), _event(lang, ctx)),
            _bullet(lang, text(lang, "legal.draft.f.department"), _free(lang, ctx.department)),
            _bullet(lang, text(lang, "legal.draft.f.occurred_at"), _when(lang, ctx.occurred_at, tz)),
            _bullet(lang, text(lang, "legal.draft.f.discovered_at"), _when(lang, ctx.discovered_at, tz)),
            _bullet(lang, text(lang, "legal.draft.f.location"), _free(lang, ctx.location)),
            _bullet(lang, text(lang, "legal.draft.f.what_happened"), _free(lang, ctx.what_happened)),
        ],
        data_items=[
            _bullet(lang, text(lang, "legal.draft.f.categories"), categories),
            _bullet(lang, text(lang, "legal.draft.f.items"), _items(lang, ctx)),
        ],
        people=_or_unknown(lang, _count(lang, ctx)),
        cause=_or_unknown(lang, _free(lang, ctx.cause)),
        harm=[
            _bullet(lang, text(lang, "legal.draft.f.harm"), _harm(lang, ctx)),
            _bullet(lang, text(lang, "legal.draft.f.harm_detail"), _free(lang, ctx.secondary_harm_detail)),
        ],
        response=[
            _bullet(lang, text(lang, "legal.draft.f.notice_duty"), duty),
            _bullet(lang, text(lang, "legal.draft.f.notice_status"), _free(lang, ctx.individual_notice_status)),
        ],
        publication=_bullet(lang, text(lang, "legal.draft.f.publication_status"), _free(lang, ctx.publication_status)),
        prevention=[
            _bullet(lang, text(lang, "legal.draft.f.actions"), _free(lang, ctx.actions_taken)),
            _bullet(lang, text(lang, "legal.draft.f.done"), _free(lang, ctx.measures_done)),
            _bullet(lang, text(lang, "legal.draft.f.planned"), _free(lang, ctx.measures_planned)),
        ],
        reportable=reasons_text(lang, report),
    ).splitlines())


# ---------------------------------------------------------------------------
# Notice to the individuals (items 1, 2, 4, 5, 9)
# ---------------------------------------------------------------------------


def _harm_lines(lang: str, ctx: DraftContext) -> list[str]:
    """Whether there is secondary harm, in the notices' register, and the team's details."""
    harm = str(ctx.secondary_harm) if ctx.secondary_harm is not None else None
    detail = _free(lang, ctx.secondary_harm_detail)
    if harm == "no":
        out = [text(lang, "legal.draft.notice.harm_no")]
    elif harm == "yes":
        out = [text(lang, "legal.draft.notice.harm_yes")]
    else:
        out = [text(lang, "legal.draft.unknown")]
    if detail:
        out.append(detail)
    return out


def _our_actions(lang: str, ctx: DraftContext) -> str | None:
    parts = [p for p in (_free(lang, ctx.actions_taken), _free(lang, ctx.measures_done), _free(lang, ctx.measures_planned)) if p]
    return "\n".join(parts) if parts else None


def individual_notice_draft(a: Assessment, ctx: DraftContext, *, tz: ZoneInfo, lang: str = "ja") -> str:
    """Notice to the individuals (本人への通知): items 1, 2, 4, 5 and 9, polite register."""
    return _render(
        "individual_notice.md.j2",
        lang,
        ctx,
        tz,
        department=_department(lang, ctx),
        harm_lines=_harm_lines(lang, ctx),
        our_actions=_our_actions(lang, ctx),
    )


# ---------------------------------------------------------------------------
# Public notice (お詫びとお知らせ)
# ---------------------------------------------------------------------------


def public_notice_draft(a: Assessment, ctx: DraftContext, *, tz: ZoneInfo, lang: str = "ja") -> str:
    """A skeleton web / public notice."""
    return _render(
        "public_notice.md.j2",
        lang,
        ctx,
        tz,
        department=_department(lang, ctx),
        harm_lines=_harm_lines(lang, ctx),
    )


# ---------------------------------------------------------------------------
# GDPR Art. 33 notification
# ---------------------------------------------------------------------------


def gdpr_notification_draft(
    a: Assessment, ctx: DraftContext, *, tz: ZoneInfo, now: datetime | None = None, lang: str = "en"
) -> str:
    """Notification to the supervisory authority (Art. 33(3)), with the 72-hour deadline and a
    "reasons for the delay" section when the deadline had passed at ``now``."""
    g = a.gdpr
    due = g.deadline(DeadlineKind.GDPR_AUTHORITY)
    due_at = due.at if due is not None else None
    late = due is not None and due_at is not None and now is not None and due.passed(now)
    return _render(
        "gdpr_art33.md.j2",
        lang,
        ctx,
        tz,
        not_applicable=g.applicability is Applicability.NOT_APPLICABLE,
        level=level_word(lang, g.regulator_report.requirement),
        reasons=reasons_text(lang, g.regulator_report),
        aware=format_datetime(lang, a.aware_at, tz),
        due_at=format_datetime(lang, due_at, tz) if due_at is not None else None,
        now=format_datetime(lang, now, tz) if now is not None else None,
        late=late,
        left=format_duration(lang, due_at - now) if due_at is not None and now is not None else None,
    )


# ---------------------------------------------------------------------------
# Bundle
# ---------------------------------------------------------------------------


def _file_id(incident_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", incident_id) or "incident"


def drafts_bundle(a: Assessment, ctx: DraftContext, *, tz: ZoneInfo, now: datetime) -> list[tuple[str, str]]:
    """``(filename, content)`` for every relevant draft (see the module docstring for which)."""
    ident = _file_id(ctx.incident_id)
    bundle = [(f"{ident}_ppc_report_draft.md", ppc_report_draft(a, ctx, tz=tz))]
    appi_notice = a.appi.individual_notice.requirement in _DUTY
    gdpr_on = a.gdpr.applicability is not Applicability.NOT_APPLICABLE
    gdpr_notice = gdpr_on and a.gdpr.individual_notice.requirement in _DUTY
    if appi_notice:
        bundle.append((f"{ident}_individual_notice_draft.md", individual_notice_draft(a, ctx, tz=tz)))
    if appi_notice or gdpr_notice or ctx.publication_decided:
        bundle.append((f"{ident}_public_notice_draft.md", public_notice_draft(a, ctx, tz=tz)))
    if a.mynumber.applicability is not Applicability.NOT_APPLICABLE:
        bundle.append((f"{ident}_mynumber_report_draft.md", mynumber_report_draft(a, ctx, tz=tz)))
    if gdpr_on:
        bundle.append((f"{ident}_gdpr_art33_notification_draft.md", gdpr_notification_draft(a, ctx, tz=tz, now=now)))
    return bundle


__all__ = [
    "DraftContext",
    "drafts_bundle",
    "gdpr_notification_draft",
    "individual_notice_draft",
    "mynumber_report_draft",
    "ppc_report_draft",
    "public_notice_draft",
    "redact",
]
