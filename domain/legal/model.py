"""What the engine returns: findings, obligations, open questions, deadlines — codes only.

``Assessment`` holds one ``JurisdictionAssessment`` per registered jurisdiction, in the registry's
order (``domain.legal.jurisdictions``); ``a.of(code)`` finds one, and ``a.appi`` / ``a.mynumber``
/ ``a.gdpr`` name the built-in ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .codes import (
    Alternative,
    Answer,
    Applicability,
    AttackSign,
    Caveat,
    DeadlineKind,
    Fact,
    Jurisdiction,
    Reason,
    ReportItem,
    Requirement,
    Unknown,
)
from .deadlines import require_aware


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
class Start:
    """When a duty's deadlines start: the moment the company knew the facts that made the case
    reportable, and the report (first report, second report, hand correction…) that said so.

    ガイドライン通則編3-5-3-1 (規則7条4号): a case that had 1,000 people or fewer when discovered
    becomes reportable "1,000人を超えた時点で"; 3-5-3-3 / 3-5-3-4: the 速報 and 確報 periods run from
    the moment the company knew of the reportable situation (報告対象事態を知った時点).  The
    My Number guideline (事業者編, 規則2条4号) says the same for 100 people."""

    at: datetime
    report: str | None = None


@dataclass(frozen=True, slots=True)
class JurisdictionAssessment:
    """One jurisdiction's result.  ``jurisdiction`` is the registry code (a ``Jurisdiction``
    member for the built-in ones); ``ruleset_version`` the version of its rules that was applied;
    ``start`` is set when its deadlines count from a moment later than the first awareness."""

    jurisdiction: str
    applicability: Applicability
    regulator_report: Obligation
    individual_notice: Obligation
    sector_report: Obligation | None
    unknowns: tuple[OpenQuestion, ...]
    caveats: tuple[Caveat, ...]
    deadlines: tuple[Deadline, ...]
    ruleset_version: str = ""
    start: Start | None = None

    def deadline(self, kind: DeadlineKind) -> Deadline | None:
        for d in self.deadlines:
            if d.kind is kind:
                return d
        return None


@dataclass(frozen=True, slots=True)
class Assessment:
    """Result of ``assess``: the APPI rule set used (``ruleset_version``), every registered
    jurisdiction in the registry's order, and the caveats that concern the whole assessment
    (rule-set override, pending amendments)."""

    ruleset_version: str
    ruleset_effective_from: date
    aware_at: datetime  # in the organisation's time zone
    awareness_day: date  # Japan date = APPI day 1
    jurisdictions: tuple[JurisdictionAssessment, ...]
    caveats: tuple[Caveat, ...]

    def of(self, code: str) -> JurisdictionAssessment:
        for j in self.jurisdictions:
            if j.jurisdiction == code:
                return j
        raise KeyError(code)

    @property
    def appi(self) -> JurisdictionAssessment:
        return self.of(Jurisdiction.APPI)

    @property
    def mynumber(self) -> JurisdictionAssessment:
        return self.of(Jurisdiction.MYNUMBER)

    @property
    def gdpr(self) -> JurisdictionAssessment:
        return self.of(Jurisdiction.GDPR)


__all__ = [
    "Assessment",
    "Deadline",
    "Finding",
    "JurisdictionAssessment",
    "Obligation",
    "OpenQuestion",
    "Start",
]
