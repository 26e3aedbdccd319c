"""The registry of jurisdictions: one module each, found by walking this package.

Every public module here (a name not starting with ``_``) defines ``JURISDICTION``, an object with

* ``code`` — a short stable string (``"appi"``, ``"mynumber"``, ``"gdpr"``);
* ``order`` — where it comes in an assessment (Japan first);
* ``rule_sets()`` — its versioned rule sets (``RuleSetInfo``: version, effective dates, source);
* ``counts_from_reportability`` — whether its deadlines run from the moment the case became
  reportable (the Japanese duties) rather than from the first awareness (GDPR Art. 33(1));
* ``assess(ctx)`` — a ``JurisdictionAssessment`` for ``ctx.facts``.

Adding a jurisdiction (the UK GDPR, Korea's PIPA…) is adding a module here, its tests and its
texts in ``prompts/locale``: ``assess`` and ``leakbot assess --json`` pick it up from this
registry.  Two modules with the same code are refused at import.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, tzinfo
from typing import Protocol

from ..facts import Facts
from ..model import JurisdictionAssessment, Start
from ..rulesets import RuleSetInfo


@dataclass(frozen=True, slots=True)
class Context:
    """What every jurisdiction gets: the facts, the organisation's zone, the Japan awareness day,
    the rule-set versions a person chose (by jurisdiction code) and the later starts of duties."""

    facts: Facts
    zone: tzinfo
    awareness_day: date
    overrides: Mapping[str, object] = field(default_factory=dict)
    starts: Mapping[str, Start] = field(default_factory=dict)


class JurisdictionRules(Protocol):
    code: str
    order: int
    counts_from_reportability: bool

    def rule_sets(self) -> tuple[RuleSetInfo, ...]: ...

    def assess(self, ctx: Context) -> JurisdictionAssessment: ...


def _discover() -> tuple[JurisdictionRules, ...]:
    found: dict[str, JurisdictionRules] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        rules: JurisdictionRules = module.JURISDICTION
        if rules.code in found:
            raise RuntimeError(f"two jurisdiction modules define the code {rules.code!r}")
        found[rules.code] = rules
    return tuple(sorted(found.values(), key=lambda r: (r.order, r.code)))


#: Every registered jurisdiction, in assessment order.
REGISTRY: tuple[JurisdictionRules, ...] = _discover()


def all_rule_sets() -> tuple[RuleSetInfo, ...]:
    """Every rule-set version of every jurisdiction (including pending ones), in registry order."""
    return tuple(info for rules in REGISTRY for info in rules.rule_sets())


__all__ = ["REGISTRY", "Context", "JurisdictionRules", "all_rule_sets"]
