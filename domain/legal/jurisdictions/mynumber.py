"""Japan: the My Number Act (番号法, 行政手続における特定の個人を識別するための番号の利用等に関する法律).

Runs next to APPI Art. 26 whenever 特定個人情報 (personal information containing a My Number) is
involved.  Sources read for this module: the Act's Art. 29-4 and the PPC rule
(特定個人情報の漏えい等に関する報告等に関する規則, "規則") as quoted in the PPC guideline
特定個人情報の適正な取扱いに関するガイドライン（事業者編）, 別添 "特定個人情報の漏えい等に関する報告等",
and the PPC Q&A A17-10.

Duty (番号法29条の4第1項): a 個人番号利用事務等実施者 reports to the PPC when one of the situations of
規則2条 arises for 特定個人情報 recorded in a 特定個人情報ファイル — a possibility (おそれ) counts:

1. (2条1号) leaks etc. of 特定個人情報 in the 情報提供ネットワークシステム, in systems used for
   個人番号利用事務, or in public bodies' systems for 個人番号関係事務 and their contractors' —
   any number of people (``my_number_system``);
2. (2条2号) a leak etc. possibly done with an improper purpose, or 特定個人情報 (possibly) used or
   provided with an improper purpose — any number; insiders count (``improper_purpose`` and the
   cyber-attack signs, as for APPI);
3. (2条3号) 特定個人情報 (possibly) viewable by unspecified many people by electromagnetic means —
   e.g. posted online by mistake, storage reachable from outside (A17-10)
   (``my_number_publicly_viewable``);
4. (2条4号) more than **100** people; an unknown count uses the maximum; a case that had 100 or
   fewer when discovered becomes reportable when the count passes 100
   (``my_number_people_count``, else the total ``people_count`` as an upper bound).

Data protected by high-grade encryption (and a key that did not leak) is excluded (2条1号括弧書,
"以下同じ").  There is no sensitive-data or financial-harm situation.

Deadlines (規則3条): 速報 "速やかに" (guideline: 概ね3日～5日以内); 確報 within 30 days, 60 days for
situation 2 (also together with 1, 3 or 4); day 1 = the day the company knew; a 30th/60th day on a
closed day moves to the next day (行政機関の休日に関する法律2条) — exactly as APPI.  A contractor
that promptly notifies its principal is released (29条の4第1項ただし書, 規則4条).  Individual
notice: 29条の4第2項 (the guideline: required in the same four situations); its items (規則5条)
were not read for this code, so they are flagged ``Caveat.MYNUMBER_NOTICE_ITEMS_NOT_CONFIRMED``.

Unknowns never yield NOT_REQUIRED where the answer could make the case reportable: they give
POSSIBLY_REQUIRED with the deadlines running.  Rules before 2022-04-01 are not encoded: such a case
is POSSIBLY_REQUIRED with ``Reason.MYNUMBER_RULES_BEFORE_2022_NOT_ENCODED``, never "not required".
"""

from __future__ import annotations

from datetime import date, timedelta, tzinfo
from functools import lru_cache
from typing import NamedTuple

from ..codes import (
    APPI_NOTICE_ITEMS,
    MYNUMBER_REPORT_ITEMS,
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
    Tri,
    Unknown,
)
from ..codes import DUTY_LEVELS as _DUTY
from ..deadlines import JST
from ..facts import Facts
from ..model import Deadline, Finding, JurisdictionAssessment, Obligation, OpenQuestion, Start
from ..rulesets import RuleSetInfo
from . import Context
from ._japan import ReportKinds, prompt_deadlines, report_deadlines

YES, NO, UNKNOWN = Tri.YES, Tri.NO, Tri.UNKNOWN
REQUIRED = Requirement.REQUIRED
POSSIBLY = Requirement.POSSIBLY_REQUIRED
NOT_REQUIRED = Requirement.NOT_REQUIRED
NOT_APPLICABLE = Requirement.NOT_APPLICABLE

