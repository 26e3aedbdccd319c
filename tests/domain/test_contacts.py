"""The rules of issue 9 without Slack: the contact campaign's counts and order, the publication
decision (five criteria, reasons, the contractor's timing rule 8-⑬) and the contractor record."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.contacts import (
    Batch,
    BatchInput,
    CampaignFacts,
    Channel,
    Problem,
    Refused,
    figures,
    progress,
    validate_update,
)
from domain.contractor import LinkInput, OurRole, legal_role, principal_notified_at, validate_link
from domain.legal import Role
from domain.publication import DecisionInput, PrincipalAgreed, may_publish, validate_decision

NOW = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)
FOUND = NOW - timedelta(days=5)


def at(days: float) -> datetime:
    return FOUND + timedelta(days=days)


CAMPAIGN = [
    Batch(Channel.POST, at(1), 4321, 4169, 152),
    Batch(Channel.EMAIL, at(2), 152, 140, 12),
    Batch(Channel.PHONE, at(3), 12, 9, 3),
]


def refused(raw: BatchInput, batches=(), **kw) -> dict[str, Problem]:
    with pytest.raises(Refused) as caught:
        validate_update(raw, batches=list(batches), discovered_at=FOUND, now=NOW, **kw)
    return caught.value.errors


def test_progress_counts_reached_by_channel_and_what_is_left():
    p = progress(4321, CAMPAIGN)
    assert p.reached == {Channel.POST: 4169, Channel.EMAIL: 140, Channel.PHONE: 9}
    assert (p.told, p.left, p.finished) == (4318, 3, False)
    done = progress(4321, [*CAMPAIGN, Batch(Channel.WEB, at(4), 3)])
    assert (done.web_notice, done.left, done.finished) == (3, 0, True)


def test_a_batch_cannot_contact_more_than_the_previous_ones_left():
    raw = BatchInput("4321", "web", at(4), "4")
    assert refused(raw, CAMPAIGN) == {"sent": Problem.OVER_LEFT}
    ok = validate_update(BatchInput("4321", "web", at(4), "3"), batches=CAMPAIGN, discovered_at=FOUND, now=NOW)
    assert ok.batch == Batch(Channel.WEB, at(4), 3)
    assert refused(BatchInput("100", "post", at(1), "101")) == {"sent": Problem.OVER_POPULATION}


def test_counts_are_never_negative_and_outcomes_never_exceed_what_was_sent():
    assert refused(BatchInput("-1")) == {"population": Problem.NEGATIVE}
    assert refused(BatchInput("0")) == {"population": Problem.ZERO_POPULATION}
    assert refused(BatchInput("10", "post", at(1), "-3")) == {"sent": Problem.NEGATIVE}
    assert refused(BatchInput("10", "post", at(1), "5", "4", "2")) == {"reached": Problem.OUTCOME_OVER_SENT}
    assert refused(BatchInput("10", "web", at(1), "5", "1")) == {"reached": Problem.WEB_OUTCOME}


def test_the_population_never_drops_below_those_already_told():
    assert refused(BatchInput("4000"), CAMPAIGN) == {"population": Problem.BELOW_TOLD}
    update = validate_update(BatchInput("4400"), batches=CAMPAIGN, discovered_at=FOUND, now=NOW)
    assert update.population == 4400 and update.batch is None


def test_batches_follow_the_practice_order_and_time():
    assert refused(BatchInput("4321", "post", at(4), "3"), CAMPAIGN) == {"channel": Problem.CHANNEL_ORDER}
    assert refused(BatchInput("4321", "phone", at(2.5), "3"), CAMPAIGN) == {"sent_at": Problem.BEFORE_PREVIOUS}
    assert refused(BatchInput("10", "post", NOW + timedelta(minutes=1), "3")) == {"sent_at": Problem.IN_FUTURE}
    assert refused(BatchInput("10", "post", FOUND - timedelta(hours=1), "3")) == {"sent_at": Problem.BEFORE_DISCOVERY}
    assert refused(BatchInput("10", None, at(1), "3")) == {"channel": Problem.REQUIRED}
    # The same channel again (a second wave of letters) is fine.
    again = validate_update(BatchInput("4321", "phone", at(4), "3", "1"), batches=CAMPAIGN, discovered_at=FOUND, now=NOW)
    assert again.batch is not None and again.batch.channel is Channel.PHONE


def test_figures_of_a_period():
    finished = CampaignFacts(10, (Batch(Channel.POST, at(1), 10, 10),), finished_at=at(1))
    running = CampaignFacts(4321, tuple(CAMPAIGN))
    later = CampaignFacts(50, (), created_at=at(3))  # set up after the period: not counted
    f = figures([finished, running, later], [(at(2), "publish_now"), (at(3), "not_publish"), (at(-30), "publish_later")],
                start=at(0), end=at(2.5))
    # At the end of the period the phone round had not happened yet: 12 left of the 4,321.
    assert (f.in_progress, f.still_to_reach, f.finished, f.reached, f.web_notice) == (1, 12, 1, 10 + 4169 + 140, 0)
    assert f.decisions == {"publish_now": 1} and f.decided == 1


# --- the publication decision -----------------------------------------------------------------------


CRITERIA = {"control": "当社", "route": "置き忘れ", "data": "氏名", "scale": "120人", "harm": "なし"}


def decision(**overrides) -> DecisionInput:
    values = dict(criteria=CRITERIA, decision="publish_now", reason=None, approver_kind="executive", approver="UEXEC",
                  published_at=at(1), methods=("web_notice",), principal_agreed=None)
    values.update(overrides)
    return DecisionInput(**values)


def decided(raw: DecisionInput, *, contractor: bool = False):
    return validate_decision(raw, we_are_contractor=contractor, discovered_at=FOUND, now=NOW)


def decision_errors(raw: DecisionInput, *, contractor: bool = False) -> dict[str, Problem]:
    with pytest.raises(Refused) as caught:
        decided(raw, contractor=contractor)
    return caught.value.errors


def test_the_five_criteria_are_required_and_free_of_personal_data():
    assert decision_errors(decision(criteria={**CRITERIA, "harm": " "})) == {"harm": Problem.REQUIRED}
    assert decision_errors(decision(criteria={**CRITERIA, "data": "taro@example.com など"})) == {"data": Problem.PERSONAL_DATA}
    assert decision_errors(decision(criteria={**CRITERIA, "scale": "x" * 501})) == {"scale": Problem.TOO_LONG}


def test_not_publishing_or_publishing_later_needs_a_reason_and_drops_the_publication_details():
    assert decision_errors(decision(decision="not_publish")) == {"reason": Problem.REASON_REQUIRED}
    later = decided(decision(decision="publish_later", reason="調査の完了後"))
    assert later.published_at is None and later.methods == ()


def test_publishing_now_needs_when_how_and_an_approver():
    errors = decision_errors(decision(published_at=None, methods=(), approver=None, approver_kind=None))
    assert errors == {"published_at": Problem.PUBLISHED_AT_REQUIRED, "methods": Problem.METHOD_REQUIRED,
                      "approver": Problem.APPROVER_REQUIRED, "approver_kind": Problem.APPROVER_REQUIRED}
    assert decision_errors(decision(published_at=NOW + timedelta(hours=1))) == {"published_at": Problem.IN_FUTURE}


def test_a_contractor_publishes_only_after_its_principal_agreed():
    assert not may_publish(we_are_contractor=True, principal_agreed=PrincipalAgreed.NOT_ASKED)
    assert may_publish(we_are_contractor=False, principal_agreed=None)
    assert decision_errors(decision(principal_agreed="no"), contractor=True) == {"principal_agreed": Problem.PRINCIPAL_MUST_AGREE}
    assert decided(decision(principal_agreed="yes"), contractor=True).principal_agreed is PrincipalAgreed.YES
    # Deciding to publish later is possible before the principal agreed.
    assert decided(decision(decision="publish_later", reason="委託元と調整中", principal_agreed="not_asked"), contractor=True)


# --- contractor and principal -----------------------------------------------------------------------


def link(**overrides) -> LinkInput:
    values = dict(our_role="contractor", counterparty="株式会社A", contractor_reported_at=None, notified_at=None,
                  notified_by=None, notice_method=None, answer=None, answered_at=None)
    values.update(overrides)
    return LinkInput(**values)


def link_errors(raw: LinkInput) -> dict[str, Problem]:
    with pytest.raises(Refused) as caught:
        validate_link(raw, discovered_at=FOUND, now=NOW)
    return caught.value.errors


def test_the_notice_to_the_principal_is_when_by_whom_and_how_and_feeds_the_legal_facts():
    assert link_errors(link(notified_at=at(1))) == {"notified_by": Problem.NOTICE_INCOMPLETE, "notice_method": Problem.NOTICE_INCOMPLETE}
    assert link_errors(link(answer="acknowledged")) == {"notified_at": Problem.NOTICE_INCOMPLETE, "answered_at": Problem.REQUIRED}
    assert link_errors(link(notified_at=at(2), notified_by="U1", notice_method="email", answer="acknowledged",
                            answered_at=at(1))) == {"answered_at": Problem.ANSWER_BEFORE_NOTICE}
    ok = validate_link(link(notified_at=at(1), notified_by="U1", notice_method="phone"), discovered_at=FOUND, now=NOW)
    assert principal_notified_at(ok) == at(1) and legal_role(ok.our_role) is Role.CONTRACTOR


def test_the_other_party_is_a_company_name_not_personal_data():
    assert link_errors(link(counterparty="")) == {"counterparty": Problem.REQUIRED}
    assert link_errors(link(counterparty="yamada@example.co.jp")) == {"counterparty": Problem.PERSONAL_DATA}


def test_a_principal_records_the_contractor_report_date_and_notifies_nobody():
    assert link_errors(link(our_role="principal")) == {"contractor_reported_at": Problem.REPORT_DATE_REQUIRED}
    ok = validate_link(link(our_role="principal", contractor_reported_at=at(-1), notified_at=at(1), notified_by="U1",
                            notice_method="email"), discovered_at=FOUND, now=NOW)
    assert ok.our_role is OurRole.PRINCIPAL and ok.notified_at is None and principal_notified_at(ok) is None
    assert legal_role(ok.our_role) is Role.PRINCIPAL


def test_the_last_round_can_be_corrected_as_if_recorded_anew():
    raw = BatchInput("4321", "email", at(2), "152", "150", "2", correct_last=True)
    update = validate_update(raw, batches=CAMPAIGN[:2], discovered_at=FOUND, now=NOW)
    assert update.replaces_last and update.batch == Batch(Channel.EMAIL, at(2), 152, 150, 2)
    # Against the rounds before it: the e-mail round may still not exceed what the post left.
    assert refused(BatchInput("4321", "email", at(2), "153", correct_last=True), CAMPAIGN[:2]) == {"sent": Problem.OVER_LEFT}
    assert refused(BatchInput("10", "post", at(1), "3", correct_last=True)) == {"correct_last": Problem.NOTHING_TO_CORRECT}
