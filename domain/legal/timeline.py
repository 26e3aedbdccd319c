"""Since when each duty has been reportable, from the history of what the reports said.

A case can become reportable only later: the count passes 1,000 (APPI 施行規則7条4号) or 100
(番号法 規則2条4号) in a second report, an improper purpose is found.  The guidelines say the
situation is reportable from that moment ("1,000人を超えた時点で規則第7条第4号に該当することになる",
通則編3-5-3-1; the same for 100 people in 特定個人情報ガイドライン(事業者編)), and the 速報 / 確報
periods run from when the company knew of the reportable situation (通則編3-5-3-3, 3-5-3-4).

``starts_from(history)`` turns the chronological list of fact versions (first report, each
second report, each hand correction) into the ``starts`` argument of ``assess``: for each
jurisdiction whose rules count from reportability (the Japanese ones; the GDPR's 72 hours run
from becoming aware of the breach, Art. 33(1)), the earliest version from which its report has
been a duty (REQUIRED or POSSIBLY_REQUIRED) without interruption — when that is not the first
version.  A duty that was already possible at the first report keeps the first awareness: a
possible duty's deadlines already run (never moved later because the answer firmed up).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from domain.legal.codes import DUTY_LEVELS as _DUTY

from .deadlines import require_aware
from .engine import assess
from .facts import Facts
from .jurisdictions import REGISTRY
from .model import Start


@dataclass(frozen=True, slots=True)
class FactsVersion:
    """What was known, from which report, since when."""

    report: str
    known_at: datetime
    facts: Facts

    def __post_init__(self) -> None:
        require_aware(self.known_at, "known_at")


def starts_from(history: Sequence[FactsVersion], *, tz: tzinfo | str) -> dict[str, Start]:
    """The later starts of the duties in the latest version (see the module docstring).

    ``history`` is in chronological order; an empty history has no later starts."""
    if not history:
        return {}
    counting = [rules.code for rules in REGISTRY if rules.counts_from_reportability]
    levels = []
    for version in history:
        a = assess(version.facts, tz=tz)
        levels.append({code: a.of(code).regulator_report.requirement for code in counting})
    out: dict[str, Start] = {}
    for code in counting:
        i = len(history) - 1
        if levels[i][code] not in _DUTY:
            continue
        while i > 0 and levels[i - 1][code] in _DUTY:
            i -= 1
        if i > 0:
            out[code] = Start(history[i].known_at, history[i].report)
    return out


__all__ = ["FactsVersion", "starts_from"]