RULESET_VERSION = "mynumber-2022-04"
EFFECTIVE_FROM = date(2022, 4, 1)
PEOPLE_THRESHOLD = 100  # 規則2条4号: more than 100 people
FINAL_DAYS = 30  # 規則3条2項
FINAL_DAYS_IMPROPER_PURPOSE = 60
WARNING_DAY, OVERDUE_DAY = 3, 5  # 速報: 概ね3日～5日以内 (事業者編 別添 3D)

_KINDS = ReportKinds(
    DeadlineKind.MYNUMBER_PRELIMINARY_WARNING, DeadlineKind.MYNUMBER_PRELIMINARY_OVERDUE,
    DeadlineKind.MYNUMBER_FINAL,
    DeadlineKind.MYNUMBER_FINAL_IF_IMPROPER_PURPOSE, DeadlineKind.MYNUMBER_INDIVIDUAL_NOTICE,
)


class _Core(NamedTuple):
    base: Requirement  # before the contractor release and the applicability
    requirement: Requirement
    released: bool
    final_days: int | None
    conditional_60: bool
    situations: tuple[Tri, Tri, Tri, Tri]
    by_signs: bool
    exception: bool


@lru_cache(maxsize=65536)
def _core(
    involved: Tri, system: Tri, p: Tri, signs: bool, viewable: Tri, n: Tri, e: Tri, k: Tri,
    role: Role, notified_in_time: bool,
) -> _Core:
    by_signs = False
    if p is YES:
        s2 = YES
    elif signs:
        s2, by_signs = (YES, True) if p is UNKNOWN else (UNKNOWN, False)
    else:
        s2 = p
    situations = (system, s2, viewable, n)
    exception = e is YES and k is NO
    if involved is NO:
        base = NOT_APPLICABLE
    elif exception:
        base = NOT_REQUIRED
    elif YES in situations:
        base = REQUIRED
    elif UNKNOWN in situations:
        base = POSSIBLY
    else:
        base = NOT_REQUIRED
    final_days: int | None = None
    conditional = False
    if base in _DUTY:
        possible_2 = s2 is UNKNOWN or by_signs
        if s2 is YES and not by_signs:
            final_days = FINAL_DAYS_IMPROPER_PURPOSE
        elif possible_2 and system is NO and viewable is NO and n is NO:
            final_days = FINAL_DAYS_IMPROPER_PURPOSE  # situation 2 is the only route to a duty
        else:
            final_days, conditional = FINAL_DAYS, possible_2
    released = base in _DUTY and role is Role.CONTRACTOR and notified_in_time
    requirement = NOT_REQUIRED if released else base
    if involved is UNKNOWN and requirement is REQUIRED:
        requirement = POSSIBLY
    return _Core(base, requirement, released, final_days, conditional, situations, by_signs, exception)


_TRI = ((YES, Answer.YES), (NO, Answer.NO))
_COUNT = ((YES, Answer.OVER_THRESHOLD), (NO, Answer.AT_MOST_THRESHOLD))
_WHAT_IF = (
    (0, Unknown.MY_NUMBER_INVOLVED, _TRI),
    (1, Unknown.MY_NUMBER_SYSTEM, _TRI),
    (2, Unknown.IMPROPER_PURPOSE, _TRI),
    (4, Unknown.MY_NUMBER_PUBLICLY_VIEWABLE, _TRI),
    (5, Unknown.MY_NUMBER_PEOPLE_COUNT, _COUNT),
    (6, Unknown.STRONG_ENCRYPTION, _TRI),
    (7, Unknown.KEY_LEAKED, _TRI),
)


@lru_cache(maxsize=65536)
def _open_questions(args: tuple[object, ...]) -> tuple[OpenQuestion, ...]:
    base = _core(*args)
    out: list[OpenQuestion] = []
    for pos, unknown, answers in _WHAT_IF:
        if args[pos] is not UNKNOWN:
            continue
        for value, answer in answers:
            alt = _core(*args[:pos], value, *args[pos + 1:])
            req = alt.requirement if alt.requirement is not base.requirement else None
            days = alt.final_days if alt.requirement in _DUTY and alt.final_days != base.final_days else None
            if req is not None or days is not None:
                out.append(OpenQuestion(unknown, answer, regulator_report=req, individual_notice=req,
                                        final_report_days=days))
    if args[6] is UNKNOWN and args[7] is UNKNOWN:
        alt = _core(*args[:6], YES, NO, *args[8:])
        if alt.requirement is not base.requirement:
            out.append(OpenQuestion(Unknown.STRONG_ENCRYPTION, Answer.YES, regulator_report=alt.requirement,
                                    individual_notice=alt.requirement,
                                    together_with=((Unknown.KEY_LEAKED, Answer.NO),)))
    return tuple(out)


