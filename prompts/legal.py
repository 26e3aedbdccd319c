"""The legal-obligations assessment in words: a Slack message for the incident channel and the same
content as plain text for the terminal (``leakbot assess``).

What a reader gets, per jurisdiction (APPI first, then GDPR when it applies or may apply):

* one line per duty with a marker that never hides uncertainty — 🔴 必要 / 🟡 必要の可能性 /
  ⚪ 不要 — and *why*, in one sentence built from the engine's findings (which category of 規則7条,
  which exception, which facts are still open);
* the deadlines as dates with weekday in the organisation's time zone (APPI days are Japanese
  dates; when the organisation is elsewhere the instant the day ends is shown in its zone);
* what is still unknown and how the answer would change ("If … turns out …: … becomes REQUIRED",
  "the 確報 deadline becomes 60 days (date)");
* the caveats the engine attached (guidance that is not a rule, a pending amendment, sector rules
  not encoded, …);
* the rule set and its effective date; when the answer changed since the previous assessment,
  what changed comes first.

The message stays within Slack's limits whatever the content: lines are packed into sections of at
most 3,000 characters, long lists are cut with "… and N more", and the block count is capped.

Strings: every sentence of this module and of ``prompts.drafts`` is a ``legal.*`` key of the
catalog (kept in ``prompts/locale/legal.py``), looked up through ``prompts.i18n.t``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from domain.directory import is_user_id
from domain.legal import DUTY_LEVELS as _DUTY_LEVELS
from domain.legal import (
    JST,
    Alternative,
    Answer,
    Applicability,
    Assessment,
    AttackSign,
    Caveat,
    Deadline,
    DeadlineKind,
    Fact,
    Finding,
    Jurisdiction,
    JurisdictionAssessment,
    Obligation,
    OpenQuestion,
    Reason,
    Requirement,
    appi_final_report_deadline,
)
from domain.legal.outcome import Change, ChangeKind, DeadlineDigest, Duty
from prompts import kit
from prompts.i18n import format_datetime, t, weekday
from prompts.ids import Action

Message = tuple[str, list[kit.Block]]

def text(lang: str, key: str, **params: object) -> str:
    """A sentence from the catalog (a local name: the drafts use it too)."""
    return t(lang, key, **params)


# ---------------------------------------------------------------------------
# Small formatters
# ---------------------------------------------------------------------------

#: Most "if … then" lines shown per jurisdiction and most caveat lines; the rest are counted.
QUESTION_LINES = 10
CAVEAT_LINES = 30
#: Slack's message limit, minus the context and actions blocks that always close the message.
MAX_BLOCKS = 50

_BOLD = re.compile(r"\*([^*\n]+)\*")
_FOLLOWS_REPORT = (Reason.INDIVIDUAL_NOTICE_FOLLOWS_REPORT, Reason.MYNUMBER_NOTICE_FOLLOWS_REPORT)


def level_marker(lang: str, requirement: Requirement) -> str:
    """``🔴 必要`` / ``🟡 必要の可能性`` / ``⚪ 不要`` / ``⚪ 対象外``."""
    return text(lang, f"legal.level.{requirement.value}")


def level_word(lang: str, requirement: Requirement | None) -> str:
    if requirement is None:
        return text(lang, "legal.word.none")
    return text(lang, f"legal.word.{requirement.value}")


def format_day(lang: str, day: date) -> str:
    """``2027-01-04 (月)``."""
    return f"{day:%Y-%m-%d} ({weekday(lang, day)})"  # type: ignore[arg-type]


def _same_as_japan(moment: datetime, tz: ZoneInfo) -> bool:
    return moment.astimezone(tz).utcoffset() == moment.astimezone(JST).utcoffset()


def appi_day(lang: str, deadline: Deadline | DeadlineDigest, tz: ZoneInfo, *, until: bool = True) -> str:
    """An APPI day (a Japanese date) with weekday; outside Japan time also when it ends locally."""
    assert deadline.day is not None
    shown = format_day(lang, deadline.day)
    if deadline.at is None or _same_as_japan(deadline.at, tz):
        return shown
    if until:
        return text(lang, "legal.dl.japan_until", date=shown, local=format_datetime(lang, deadline.at, tz))
    return text(lang, "legal.dl.japan_date", date=shown)


def _join(lang: str, parts: Sequence[str]) -> str:
    return text(lang, "legal.sep").join(parts)


def _actor(actor: str) -> str:
    return f"<@{actor}>" if is_user_id(actor) else kit.escape(actor)


def _plain(line: str) -> str:
    """mrkdwn → terminal text (only the bold markers this module writes)."""
    return _BOLD.sub(r"\1", line)


# ---------------------------------------------------------------------------
# Why: findings → one sentence
# ---------------------------------------------------------------------------


def _facts(lang: str, facts: Iterable[Fact]) -> str:
    return _join(lang, [text(lang, f"legal.fact.{f.value}") for f in facts])


def _signs(lang: str, signs: Iterable[AttackSign]) -> str:
    return "".join(text(lang, f"legal.sign.{s.value}") for s in signs)


def finding_clause(lang: str, finding: Finding) -> str:
    """One clause for one finding (category, exception, open facts…)."""
    r = finding.reason
    if r is Reason.CATEGORY_3_IMPROPER_PURPOSE and finding.evidence and Fact.ATTACK_SIGNS in finding.facts:
        return text(lang, "legal.reason.category_3_signs", signs=_signs(lang, finding.evidence))
    if r is Reason.CATEGORY_4_OVER_1000_PEOPLE and Fact.COUNT_IS_MAXIMUM_ESTIMATE in finding.facts:
        return text(lang, "legal.reason.category_4_estimate")
    if r in (Reason.UNKNOWN_MAY_MAKE_REPORTABLE, Reason.GDPR_POSSIBLY_APPLICABLE):
        return text(lang, f"legal.reason.{r.value}", facts=_facts(lang, finding.facts))
    return text(lang, f"legal.reason.{r.value}")


def reasons_text(lang: str, obligation: Obligation, *, individual: bool = False) -> str:
    """The findings of ``obligation`` as one sentence body (no "Why:" prefix, no final stop).

    For the APPI notice to individuals (``individual=True``) the report's findings are not
    repeated: a duty "follows the report", no duty is "for the same reasons as the report"."""
    findings = obligation.findings
    if individual and findings and findings[0].reason in _FOLLOWS_REPORT:
        return text(lang, f"legal.reason.{findings[0].reason.value}")
    if individual and obligation.requirement not in _DUTY_LEVELS:
        return text(lang, "legal.same_as_report")
    clauses: list[str] = []
    for f in findings:
        clause = finding_clause(lang, f)
        if clause not in clauses:
            clauses.append(clause)
    return _join(lang, clauses)


def _why(lang: str, obligation: Obligation, *, individual: bool = False) -> str:
    body = reasons_text(lang, obligation, individual=individual)
    sentence = text(lang, "legal.why", reasons=body) + text(lang, "legal.end") if body else ""
    if obligation.requirement is Requirement.POSSIBLY_REQUIRED:
        sentence = (sentence + text(lang, "legal.gap") if sentence else "") + text(lang, "legal.possibly_note")
    return sentence


def _duty_line(lang: str, jurisdiction: Jurisdiction, duty: Duty, obligation: Obligation, *, individual: bool = False) -> str:
    label = text(lang, f"legal.duty.{jurisdiction.value}.{duty.value}")
    head = f"{level_marker(lang, obligation.requirement)}{text(lang, 'legal.level_gap')}*{label}*"
    why = _why(lang, obligation, individual=individual)
    return f"{head}\n{text(lang, 'legal.indent')}{why}" if why else head


# ---------------------------------------------------------------------------
# Open questions → "if … then" lines
# ---------------------------------------------------------------------------


def _condition(lang: str, unknown: Fact, answer: Answer) -> str:
    return text(lang, f"legal.if.{unknown.value}.{answer.value}")


def question_line(lang: str, q: OpenQuestion, a: Assessment, jurisdiction: Jurisdiction, tz: ZoneInfo) -> str:
    """"If X turns out to be Y: this becomes REQUIRED / the 確報 deadline becomes 60 days (date)"."""
    conditions = text(lang, "legal.if.and").join(
        [_condition(lang, q.unknown, q.if_answer)] + [_condition(lang, u, ans) for u, ans in q.together_with]
    )
    effects: list[str] = []
    j = jurisdiction.value
    gdpr_gone = q.applicability is Applicability.NOT_APPLICABLE
    if q.applicability is not None:
        effects.append(text(lang, f"legal.effect.gdpr.{q.applicability.value}"))
    if not gdpr_gone:
        if q.regulator_report is not None and q.regulator_report is q.individual_notice:
            effects.append(text(lang, "legal.effect.duties", noun=text(lang, f"legal.noun.{j}.both"),
                                level=level_word(lang, q.regulator_report)))
        else:
            if q.regulator_report is not None:
                effects.append(text(lang, "legal.effect.duty", noun=text(lang, f"legal.noun.{j}.regulator_report"),
                                    level=level_word(lang, q.regulator_report)))
            if q.individual_notice is not None:
                effects.append(text(lang, "legal.effect.duty", noun=text(lang, f"legal.noun.{j}.individual_notice"),
                                    level=level_word(lang, q.individual_notice)))
    if q.sector_report is not None:
        effects.append(text(lang, "legal.effect.duty", noun=text(lang, f"legal.noun.{j}.sector_report"),
                            level=level_word(lang, q.sector_report)))
    if q.final_report_days is not None:
        day, _ = appi_final_report_deadline(a.aware_at, days=q.final_report_days, tz=tz)
        effects.append(text(lang, "legal.effect.days", days=q.final_report_days, date=format_day(lang, day)))
    body = text(lang, "legal.effect.sep").join(effects) + text(lang, "legal.end")
    return "• " + text(lang, "legal.if.line", conditions=conditions, effects=body)


def _capped(lang: str, lines: list[str], limit: int) -> list[str]:
    if len(lines) <= limit:
        return lines
    return lines[:limit] + [text(lang, "legal.more", n=len(lines) - limit)]


# ---------------------------------------------------------------------------
# Deadlines
# ---------------------------------------------------------------------------


def _alternatives(lang: str, alternatives: Sequence[Alternative]) -> str:
    if not alternatives:
        return ""
    names = text(lang, "legal.alt.or").join(text(lang, f"legal.alt.{x.value}") for x in alternatives)
    return text(lang, "legal.dl.alternatives", alternatives=names)


class _Kinds(NamedTuple):
    """The deadline kinds and texts of one Japanese duty (APPI or the My Number Act)."""

    principal_warning: DeadlineKind
    principal_overdue: DeadlineKind
    warning: DeadlineKind
    overdue: DeadlineKind
    final: DeadlineKind
    final_if_improper: DeadlineKind
    notice: DeadlineKind
    released: Reason
    principal_key: str


_APPI_KINDS = _Kinds(
    DeadlineKind.APPI_NOTIFY_PRINCIPAL_WARNING, DeadlineKind.APPI_NOTIFY_PRINCIPAL_OVERDUE,
    DeadlineKind.APPI_PRELIMINARY_WARNING, DeadlineKind.APPI_PRELIMINARY_OVERDUE, DeadlineKind.APPI_FINAL,
    DeadlineKind.APPI_FINAL_IF_IMPROPER_PURPOSE, DeadlineKind.APPI_INDIVIDUAL_NOTICE,
    Reason.CONTRACTOR_RELEASED, "legal.dl.principal",
)
_MYNUMBER_KINDS = _Kinds(
    DeadlineKind.MYNUMBER_NOTIFY_PRINCIPAL_WARNING, DeadlineKind.MYNUMBER_NOTIFY_PRINCIPAL_OVERDUE,
    DeadlineKind.MYNUMBER_PRELIMINARY_WARNING, DeadlineKind.MYNUMBER_PRELIMINARY_OVERDUE, DeadlineKind.MYNUMBER_FINAL,
    DeadlineKind.MYNUMBER_FINAL_IF_IMPROPER_PURPOSE, DeadlineKind.MYNUMBER_INDIVIDUAL_NOTICE,
    Reason.MYNUMBER_CONTRACTOR_RELEASED, "legal.dl.mynumber_principal",
)


def overdue_suffix(lang: str, d: Deadline | None, now: datetime | None, tz: ZoneInfo) -> str:
    """`` — ⚠️ overdue (since …)`` when ``now`` is past a due date (not for warning dates)."""
    if now is None or d is None or d.at is None or not d.passed(now):
        return ""
    return text(lang, "legal.dl.overdue_since", since=format_datetime(lang, d.at, tz))


def _japan_deadline_lines(
    lang: str, a: Assessment, j: JurisdictionAssessment, kinds: _Kinds, tz: ZoneInfo, now: datetime | None,
) -> list[str]:
    lines: list[str] = []
    report = j.regulator_report.requirement
    released = kinds.released in j.regulator_report.reasons
    warn_p, over_p = j.deadline(kinds.principal_warning), j.deadline(kinds.principal_overdue)
    if released:
        lines.append("• " + text(lang, kinds.principal_key + "_done"))
    elif warn_p is not None and over_p is not None:
        line = text(lang, kinds.principal_key, warn=appi_day(lang, warn_p, tz, until=False), overdue=appi_day(lang, over_p, tz))
        if not over_p.binding:
            line += text(lang, "legal.dl.principal_if")
        lines.append("• " + line + overdue_suffix(lang, over_p, now, tz))
    warn, over = j.deadline(kinds.warning), j.deadline(kinds.overdue)
    if warn is not None and over is not None:
        lines.append("• " + text(lang, "legal.dl.preliminary", warn=appi_day(lang, warn, tz, until=False),
                                 overdue=appi_day(lang, over, tz)) + overdue_suffix(lang, over, now, tz))
    final = j.deadline(kinds.final)
    if final is not None and final.day is not None:
        line = text(lang, "legal.dl.final", days=final.days, date=appi_day(lang, final, tz))
        if final.days:
            day1 = a.awareness_day if j.start is None else j.start.at.astimezone(JST).date()
            raw = day1 + timedelta(days=final.days - 1)
            if raw != final.day:
                line += text(lang, "legal.dl.final_moved", days=final.days, raw=format_day(lang, raw))
        lines.append("• " + line + overdue_suffix(lang, final, now, tz))
    cond = j.deadline(kinds.final_if_improper)
    if cond is not None and cond.day is not None:
        final_line = text(lang, "legal.dl.final_if_improper", days=cond.days, date=appi_day(lang, cond, tz))
        lines.append(text(lang, "legal.indent") + final_line)
    if j.deadline(kinds.notice) is not None:
        lines.append("• " + text(lang, "legal.dl.notice") + _alternatives(lang, j.individual_notice.alternatives)
                     + text(lang, "legal.end"))
    if j.start is not None and lines:
        at = format_datetime(lang, j.start.at, tz)
        lines.insert(0, text(lang, "legal.dl.counted_from", at=at, report=kit.escape(j.start.report))
                     if j.start.report else text(lang, "legal.dl.counted_from_unnamed", at=at))
    if lines and report is Requirement.POSSIBLY_REQUIRED:
        lines.insert(0, text(lang, "legal.dl.running"))
    return lines


def _sector_deadline_lines(lang: str, j: JurisdictionAssessment, tz: ZoneInfo, now: datetime | None) -> list[str]:
    warn, over = j.deadline(DeadlineKind.SECTOR_REPORT_WARNING), j.deadline(DeadlineKind.SECTOR_REPORT_OVERDUE)
    if warn is None or over is None:
        return []
    return ["• " + text(lang, "legal.dl.sector", warn=appi_day(lang, warn, tz, until=False), overdue=appi_day(lang, over, tz))
            + overdue_suffix(lang, over, now, tz)]


def _appi_deadline_lines(lang: str, a: Assessment, tz: ZoneInfo, now: datetime | None = None) -> list[str]:
    return _japan_deadline_lines(lang, a, a.appi, _APPI_KINDS, tz, now) + _sector_deadline_lines(lang, a.appi, tz, now)


def _gdpr_deadline_lines(lang: str, a: Assessment, tz: ZoneInfo, now: datetime | None = None) -> list[str]:
    j = a.gdpr
    lines: list[str] = []
    auth = j.deadline(DeadlineKind.GDPR_AUTHORITY)
    if auth is not None and auth.at is not None:
        lines.append("• " + text(lang, "legal.dl.gdpr_authority", at=format_datetime(lang, auth.at, tz),
                                 aware=format_datetime(lang, a.aware_at, tz)) + overdue_suffix(lang, auth, now, tz))
    if j.deadline(DeadlineKind.GDPR_INDIVIDUALS) is not None:
        lines.append("• " + text(lang, "legal.dl.gdpr_individuals") + _alternatives(lang, j.individual_notice.alternatives)
                     + text(lang, "legal.end"))
    return lines


# ---------------------------------------------------------------------------
# Changes
# ---------------------------------------------------------------------------


def _deadline_value(lang: str, jurisdiction: str | None, d: DeadlineDigest | None, tz: ZoneInfo) -> str:
    if d is None:
        return text(lang, "legal.word.none")
    if jurisdiction == Jurisdiction.GDPR:
        return format_datetime(lang, d.at, tz)
    return appi_day(lang, d, tz, until=False)


def change_lines(lang: str, changes: Sequence[Change], tz: ZoneInfo) -> list[str]:
    """What changed, one line each.  A deadline that merely appears or disappears together with a
    change of duty in the same jurisdiction is left out: the duty line says it, and the deadlines
    are listed in full below."""
    duty_changed = {c.jurisdiction for c in changes if c.kind in (ChangeKind.OBLIGATION, ChangeKind.APPLICABILITY)}
    lines: list[str] = []
    for c in changes:
        if c.kind is ChangeKind.RULESET:
            line = text(lang, "legal.changed.ruleset", before=c.before, after=c.after)
        elif c.kind is ChangeKind.APPLICABILITY:
            line = text(lang, "legal.changed.applicability",
                        jurisdiction=text(lang, f"legal.jurisdiction.{c.jurisdiction}"),
                        before=text(lang, f"legal.applicability.{c.before.value}"),
                        after=text(lang, f"legal.applicability.{c.after.value}"))
        elif c.kind is ChangeKind.OBLIGATION:
            assert c.duty is not None, "an obligation change names its duty"
            line = text(lang, "legal.changed.item", label=text(lang, f"legal.duty.{c.jurisdiction}.{c.duty.value}"),
                        before=level_word(lang, c.before), after=f"*{level_word(lang, c.after)}*")
        else:
            if not c.moved and c.jurisdiction in duty_changed:
                continue
            assert c.deadline is not None, "a deadline change names its deadline"
            line = text(lang, "legal.changed.item", label=text(lang, f"legal.deadline.{c.deadline.value}"),
                        before=_deadline_value(lang, c.jurisdiction, c.before, tz),
                        after=f"*{_deadline_value(lang, c.jurisdiction, c.after, tz)}*")
        lines.append("• " + line)
    return lines


# ---------------------------------------------------------------------------
# The document (shared by the Slack message and the terminal text)
# ---------------------------------------------------------------------------


def _caveats(a: Assessment) -> list[Caveat]:
    seen: list[Caveat] = []
    groups = [a.caveats, a.appi.caveats]
    if a.mynumber.applicability is not Applicability.NOT_APPLICABLE:
        groups.append(a.mynumber.caveats)
    if a.gdpr.applicability is not Applicability.NOT_APPLICABLE:
        groups.append(a.gdpr.caveats)
    for group in groups:
        for c in group:
            if c not in seen:
                seen.append(c)
    return seen


def _mynumber_lines(lang: str, j: JurisdictionAssessment) -> list[str]:
    lines = []
    if j.applicability is Applicability.POSSIBLY_APPLICABLE:
        lines.append(text(lang, "legal.mynumber.applicability"))
    for duty, obligation, individual in ((Duty.REGULATOR_REPORT, j.regulator_report, False),
                                         (Duty.INDIVIDUAL_NOTICE, j.individual_notice, True)):
        shown = Obligation(obligation.requirement,
                           tuple(f for f in obligation.findings if f.reason is not Reason.MYNUMBER_POSSIBLY_INVOLVED),
                           obligation.alternatives, obligation.items)
        lines.append(_duty_line(lang, Jurisdiction.MYNUMBER, duty, shown, individual=individual))
    return lines


def _sections(a: Assessment, *, lang: str, tz: ZoneInfo, now: datetime | None = None) -> list[tuple[str, list[str]]]:
    """(title, lines) pairs in display order; an empty title continues without a heading."""
    out: list[tuple[str, list[str]]] = []
    appi = a.appi
    duties = [
        _duty_line(lang, Jurisdiction.APPI, Duty.REGULATOR_REPORT, appi.regulator_report),
        _duty_line(lang, Jurisdiction.APPI, Duty.INDIVIDUAL_NOTICE, appi.individual_notice, individual=True),
    ]
    if appi.sector_report is not None:
        duties.append(_duty_line(lang, Jurisdiction.APPI, Duty.SECTOR_REPORT, appi.sector_report))
    out.append((text(lang, "legal.appi.title"), duties))
    deadlines = _appi_deadline_lines(lang, a, tz, now)
    if deadlines:
        out.append((text(lang, "legal.deadlines.title"), deadlines))
    questions = [question_line(lang, q, a, Jurisdiction.APPI, tz) for q in appi.unknowns]

    mynumber = a.mynumber
    if mynumber.applicability is not Applicability.NOT_APPLICABLE:
        out.append((text(lang, "legal.mynumber.title"), _mynumber_lines(lang, mynumber)))
        mn_deadlines = _japan_deadline_lines(lang, a, mynumber, _MYNUMBER_KINDS, tz, now)
        if mn_deadlines:
            out.append((text(lang, "legal.deadlines.mynumber_title"), mn_deadlines))
        questions += [question_line(lang, q, a, Jurisdiction.MYNUMBER, tz) for q in mynumber.unknowns]

    gdpr = a.gdpr
    if gdpr.applicability is Applicability.NOT_APPLICABLE:
        gdpr_note = text(lang, "legal.gdpr.not_applicable")
    else:
        gdpr_note = ""
        lines = []
        if gdpr.applicability is Applicability.POSSIBLY_APPLICABLE:
            open_facts = next((f.facts for f in gdpr.regulator_report.findings
                               if f.reason is Reason.GDPR_POSSIBLY_APPLICABLE), ())
            lines.append(text(lang, "legal.gdpr.applicability", facts=_facts(lang, open_facts)))
        lines.append(_duty_line(lang, Jurisdiction.GDPR, Duty.REGULATOR_REPORT, _without_applicability(gdpr.regulator_report)))
        lines.append(_duty_line(lang, Jurisdiction.GDPR, Duty.INDIVIDUAL_NOTICE, _without_applicability(gdpr.individual_notice)))
        out.append((text(lang, "legal.gdpr.title"), lines))
        gdpr_deadlines = _gdpr_deadline_lines(lang, a, tz, now)
        if gdpr_deadlines:
            out.append((text(lang, "legal.deadlines.gdpr_title"), gdpr_deadlines))
        questions += [question_line(lang, q, a, Jurisdiction.GDPR, tz) for q in gdpr.unknowns]
    if questions:
        out.append((text(lang, "legal.unknowns.title"), _capped(lang, questions, QUESTION_LINES * 2)))
    caveats = [f"• {text(lang, f'legal.caveat.{c.value}')}" for c in _caveats(a)]
    if caveats:
        out.append((text(lang, "legal.caveats.title"), _capped(lang, caveats, CAVEAT_LINES)))
    if gdpr_note:
        out.append(("", [gdpr_note]))
    return out


def _without_applicability(obligation: Obligation) -> Obligation:
    """The GDPR duty without the "may apply" finding (shown once, above the duties)."""
    findings = tuple(f for f in obligation.findings if f.reason is not Reason.GDPR_POSSIBLY_APPLICABLE)
    return Obligation(obligation.requirement, findings, obligation.alternatives, obligation.items)


def _context(a: Assessment, *, lang: str, tz: ZoneInfo, actor: str | None, who: bool = True) -> str:
    parts = [
        text(lang, "legal.context.ruleset", version=a.ruleset_version, effective=format_day(lang, a.ruleset_effective_from)),
        text(lang, "legal.context.aware", aware=format_datetime(lang, a.aware_at, tz)),
    ]
    if who:
        parts.append(text(lang, "legal.context.actor", actor=_actor(actor)) if actor else text(lang, "legal.context.auto"))
    return text(lang, "legal.context.sep").join(parts) + "\n" + text(lang, "legal.context.disclaimer")


def headline(a: Assessment, *, incident_id: str | None, lang: str, tz: ZoneInfo) -> str:
    """The one-line answer: APPI report level and dates, GDPR notification when it (may) apply."""
    appi = a.appi
    report = appi.regulator_report.requirement
    line = text(lang, "legal.headline.appi", level=level_word(lang, report))
    if incident_id:
        line = f"{incident_id}: {line}"
    over, final = appi.deadline(DeadlineKind.APPI_PRELIMINARY_OVERDUE), appi.deadline(DeadlineKind.APPI_FINAL)
    if report in _DUTY_LEVELS and over is not None and final is not None:
        line += text(lang, "legal.headline.appi_deadlines", preliminary=appi_day(lang, over, tz, until=False),
                     final=appi_day(lang, final, tz, until=False))
    mynumber = a.mynumber
    if mynumber.applicability is not Applicability.NOT_APPLICABLE:
        line += text(lang, "legal.headline.sep") + text(
            lang, "legal.headline.mynumber", level=level_word(lang, mynumber.regulator_report.requirement))
    gdpr = a.gdpr
    if gdpr.applicability is not Applicability.NOT_APPLICABLE:
        part = text(lang, "legal.headline.gdpr", level=level_word(lang, gdpr.regulator_report.requirement))
        due = gdpr.deadline(DeadlineKind.GDPR_AUTHORITY)
        if due is not None and due.at is not None:
            part += text(lang, "legal.headline.gdpr_deadline", at=format_datetime(lang, due.at, tz))
        line += text(lang, "legal.headline.sep") + part
    return line


# ---------------------------------------------------------------------------
# Public builders
# ---------------------------------------------------------------------------


def assessment_message(
    a: Assessment,
    *,
    incident_id: str,
    lang: str,
    tz: ZoneInfo,
    changes: list[Change] | None = None,
    actor: str | None = None,
    now: datetime | None = None,
) -> Message:
    """The assessment for the incident channel: ``(text fallback, blocks)``.  With ``now``, a due
    date already passed is marked overdue, with the moment it passed."""
    ident = kit.escape(incident_id)
    blocks: list[kit.Block] = []
    changed = change_lines(lang, changes, tz) if changes else []
    if changed:
        title = text(lang, "legal.changed.by", actor=_actor(actor)) if actor else text(lang, "legal.changed.title")
        blocks += kit.packed_sections([title] + _capped(lang, changed, QUESTION_LINES))
    blocks.append(kit.header(text(lang, "legal.header", incident_id=incident_id)))
    for title, lines in _sections(a, lang=lang, tz=tz, now=now):
        if title:
            blocks.append(kit.divider())
            lines = [f"*{title}*"] + lines
        blocks += kit.packed_sections(lines)
    closing = [
        kit.context(_context(a, lang=lang, tz=tz, actor=actor)),
        kit.actions(
            kit.button(text(lang, "legal.button.drafts"), Action.LEGAL_DRAFTS, incident_id, style="primary"),
            kit.button(text(lang, "legal.button.reassess"), Action.OPEN_LEGAL, incident_id),
        ),
    ]
    room = MAX_BLOCKS - len(closing)
    if len(blocks) > room:
        blocks = blocks[: room - 1] + [kit.section(text(lang, "legal.more", n=len(blocks) - room + 1))]
    blocks += closing
    answer = headline(a, incident_id=None, lang=lang, tz=tz)
    if changed:
        answer = text(lang, "legal.changed.fallback") + " — " + answer
    fallback = f"{ident}: {answer}"
    return kit.clip(_plain(fallback), kit.MESSAGE_FALLBACK), blocks


def assessment_text(a: Assessment, *, lang: str, tz: ZoneInfo, now: datetime | None = None) -> str:
    """The same content as plain text, for a terminal (``leakbot assess``)."""
    out = [text(lang, "legal.text_title"), "=" * 40, _plain(headline(a, incident_id=None, lang=lang, tz=tz))]
    for title, lines in _sections(a, lang=lang, tz=tz, now=now):
        out.append("")
        if title:
            out += [title, "-" * 40]
        out += [_plain(line) for line in lines]
    out += ["", _plain(_context(a, lang=lang, tz=tz, actor=None, who=False))]
    return "\n".join(out).rstrip() + "\n"


__all__ = [
    "appi_day",
    "assessment_message",
    "assessment_text",
    "change_lines",
    "finding_clause",
    "format_day",
    "headline",
    "level_marker",
    "level_word",
    "overdue_suffix",
    "question_line",
    "reasons_text",
    "text",
]
