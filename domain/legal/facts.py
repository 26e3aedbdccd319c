"""The facts of a leak, as far as they are known.

Every yes/no fact is a ``Tri`` (YES / NO / UNKNOWN).  A *possibility*
(おそれ) counts as YES: the APPI categories of 施行規則7条 all read
"…が発生し、又は発生したおそれがある事態", so "we cannot rule it out on the
evidence we have" is YES, and "nobody has looked yet" is UNKNOWN.

Fields
------
aware_at
    知った時点: the moment any part of the company became aware of the
    situation (ガイドライン通則編3-5-3-3).  Timezone-aware datetime.
sensitive_data
    要配慮個人情報 (medical, criminal record, race, creed, …) — category 1.
financial_harm
    Data whose misuse may cause financial loss (card numbers, ID + password of
    a payment service, …) — category 2.
improper_purpose
    The leak was (possibly) caused by an act with an improper purpose
    (不正の目的: unauthorised access, ransomware, theft, insider take-out,
    skimming; insiders count) — category 3.
attack_signs
    Evidence: the guideline's cyber-attack signs (ア)–(オ), see ``AttackSign``.
people_count, count_is_maximum_estimate
    Number of *people* (not records).  When the exact number is unknown give
    the maximum estimate and set ``count_is_maximum_estimate``; ``None`` means
    no estimate at all.  Category 4 is *more than* 1,000 people.
strong_encryption, key_leaked
    The leaked data was protected by high-grade, correctly implemented
    encryption, and whether the key leaked too.
acquisition_only
    The leak concerns only personal information the company was *acquiring*
    (e.g. what users typed into a skimmed web form) and no personal data it
    already held.  Only category 3 covers such data, and only from 2024-04-01.
role, principal_notified_at
    Principal / contractor (委託元 / 委託先), and when a contractor notified
    its principal (規則9条 release).
sector
    Sector rules may add duties (financial: report to the supervisor even
    outside the four categories).
pseudonymised
    The leaked data is 仮名加工情報 (pseudonymised information): APPI Art. 26
    does not apply to it (法41条9項).  Default NO; UNKNOWN is not applied.
my_number_involved, my_number_system, my_number_publicly_viewable, my_number_people_count
    特定個人情報 (data with My Numbers) is involved; it sat in the systems of
    番号法規則2条1号; it was (possibly) viewable by unspecified many people
    (2条3号); how many people's 特定個人情報 (2条4号, more than 100).
eu_residents_affected, eu_establishment, gdpr_risk, gdpr_mitigated_or_encrypted
    GDPR applicability (Art. 3) and the risk tests of Art. 33/34.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from enum import StrEnum
from typing import Any

from .codes import AttackSign, GdprRisk, Role, Sector, Tri


class FactsError(ValueError):
    """Invalid facts.  ``errors`` maps a field name to a message code:

    ``required``, ``naive_datetime``, ``invalid_datetime``, ``invalid_tri``,
    ``invalid_choice``, ``not_integer``, ``negative``, ``not_boolean``,
    ``not_a_list``, ``requires_people_count``, ``unknown_field``,
    ``not_a_mapping`` (field ``"_root"``).
    """

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors: dict[str, str] = dict(errors)
        detail = ", ".join(f"{k}: {v}" for k, v in sorted(self.errors.items()))
        super().__init__(f"invalid facts ({detail})")


_TRI_FIELDS = (
    "sensitive_data",
    "financial_harm",
    "improper_purpose",
    "strong_encryption",
    "key_leaked",
    "acquisition_only",
    "eu_residents_affected",
    "eu_establishment",
    "gdpr_mitigated_or_encrypted",
    "pseudonymised",
    "my_number_involved",
    "my_number_system",
    "my_number_publicly_viewable",
)


@dataclass(frozen=True, slots=True)
class Facts:
    """Input of ``assess``.  Unanswered facts default to UNKNOWN, except
    ``acquisition_only`` and ``pseudonymised`` (NO: almost every leak concerns
    ordinary personal data already held),
    ``role`` (UNKNOWN, treated as principal) and ``sector`` (GENERAL)."""

    aware_at: datetime
    sensitive_data: Tri = Tri.UNKNOWN
    financial_harm: Tri = Tri.UNKNOWN
    improper_purpose: Tri = Tri.UNKNOWN
    attack_signs: tuple[AttackSign, ...] = ()
    people_count: int | None = None
    count_is_maximum_estimate: bool = False
    strong_encryption: Tri = Tri.UNKNOWN
    key_leaked: Tri = Tri.UNKNOWN
    acquisition_only: Tri = Tri.NO
    role: Role = Role.UNKNOWN
    principal_notified_at: datetime | None = None
    sector: Sector = Sector.GENERAL
    pseudonymised: Tri = Tri.NO
    my_number_involved: Tri = Tri.UNKNOWN
    my_number_system: Tri = Tri.UNKNOWN
    my_number_publicly_viewable: Tri = Tri.UNKNOWN
    my_number_people_count: int | None = None
    eu_residents_affected: Tri = Tri.UNKNOWN
    eu_establishment: Tri = Tri.UNKNOWN
    gdpr_risk: GdprRisk = GdprRisk.UNKNOWN
    gdpr_mitigated_or_encrypted: Tri = Tri.UNKNOWN

    def __post_init__(self) -> None:
        errors: dict[str, str] = {}
        _check_datetime(errors, "aware_at", self.aware_at, required=True)
        _check_datetime(errors, "principal_notified_at", self.principal_notified_at, required=False)
        for name in _TRI_FIELDS:
            if not isinstance(getattr(self, name), Tri):
                errors[name] = "invalid_tri"
        signs = self.attack_signs
        if isinstance(signs, (list, tuple, set, frozenset)):
            if not all(isinstance(s, AttackSign) for s in signs):
                errors["attack_signs"] = "invalid_choice"
            elif signs:
                present = set(signs)
                ordered = tuple(s for s in AttackSign if s in present)
                if ordered != signs:
                    object.__setattr__(self, "attack_signs", ordered)
            elif not isinstance(signs, tuple):
                object.__setattr__(self, "attack_signs", ())
        else:
            errors["attack_signs"] = "not_a_list"
        count = self.people_count
        if count is not None:
            if isinstance(count, bool) or not isinstance(count, int):
                errors["people_count"] = "not_integer"
            elif count < 0:
                errors["people_count"] = "negative"
        my_count = self.my_number_people_count
        if my_count is not None:
            if isinstance(my_count, bool) or not isinstance(my_count, int):
                errors["my_number_people_count"] = "not_integer"
            elif my_count < 0:
                errors["my_number_people_count"] = "negative"
        if not isinstance(self.count_is_maximum_estimate, bool):
            errors["count_is_maximum_estimate"] = "not_boolean"
        elif self.count_is_maximum_estimate and count is None:
            errors["count_is_maximum_estimate"] = "requires_people_count"
        if not isinstance(self.role, Role):
            errors["role"] = "invalid_choice"
        if not isinstance(self.sector, Sector):
            errors["sector"] = "invalid_choice"
        if not isinstance(self.gdpr_risk, GdprRisk):
            errors["gdpr_risk"] = "invalid_choice"
        if errors:
            raise FactsError(errors)


def _check_datetime(errors: dict[str, str], name: str, value: Any, *, required: bool) -> None:
    if value is None:
        if required:
            errors[name] = "required"
        return
    if not isinstance(value, datetime):
        errors[name] = "invalid_datetime"
    elif value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        errors[name] = "naive_datetime"


# ---------------------------------------------------------------------------
# From a mapping (YAML / JSON for the `leakbot assess` CLI).
# ---------------------------------------------------------------------------

_FIELD_NAMES = frozenset(f.name for f in fields(Facts))

_TRI_WORDS = {
    "yes": Tri.YES,
    "y": Tri.YES,
    "true": Tri.YES,
    "no": Tri.NO,
    "n": Tri.NO,
    "false": Tri.NO,
    "unknown": Tri.UNKNOWN,
    "?": Tri.UNKNOWN,
}

_SIGN_WORDS: dict[str, AttackSign] = {}
for _sign, _kana in zip(AttackSign, ("ア", "イ", "ウ", "エ", "オ"), strict=False):
    _SIGN_WORDS[_sign.value] = _sign
    _SIGN_WORDS[_sign.name.lower()] = _sign
    _SIGN_WORDS[_kana] = _sign

_GDPR_RISK_WORDS = {"none": GdprRisk.NONE_OR_LOW, "low": GdprRisk.NONE_OR_LOW}


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One input field as ``leakbot assess`` documents it: its value kind, the accepted values
    (for choices), and the default when the field is left out."""

    name: str
    kind: str  # datetime | tri | count | bool | signs | choice
    values: tuple[str, ...] = ()
    default: str | None = None


