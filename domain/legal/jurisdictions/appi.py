"""Japan: the Act on the Protection of Personal Information (APPI, 個人情報保護法).

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

Pseudonymised information (仮名加工情報): 法41条9項 disapplies Art. 26 (ガイドライン通則編3-10,
read in the published guideline): ``pseudonymised=YES`` makes both duties NOT_APPLICABLE;
UNKNOWN is a relief-only unknown and is not applied until confirmed.

Sector rules (``Facts.sector``): financial institutions must report a leak of individual
customers' personal data to the FSA / local finance bureau "速やかに" under the sector laws (e.g.
銀行法施行規則13条の6の5の2) — "原則として … 当該事態を知った時点から概ね3~5日以内を目安として"
(金融機関における個人情報保護に関するQ&A A4-12), whatever APPI category applies: a REQUIRED
``sector_report`` with its own 3–5-day deadlines.  Other sectors are caveats only.

Rule sets (``RULE_SETS``), by the Japan-time awareness day:

* ``appi-before-2022-04`` — any awareness before 2022-04-01: reporting was an effort obligation
  (平成29年個人情報保護委員会告示第1号), so nothing is *required*; a voluntary report is possible.
* ``appi-2022-04`` — from 2022-04-01 (令和2年改正法 施行): reporting to the PPC and notifying
  individuals are mandatory for the four categories of 施行規則7条.
* ``appi-2024-04`` — from 2024-04-01: category 3 also covers personal information the company is
  acquiring or trying to acquire and means to handle as personal data (web skimming).

Pending (``PENDING_AMENDMENTS``): an amendment promulgated 2026-07-17 whose effective date is to be
set by Cabinet Order.  No source read for this code states its content, so the engine does not
model it: every assessment with an awareness day on or after the promulgation date carries
``Caveat.AMENDMENT_2026_PENDING`` and ``leakbot assess --rulesets`` lists it as pending.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import Any, NamedTuple

from ..codes import (
    APPI_NOTICE_ITEMS,
    APPI_REPORT_ITEMS,
    Alternative,
    Answer,
    Applicability,
    Caveat,
    DeadlineKind,
    Fact,
    Jurisdiction,
    Reason,
    Requirement,
    Role,
    Sector,
    Tri,
    Unknown,
)
from ..codes import DUTY_LEVELS as _DUTY
from ..deadlines import JST, japan_date
from ..facts import Facts
from ..model import Deadline, Finding, JurisdictionAssessment, Obligation, OpenQuestion, Start
from ..rulesets import PendingAmendment, RuleSetError, RuleSetInfo
from . import Context
from ._japan import ReportKinds, prompt_deadlines, report_deadlines

YES, NO, UNKNOWN = Tri.YES, Tri.NO, Tri.UNKNOWN
REQUIRED = Requirement.REQUIRED
POSSIBLY = Requirement.POSSIBLY_REQUIRED
NOT_REQUIRED = Requirement.NOT_REQUIRED
NOT_APPLICABLE = Requirement.NOT_APPLICABLE


# ---------------------------------------------------------------------------
# Rule sets
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RuleSet:
    """One version of the APPI reporting rules.

    * ``reporting_mandatory`` — False before 2022-04-01 (effort obligation only).
    * ``people_threshold`` — category 4 applies to *more than* this many people
      (施行規則7条4号: 1,000 is not reportable, 1,001 is).
    * ``final_report_days`` / ``final_report_days_improper_purpose`` — 確報
      periods (施行規則8条2項: 30 days, 60 days for category 3).
    * ``preliminary_warning_day`` / ``preliminary_overdue_day`` — the engine's
      reading of the guideline's "概ね3～5日以内" for 速報 and for the
      contractor's notice to its principal (通則編3-5-3-3).
    * ``category3_covers_acquisition`` — category 3 includes data being
      acquired (from 2024-04-01).
    * ``individual_notice_low_risk_relief`` — reserved for the pending amendment; no rule set in
      force sets it, and the engine does not read it until the amendment's text is encoded.
    """

    version: str
    effective_from: date
    category3_covers_acquisition: bool
    reporting_mandatory: bool = True
    people_threshold: int = 1000
    final_report_days: int = 30
    final_report_days_improper_purpose: int = 60
    preliminary_warning_day: int = 3
    preliminary_overdue_day: int = 5
    individual_notice_low_risk_relief: bool = False
    source: str = ""


APPI_BEFORE_2022_04 = RuleSet(
    version="appi-before-2022-04",
    effective_from=date.min,
    category3_covers_acquisition=False,
    reporting_mandatory=False,
    source="令和2年改正法施行前: 報告は努力義務 (平成29年個人情報保護委員会告示第1号)",
)

APPI_2022_04 = RuleSet(
    version="appi-2022-04",
    effective_from=date(2022, 4, 1),
    category3_covers_acquisition=False,
    source="令和2年改正個人情報保護法26条, 施行規則7条〜10条 (2022-04-01施行)",
)

APPI_2024_04 = RuleSet(
    version="appi-2024-04",
    effective_from=date(2024, 4, 1),
    category3_covers_acquisition=True,
    source="施行規則7条3号改正 (令和5年12月公布, 2024-04-01施行)",
)

#: Every rule set in force at some time, oldest first.
RULE_SETS: tuple[RuleSet, ...] = (APPI_BEFORE_2022_04, APPI_2022_04, APPI_2024_04)

AMENDMENT_2026 = PendingAmendment(
    id="appi-2026-amendment", promulgated=date(2026, 7, 17),
    source="個人情報保護法改正 (2026-07-17公布, 施行日は政令で定める)",
)
PENDING_AMENDMENTS: tuple[PendingAmendment, ...] = (AMENDMENT_2026,)


def ruleset_for(
    awareness: datetime | date,
    *,
    override: RuleSet | str | None = None,
    registry: Iterable[RuleSet] = RULE_SETS,
) -> RuleSet:
    """The APPI rule set in force on the Japan-time awareness day.

    ``override`` lets the user choose another version (a ``RuleSet`` or its
    ``version`` string looked up in ``registry``).  ``registry`` defaults to
    ``RULE_SETS``; pass another collection to test a future version.
    Raises ``RuleSetError`` when the override version is unknown, or when
    ``registry`` has nothing in force on that day.
    """
    rulesets = tuple(registry)
    if isinstance(override, RuleSet):
        return override
    if isinstance(override, str):
        for rs in rulesets:
            if rs.version == override:
                return rs
        raise RuleSetError("unknown_ruleset", f"no rule set with version {override!r}")
    if override is not None:
        raise TypeError("override must be a RuleSet, a version string or None")
    day = awareness if (isinstance(awareness, date) and not isinstance(awareness, datetime)) else japan_date(awareness)
    best: RuleSet | None = None
    for rs in rulesets:
        if rs.effective_from <= day and (best is None or rs.effective_from > best.effective_from):
            best = rs
    if best is None:
        raise RuleSetError("no_ruleset_in_force", f"no APPI rule set is in force on {day.isoformat()}")
    return best


def pending_amendments_on(day: date) -> tuple[PendingAmendment, ...]:
    return tuple(a for a in PENDING_AMENDMENTS if a.pending_on(day))


def _infos() -> tuple[RuleSetInfo, ...]:
    out = []
    for i, rs in enumerate(RULE_SETS):
        until = RULE_SETS[i + 1].effective_from - timedelta(days=1) if i + 1 < len(RULE_SETS) else None
        since = None if rs.effective_from == date.min else rs.effective_from
        out.append(RuleSetInfo(Jurisdiction.APPI, rs.version, since, until, rs.source))
    out += [RuleSetInfo(Jurisdiction.APPI, p.id, p.effective_from, None, p.source, pending=True) for p in PENDING_AMENDMENTS]
    return tuple(out)


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
def _appi_open_questions(args: tuple[Any, ...]) -> tuple[OpenQuestion, ...]:
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
        for role, role_answer in _ROLE_ANSWERS:
            alt = _appi_core(*args[:9], role, *args[10:])
            q = _appi_diff(Unknown.ROLE, role_answer, base, alt)
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



_APPI_KINDS = ReportKinds(
    DeadlineKind.APPI_PRELIMINARY_WARNING, DeadlineKind.APPI_PRELIMINARY_OVERDUE, DeadlineKind.APPI_FINAL,
    DeadlineKind.APPI_FINAL_IF_IMPROPER_PURPOSE, DeadlineKind.APPI_INDIVIDUAL_NOTICE,
)

def _count_tri(facts: Facts, threshold: int) -> Tri:
    if facts.people_count is None:
        return UNKNOWN
    # An exact count or a maximum estimate: above the threshold is (possibly)
    # more than 1,000 people; at or below it the count cannot exceed 1,000.
    return YES if facts.people_count > threshold else NO


#: Reasons that relieve a duty: on a NOT_REQUIRED line they come first, so the line never opens
#: with a reason that reads like one to report.
_RELIEF = (
    Reason.REPORTING_NOT_YET_MANDATORY, Reason.PSEUDONYMISED_INFORMATION, Reason.STRONG_ENCRYPTION_EXCEPTION,
    Reason.CONTRACTOR_RELEASED, Reason.ACQUISITION_NOT_COVERED, Reason.ACQUISITION_ONLY_NOT_PERSONAL_DATA,
    Reason.NO_CATEGORY_APPLIES,
)


def _relief_first(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: _RELIEF.index(f.reason) if f.reason in _RELIEF else len(_RELIEF))


def _assess_appi(facts: Facts, rs: RuleSet, day1: date, zone: tzinfo, start: Start | None) -> JurisdictionAssessment:
    if not rs.reporting_mandatory:
        return _before_mandatory_reporting(facts, day1, zone)
    if facts.pseudonymised is YES:
        return _pseudonymised(facts, rs, day1, zone)
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
            count_facts = (
                (Fact.PEOPLE_COUNT, Fact.COUNT_IS_MAXIMUM_ESTIMATE) if facts.count_is_maximum_estimate else (Fact.PEOPLE_COUNT,)
            )
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
    if facts.pseudonymised is UNKNOWN and req in _DUTY:
        unknowns.append(OpenQuestion(
            Unknown.PSEUDONYMISED, Answer.YES, regulator_report=NOT_APPLICABLE, individual_notice=NOT_APPLICABLE,
        ))
    if req is NOT_REQUIRED:
        findings = _relief_first(findings)
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
    start_day = day1 if start is None else max(day1, start.at.astimezone(JST).date())
    counted_later = start is not None and start_day > day1
    if duty:
        deadlines, moved = report_deadlines(
            start_day, zone, rs.preliminary_warning_day, rs.preliminary_overdue_day, core.final_days or rs.final_report_days,
            rs.final_report_days_improper_purpose if core.conditional_60 else None, _APPI_KINDS,
        )
    if core.base in _DUTY and role is not Role.PRINCIPAL:
        deadlines = prompt_deadlines(
            start_day, zone, rs.preliminary_warning_day, rs.preliminary_overdue_day, role is not Role.UNKNOWN,
            DeadlineKind.APPI_NOTIFY_PRINCIPAL_WARNING, DeadlineKind.APPI_NOTIFY_PRINCIPAL_OVERDUE,
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
        if counted_later:
            cav.append(Caveat.DEADLINES_COUNTED_FROM_LATER_START)
    elif not core.released:
        cav.append(Caveat.VOLUNTARY_REPORT_ALLOWED)
    if core.exception:
        cav.append(Caveat.ENCRYPTION_MUST_BE_HIGH_GRADE)
    if facts.people_count is not None:
        cav.append(Caveat.COUNT_PEOPLE_NOT_RECORDS)
        if facts.count_is_maximum_estimate:
            cav.append(Caveat.COUNT_IS_MAXIMUM_ESTIMATE)
        # Only where a higher count could still change the answer: not once the case is required,
        # not under the encryption exception (7条1号括弧書 covers category 4 too), not when the
        # contractor is released or Art. 26 does not apply.
        count_can_matter = n is NO and not acquisition and not core.exception and not core.released
        if count_can_matter and req is not REQUIRED:
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

    sector_report, sector_questions, sector_caveats, sector_deadlines = _sector(facts.sector, day1, zone, rs)
    unknowns += sector_questions
    cav += sector_caveats
    deadlines += sector_deadlines

    return JurisdictionAssessment(
        jurisdiction=Jurisdiction.APPI,
        applicability=Applicability.APPLICABLE,
        regulator_report=regulator_report,
        individual_notice=individual_notice,
        sector_report=sector_report,
        unknowns=tuple(unknowns),
        caveats=tuple(cav),
        deadlines=deadlines,
        ruleset_version=rs.version,
        start=start if counted_later else None,
    )


def _sector(
    sector: Sector, day1: date, zone: tzinfo, rs: RuleSet,
) -> tuple[Obligation | None, list[OpenQuestion], list[Caveat], tuple[Deadline, ...]]:
    """The sector duty next to Art. 26 (counted from the first awareness: it concerns any leak)."""
    questions: list[OpenQuestion] = []
    cav: list[Caveat] = []
    deadlines: tuple[Deadline, ...] = ()
    report: Obligation | None = None
    if sector is Sector.FINANCIAL:
        report = Obligation(REQUIRED, (Finding(Reason.SECTOR_FINANCIAL_SUPERVISOR, (Fact.SECTOR,)),))
        deadlines = prompt_deadlines(
            day1, zone, rs.preliminary_warning_day, rs.preliminary_overdue_day, True,
            DeadlineKind.SECTOR_REPORT_WARNING, DeadlineKind.SECTOR_REPORT_OVERDUE,
        )
        cav += (
            Caveat.SECTOR_FINANCIAL_REPORT_TO_SUPERVISOR,
            Caveat.SECTOR_FINANCIAL_CUSTOMERS_ONLY,
            Caveat.SECTOR_REPORT_MAY_GO_TO_MINISTRY,
        )
    elif sector is Sector.UNKNOWN:
        report = Obligation(POSSIBLY, (Finding(Reason.SECTOR_UNKNOWN, (Fact.SECTOR,)),))
        questions.append(OpenQuestion(Unknown.SECTOR, Answer.FINANCIAL, sector_report=REQUIRED))
        questions.append(OpenQuestion(Unknown.SECTOR, Answer.GENERAL, sector_report=NOT_REQUIRED))
        cav.append(Caveat.SECTOR_RULES_MAY_ADD_DUTIES)
    elif sector is Sector.MEDICAL:
        cav += (Caveat.SECTOR_MEDICAL_GUIDANCE, Caveat.SECTOR_RULES_NOT_ENCODED)
    elif sector is Sector.TELECOM:
        cav += (Caveat.SECTOR_TELECOM_RULES, Caveat.SECTOR_REPORT_MAY_GO_TO_MINISTRY, Caveat.SECTOR_RULES_NOT_ENCODED)
    elif sector is Sector.OTHER:
        cav += (Caveat.SECTOR_RULES_MAY_ADD_DUTIES, Caveat.SECTOR_RULES_NOT_ENCODED)
    return report, questions, cav, deadlines


def _before_mandatory_reporting(facts: Facts, day1: date, zone: tzinfo) -> JurisdictionAssessment:
    """Awareness before 2022-04-01: reporting was an effort obligation, nothing was required."""
    rs = APPI_BEFORE_2022_04
    finding = (Finding(Reason.REPORTING_NOT_YET_MANDATORY, (Fact.AWARE_AT,)),)
    sector_report, questions, sector_caveats, deadlines = _sector(facts.sector, day1, zone, APPI_2022_04)
    return JurisdictionAssessment(
        jurisdiction=Jurisdiction.APPI,
        applicability=Applicability.APPLICABLE,
        regulator_report=Obligation(NOT_REQUIRED, finding),
        individual_notice=Obligation(NOT_REQUIRED, finding),
        sector_report=sector_report,
        unknowns=tuple(questions),
        caveats=(Caveat.REPORTING_WAS_EFFORT_OBLIGATION, Caveat.VOLUNTARY_REPORT_ALLOWED, *sector_caveats),
        deadlines=deadlines,
        ruleset_version=rs.version,
    )


def _pseudonymised(facts: Facts, rs: RuleSet, day1: date, zone: tzinfo) -> JurisdictionAssessment:
    """法41条9項: Art. 26 (report and notice) does not apply to 仮名加工情報."""
    finding = (Finding(Reason.PSEUDONYMISED_INFORMATION, (Fact.PSEUDONYMISED,)),)
    sector_report, questions, sector_caveats, deadlines = _sector(facts.sector, day1, zone, rs)
    return JurisdictionAssessment(
        jurisdiction=Jurisdiction.APPI,
        applicability=Applicability.NOT_APPLICABLE,
        regulator_report=Obligation(NOT_APPLICABLE, finding),
        individual_notice=Obligation(NOT_APPLICABLE, finding),
        sector_report=sector_report,
        unknowns=tuple(questions),
        caveats=tuple(sector_caveats),
        deadlines=deadlines,
        ruleset_version=rs.version,
    )


class _Appi:
    code = Jurisdiction.APPI.value
    order = 10
    counts_from_reportability = True

    def rule_sets(self) -> tuple[RuleSetInfo, ...]:
        return _infos()

    def assess(self, ctx: Context) -> JurisdictionAssessment:
        override = ctx.overrides.get(self.code)
        rs = ruleset_for(ctx.awareness_day, override=override)  # type: ignore[arg-type]
        return _assess_appi(ctx.facts, rs, ctx.awareness_day, ctx.zone, ctx.starts.get(self.code))


JURISDICTION = _Appi()

__all__ = [
    "AMENDMENT_2026",
    "APPI_2022_04",
    "APPI_2024_04",
    "APPI_BEFORE_2022_04",
    "JURISDICTION",
    "PENDING_AMENDMENTS",
    "RULE_SETS",
    "RuleSet",
    "pending_amendments_on",
    "ruleset_for",
]


