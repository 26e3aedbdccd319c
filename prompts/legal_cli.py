"""Texts of ``leakbot assess``: the field list for ``--help``, the commented ``--example`` facts
file (which ``leakbot assess`` accepts as it is) and the ``--rulesets`` listing."""

from __future__ import annotations

from collections.abc import Sequence

from domain.legal import RuleSetInfo
from domain.legal.facts import FIELD_SPECS, FieldSpec
from prompts.i18n import t

#: The value each field takes in the example file: a misdelivered spreadsheet, nothing confirmed
#: yet but the count, the rest left unknown on purpose.
EXAMPLE_VALUES: dict[str, str] = {
    "aware_at": "2026-12-01T10:00:00+09:00",
    "sensitive_data": "no",
    "financial_harm": "unknown",
    "improper_purpose": "no",
    "attack_signs": "[]",
    "people_count": "1200",
    "count_is_maximum_estimate": "true",
    "strong_encryption": "no",
    "key_leaked": "unknown",
    "acquisition_only": "no",
    "role": "principal",
    "principal_notified_at": "null",
    "sector": "general",
    "pseudonymised": "no",
    "my_number_involved": "yes",
    "my_number_system": "no",
    "my_number_publicly_viewable": "no",
    "my_number_people_count": "150",
    "eu_residents_affected": "unknown",
    "eu_establishment": "no",
    "gdpr_risk": "unknown",
    "gdpr_mitigated_or_encrypted": "unknown",
}


def _values(lang: str, spec: FieldSpec) -> str:
    if spec.kind == "choice":
        return t(lang, "legal.cli.kind.choice", values=" / ".join(spec.values))
    return t(lang, f"legal.cli.kind.{spec.kind}")


def _default(lang: str, spec: FieldSpec) -> str:
    return t(lang, "legal.cli.required") if spec.default is None else t(lang, "legal.cli.default", default=spec.default)


def fields_help(lang: str) -> str:
    """Every field with its meaning, its values and its default."""
    lines = [t(lang, "legal.cli.fields_title")]
    for spec in FIELD_SPECS:
        lines.append(f"  {spec.name}: {t(lang, f'legal.cli.field.{spec.name}')}")
        lines.append(f"      {_values(lang, spec)}; {_default(lang, spec)}")
    return "\n".join(lines) + "\n"


def example_facts(lang: str) -> str:
    """A commented YAML facts file with every field."""
    out = [f"# {line}" for line in t(lang, "legal.cli.example_header").splitlines()]
    for spec in FIELD_SPECS:
        out += ["", f"# {t(lang, f'legal.cli.field.{spec.name}')}", f"# {_values(lang, spec)}; {_default(lang, spec)}",
                f"{spec.name}: {EXAMPLE_VALUES[spec.name]}"]
    return "\n".join(out) + "\n"


def rulesets_text(lang: str, infos: Sequence[RuleSetInfo]) -> str:
    lines = [t(lang, "legal.cli.rulesets_title")]
    for info in infos:
        jurisdiction = t(lang, f"legal.jurisdiction.{info.jurisdiction}")
        if info.pending:
            lines.append("  " + t(lang, "legal.cli.ruleset_pending", jurisdiction=jurisdiction, version=info.version,
                                  source=info.source))
            continue
        since = info.effective_from.isoformat() if info.effective_from else t(lang, "legal.cli.open_start")
        until = info.effective_until.isoformat() if info.effective_until else t(lang, "legal.cli.open_end")
        lines.append("  " + t(lang, "legal.cli.ruleset_line", jurisdiction=jurisdiction, version=info.version,
                              since=since, until=until, source=info.source))
    return "\n".join(lines) + "\n"


__all__ = ["EXAMPLE_VALUES", "example_facts", "fields_help", "rulesets_text"]
