"""The stored form of a whole assessment: what a revision re-renders from."""

from __future__ import annotations

import json

from domain.legal import GdprRisk, Role, Sector, Tri, assess
from domain.legal.export import assessment_to_json
from domain.legal.record import FORMAT, assessment_from_record, assessment_to_record

from .helpers import BERLIN, TOKYO, clean, jst


def round_trip(a):
    return assessment_from_record(json.loads(json.dumps(assessment_to_record(a))))


def test_a_rich_assessment_survives_json_unchanged():
    a = assess(
        clean(
            improper_purpose=Tri.YES, sensitive_data=Tri.UNKNOWN, people_count=None, role=Role.UNKNOWN,
            eu_residents_affected=Tri.YES, gdpr_risk=GdprRisk.HIGH, my_number_involved=Tri.YES,
            sector=Sector.FINANCIAL,
        ),
        tz=TOKYO,
    )
    back = round_trip(a)
    assert back == a
    # and what a person is shown from it: the same codes, the same days and instants
    now = jst(2026, 12, 20, 9, 0)
    assert assessment_to_json(back, now=now) == assessment_to_json(a, now=now)


def test_instants_keep_their_moment_in_another_time_zone():
    a = assess(clean(improper_purpose=Tri.YES, aware_at=jst(2026, 12, 1, 23, 30)), tz=BERLIN)
    back = round_trip(a)
    assert back.aware_at == a.aware_at
    assert [(d.kind, d.day, d.at) for d in back.appi.deadlines] == [(d.kind, d.day, d.at) for d in a.appi.deadlines]


def test_an_unreadable_record_gives_none_instead_of_failing():
    a = assess(clean(), tz=TOKYO)
    record = assessment_to_record(a)
    assert assessment_from_record({}) is None
    assert assessment_from_record(None) is None
    assert assessment_from_record({**record, "format": "something-else"}) is None
    broken = json.loads(json.dumps(record))
    broken["assessment"]["jurisdictions"][0]["applicability"] = "no-such-code"
    assert assessment_from_record(broken) is None
    assert record["format"] == FORMAT
