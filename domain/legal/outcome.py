"""A compact, comparable digest of an ``Assessment`` — for storage and change detection.

An assessment is re-run whenever the facts change (a second report, a hand correction).  What a
person must be told is whether the *answer* changed: a duty appeared or disappeared, its level
moved (e.g. 不要 → 必要), a binding deadline moved, GDPR started or stopped applying, or a
different rule set was used.  ``Outcome`` keeps exactly that and nothing else, so two assessments
of facts that differ only in irrelevant details compare equal.

Contents, per jurisdiction (APPI, GDPR):

* ``applicability``;
* the requirement level of each duty the engine has (``Duty``): the report to the regulator, the
  notice to individuals, the sector report (only when the engine returns one), and the
  contractor's notice to its principal (present only when the engine returns the notify-principal
  dates: REQUIRED when they are binding, POSSIBLY_REQUIRED while the role is unknown);
* the **binding** deadlines that have a date, per ``DeadlineKind``: the Japan/organisation day, the
  exact instant (UTC) and the rule's number of days.  Non-binding dates (the 60-day 確報 while
  category 3 is unconfirmed, notify-principal dates while the role is unknown) and "promptly"
  duties without a date are left out: the levels already say whether those duties exist.

plus the rule-set version.

``changes(old, new)`` lists what differs, in a stable order (rule set, then APPI, then GDPR; in
each: applicability, duties in ``Duty`` order, deadlines in ``DeadlineKind`` order).  ``old=None``
(no earlier assessment) yields no changes: a first answer is not a change of answer.

``to_json`` / ``from_json`` round-trip through plain JSON (strings, ISO dates, ISO UTC
datetimes, integers); ``from_json`` ignores unknown duty or deadline codes so an old reader does
not fail on a newer record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from .codes import Applicability, DeadlineKind, Jurisdiction, Requirement
from .jurisdictions import REGISTRY
from .model import Assessment, JurisdictionAssessment

FORMAT = 1

_PRINCIPAL_KINDS = (
    DeadlineKind.APPI_NOTIFY_PRINCIPAL_WARNING, DeadlineKind.APPI_NOTIFY_PRINCIPAL_OVERDUE,
    DeadlineKind.MYNUMBER_NOTIFY_PRINCIPAL_WARNING, DeadlineKind.MYNUMBER_NOTIFY_PRINCIPAL_OVERDUE,
)


class Duty(StrEnum):
    """The duties an outcome tracks (values match ``services.legal`` obligation names)."""

    REGULATOR_REPORT = "regulator_report"
    INDIVIDUAL_NOTICE = "individual_notice"
    SECTOR_REPORT = "sector_report"
    NOTIFY_PRINCIPAL = "notify_principal"


class ChangeKind(StrEnum):
    RULESET = "ruleset"
    APPLICABILITY = "applicability"
    OBLIGATION = "obligation"
    DEADLINE = "deadline"


@dataclass(frozen=True, slots=True)
class DeadlineDigest:
    """A binding deadline: its day, its exact instant (UTC) and the rule's number of days."""

    day: date
    at: datetime
    days: int | None = None


@dataclass(frozen=True, slots=True)
class JurisdictionOutcome:
    applicability: Applicability
    duties: tuple[tuple[Duty, Requirement], ...]
    deadlines: tuple[tuple[DeadlineKind, DeadlineDigest], ...]

    def duty(self, duty: Duty) -> Requirement | None:
        """The level of ``duty``, or ``None`` when the engine has no such duty here."""
        return dict(self.duties).get(duty)

    def deadline(self, kind: DeadlineKind) -> DeadlineDigest | None:
        return dict(self.deadlines).get(kind)


