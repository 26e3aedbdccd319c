"""Legal-obligations engine for a personal-data leak (個人情報漏えい等事案).

Pure, deterministic and fast: no Slack, no database, no clock — the awareness
time and the organisation's time zone are inputs.  The output is made of codes
(enums), never of user-facing text; ``prompts/`` renders them.

Law encoded (see each module's docstring for the detail and the sources):

* APPI 個人情報保護法26条, 施行規則7条〜10条, PPC ガイドライン通則編3-5 —
  the four reportable categories, the strong-encryption exception, the
  contractor release, 速報 / 確報 / 本人通知 deadlines (``engine``,
  ``deadlines``), versioned by effective date (``rulesets``);
* GDPR Art. 33 / 34 — 72-hour authority notification and high-risk
  communication to individuals.

Public API
----------
``assess(facts, *, tz, ruleset=None) -> Assessment``
    The whole assessment for both jurisdictions.
``Facts`` / ``facts_from_mapping(mapping) -> Facts`` / ``FactsError``
    Input facts; ``FactsError.errors`` maps field → message code.
``appi_final_report_deadline(awareness, *, days, tz) -> (date, datetime)``
    確報 deadline: Japan date of the last day and the exclusive due instant.
``is_closed_day(date) -> bool`` / ``next_open_day(date) -> date``
    Saturdays, Sundays, national holidays (jpholiday) and Dec 29 – Jan 3.
``gdpr_deadline(awareness) -> datetime``
    ``awareness + 72 h`` exactly.
``RuleSet`` / ``RULE_SETS`` / ``ruleset_for(awareness, *, override=None, registry=RULE_SETS)``
    Versioned APPI rules (``appi-2022-04``, ``appi-2024-04``) and
    ``PENDING_AMENDMENTS`` (the 2026 amendment, effective date not yet set).
Output types
    ``Assessment``, ``JurisdictionAssessment``, ``Obligation``, ``Finding``,
    ``OpenQuestion``, ``Deadline``.
Codes
    ``Tri``, ``Role``, ``Sector``, ``GdprRisk``, ``AttackSign``, ``Requirement``,
    ``Applicability``, ``Jurisdiction``, ``Fact`` (= ``Unknown``), ``Answer``,
    ``Reason`` (``.source``, ``.category``), ``Caveat``, ``Alternative``,
    ``DeadlineKind``, ``ReportItem`` (+ ``APPI_REPORT_ITEMS``,
    ``APPI_NOTICE_ITEMS``, ``GDPR_AUTHORITY_ITEMS``, ``GDPR_INDIVIDUAL_ITEMS``:
    what each report / notice must contain).
Errors
    ``FactsError``, ``NaiveDatetimeError``, ``RuleSetError`` (all ``ValueError``
    / ``LookupError`` subclasses with a stable ``code``/``errors``).

Decisions where the sources leave room (also in the docstrings):

* 速報 and the contractor's notice to its principal: awareness day = day 1;
  warning from the start of day 3, overdue once day 5 has ended (Japan time,
  calendar days, no closed-day shift); always with
  ``Caveat.PRELIMINARY_ABOUT_3_TO_5_DAYS`` because the guideline only says
  "about 3–5 days".
* Deadline instants are exclusive: a due day ``D`` ends at ``D+1 00:00 JST``.
* While category 3 is only possible, the earlier 30-day 確報 date is binding
  (the 60-day date is shown as non-binding), unless category 3 is the only way
  the case can become reportable.
"""

from .codes import (
    APPI_NOTICE_ITEMS,
    APPI_REPORT_ITEMS,
    DUTY_LEVELS,
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
    NaiveDatetimeError,
    appi_final_report_deadline,
    gdpr_deadline,
    is_closed_day,
    next_open_day,
)
from .engine import assess
from .facts import Facts, FactsError, facts_from_mapping
from .jurisdictions import REGISTRY, all_rule_sets
from .jurisdictions.appi import PENDING_AMENDMENTS, RULE_SETS, RuleSet, ruleset_for
from .model import (
    Assessment,
    Deadline,
    Finding,
    JurisdictionAssessment,
    Obligation,
    OpenQuestion,
    Start,
)
from .rulesets import PendingAmendment, RuleSetError, RuleSetInfo
from .timeline import FactsVersion, starts_from

__all__ = [
    # functions
    "assess",
    "facts_from_mapping",
    "appi_final_report_deadline",
    "gdpr_deadline",
    "is_closed_day",
    "next_open_day",
    "ruleset_for",
    "all_rule_sets",
    "REGISTRY",
    "RuleSetInfo",
    "Start",
    "FactsVersion",
    "starts_from",
    # input / output
    "Facts",
    "Assessment",
    "JurisdictionAssessment",
    "Obligation",
    "Finding",
    "OpenQuestion",
    "Deadline",
    # rule sets
    "RuleSet",
    "RULE_SETS",
    "PendingAmendment",
    "PENDING_AMENDMENTS",
    # codes
    "Tri",
    "Role",
    "Sector",
    "GdprRisk",
    "AttackSign",
    "DUTY_LEVELS",
    "Requirement",
    "Applicability",
    "Jurisdiction",
    "Fact",
    "Unknown",
    "Answer",
    "Reason",
    "Caveat",
    "Alternative",
    "DeadlineKind",
    "ReportItem",
    "APPI_REPORT_ITEMS",
    "APPI_NOTICE_ITEMS",
    "GDPR_AUTHORITY_ITEMS",
    "GDPR_INDIVIDUAL_ITEMS",
    "JST",
    # errors
    "FactsError",
    "NaiveDatetimeError",
    "RuleSetError",
]
