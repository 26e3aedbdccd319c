"""The assessment as plain JSON data — the stable, machine-readable form of ``leakbot assess --json``.

Codes only (no sentences): every status, reason, fact, caveat and deadline kind is the stable
string value of its enum.  Shape (``FORMAT`` = ``"leakbot.assessment/1"``)::

    {
      "format": "leakbot.assessment/1",
      "ruleset_version": "appi-2024-04",          # the APPI rule set applied
      "aware_at": "2026-12-01T10:00:00+09:00",    # in the organisation's time zone
      "awareness_day": "2026-12-01",              # Japan date = day 1
      "now": "2026-12-08T09:00:00+09:00" | null,  # what "overdue" was judged against
      "caveats": ["amendment_2026_pending", ...],
      "jurisdictions": [
        {
          "code": "appi" | "mynumber" | "gdpr" | ...,
          "ruleset_version": "...",
          "applicability": "applicable" | "possibly_applicable" | "not_applicable",
          "start": {"at": ISO datetime, "report": str | null} | null,
          "duties": {
            "regulator_report" | "individual_notice" | "sector_report": {
              "status": "required" | "possibly_required" | "not_required" | "not_applicable",
              "reasons": [{"code": str, "source": str, "facts": [str], "evidence": [str]}],
              "items": [str], "alternatives": [str]
            }
          },
          "deadlines": [{"kind": str, "rule": str, "day": ISO date | null, "at": ISO datetime | null,
                         "binding": bool, "days": int | null, "overdue": bool | null}],
          "open_questions": [{"fact": str, "if_answer": str, "together_with": [[fact, answer]],
                              "changes": {"regulator_report": status, "individual_notice": status,
                                          "sector_report": status, "final_report_days": int,
                                          "applicability": str}}],
          "caveats": [str]
        }
      ]
    }

New keys may be added in a later format; existing keys keep their meaning.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .codes import deadline_source
from .deadlines import require_aware
from .model import Assessment, Deadline, JurisdictionAssessment, Obligation, OpenQuestion

FORMAT = "leakbot.assessment/1"


def _obligation(o: Obligation) -> dict[str, Any]:
    return {
        "status": o.requirement.value,
        "reasons": [
            {"code": f.reason.value, "source": f.reason.source, "facts": [x.value for x in f.facts],
             "evidence": [x.value for x in f.evidence]}
            for f in o.findings
        ],
        "items": [i.value for i in o.items],
        "alternatives": [x.value for x in o.alternatives],
    }


def _deadline(d: Deadline, now: datetime | None) -> dict[str, Any]:
    due = not d.kind.value.endswith("_warning")
    return {
        "kind": d.kind.value,
        "rule": deadline_source(d.kind),
        "day": d.day.isoformat() if d.day else None,
        "at": d.at.isoformat() if d.at else None,
        "binding": d.binding,
        "days": d.days,
        "overdue": (d.passed(now) if d.at is not None and due else None) if now is not None else None,
    }


def _question(q: OpenQuestion) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name in ("regulator_report", "individual_notice", "sector_report", "applicability"):
        value = getattr(q, name)
        if value is not None:
            changes[name] = value.value
    if q.final_report_days is not None:
        changes["final_report_days"] = q.final_report_days
    return {
        "fact": q.unknown.value,
        "if_answer": q.if_answer.value,
        "together_with": [[u.value, a.value] for u, a in q.together_with],
        "changes": changes,
    }


def _jurisdiction(j: JurisdictionAssessment, now: datetime | None) -> dict[str, Any]:
    duties = {"regulator_report": _obligation(j.regulator_report), "individual_notice": _obligation(j.individual_notice)}
    if j.sector_report is not None:
        duties["sector_report"] = _obligation(j.sector_report)
    return {
        "code": str(j.jurisdiction),
        "ruleset_version": j.ruleset_version,
        "applicability": j.applicability.value,
        "start": {"at": j.start.at.isoformat(), "report": j.start.report} if j.start else None,
        "duties": duties,
        "deadlines": [_deadline(d, now) for d in j.deadlines],
        "open_questions": [_question(q) for q in j.unknowns],
        "caveats": [c.value for c in j.caveats],
    }


def assessment_to_json(a: Assessment, *, now: datetime | None = None) -> dict[str, Any]:
    """``a`` as JSON-safe data (see the module docstring); ``now`` marks passed due dates."""
    if now is not None:
        require_aware(now, "now")
    return {
        "format": FORMAT,
        "ruleset_version": a.ruleset_version,
        "aware_at": a.aware_at.isoformat(),
        "awareness_day": a.awareness_day.isoformat(),
        "now": now.astimezone(a.aware_at.tzinfo).isoformat() if now is not None else None,
        "caveats": [c.value for c in a.caveats],
        "jurisdictions": [_jurisdiction(j, now) for j in a.jurisdictions],
    }


__all__ = ["FORMAT", "assessment_to_json"]
