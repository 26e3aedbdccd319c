"""Versioned APPI rule sets.

The law that governs a leak is the law in force when the company became aware
of it (知った時点).  Each ``RuleSet`` carries the numbers and switches that
changed over time, and the date (Japan calendar) from which it applies.

Registry (``RULE_SETS``):

* ``appi-2022-04`` — in force from 2022-04-01 (令和2年改正法 施行): reporting to
  the PPC and notifying individuals become mandatory for the four categories
  of 施行規則7条.  Category 3 covers *personal data* (個人データ) only.
* ``appi-2024-04`` — in force from 2024-04-01 (令和5年12月 規則改正): category 3
  also covers personal information the company *is acquiring or trying to
  acquire* and means to handle as personal data (e.g. web skimming of an input
  form).  Everything else is unchanged.

Pending amendment (``PENDING_AMENDMENTS``): the 2026 amendment (promulgated
2026-07-17) will relax individual notice in low-risk cases from a date still
to be set.  It is *not* in the registry as an effective rule set; every
assessment whose awareness day is on or after the promulgation date (and
before the effective date, once known) carries
``Caveat.AMENDMENT_2026_PENDING``.  When the effective date is published, add
``RuleSet(version="appi-2026-xx", effective_from=..., individual_notice_low_risk_relief=True, ...)``
to ``RULE_SETS`` and set the amendment's ``effective_from``; ``ruleset_for``
then picks it by awareness time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable

from .deadlines import japan_date


class RuleSetError(LookupError):
    """No rule set is in force for the awareness time, or an unknown version
    was requested."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code


@dataclass(frozen=True, slots=True)
class RuleSet:
    """One version of the APPI reporting rules.

    * ``people_threshold`` — category 4 applies to *more than* this many people
      (施行規則7条4号: 1,000 is not reportable, 1,001 is).
    * ``final_report_days`` / ``final_report_days_improper_purpose`` — 確報
      periods (施行規則8条2項: 30 days, 60 days for category 3).
    * ``preliminary_warning_day`` / ``preliminary_overdue_day`` — the engine's
      reading of the guideline's "about 3–5 days" for 速報 and for the
      contractor's notice to its principal (no rule; see ``deadlines``).
    * ``category3_covers_acquisition`` — category 3 includes data being
      acquired (from 2024-04-01).
    * ``individual_notice_low_risk_relief`` — placeholder for the 2026
      amendment; no rule set in force sets it yet.
    """

    version: str
    effective_from: date
    category3_covers_acquisition: bool
    people_threshold: int = 1000
    final_report_days: int = 30
    final_report_days_improper_purpose: int = 60
    preliminary_warning_day: int = 3
    preliminary_overdue_day: int = 5
    individual_notice_low_risk_relief: bool = False
    source: str = ""


@dataclass(frozen=True, slots=True)
class PendingAmendment:
    """A promulgated amendment whose effective date is not (yet) encoded."""

    id: str
    promulgated: date
    effective_from: date | None = None

    def pending_on(self, day: date) -> bool:
        """True if an incident with awareness day ``day`` should be warned."""
        if day < self.promulgated:
            return False
        return self.effective_from is None or day < self.effective_from


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
RULE_SETS: tuple[RuleSet, ...] = (APPI_2022_04, APPI_2024_04)

AMENDMENT_2026 = PendingAmendment(id="appi-2026-amendment", promulgated=date(2026, 7, 17))
PENDING_AMENDMENTS: tuple[PendingAmendment, ...] = (AMENDMENT_2026,)


def ruleset_for(
    awareness: datetime | date,
    *,
    override: RuleSet | str | None = None,
    registry: Iterable[RuleSet] = RULE_SETS,
) -> RuleSet:
    """The rule set in force on the Japan-time awareness day.

    ``override`` lets the user choose another version (a ``RuleSet`` or its
    ``version`` string looked up in ``registry``).  ``registry`` defaults to
    ``RULE_SETS``; pass another collection to test a future version.
    Raises ``RuleSetError`` when nothing is in force (awareness before
    2022-04-01, when reporting was only an effort obligation) or the override
    version is unknown.
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
