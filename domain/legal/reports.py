"""From what the reports say to the engine's facts — a starting point a person confirms.

The first report (第一報) and the latest second report (第二報) already answer several legal
questions roughly: which kinds of data, how many people, encryption, the entrustment relation.
``derive_facts`` turns those answers into ``Facts`` conservatively: "encrypted" in a report does
not prove *strong* encryption with the key safe, so it is carried over as the reporter said it
and shown for confirmation; an event type that suggests an attack makes the improper purpose
possible, not certain; anything not said stays UNKNOWN (never a silent "no").

``refresh`` re-derives the facts after a report changed while keeping every answer that a person
changed by hand in the assessment form.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import datetime
from typing import Any

from domain.incidents import improper_purpose_fact

from .codes import Role, Sector, Tri
from .facts import Facts, FactsError, facts_from_mapping
from .jurisdictions.appi import ruleset_for
from .rulesets import RuleSetError

_ROLE = {"contractor": Role.PRINCIPAL, "none": Role.PRINCIPAL, "principal": Role.CONTRACTOR, "unknown": Role.UNKNOWN}
_TRI = {"yes": Tri.YES, "no": Tri.NO, "unknown": Tri.UNKNOWN}


def _category_fact(categories: set[str], *, yes: set[str], maybe: frozenset[str] | set[str] = frozenset()) -> Tri:
    if categories & yes:
        return Tri.YES
    if categories & (maybe | {"unknown"}) or not categories:
        return Tri.UNKNOWN
    return Tri.NO


def derive_facts(
    *,
    aware_at: datetime,
    event_type: str,
    data_categories: list[str],
    people_count: int | None,
    count_basis: str | None,
    encrypted: str,
    third_party: str,
    eu_default: Tri = Tri.UNKNOWN,
    sector: Sector = Sector.GENERAL,
) -> Facts:
    """Facts as the reports state them (``count_basis`` None = only the first report's rough count).

    ``eu_default`` is the organization's standing answer to "EU residents / EU establishment?"
    (``LEAKBOT_GDPR_SCOPE``): UNKNOWN unless the organization has declared it has neither, so GDPR
    is "possibly applicable" until someone answers for the incident.  ``sector`` is the
    organization's declared sector (``LEAKBOT_SECTOR``).  My Numbers among the data categories make
    the My Number Act apply; an unknown or empty category list leaves it unknown, never "no".
    """
    categories = set(data_categories)
    improper = improper_purpose_fact(event_type)
    count = people_count if count_basis != "unknown" else None
    return Facts(
        aware_at=aware_at,
        sensitive_data=_category_fact(categories, yes={"sensitive"}),
        financial_harm=_category_fact(categories, yes={"payment"}, maybe={"credentials"}),
        improper_purpose=improper,
        people_count=count,
        # The first report asks "roughly how many": treat it as an estimate of the maximum.
        count_is_maximum_estimate=count is not None and count_basis != "confirmed",
        strong_encryption=_TRI.get(encrypted, Tri.UNKNOWN),
        role=_ROLE.get(third_party, Role.UNKNOWN),
        eu_residents_affected=eu_default,
        eu_establishment=eu_default,
        sector=sector,
        my_number_involved=_category_fact(categories, yes={"my_number"}),
    )


def refresh(current: Facts, derived_before: Facts, derived_now: Facts) -> Facts:
    """Facts after the reports changed: fields a person left as derived follow the reports; fields
    a person changed by hand keep their hand-set value."""
    changes = {}
    for f in fields(Facts):
        if getattr(current, f.name) == getattr(derived_before, f.name):
            changes[f.name] = getattr(derived_now, f.name)
    if changes.get("count_is_maximum_estimate") and changes.get("people_count", current.people_count) is None:
        changes["count_is_maximum_estimate"] = False
    return replace(current, **changes)


class FormError(ValueError):
    """The assessment form's answers, refused field by field (codes match ``domain.incidents.ErrorCode``)."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(", ".join(f"{k}={v}" for k, v in errors.items()))
        self.errors = errors


_KNOWN_CODES = {"required", "not_integer", "negative", "too_large", "in_future", "requires_people_count"}


def facts_from_form(answers: dict[str, Any], count_text: str, *, now: datetime, ruleset: str | None = None) -> Facts:
    """Facts from the assessment form: the typed head count (and the My Number head count, typed
    text in ``answers``) is parsed like everywhere else (``1,200``, full-width digits), no moment
    may lie in the future, and a rule set must be in force at awareness (or be chosen) — checked
    here so the form can say so before it closes."""
    from domain.incidents import parse_count  # the same rules as the first report's count

    errors: dict[str, str] = {}
    mapping = dict(answers)
    if count_text:
        try:
            mapping["people_count"] = parse_count(count_text)
        except ValueError as exc:
            errors["people_count"] = str(exc.args[0])
    typed = mapping.get("my_number_people_count")
    if isinstance(typed, str):
        try:
            mapping["my_number_people_count"] = parse_count(typed)
        except ValueError as exc:
            errors["my_number_people_count"] = str(exc.args[0])
    for name in ("aware_at", "principal_notified_at"):
        if isinstance(mapping.get(name), datetime) and mapping[name] > now:
            errors[name] = "in_future"
    if mapping.get("count_is_maximum_estimate") and "people_count" not in mapping and "people_count" not in errors:
        errors["count_is_maximum_estimate"] = "requires_people_count"
    if errors:
        raise FormError(errors)
    try:
        facts = facts_from_mapping(mapping)
    except FactsError as exc:
        raise FormError({k: (v if v in _KNOWN_CODES else "unknown_choice") for k, v in exc.errors.items()}) from None
    try:
        ruleset_for(facts.aware_at, override=ruleset)
    except RuleSetError as exc:
        raise FormError({"ruleset": exc.code}) from None
    return facts
