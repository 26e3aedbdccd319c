"""One table says what each event type means for an improper purpose (APPI 施行規則7条3号)."""

from datetime import UTC

from domain.incidents import (
    IMPROPER_PURPOSE_BY_EVENT,
    IMPROPER_PURPOSE_SIGNS,
    EventType,
    PurposeSign,
    improper_purpose_fact,
)
from domain.legal import Tri as LegalTri
from domain.legal.reports import derive_facts
from domain.tri import Tri


def test_the_whole_domain_has_one_tri():
    from domain import incidents

    assert incidents.Tri is Tri is LegalTri


def test_every_event_type_is_in_the_table():
    assert set(IMPROPER_PURPOSE_BY_EVENT) == set(EventType)


def test_the_legal_fact_and_the_severity_sign_come_from_the_same_table():
    """施行規則7条3号: unauthorised access, malware and theft are the act itself; accidents by nature
    (loss, misdelivery, misconfiguration) are not; everything else stays unknown until answered."""
    for event, sign in IMPROPER_PURPOSE_BY_EVENT.items():
        fact = improper_purpose_fact(event)
        assert fact is {PurposeSign.ACT: Tri.YES, PurposeSign.NONE: Tri.NO}.get(sign, Tri.UNKNOWN)
        assert (event in IMPROPER_PURPOSE_SIGNS) == (sign in (PurposeSign.ACT, PurposeSign.SUGGESTS))
    assert improper_purpose_fact(EventType.MALWARE) is Tri.YES
    assert improper_purpose_fact(EventType.MISDELIVERY) is Tri.NO
    assert improper_purpose_fact(EventType.DATA_FOR_SALE) is Tri.UNKNOWN


def test_an_event_type_the_code_does_not_know_is_never_read_as_no_improper_purpose():
    from datetime import datetime

    facts = derive_facts(
        aware_at=datetime(2026, 12, 1, tzinfo=UTC), event_type="carrier_pigeon_lost",
        data_categories=["name_contact"], people_count=3, count_basis="confirmed", encrypted="no",
        third_party="none",
    )
    assert facts.improper_purpose is Tri.UNKNOWN
