"""``assess``: every registered jurisdiction's duties for one set of facts.

The rules live in ``domain.legal.jurisdictions`` (one module per jurisdiction, each with its
versioned rule sets and its sources); this module only runs them in the registry's order and adds
the caveats that concern the whole assessment (a chosen rule set, a pending amendment).

Principles every jurisdiction follows:

* a possibility (おそれ) counts as a fact;
* an unknown that could make a case reportable yields POSSIBLY_REQUIRED with the deadlines
  running — never NOT_REQUIRED; an unknown that could only relieve a duty is not applied until
  confirmed;
* each unknown whose answer would change a level or a binding number of days comes back as an
  ``OpenQuestion`` with that answer;
* deadlines count from the first awareness, or from a later ``Start`` when the case became
  reportable only later (``starts``; see ``domain.legal.timeline``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo

from .codes import Caveat, Jurisdiction
from .deadlines import JST, resolve_tz
from .facts import Facts
from .jurisdictions import REGISTRY, Context
from .jurisdictions.appi import RuleSet, pending_amendments_on, ruleset_for
from .model import Assessment, Start
from .rulesets import RuleSetError

_NO_STARTS: Mapping[str, Start] = {}


def assess(
    facts: Facts,
    *,
    tz: tzinfo | str,
    ruleset: RuleSet | str | None = None,
    starts: Mapping[str, Start] | None = None,
) -> Assessment:
    """Assess the legal duties for ``facts``.

    ``tz`` is the organisation's time zone (``ZoneInfo`` or IANA name); all output datetimes are
    in it, while Japanese days are counted in Japan time.  ``ruleset`` overrides the APPI rule set
    in force at awareness (a ``RuleSet`` or a version string); the override is flagged with
    ``Caveat.RULESET_OVERRIDDEN``.  ``starts`` maps a jurisdiction code to the moment its duty
    became reportable when that is later than ``facts.aware_at`` (see ``timeline.starts_from``).

    Raises ``FactsError`` (invalid facts) and ``RuleSetError`` (unknown rule-set version).
    """
    if not isinstance(facts, Facts):
        raise TypeError("assess takes a Facts instance (see facts_from_mapping)")
    zone = resolve_tz(tz)
    day1 = facts.aware_at.astimezone(JST).date()

    caveats: list[Caveat] = []
    rs = ruleset_for(day1, override=ruleset)
    if ruleset is not None:
        try:
            in_force: RuleSet | None = ruleset_for(day1)
        except RuleSetError:  # pragma: no cover - the registry covers every day
            in_force = None
        if in_force != rs:
            caveats.append(Caveat.RULESET_OVERRIDDEN)
    if pending_amendments_on(day1):
        caveats.append(Caveat.AMENDMENT_2026_PENDING)

    ctx = Context(facts, zone, day1, {Jurisdiction.APPI.value: rs}, starts if starts is not None else _NO_STARTS)
    return Assessment(
        ruleset_version=rs.version,
        ruleset_effective_from=rs.effective_from,
        aware_at=facts.aware_at.astimezone(zone),
        awareness_day=day1,
        jurisdictions=tuple(rules.assess(ctx) for rules in REGISTRY),
        caveats=tuple(caveats),
    )


__all__ = ["assess"]
