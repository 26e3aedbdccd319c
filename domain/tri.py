"""``Tri``: the one answer type for a yes/no fact that may not be known yet, for the whole domain."""

from __future__ import annotations

from enum import StrEnum


class Tri(StrEnum):
    """Answer to a yes/no question that may not be known yet.

    ``UNKNOWN`` is a first-class answer, never a silent ``NO``.  In the legal engine an unknown
    that could make a case reportable yields ``Requirement.POSSIBLY_REQUIRED`` with the deadlines
    running, and an unknown that could only *relieve* a duty (encryption, key not leaked,
    acquisition only, pseudonymised data, …) is not applied until it is confirmed.
    """

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"