def _count(facts: Facts) -> tuple[Tri, bool]:
    """Situation 4 and whether it was read from the total count (an upper bound)."""
    if facts.my_number_people_count is not None:
        return (YES if facts.my_number_people_count > PEOPLE_THRESHOLD else NO), False
    if facts.people_count is None:
        return UNKNOWN, False
    if facts.people_count <= PEOPLE_THRESHOLD:
        return NO, True  # the people with a My Number are at most all the people
    return UNKNOWN, True  # more than 100 in total: how many of them with a My Number is open


_SITUATION_REASONS = (
    (Reason.MYNUMBER_SITUATION_1_SYSTEMS, Fact.MY_NUMBER_SYSTEM),
    (Reason.MYNUMBER_SITUATION_2_IMPROPER_PURPOSE, Fact.IMPROPER_PURPOSE),
    (Reason.MYNUMBER_SITUATION_3_PUBLICLY_VIEWABLE, Fact.MY_NUMBER_PUBLICLY_VIEWABLE),
    (Reason.MYNUMBER_SITUATION_4_OVER_100_PEOPLE, Fact.MY_NUMBER_PEOPLE_COUNT),
)


@lru_cache(maxsize=16)
def _not_applicable(reason: Reason, facts: tuple[Fact, ...]) -> JurisdictionAssessment:
    na = Obligation(NOT_APPLICABLE, (Finding(reason, facts),))
    return JurisdictionAssessment(Jurisdiction.MYNUMBER, Applicability.NOT_APPLICABLE, na, na, None, (), (), (),
                                  RULESET_VERSION)