def _spec(name: str) -> FieldSpec:
    default = _DEFAULTS[name]
    if name in ("aware_at", "principal_notified_at"):
        return FieldSpec(name, "datetime", (), None if name == "aware_at" else "null")
    if name in _TRI_FIELDS:
        return FieldSpec(name, "tri", tuple(t.value for t in Tri), str(default))
    if name in ("people_count", "my_number_people_count"):
        return FieldSpec(name, "count", (), "null")
    if name == "count_is_maximum_estimate":
        return FieldSpec(name, "bool", ("true", "false"), "false")
    if name == "attack_signs":
        return FieldSpec(name, "signs", tuple(a.value for a in AttackSign), "[]")
    enum = {"role": Role, "sector": Sector, "gdpr_risk": GdprRisk}[name]
    return FieldSpec(name, "choice", tuple(m.value for m in enum), str(default))


_DEFAULTS: dict[str, Any] = {f.name: f.default for f in fields(Facts)}
#: Every field of ``Facts`` in declaration order, for ``--help`` and ``--example``.
FIELD_SPECS: tuple[FieldSpec, ...] = tuple(_spec(f.name) for f in fields(Facts))


def facts_from_mapping(data: Mapping[str, Any]) -> Facts:
    """Build ``Facts`` from a plain mapping (parsed YAML or JSON).

    Keys are the ``Facts`` field names.  Accepted values:

    * datetimes: ``datetime`` objects or ISO-8601 strings **with** an offset
      (``2026-12-01T00:30:00+09:00``, ``…Z``);
    * yes/no facts: ``true``/``false``/``null`` (null = unknown) or the words
      ``yes``/``no``/``unknown``;
    * ``people_count``: a non-negative integer or ``null``;
    * ``attack_signs``: a list of ``a i u e o`` / ``ア イ ウ エ オ``;
    * ``role``, ``sector``, ``gdpr_risk``: the enum values (case-insensitive).

    All problems are collected and raised together as one ``FactsError``.
    """
    if not isinstance(data, Mapping):
        raise FactsError({"_root": "not_a_mapping"})
    errors: dict[str, str] = {}
    kwargs: dict[str, Any] = {}
    for key in data:
        if key not in _FIELD_NAMES:
            errors[str(key)] = "unknown_field"
    if data.get("aware_at") is None:
        errors["aware_at"] = "required"
    for key, raw in data.items():
        if key not in _FIELD_NAMES or errors.get(key):
            continue
        try:
            kwargs[key] = _convert(key, raw)
        except _FieldError as exc:
            errors[key] = exc.code
    if errors:
        raise FactsError(errors)
    return Facts(**kwargs)