@dataclass(frozen=True, slots=True)
class Outcome:
    """The digest of every jurisdiction, by registry code, in registry order."""

    ruleset_version: str
    jurisdictions: tuple[tuple[str, JurisdictionOutcome], ...]

    def get(self, jurisdiction: str) -> JurisdictionOutcome | None:
        return dict(self.jurisdictions).get(jurisdiction)

    def of(self, jurisdiction: str) -> JurisdictionOutcome:
        found = self.get(jurisdiction)
        if found is None:
            raise KeyError(jurisdiction)
        return found

    @property
    def appi(self) -> JurisdictionOutcome:
        return self.of(Jurisdiction.APPI)

    @property
    def gdpr(self) -> JurisdictionOutcome:
        return self.of(Jurisdiction.GDPR)


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between two outcomes.

    * ``RULESET``: ``before``/``after`` are version strings (``jurisdiction`` is None);
    * ``APPLICABILITY``: ``Applicability`` values;
    * ``OBLIGATION``: ``duty`` names the duty, ``before``/``after`` are ``Requirement`` or None
      (the engine had no such duty);
    * ``DEADLINE``: ``deadline`` names the kind, ``before``/``after`` are ``DeadlineDigest`` or None
      (no binding date before / any more).
    """

    kind: ChangeKind
    jurisdiction: str | None
    before: Any
    after: Any
    duty: Duty | None = None
    deadline: DeadlineKind | None = None

    @property
    def moved(self) -> bool:
        """A deadline that exists before and after and moved (not added or removed)."""
        return self.kind is ChangeKind.DEADLINE and self.before is not None and self.after is not None


# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def _jurisdiction_outcome(j: JurisdictionAssessment) -> JurisdictionOutcome:
    duties: list[tuple[Duty, Requirement]] = [
        (Duty.REGULATOR_REPORT, j.regulator_report.requirement),
        (Duty.INDIVIDUAL_NOTICE, j.individual_notice.requirement),
    ]
    if j.sector_report is not None:
        duties.append((Duty.SECTOR_REPORT, j.sector_report.requirement))
    principal = [d for d in j.deadlines if d.kind in _PRINCIPAL_KINDS]
    if principal:
        level = Requirement.REQUIRED if all(d.binding for d in principal) else Requirement.POSSIBLY_REQUIRED
        duties.append((Duty.NOTIFY_PRINCIPAL, level))
    deadlines = sorted(
        ((d.kind, DeadlineDigest(d.day, _utc(d.at), d.days)) for d in j.deadlines
         if d.binding and d.day is not None and d.at is not None),
        key=lambda pair: list(DeadlineKind).index(pair[0]),
    )
    return JurisdictionOutcome(j.applicability, tuple(duties), tuple(deadlines))


def outcome_of(a: Assessment) -> Outcome:
    """The digest of ``a`` (see the module docstring for what it keeps)."""
    return Outcome(a.ruleset_version, tuple((j.jurisdiction, _jurisdiction_outcome(j)) for j in a.jurisdictions))


# ---------------------------------------------------------------------------
# JSON
# ---------------------------------------------------------------------------


def _jurisdiction_to_json(o: JurisdictionOutcome) -> dict[str, Any]:
    return {
        "applicability": o.applicability.value,
        "duties": {duty.value: level.value for duty, level in o.duties},
        "deadlines": {
            kind.value: {"day": d.day.isoformat(), "at": _utc(d.at).isoformat(), "days": d.days}
            for kind, d in o.deadlines
        },
    }


def to_json(o: Outcome) -> dict[str, Any]:
    """A JSON-safe dict (strings, ISO dates, ISO UTC datetimes, integers or null)."""
    out: dict[str, Any] = {"format": FORMAT, "ruleset_version": o.ruleset_version}
    for code, digest in o.jurisdictions:
        out[str(code)] = _jurisdiction_to_json(digest)
    return out


def _jurisdiction_from_json(d: dict[str, Any]) -> JurisdictionOutcome:
    duties: list[tuple[Duty, Requirement]] = []
    for name, level in (d.get("duties") or {}).items():
        try:
            duties.append((Duty(name), Requirement(level)))
        except ValueError:
            continue
    duties.sort(key=lambda pair: list(Duty).index(pair[0]))
    deadlines: list[tuple[DeadlineKind, DeadlineDigest]] = []
    for name, value in (d.get("deadlines") or {}).items():
        try:
            kind = DeadlineKind(name)
        except ValueError:
            continue
        days = value.get("days")
        deadlines.append((kind, DeadlineDigest(
            date.fromisoformat(value["day"]), _utc(datetime.fromisoformat(value["at"])),
            int(days) if days is not None else None,
        )))
    deadlines.sort(key=lambda pair: list(DeadlineKind).index(pair[0]))
    return JurisdictionOutcome(Applicability(d["applicability"]), tuple(duties), tuple(deadlines))


def from_json(d: dict[str, Any]) -> Outcome:
    """The inverse of ``to_json``.  A record written before a jurisdiction was registered simply
    lacks it (and ``changes`` does not announce that jurisdiction's first answer)."""
    found = tuple((rules.code, _jurisdiction_from_json(d[rules.code])) for rules in REGISTRY if rules.code in d)
    return Outcome(str(d["ruleset_version"]), found)


# ---------------------------------------------------------------------------
# Changes
# ---------------------------------------------------------------------------


def changes(old: Outcome | None, new: Outcome) -> list[Change]:
    """What differs from ``old`` to ``new`` (empty when nothing does, or when ``old`` is None)."""
    if old is None:
        return []
    out: list[Change] = []
    if old.ruleset_version != new.ruleset_version:
        out.append(Change(ChangeKind.RULESET, None, old.ruleset_version, new.ruleset_version))
    for jurisdiction, after in new.jurisdictions:
        before = old.get(jurisdiction)
        if before is None:  # not assessed before this jurisdiction was added: a first answer
            continue
        if before.applicability is not after.applicability:
            out.append(Change(ChangeKind.APPLICABILITY, jurisdiction, before.applicability, after.applicability))
        for duty in Duty:
            b, a = before.duty(duty), after.duty(duty)
            if b is not a:
                out.append(Change(ChangeKind.OBLIGATION, jurisdiction, b, a, duty=duty))
        for kind in DeadlineKind:
            b_day, a_day = before.deadline(kind), after.deadline(kind)
            if b_day != a_day:
                out.append(Change(ChangeKind.DEADLINE, jurisdiction, b_day, a_day, deadline=kind))
    return out


__all__ = [
    "Change",
    "ChangeKind",
    "DeadlineDigest",
    "Duty",
    "JurisdictionOutcome",
    "Outcome",
    "changes",
    "from_json",
    "outcome_of",
    "to_json",
]
