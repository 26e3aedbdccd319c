"""Rule-set versions, common to every jurisdiction.

The law that governs a leak is the law in force when the company became aware of it (知った時点).
Each jurisdiction module keeps its own versioned rule sets (the numbers and switches that changed
over time, and the day from which each applies) and describes them as ``RuleSetInfo`` for
``leakbot assess --rulesets`` and the JSON output.  A promulgated amendment whose effective date is
not set yet is a ``PendingAmendment``: never applied, but announced as a caveat.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


class RuleSetError(LookupError):
    """No rule set is in force for the awareness time, or an unknown version was requested."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code


@dataclass(frozen=True, slots=True)
class RuleSetInfo:
    """One version of one jurisdiction's rules, as listed to people.

    ``effective_from`` is ``None`` for a version that applies to any earlier awareness (the rules
    before the first encoded change) or, with ``pending``, for an amendment whose effective date a
    Cabinet Order has not set yet; ``effective_until`` is the day before the next version."""

    jurisdiction: str
    version: str
    effective_from: date | None
    effective_until: date | None
    source: str
    pending: bool = False


@dataclass(frozen=True, slots=True)
class PendingAmendment:
    """A promulgated amendment whose effective date is not (yet) encoded."""

    id: str
    promulgated: date
    source: str = ""
    effective_from: date | None = None

    def pending_on(self, day: date) -> bool:
        """True if an incident with awareness day ``day`` should be warned."""
        if day < self.promulgated:
            return False
        return self.effective_from is None or day < self.effective_from


__all__ = ["PendingAmendment", "RuleSetError", "RuleSetInfo"]
