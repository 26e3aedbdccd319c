"""The assessment: which duties apply, why, what is still open, and when.

APPI (個人情報保護法26条; 施行規則7条〜10条; ガイドライン通則編3-5)
=================================================================
Reportable (報告対象事態, 規則7条) — **any one** category suffices, and a
possibility (おそれ) counts the same as a fact:

1. 要配慮個人情報 (sensitive data) — even one person (7条1号);
2. data whose misuse may cause financial loss — even one person (7条2号);
3. caused by an act with an improper purpose (不正の目的; insiders count) —
   even one person (7条3号); from 2024-04-01 this also covers personal
   information the company is acquiring (rule set ``appi-2024-04``);
4. more than 1,000 people (7条4号) — people, not records; 1,000 is not
   reportable, 1,001 is; an unknown count uses the maximum estimate; with no
   estimate the count is unknown.

Attack signs (ガイドライン通則編3-5-3-1 ※, (ア)–(オ)): while
``improper_purpose`` is UNKNOWN, a recorded sign makes category 3 apply as a
possibility (おそれ) — REQUIRED, with ``Caveat.ATTACK_SIGNS_ARE_EXAMPLES``
(PPC Q&A 6-14: a sign is not automatically a possible leak).  For the 確報
period such a category 3 still counts as unconfirmed (see below).  A sign
contradicting an explicit NO is not resolved by the engine: category 3 becomes
UNKNOWN with ``Caveat.ATTACK_SIGNS_CONTRADICT_ANSWER``.

Exception: data protected by high-grade encryption whose key did not leak is
not reportable (7条1号括弧書, which applies to the whole article).  It needs
``strong_encryption=YES`` *and* ``key_leaked=NO``; an unknown on either side
is not applied (relief needs confirmation) and is listed as an open question.

Unknowns: an unknown that could make the case reportable yields
``POSSIBLY_REQUIRED`` with all deadlines running — never ``NOT_REQUIRED``.
An unknown that could only *relieve* (encryption, key, acquisition-only, role)
is not applied until confirmed.  Each unknown whose answer would change a
requirement level or the binding number of days is returned as an
``OpenQuestion`` together with the answer that would change it; the engine
finds them by re-evaluating the (cached) core rules with each possible answer.

Who (法26条1項ただし書, 規則9条): principal and contractor are both obliged;
a contractor that notifies its principal promptly is released from the report
and from notifying individuals.  The engine applies the release when
``role=CONTRACTOR`` and ``principal_notified_at`` falls on or before day 5
(the same "about 3–5 days" reading as the 速報), and always outputs the
notify-principal deadline for a contractor (also for ``BOTH`` and ``UNKNOWN``).

Individuals (法26条2項, 規則10条): notice is required when the case is
reportable, "promptly, as the situation allows" — no fixed date; when notice
is impossible, publication or an inquiry desk may replace it.

Deadlines: see ``deadlines`` (速報 warning from day 3, overdue after day 5;
確報 30 / 60 days with the closed-day shift; awareness day = day 1 in Japan
time; due instants are exclusive ends of Japan days).  Category 3 decides
between 30 and 60 days *even alongside other categories*.  While category 3
is only possible (unknown, or inferred from attack signs) the **earlier**
30-day date is the binding one — unless category 3 is the only way the case
can be reportable, in which case 60 days is the only deadline that can ever
apply — and the 60-day date is shown as a non-binding alternative with
``Caveat.FINAL_60_DAYS_IF_IMPROPER_PURPOSE_CONFIRMED``.

GDPR (Art. 33/34)
=================
Applicable when EU residents are affected or the company has an EU
establishment (YES); possibly applicable when either is UNKNOWN and neither
is YES (then every REQUIRED is lowered to POSSIBLY_REQUIRED).  Art. 33:
notify the supervisory authority within 72 clock hours unless the breach is
unlikely to result in a risk (``gdpr_risk=NONE_OR_LOW``).  Art. 34: tell the
people when the risk is high, unless the data was encrypted or the risk
mitigated (Art. 34(3)(a),(b)); when individual notice would involve
disproportionate effort a public communication replaces it (Art. 34(3)(c)).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import NamedTuple

from .codes import (
    APPI_NOTICE_ITEMS,
    APPI_REPORT_ITEMS,
    GDPR_AUTHORITY_ITEMS,
    GDPR_INDIVIDUAL_ITEMS,
    Alternative,
    Answer,
    Applicability,
    AttackSign,
    Caveat,
    DeadlineKind,
    Fact,
    GdprRisk,
    Jurisdiction,
    Reason,
    ReportItem,
    Requirement,
    Role,
    Sector,
    Tri,
    Unknown,
)
from .deadlines import (
    JST,
    _jst_midnight,
    final_report_day,
    gdpr_deadline,
    require_aware,
    resolve_tz,
)
from .facts import Facts
from .rulesets import RuleSet, RuleSetError, pending_amendments_on, ruleset_for

YES, NO, UNKNOWN = Tri.YES, Tri.NO, Tri.UNKNOWN
REQUIRED = Requirement.REQUIRED
POSSIBLY = Requirement.POSSIBLY_REQUIRED
NOT_REQUIRED = Requirement.NOT_REQUIRED
NOT_APPLICABLE = Requirement.NOT_APPLICABLE
_DUTY = (REQUIRED, POSSIBLY)


# ---------------------------------------------------------------------------
# Output types
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Finding:
    """One reason for a requirement level, with the facts it rests on.

    ``reason.source`` names the rule; ``evidence`` lists the attack signs
    (ア)–(オ) when category 3 rests on them."""

    reason: Reason
    facts: tuple[Fact, ...] = ()
    evidence: tuple[AttackSign, ...] = ()


@dataclass(frozen=True, slots=True)
class Obligation:
    """A duty (report, notice), how strongly it applies and why.

    ``items`` is what the report / notice must contain when there is a duty;
    ``alternatives`` are the permitted substitutes when notifying each person
    is impossible (APPI) or disproportionate (GDPR)."""

    requirement: Requirement
    findings: tuple[Finding, ...] = ()
    alternatives: tuple[Alternative, ...] = ()
    items: tuple[ReportItem, ...] = ()

    @property
    def reasons(self) -> tuple[Reason, ...]:
        return tuple(f.reason for f in self.findings)


@dataclass(frozen=True, slots=True)
class OpenQuestion:
    """An unknown fact and an answer to it that would change the assessment.

    The non-``None`` fields give the new values under that answer.  When no
    single answer changes anything but a combination does (several unknown
    categories all answered NO; strong encryption YES *and* key not leaked;
    no EU residents *and* no EU establishment), ``together_with`` lists the
    other answers that must hold as well."""

    unknown: Unknown
    if_answer: Answer
    regulator_report: Requirement | None = None
    individual_notice: Requirement | None = None
    sector_report: Requirement | None = None
    final_report_days: int | None = None
    applicability: Applicability | None = None
    together_with: tuple[tuple[Unknown, Answer], ...] = ()


@dataclass(frozen=True, slots=True)
class Deadline:
    """A point in time that matters for a duty.

    * ``day`` — the calendar day (a Japanese date for APPI, the organisation's
      date for GDPR): for ``*_WARNING`` kinds the day from which to warn, for
      the others the last day on which acting is in time.
    * ``at`` — the exact instant, in the organisation's time zone: for warnings
      the start of ``day`` (00:00 JST); for due dates the **exclusive** end
      (next day 00:00 JST for APPI, awareness + 72 h for GDPR).  ``passed(now)``
      is ``now >= at``.
    * ``day``/``at`` are ``None`` for "promptly / without undue delay" duties
      that have no fixed date.
    * ``binding`` is False for dates shown for information (the 60-day date
      while category 3 is unconfirmed; the notify-principal dates while the
      role is unknown).
    * ``days`` is the rule's number of days (3, 5, 30 or 60) where there is one.
    """

    kind: DeadlineKind
    day: date | None
    at: datetime | None
    binding: bool = True
    days: int | None = None

    def passed(self, now: datetime) -> bool:
        require_aware(now, "now")
        return self.at is not None and now >= self.at


@dataclass(frozen=True, slots=True)
class JurisdictionAssessment:
    jurisdiction: Jurisdiction
    applicability: Applicability
    regulator_report: Obligation
    individual_notice: Obligation
    sector_report: Obligation | None
    unknowns: tuple[OpenQuestion, ...]
    caveats: tuple[Caveat, ...]
    deadlines: tuple[Deadline, ...]

    def deadline(self, kind: DeadlineKind) -> Deadline | None:
        for d in self.deadlines:
            if d.kind is kind:
                return d
        return None


@dataclass(frozen=True, slots=True)
class Assessment:
    """Result of ``assess``: the rule set used, both jurisdictions, and the
    caveats that concern the whole assessment (rule-set override, pending
    amendments)."""

    ruleset_version: str
    ruleset_effective_from: date
    aware_at: datetime  # in the organisation's time zone
    awareness_day: date  # Japan date = APPI day 1
    appi: JurisdictionAssessment
    gdpr: JurisdictionAssessment
    caveats: tuple[Caveat, ...]


# ---------------------------------------------------------------------------
# APPI core rules (pure functions of small enums; cached)
# ---------------------------------------------------------------------------


class _AppiCore(NamedTuple):
    base: Requirement  # before the contractor release
    requirement: Requirement  # after the contractor release
    released: bool
    final_days: int | None  # binding number of days when there is a duty
    conditional_60: bool  # 30 binding, 60 if category 3 is confirmed
    c1: Tri
    c2: Tri
    c3: Tri
    c4: Tri
    c3_by_signs: bool
    signs_conflict: bool
    exception: bool


@lru_cache(maxsize=65536)
def _appi_core(
    s: Tri,
    f: Tri,
    p: Tri,
    signs: bool,
    n: Tri,
    e: Tri,
    k: Tri,
    a: Tri,
    covers_acq: bool,
    role: Role,
    notified_in_time: bool,
    short_days: int,
    long_days: int,
) -> _AppiCore:
    # Category 3 from the answer and the attack signs.
    c3_by_signs = False
    conflict = False
    if p is YES:
        c3 = YES
    elif signs:
        if p is UNKNOWN:
            c3, c3_by_signs = YES, True  # a listed sign is a possibility (おそれ)
        else:  # answered NO although a sign was recorded: do not guess
            c3, conflict = UNKNOWN, True
    else:
        c3 = p
    if a is YES:
        # Only category 3 covers personal information being acquired, and only
        # from 2024-04-01; categories 1, 2, 4 concern personal data held.
        c1 = c2 = c4 = NO
        if not covers_acq:
            c3 = NO
    else:  # NO, or UNKNOWN (relief needs confirmation)
        c1, c2, c4 = s, f, n
    cats = (c1, c2, c3, c4)
    exception = e is YES and k is NO
    if exception:
        base = NOT_REQUIRED
    elif YES in cats:
        base = REQUIRED
    elif UNKNOWN in cats:
        base = POSSIBLY
    else:
        base = NOT_REQUIRED
    final_days: int | None = None
    conditional_60 = False
    if base is not NOT_REQUIRED:
        c3_possible = c3 is UNKNOWN or c3_by_signs
        if c3 is YES and not c3_by_signs:
            final_days = long_days
        elif c3_possible and c1 is NO and c2 is NO and c4 is NO:
            final_days = long_days  # category 3 is the only route to a duty
        else:
            final_days = short_days
            conditional_60 = c3_possible
    released = base is not NOT_REQUIRED and role is Role.CONTRACTOR and notified_in_time
    requirement = NOT_REQUIRED if released else base
    return _AppiCore(
        base, requirement, released, final_days, conditional_60,
        c1, c2, c3, c4, c3_by_signs, conflict, exception,
    )


# Answers tried for each unknown input of the APPI core, by argument position.
_TRI_ANSWERS = ((YES, Answer.YES), (NO, Answer.NO))
_COUNT_ANSWERS = ((YES, Answer.OVER_THRESHOLD), (NO, Answer.AT_MOST_THRESHOLD))
_ROLE_ANSWERS = (
    (Role.PRINCIPAL, Answer.PRINCIPAL),
    (Role.CONTRACTOR, Answer.CONTRACTOR),
    (Role.BOTH, Answer.BOTH),
)
_APPI_WHAT_IF = (
    (0, Unknown.SENSITIVE_DATA, _TRI_ANSWERS),
    (1, Unknown.FINANCIAL_HARM, _TRI_ANSWERS),
    (2, Unknown.IMPROPER_PURPOSE, _TRI_ANSWERS),
    (4, Unknown.PEOPLE_COUNT, _COUNT_ANSWERS),
    (5, Unknown.STRONG_ENCRYPTION, _TRI_ANSWERS),
    (6, Unknown.KEY_LEAKED, _TRI_ANSWERS),
    (7, Unknown.ACQUISITION_ONLY, _TRI_ANSWERS),
)


@lru_cache(maxsize=65536)
def _appi_open_questions(args: tuple) -> tuple[OpenQuestion, ...]:
    base = _appi_core(*args)
    out: list[OpenQuestion] = []
    for pos, unknown, answers in _APPI_WHAT_IF:
        if args[pos] is not UNKNOWN:
            continue
        for value, answer in answers:
            alt = _appi_core(*args[:pos], value, *args[pos + 1:])
            q = _appi_diff(unknown, answer, base, alt)
            if q is not None:
                out.append(q)
    if args[9] is Role.UNKNOWN:
        for value, answer in _ROLE_ANSWERS:
            alt = _appi_core(*args[:9], value, *args[10:])
            q = _appi_diff(Unknown.ROLE, answer, base, alt)
            if q is not None:
                out.append(q)
    # Combinations: every unknown category answered NO at once.
    open_cats = [(pos, unknown, answers[1]) for pos, unknown, answers in _APPI_WHAT_IF[:4] if args[pos] is UNKNOWN]
    if len(open_cats) >= 2:
        alt_args = list(args)
        for pos, _, (value, _) in open_cats:
            alt_args[pos] = value
        together = tuple((unknown, answer) for _, unknown, (_, answer) in open_cats[1:])
        q = _appi_diff(open_cats[0][1], open_cats[0][2][1], base, _appi_core(*alt_args), together)
        if q is not None:
            out.append(q)
    # Combination: strong encryption YES and key not leaked, both unknown.
    if args[5] is UNKNOWN and args[6] is UNKNOWN:
        alt = _appi_core(*args[:5], YES, NO, *args[7:])
        q = _appi_diff(Unknown.STRONG_ENCRYPTION, Answer.YES, base, alt, ((Unknown.KEY_LEAKED, Answer.NO),))
        if q is not None:
            out.append(q)
    return tuple(out)


def _appi_diff(
    unknown: Unknown,
    answer: Answer,
    base: _AppiCore,
    alt: _AppiCore,
    together: tuple[tuple[Unknown, Answer], ...] = (),
) -> OpenQuestion | None:
    req = alt.requirement if alt.requirement is not base.requirement else None
    days = None
    if alt.requirement is not NOT_REQUIRED and alt.final_days != base.final_days:
        days = alt.final_days
    if req is None and days is None:
        return None
    return OpenQuestion(
        unknown, answer, regulator_report=req, individual_notice=req, final_report_days=days, together_with=together
    )


# ---------------------------------------------------------------------------
# GDPR core rules
# ---------------------------------------------------------------------------


class _GdprCore(NamedTuple):
    applicability: Applicability
    authority: Requirement
    individuals: Requirement


@lru_cache(maxsize=1024)
def _gdpr_core(res: Tri, est: Tri, risk: GdprRisk, mitigated: Tri) -> _GdprCore:
    if res is YES or est is YES:
        app = Applicability.APPLICABLE
    elif res is NO and est is NO:
        return _GdprCore(Applicability.NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE)
    else:
        app = Applicability.POSSIBLY_APPLICABLE
    if risk is GdprRisk.NONE_OR_LOW:
        authority = NOT_REQUIRED
    elif risk is GdprRisk.UNKNOWN:
        authority = POSSIBLY
    else:
        authority = REQUIRED
    if risk is GdprRisk.HIGH:
        individuals = NOT_REQUIRED if mitigated is YES else REQUIRED
    elif risk is GdprRisk.UNKNOWN:
        individuals = NOT_REQUIRED if mitigated is YES else POSSIBLY
    else:
        individuals = NOT_REQUIRED
    if app is Applicability.POSSIBLY_APPLICABLE:
        authority = POSSIBLY if authority is REQUIRED else authority
        individuals = POSSIBLY if individuals is REQUIRED else individuals
    return _GdprCore(app, authority, individuals)


_RISK_ANSWERS = (
    (GdprRisk.NONE_OR_LOW, Answer.NONE_OR_LOW),
    (GdprRisk.RISK, Answer.RISK),
    (GdprRisk.HIGH, Answer.HIGH),
)


@lru_cache(maxsize=1024)
def _gdpr_open_questions(args: tuple) -> tuple[OpenQuestion, ...]:
    base = _gdpr_core(*args)
    out: list[OpenQuestion] = []
    what_if = (
        (0, Unknown.EU_RESIDENTS_AFFECTED, _TRI_ANSWERS, UNKNOWN),
        (1, Unknown.EU_ESTABLISHMENT, _TRI_ANSWERS, UNKNOWN),
        (2, Unknown.GDPR_RISK, _RISK_ANSWERS, GdprRisk.UNKNOWN),
        (3, Unknown.GDPR_MITIGATED_OR_ENCRYPTED, _TRI_ANSWERS, UNKNOWN),
    )
    for pos, unknown, answers, unknown_value in what_if:
        if args[pos] is not unknown_value:
            continue
        for value, answer in answers:
            alt = _gdpr_core(*args[:pos], value, *args[pos + 1:])
            auth = alt.authority if alt.authority is not base.authority else None
            ind = alt.individuals if alt.individuals is not base.individuals else None
            app = alt.applicability if alt.applicability is not base.applicability else None
            if auth is not None or ind is not None or app is not None:
                out.append(OpenQuestion(
                    unknown, answer, regulator_report=auth, individual_notice=ind, applicability=app
                ))
    if args[0] is UNKNOWN and args[1] is UNKNOWN:  # no EU residents and no EU establishment
        alt = _gdpr_core(NO, NO, *args[2:])
        out.append(OpenQuestion(
            Unknown.EU_RESIDENTS_AFFECTED, Answer.NO,
            regulator_report=alt.authority, individual_notice=alt.individuals,
            applicability=alt.applicability,
            together_with=((Unknown.EU_ESTABLISHMENT, Answer.NO),),
        ))
    return tuple(out)


# ---------------------------------------------------------------------------
# Deadline construction (cached per Japan day / time zone)
# ---------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _appi_deadlines(
    day1: date,
    tz: tzinfo,
    warn_day: int,
    overdue_day: int,
    final_days: int,
    conditional_days: int | None,
) -> tuple[tuple[Deadline, ...], bool]:
    """速報 warning/overdue, 確報, optional conditional 60-day 確報, 本人通知."""
    warn = day1 + timedelta(days=warn_day - 1)
    last = day1 + timedelta(days=overdue_day - 1)
    final = final_report_day(day1, final_days)
    moved = final != day1 + timedelta(days=final_days - 1)
    out = [
        Deadline(DeadlineKind.APPI_PRELIMINARY_WARNING, warn, _jst_midnight(warn).astimezone(tz), True, warn_day),
        Deadline(DeadlineKind.APPI_PRELIMINARY_OVERDUE, last,
                 _jst_midnight(last + timedelta(days=1)).astimezone(tz), True, overdue_day),
        Deadline(DeadlineKind.APPI_FINAL, final, _jst_midnight(final + timedelta(days=1)).astimezone(tz),
                 True, final_days),
    ]
    if conditional_days is not None:
        cond = final_report_day(day1, conditional_days)
        out.append(Deadline(DeadlineKind.APPI_FINAL_IF_IMPROPER_PURPOSE, cond,
                            _jst_midnight(cond + timedelta(days=1)).astimezone(tz), False, conditional_days))
    out.append(Deadline(DeadlineKind.APPI_INDIVIDUAL_NOTICE, None, None, True, None))
    return tuple(out), moved


@lru_cache(maxsize=65536)
def _principal_deadlines(day1: date, tz: tzinfo, warn_day: int, overdue_day: int, binding: bool) -> tuple[Deadline, ...]:
    warn = day1 + timedelta(days=warn_day - 1)
    last = day1 + timedelta(days=overdue_day - 1)
    return (
        Deadline(DeadlineKind.APPI_NOTIFY_PRINCIPAL_WARNING, warn, _jst_midnight(warn).astimezone(tz),
                 binding, warn_day),
        Deadline(DeadlineKind.APPI_NOTIFY_PRINCIPAL_OVERDUE, last,
                 _jst_midnight(last + timedelta(days=1)).astimezone(tz), binding, overdue_day),
    )


# ---------------------------------------------------------------------------
# assess
# ---------------------------------------------------------------------------


def assess(facts: Facts, *, tz: tzinfo | str, ruleset: RuleSet | str | None = None) -> Assessment:
    """Assess the legal duties for ``facts``.

    ``tz`` is the organisation's time zone (``ZoneInfo`` or IANA name); all
    output datetimes are in it, while APPI days are counted in Japan time.
    ``ruleset`` overrides the rule set in force at awareness (a ``RuleSet`` or
    a version string from ``RULE_SETS``); the override is flagged with
    ``Caveat.RULESET_OVERRIDDEN``.

    Raises ``FactsError`` (invalid facts), ``RuleSetError`` (no rule set in
    force at awareness and no override, or unknown version).
    """
    if not isinstance(facts, Facts):
        raise TypeError("assess takes a Facts instance (see facts_from_mapping)")
    zone = resolve_tz(tz)
    aware_jst = facts.aware_at.astimezone(JST)
    day1 = aware_jst.date()

    caveats: list[Caveat] = []
    if ruleset is None:
        rs = ruleset_for(day1)
    else:
        rs = ruleset_for(day1, override=ruleset)
        try:
            in_force: RuleSet | None = ruleset_for(day1)
        except RuleSetError:
            in_force = None
        if in_force != rs:
            caveats.append(Caveat.RULESET_OVERRIDDEN)
    if pending_amendments_on(day1):
        caveats.append(Caveat.AMENDMENT_2026_PENDING)

    appi = _assess_appi(facts, rs, day1, zone)
    gdpr = _assess_gdpr(facts, zone)
    return Assessment(
        ruleset_version=rs.version,
        ruleset_effective_from=rs.effective_from,
        aware_at=facts.aware_at.astimezone(zone),
        awareness_day=day1,
        appi=appi,
        gdpr=gdpr,
        caveats=tuple(caveats),
    )


def _count_tri(facts: Facts, threshold: int) -> Tri:
    if facts.people_count is None:
        return UNKNOWN
    # An exact count or a maximum estimate: above the threshold is (possibly)
    # more than 1,000 people; at or below it the count cannot exceed 1,000.
    return YES if facts.people_count > threshold else NO


def _assess_appi(facts: Facts, rs: RuleSet, day1: date, zone: tzinfo) -> JurisdictionAssessment:
    n = _count_tri(facts, rs.people_threshold)
    signs = facts.attack_signs
    notified = facts.principal_notified_at
    overdue_last = day1 + timedelta(days=rs.preliminary_overdue_day - 1)
    notified_in_time = notified is not None and notified.astimezone(JST).date() <= overdue_last
    role = facts.role
    args = (
        facts.sensitive_data, facts.financial_harm, facts.improper_purpose, bool(signs), n,
        facts.strong_encryption, facts.key_leaked, facts.acquisition_only,
        rs.category3_covers_acquisition, role, notified_in_time,
        rs.final_report_days, rs.final_report_days_improper_purpose,
    )
    core = _appi_core(*args)
    unknowns = list(_appi_open_questions(args))
    req = core.requirement
    acquisition = facts.acquisition_only is YES

    # -- findings for the report ------------------------------------------------
    findings: list[Finding] = []
    c3_facts = (Fact.ATTACK_SIGNS,) if core.c3_by_signs else (Fact.IMPROPER_PURPOSE,)
    if acquisition:
        if core.c3 is YES:
            findings.append(Finding(Reason.CATEGORY_3_DATA_BEING_ACQUIRED, c3_facts + (Fact.ACQUISITION_ONLY,), signs))
        elif not rs.category3_covers_acquisition and (facts.improper_purpose is not NO or signs):
            findings.append(Finding(Reason.ACQUISITION_NOT_COVERED, (Fact.ACQUISITION_ONLY, Fact.IMPROPER_PURPOSE)))
        outside = tuple(
            fact for fact, value in (
                (Fact.SENSITIVE_DATA, facts.sensitive_data),
                (Fact.FINANCIAL_HARM, facts.financial_harm),
                (Fact.PEOPLE_COUNT, n),
            ) if value is not NO
        )
        if outside:
            findings.append(Finding(Reason.ACQUISITION_ONLY_NOT_PERSONAL_DATA, (Fact.ACQUISITION_ONLY,) + outside))
    else:
        if core.c1 is YES:
            findings.append(Finding(Reason.CATEGORY_1_SENSITIVE_DATA, (Fact.SENSITIVE_DATA,)))
        if core.c2 is YES:
            findings.append(Finding(Reason.CATEGORY_2_FINANCIAL_HARM, (Fact.FINANCIAL_HARM,)))
        if core.c3 is YES:
            findings.append(Finding(Reason.CATEGORY_3_IMPROPER_PURPOSE, c3_facts, signs))
        if core.c4 is YES:
            count_facts = (Fact.PEOPLE_COUNT, Fact.COUNT_IS_MAXIMUM_ESTIMATE) if facts.count_is_maximum_estimate else (Fact.PEOPLE_COUNT,)
            findings.append(Finding(Reason.CATEGORY_4_OVER_1000_PEOPLE, count_facts))
    if facts.strong_encryption is YES and facts.key_leaked is YES:
        findings.append(Finding(Reason.ENCRYPTION_KEY_LEAKED, (Fact.STRONG_ENCRYPTION, Fact.KEY_LEAKED)))
    if core.exception:
        findings.append(Finding(Reason.STRONG_ENCRYPTION_EXCEPTION, (Fact.STRONG_ENCRYPTION, Fact.KEY_LEAKED)))
    elif core.base is POSSIBLY:
        open_facts = []
        if core.c1 is UNKNOWN:
            open_facts.append(Fact.SENSITIVE_DATA)
        if core.c2 is UNKNOWN:
            open_facts.append(Fact.FINANCIAL_HARM)
        if core.c3 is UNKNOWN:
            open_facts.append(Fact.IMPROPER_PURPOSE)
            if core.signs_conflict:
                open_facts.append(Fact.ATTACK_SIGNS)
        if core.c4 is UNKNOWN:
            open_facts.append(Fact.PEOPLE_COUNT)
        findings.append(Finding(Reason.UNKNOWN_MAY_MAKE_REPORTABLE, tuple(open_facts)))
    elif core.base is NOT_REQUIRED and not findings:
        findings.append(Finding(
            Reason.NO_CATEGORY_APPLIES,
            (Fact.SENSITIVE_DATA, Fact.FINANCIAL_HARM, Fact.IMPROPER_PURPOSE, Fact.PEOPLE_COUNT),
        ))
    if core.released:
        findings.append(Finding(Reason.CONTRACTOR_RELEASED, (Fact.ROLE, Fact.PRINCIPAL_NOTIFIED_AT)))
    elif role is Role.CONTRACTOR and notified is not None and not notified_in_time and core.base in _DUTY:
        findings.append(Finding(Reason.CONTRACTOR_NOTICE_LATE, (Fact.PRINCIPAL_NOTIFIED_AT,)))
    report_findings = tuple(findings)

    duty = req in _DUTY
    if duty:
        regulator_report = Obligation(req, report_findings, (), APPI_REPORT_ITEMS)
        individual_notice = Obligation(
            req,
            (Finding(Reason.INDIVIDUAL_NOTICE_FOLLOWS_REPORT),) + report_findings,
            (Alternative.PUBLICATION, Alternative.INQUIRY_DESK),
            APPI_NOTICE_ITEMS,
        )
    else:
        regulator_report = individual_notice = Obligation(req, report_findings)

    # -- deadlines ---------------------------------------------------------------
    deadlines: tuple[Deadline, ...] = ()
    moved = False
    if duty:
        deadlines, moved = _appi_deadlines(
            day1, zone, rs.preliminary_warning_day, rs.preliminary_overdue_day, core.final_days,
            rs.final_report_days_improper_purpose if core.conditional_60 else None,
        )
    if core.base in _DUTY and role is not Role.PRINCIPAL:
        deadlines = _principal_deadlines(
            day1, zone, rs.preliminary_warning_day, rs.preliminary_overdue_day, role is not Role.UNKNOWN
        ) + deadlines

    # -- caveats -----------------------------------------------------------------
    cav: list[Caveat] = []
    if duty:
        cav += (
            Caveat.PRELIMINARY_ABOUT_3_TO_5_DAYS,
            Caveat.PROMPTLY_HAS_NO_FIXED_DAYS,
            Caveat.INDIVIDUAL_NOTICE_MAY_WAIT_IF_HARMFUL,
            Caveat.REPORT_AS_FAR_AS_KNOWN,
        )
        if moved:
            cav.append(Caveat.FINAL_DEADLINE_MOVED_PAST_CLOSED_DAYS)
        if core.conditional_60:
            cav.append(Caveat.FINAL_60_DAYS_IF_IMPROPER_PURPOSE_CONFIRMED)
    elif not core.released:
        cav.append(Caveat.VOLUNTARY_REPORT_ALLOWED)
    if core.exception:
        cav.append(Caveat.ENCRYPTION_MUST_BE_HIGH_GRADE)
    if facts.people_count is not None:
        cav.append(Caveat.COUNT_PEOPLE_NOT_RECORDS)
        if facts.count_is_maximum_estimate:
            cav.append(Caveat.COUNT_IS_MAXIMUM_ESTIMATE)
        if n is NO and req is not REQUIRED and not acquisition:
            cav.append(Caveat.COUNT_MAY_GROW)
    if signs:
        cav.append(Caveat.ATTACK_SIGNS_ARE_EXAMPLES)
        if core.signs_conflict:
            cav.append(Caveat.ATTACK_SIGNS_CONTRADICT_ANSWER)
    if acquisition and not rs.category3_covers_acquisition:
        cav.append(Caveat.ACQUISITION_NOT_COVERED_BEFORE_2024)
    if core.released:
        cav += (Caveat.PRINCIPAL_STILL_OBLIGED, Caveat.CONTRACTOR_RELEASE_WINDOW_APPROXIMATE)
    elif core.base in _DUTY and role is not Role.PRINCIPAL:
        cav.append(Caveat.CONTRACTOR_RELEASE_AVAILABLE)
        if role is not Role.UNKNOWN:
            cav.append(Caveat.CONTRACTOR_RELEASE_WINDOW_APPROXIMATE)
        if role is Role.BOTH:
            cav.append(Caveat.ROLE_BOTH_RELEASE_PARTIAL)

    # -- sector ------------------------------------------------------------------
    sector = facts.sector
    sector_report: Obligation | None = None
    if sector is Sector.FINANCIAL:
        sector_report = Obligation(REQUIRED, (Finding(Reason.SECTOR_FINANCIAL_SUPERVISOR, (Fact.SECTOR,)),))
        cav += (
            Caveat.SECTOR_FINANCIAL_REPORT_TO_SUPERVISOR,
            Caveat.SECTOR_REPORT_MAY_GO_TO_MINISTRY,
            Caveat.SECTOR_RULES_NOT_ENCODED,
        )
    elif sector is Sector.UNKNOWN:
        sector_report = Obligation(POSSIBLY, (Finding(Reason.SECTOR_UNKNOWN, (Fact.SECTOR,)),))
        unknowns.append(OpenQuestion(Unknown.SECTOR, Answer.FINANCIAL, sector_report=REQUIRED))
        unknowns.append(OpenQuestion(Unknown.SECTOR, Answer.GENERAL, sector_report=NOT_REQUIRED))
        cav.append(Caveat.SECTOR_RULES_MAY_ADD_DUTIES)
    elif sector is Sector.MEDICAL:
        cav += (Caveat.SECTOR_MEDICAL_GUIDANCE, Caveat.SECTOR_RULES_NOT_ENCODED)
    elif sector is Sector.TELECOM:
        cav += (Caveat.SECTOR_TELECOM_RULES, Caveat.SECTOR_REPORT_MAY_GO_TO_MINISTRY, Caveat.SECTOR_RULES_NOT_ENCODED)
    elif sector is Sector.OTHER:
        cav += (Caveat.SECTOR_RULES_MAY_ADD_DUTIES, Caveat.SECTOR_RULES_NOT_ENCODED)

    return JurisdictionAssessment(
        jurisdiction=Jurisdiction.APPI,
        applicability=Applicability.APPLICABLE,
        regulator_report=regulator_report,
        individual_notice=individual_notice,
        sector_report=sector_report,
        unknowns=tuple(unknowns),
        caveats=tuple(cav),
        deadlines=deadlines,
    )


def _assess_gdpr(facts: Facts, zone: tzinfo) -> JurisdictionAssessment:
    res, est = facts.eu_residents_affected, facts.eu_establishment
    risk, mitigated = facts.gdpr_risk, facts.gdpr_mitigated_or_encrypted
    args = (res, est, risk, mitigated)
    core = _gdpr_core(*args)
    unknowns = _gdpr_open_questions(args)
    if core.applicability is Applicability.NOT_APPLICABLE:
        na = Obligation(NOT_APPLICABLE, (Finding(Reason.GDPR_NOT_APPLICABLE, (Fact.EU_RESIDENTS_AFFECTED, Fact.EU_ESTABLISHMENT)),))
        return JurisdictionAssessment(Jurisdiction.GDPR, core.applicability, na, na, None, (), (), ())

    prefix: tuple[Finding, ...] = ()
    if core.applicability is Applicability.POSSIBLY_APPLICABLE:
        open_eu = tuple(f for f, v in ((Fact.EU_RESIDENTS_AFFECTED, res), (Fact.EU_ESTABLISHMENT, est)) if v is UNKNOWN)
        prefix = (Finding(Reason.GDPR_POSSIBLY_APPLICABLE, open_eu),)

    if risk is GdprRisk.NONE_OR_LOW:
        auth_f = Finding(Reason.GDPR_UNLIKELY_TO_RESULT_IN_RISK, (Fact.GDPR_RISK,))
    elif risk is GdprRisk.UNKNOWN:
        auth_f = Finding(Reason.GDPR_RISK_UNKNOWN, (Fact.GDPR_RISK,))
    else:
        auth_f = Finding(Reason.GDPR_RISK_TO_RIGHTS, (Fact.GDPR_RISK,))
    if risk is GdprRisk.HIGH:
        ind_fs = [Finding(Reason.GDPR_HIGH_RISK, (Fact.GDPR_RISK,))]
    elif risk is GdprRisk.UNKNOWN:
        ind_fs = [Finding(Reason.GDPR_RISK_UNKNOWN, (Fact.GDPR_RISK,))]
    else:
        ind_fs = [Finding(Reason.GDPR_RISK_NOT_HIGH, (Fact.GDPR_RISK,))]
    if mitigated is YES and risk in (GdprRisk.HIGH, GdprRisk.UNKNOWN):
        ind_fs.append(Finding(Reason.GDPR_ENCRYPTED_OR_MITIGATED, (Fact.GDPR_MITIGATED_OR_ENCRYPTED,)))

    authority = Obligation(
        core.authority, prefix + (auth_f,), (), GDPR_AUTHORITY_ITEMS if core.authority in _DUTY else ()
    )
    ind_duty = core.individuals in _DUTY
    if ind_duty:
        individuals = Obligation(
            core.individuals, prefix + tuple(ind_fs), (Alternative.PUBLIC_COMMUNICATION,), GDPR_INDIVIDUAL_ITEMS
        )
    else:
        individuals = Obligation(core.individuals, prefix + tuple(ind_fs))

    deadlines: list[Deadline] = []
    cav: list[Caveat] = [Caveat.GDPR_DOCUMENT_EVERY_BREACH]
    if core.authority in _DUTY:
        due = gdpr_deadline(facts.aware_at).astimezone(zone)
        deadlines.append(Deadline(DeadlineKind.GDPR_AUTHORITY, due.date(), due, True, None))
        cav += (
            Caveat.GDPR_72_HOURS_ARE_CLOCK_HOURS,
            Caveat.GDPR_PHASED_NOTIFICATION_ALLOWED,
            Caveat.GDPR_LATE_NOTIFICATION_NEEDS_REASONS,
        )
    if risk is GdprRisk.NONE_OR_LOW:
        cav.append(Caveat.GDPR_LOW_RISK_IS_A_JUDGEMENT)
    if ind_duty:
        deadlines.append(Deadline(DeadlineKind.GDPR_INDIVIDUALS, None, None, True, None))
        cav.append(Caveat.GDPR_PUBLIC_NOTICE_IF_DISPROPORTIONATE)
    if facts.role is not Role.PRINCIPAL:
        cav.append(Caveat.GDPR_PROCESSOR_NOTIFIES_CONTROLLER)
    return JurisdictionAssessment(
        Jurisdiction.GDPR, core.applicability, authority, individuals, None,
        unknowns, tuple(cav), tuple(deadlines),
    )


__all__ = [
    "Assessment",
    "Deadline",
    "Finding",
    "JurisdictionAssessment",
    "Obligation",
    "OpenQuestion",
    "assess",
]