class _FieldError(Exception):
    def __init__(self, code: str) -> None:
        self.code = code


def _convert(key: str, raw: Any) -> Any:
    if key in ("aware_at", "principal_notified_at"):
        if raw is None and key == "principal_notified_at":
            return None
        return _to_datetime(raw)
    if key in _TRI_FIELDS:
        return _to_tri(raw)
    if key in ("people_count", "my_number_people_count"):
        if raw is None:
            return None
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise _FieldError("not_integer")
        if raw < 0:
            raise _FieldError("negative")
        return raw
    if key == "count_is_maximum_estimate":
        if not isinstance(raw, bool):
            raise _FieldError("not_boolean")
        return raw
    if key == "attack_signs":
        if raw is None:
            return ()
        if isinstance(raw, (str, bytes)) or not isinstance(raw, (list, tuple)):
            raise _FieldError("not_a_list")
        out = []
        for item in raw:
            sign = _SIGN_WORDS.get(str(item).strip().lower()) if isinstance(item, str) else None
            if isinstance(item, AttackSign):
                sign = item
            if sign is None:
                raise _FieldError("invalid_choice")
            out.append(sign)
        return tuple(out)
    if key == "role":
        return _to_enum(Role, raw)
    if key == "sector":
        return _to_enum(Sector, raw)
    if key == "gdpr_risk":
        if isinstance(raw, str) and raw.strip().lower() in _GDPR_RISK_WORDS:
            return _GDPR_RISK_WORDS[raw.strip().lower()]
        return _to_enum(GdprRisk, raw)
    raise _FieldError("unknown_field")  # pragma: no cover - guarded by caller


def _to_datetime(raw: Any) -> datetime:
    if isinstance(raw, datetime):
        value = raw
    elif isinstance(raw, str):
        try:
            value = datetime.fromisoformat(raw.strip())
        except ValueError:
            raise _FieldError("invalid_datetime") from None
    else:
        raise _FieldError("invalid_datetime")
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise _FieldError("naive_datetime")
    return value


def _to_tri(raw: Any) -> Tri:
    if isinstance(raw, Tri):
        return raw
    if raw is None:
        return Tri.UNKNOWN
    if isinstance(raw, bool):
        return Tri.YES if raw else Tri.NO
    if isinstance(raw, str):
        tri = _TRI_WORDS.get(raw.strip().lower())
        if tri is not None:
            return tri
    raise _FieldError("invalid_tri")


def _to_enum(enum_cls: Any, raw: Any) -> Any:
    if isinstance(raw, enum_cls):
        return raw
    if isinstance(raw, str):
        word = raw.strip().lower()
        for member in enum_cls:
            if member.value == word or member.name.lower() == word:
                return member
    raise _FieldError("invalid_choice")


def facts_to_mapping(facts: Facts) -> dict[str, Any]:
    """The inverse of ``facts_from_mapping``: JSON-safe values (ISO datetimes, enum values)."""
    out: dict[str, Any] = {}
    for name in sorted(_FIELD_NAMES):
        value = getattr(facts, name)
        if value is None:
            continue
        if isinstance(value, datetime):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = [str(v) for v in value]
        elif isinstance(value, StrEnum):
            value = value.value
        out[name] = value
    return out
