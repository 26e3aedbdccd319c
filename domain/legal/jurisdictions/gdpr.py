"""EU: the General Data Protection Regulation (GDPR), Art. 33 and 34.

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

Art. 33(1) makes notification the rule "unless the personal data breach is unlikely to result in a
risk": a risk that has not been assessed yet cannot establish that exception, so the authority
notification is REQUIRED (with its 72 hours running) until ``gdpr_risk=NONE_OR_LOW`` is
confirmed.  Art. 34 stays POSSIBLY_REQUIRED while the risk is unknown (it applies only to a high
risk).  Pseudonymised data is still personal data under the GDPR (Recital 26).

Rule set: ``gdpr-2018-05`` (applicable from 2018-05-25, Art. 99(2)).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, tzinfo
from functools import lru_cache
from typing import NamedTuple

from ..codes import DUTY_LEVELS as _DUTY
from ..codes import (
    GDPR_AUTHORITY_ITEMS,
    GDPR_INDIVIDUAL_ITEMS,
    Alternative,
    Answer,
    Applicability,
    Caveat,
    DeadlineKind,
    Fact,
    GdprRisk,
    Jurisdiction,
    Reason,
    Requirement,
    Role,
    Tri,
    Unknown,
)
from ..deadlines import gdpr_deadline
from ..facts import Facts
from ..model import Deadline, Finding, JurisdictionAssessment, Obligation, OpenQuestion
from ..rulesets import RuleSetInfo
from . import Context

YES, NO, UNKNOWN = Tri.YES, Tri.NO, Tri.UNKNOWN
REQUIRED = Requirement.REQUIRED
POSSIBLY = Requirement.POSSIBLY_REQUIRED
NOT_REQUIRED = Requirement.NOT_REQUIRED
NOT_APPLICABLE = Requirement.NOT_APPLICABLE
_TRI_ANSWERS = ((YES, Answer.YES), (NO, Answer.NO))
RULESET_VERSION = "gdpr-2018-05"


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
    else:  # a risk, a high risk, or not assessed yet: Art. 33(1) notification is the rule
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
def _gdpr_open_questions(args: tuple[Tri, Tri, GdprRisk, Tri]) -> tuple[OpenQuestion, ...]:
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


def _assess_gdpr(facts: Facts, zone: tzinfo) -> JurisdictionAssessment:
    part = _gdpr_without_deadlines(
        facts.eu_residents_affected, facts.eu_establishment, facts.gdpr_risk, facts.gdpr_mitigated_or_encrypted,
        facts.role is not Role.PRINCIPAL, facts.pseudonymised is not NO,
    )
    if part.applicability is Applicability.NOT_APPLICABLE:
        return part
    deadlines: list[Deadline] = []
    if part.regulator_report.requirement in _DUTY:
        due = gdpr_deadline(facts.aware_at).astimezone(zone)
        deadlines.append(Deadline(DeadlineKind.GDPR_AUTHORITY, due.date(), due, True, None))
    if part.individual_notice.requirement in _DUTY:
        deadlines.append(_INDIVIDUALS_DEADLINE)
    return replace(part, deadlines=tuple(deadlines)) if deadlines else part


_INDIVIDUALS_DEADLINE = Deadline(DeadlineKind.GDPR_INDIVIDUALS, None, None, True, None)


@lru_cache(maxsize=1024)
def _gdpr_without_deadlines(
    res: Tri, est: Tri, risk: GdprRisk, mitigated: Tri, not_principal: bool, maybe_pseudonymised: bool,
) -> JurisdictionAssessment:
    """Everything but the dates: a pure function of six small answers, so computed once each
    (the 72-hour deadline of Art. 33(1) is added per awareness time by ``_assess_gdpr``)."""
    args = (res, est, risk, mitigated)
    core = _gdpr_core(*args)
    unknowns = _gdpr_open_questions(args)
    if core.applicability is Applicability.NOT_APPLICABLE:
        na = Obligation(
            NOT_APPLICABLE, (Finding(Reason.GDPR_NOT_APPLICABLE, (Fact.EU_RESIDENTS_AFFECTED, Fact.EU_ESTABLISHMENT)),)
        )
        return JurisdictionAssessment(Jurisdiction.GDPR, core.applicability, na, na, None, (), (), (), RULESET_VERSION)

    prefix: tuple[Finding, ...] = ()
    if core.applicability is Applicability.POSSIBLY_APPLICABLE:
        open_eu = tuple(f for f, v in ((Fact.EU_RESIDENTS_AFFECTED, res), (Fact.EU_ESTABLISHMENT, est)) if v is UNKNOWN)
        prefix = (Finding(Reason.GDPR_POSSIBLY_APPLICABLE, open_eu),)

    if risk is GdprRisk.NONE_OR_LOW:
        auth_f = Finding(Reason.GDPR_UNLIKELY_TO_RESULT_IN_RISK, (Fact.GDPR_RISK,))
    elif risk is GdprRisk.UNKNOWN:
        auth_f = Finding(Reason.GDPR_RISK_NOT_YET_ASSESSED, (Fact.GDPR_RISK,))
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

    cav: list[Caveat] = [Caveat.GDPR_DOCUMENT_EVERY_BREACH]
    if core.authority in _DUTY:
        cav += (
            Caveat.GDPR_72_HOURS_ARE_CLOCK_HOURS,
            Caveat.GDPR_PHASED_NOTIFICATION_ALLOWED,
            Caveat.GDPR_LATE_NOTIFICATION_NEEDS_REASONS,
        )
    if risk is GdprRisk.NONE_OR_LOW:
        cav.append(Caveat.GDPR_LOW_RISK_IS_A_JUDGEMENT)
    if ind_duty:
        cav.append(Caveat.GDPR_PUBLIC_NOTICE_IF_DISPROPORTIONATE)
    if not_principal:
        cav.append(Caveat.GDPR_PROCESSOR_NOTIFIES_CONTROLLER)
    if maybe_pseudonymised:
        cav.append(Caveat.PSEUDONYMISED_STILL_PERSONAL_DATA_UNDER_GDPR)
    return JurisdictionAssessment(
        Jurisdiction.GDPR, core.applicability, authority, individuals, None,
        unknowns, tuple(cav), (), RULESET_VERSION,
    )




class _Gdpr:
    code = Jurisdiction.GDPR.value
    order = 90
    counts_from_reportability = False

    def rule_sets(self) -> tuple[RuleSetInfo, ...]:
        return (RuleSetInfo(self.code, RULESET_VERSION, date(2018, 5, 25), None,
                            "Regulation (EU) 2016/679, Art. 33, 34 (applicable from 2018-05-25, Art. 99(2))"),)

    def assess(self, ctx: Context) -> JurisdictionAssessment:
        return _assess_gdpr(ctx.facts, ctx.zone)


JURISDICTION = _Gdpr()