def assess_mynumber(facts: Facts, day1: date, zone: tzinfo, start: Start | None) -> JurisdictionAssessment:
    involved = facts.my_number_involved
    if involved is NO:
        return _not_applicable(Reason.MYNUMBER_NOT_INVOLVED, (Fact.MY_NUMBER_INVOLVED,))
    applicability = Applicability.APPLICABLE if involved is YES else Applicability.POSSIBLY_APPLICABLE
    if day1 < EFFECTIVE_FROM:
        possibly = Obligation(POSSIBLY, (Finding(Reason.MYNUMBER_RULES_BEFORE_2022_NOT_ENCODED, (Fact.AWARE_AT,)),))
        return JurisdictionAssessment(Jurisdiction.MYNUMBER, applicability, possibly, possibly, None, (),
                                      (Caveat.MYNUMBER_RUNS_ALONGSIDE_APPI,), (), "mynumber-before-2022-04")
    n, from_total = _count(facts)
    signs = facts.attack_signs
    notified = facts.principal_notified_at
    last = day1 + timedelta(days=OVERDUE_DAY - 1)
    in_time = notified is not None and notified.astimezone(JST).date() <= last
    args = (involved, facts.my_number_system, facts.improper_purpose, bool(signs), facts.my_number_publicly_viewable,
            n, facts.strong_encryption, facts.key_leaked, facts.role, in_time)
    core = _core(*args)
    questions = _open_questions(args)
    req = core.requirement

    findings: list[Finding] = []
    if involved is UNKNOWN:
        findings.append(Finding(Reason.MYNUMBER_POSSIBLY_INVOLVED, (Fact.MY_NUMBER_INVOLVED,)))
    for (reason, fact), value in zip(_SITUATION_REASONS, core.situations, strict=True):
        if value is YES:
            on = (Fact.ATTACK_SIGNS,) if fact is Fact.IMPROPER_PURPOSE and core.by_signs else (fact,)
            findings.append(Finding(reason, on, signs if core.by_signs and fact is Fact.IMPROPER_PURPOSE else ()))
    if core.exception:
        findings.insert(0, Finding(Reason.STRONG_ENCRYPTION_EXCEPTION, (Fact.STRONG_ENCRYPTION, Fact.KEY_LEAKED)))
    elif core.base is POSSIBLY:
        open_facts = tuple(fact for (_, fact), value in zip(_SITUATION_REASONS, core.situations, strict=True)
                           if value is UNKNOWN)
        findings.append(Finding(Reason.MYNUMBER_UNKNOWN_MAY_MAKE_REPORTABLE, open_facts))
    elif core.base is NOT_REQUIRED:
        findings.insert(0, Finding(Reason.MYNUMBER_NO_SITUATION_APPLIES,
                                   tuple(fact for _, fact in _SITUATION_REASONS)))
    if core.released:
        findings.insert(0, Finding(Reason.MYNUMBER_CONTRACTOR_RELEASED, (Fact.ROLE, Fact.PRINCIPAL_NOTIFIED_AT)))

    duty = req in _DUTY
    report_findings = tuple(findings)
    if duty:
        report = Obligation(req, report_findings, (), MYNUMBER_REPORT_ITEMS)
        notice = Obligation(req, (Finding(Reason.MYNUMBER_NOTICE_FOLLOWS_REPORT),) + report_findings,
                            (Alternative.PUBLICATION, Alternative.INQUIRY_DESK), APPI_NOTICE_ITEMS)
    else:
        report = notice = Obligation(req, report_findings)

    start_day = day1 if start is None else max(day1, start.at.astimezone(JST).date())
    counted_later = start is not None and start_day > day1
    deadlines: tuple[Deadline, ...] = ()
    moved = False
    if duty:
        deadlines, moved = report_deadlines(
            start_day, zone, WARNING_DAY, OVERDUE_DAY, core.final_days or FINAL_DAYS,
            FINAL_DAYS_IMPROPER_PURPOSE if core.conditional_60 else None, _KINDS,
        )
    if core.base in _DUTY and facts.role is not Role.PRINCIPAL:
        deadlines = prompt_deadlines(
            start_day, zone, WARNING_DAY, OVERDUE_DAY, facts.role is not Role.UNKNOWN,
            DeadlineKind.MYNUMBER_NOTIFY_PRINCIPAL_WARNING, DeadlineKind.MYNUMBER_NOTIFY_PRINCIPAL_OVERDUE,
        ) + deadlines

    cav: list[Caveat] = [Caveat.MYNUMBER_RUNS_ALONGSIDE_APPI, Caveat.MYNUMBER_FILE_AND_ACTOR]
    if duty:
        cav += (Caveat.PRELIMINARY_ABOUT_3_TO_5_DAYS, Caveat.REPORT_AS_FAR_AS_KNOWN,
                Caveat.MYNUMBER_NOTICE_ITEMS_NOT_CONFIRMED)
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
    if from_total:
        cav.append(Caveat.MYNUMBER_COUNT_FROM_TOTAL)
    if signs:
        cav.append(Caveat.ATTACK_SIGNS_ARE_EXAMPLES)
    return JurisdictionAssessment(
        Jurisdiction.MYNUMBER, applicability, report, notice, None, questions, tuple(cav), deadlines,
        RULESET_VERSION, start if counted_later else None,
    )


class _MyNumber:
    code = Jurisdiction.MYNUMBER.value
    order = 20
    counts_from_reportability = True

    def rule_sets(self) -> tuple[RuleSetInfo, ...]:
        return (
            RuleSetInfo(self.code, "mynumber-before-2022-04", None, EFFECTIVE_FROM - timedelta(days=1),
                        "番号法29条の4 (令和2年改正前) — not encoded: possibly required"),
            RuleSetInfo(self.code, RULESET_VERSION, EFFECTIVE_FROM, None,
                        "番号法29条の4, 特定個人情報の漏えい等に関する報告等に関する規則2条〜5条, "
                        "特定個人情報ガイドライン(事業者編)"),
        )

    def assess(self, ctx: Context) -> JurisdictionAssessment:
        return assess_mynumber(ctx.facts, ctx.awareness_day, ctx.zone, ctx.starts.get(self.code))


JURISDICTION = _MyNumber()
