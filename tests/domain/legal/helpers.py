"""Shared builders for the legal-engine tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from domain.legal import Facts, GdprRisk, Role, Tri

TOKYO = ZoneInfo("Asia/Tokyo")
UTC = ZoneInfo("UTC")
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def jst(*args: int) -> datetime:
    return datetime(*args, tzinfo=TOKYO)


def clean(**overrides) -> Facts:
    """A leak where every APPI category is answered NO, the company is the
    principal, and GDPR does not apply — i.e. nothing is reportable.  Tests
    switch on exactly the fact they are about."""
    base = Facts(
        aware_at=jst(2026, 12, 1, 10, 0),
        sensitive_data=Tri.NO,
        financial_harm=Tri.NO,
        improper_purpose=Tri.NO,
        people_count=10,
        strong_encryption=Tri.NO,
        key_leaked=Tri.NO,
        acquisition_only=Tri.NO,
        role=Role.PRINCIPAL,
        eu_residents_affected=Tri.NO,
        eu_establishment=Tri.NO,
        gdpr_risk=GdprRisk.UNKNOWN,
        gdpr_mitigated_or_encrypted=Tri.UNKNOWN,
        my_number_involved=Tri.NO,
    )
    return replace(base, **overrides)
