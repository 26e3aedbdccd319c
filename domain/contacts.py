"""Telling the people affected (本人への連絡): the contact campaign of an incident.

The practice (000 8-⑨, and the company record 002) tells everyone by post first, then e-mails
those whose letters came back, then phones those whose e-mail bounced, and finally publishes a
web notice for whoever is still unreachable (個人情報保護法26条2項ただし書: when a notice to the
individual is difficult, a substitute measure such as publication). The campaign records only
counts, channels and dates — never who the people are.

A campaign has a *population* (how many people must be told) and *batches*, in the order above.
Each batch says how many were contacted, how many were reached and how many came back
undeliverable (the rest: outcome not known yet). A web-notice batch *covers* the people it counts.
"Left" is everyone not yet reached nor covered; a batch can never contact more people than are
left, and the campaign is finished when nobody is left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from domain.incidents import parse_count
from domain.leak_patterns import detect

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def looks_like_personal_data(text: str) -> bool:
    """Text the team typed that must not go on record: an e-mail address, or anything the pasted-
    data detector flags (card numbers, My Numbers, lists of addresses)."""
    return bool(_EMAIL.search(text) or detect(text))


class Channel(StrEnum):
    POST = "post"
    EMAIL = "email"
    PHONE = "phone"
    WEB = "web"  # a web notice for those still unreachable (it covers them; nobody is "reached")


#: The order the practice uses; a batch never goes back to an earlier channel.
ORDER: tuple[Channel, ...] = (Channel.POST, Channel.EMAIL, Channel.PHONE, Channel.WEB)


class Problem(StrEnum):
    """Why a form answer is refused (texts: ``contacts.error.<code>`` or the shared ``error.<code>``)."""

    REQUIRED = "required"
    NOT_INTEGER = "not_integer"
    NEGATIVE = "negative"
    TOO_LARGE = "too_large"
    TOO_LONG = "too_long"
    IN_FUTURE = "in_future"
    UNKNOWN_CHOICE = "unknown_choice"
    ZERO_POPULATION = "zero_population"
    OVER_POPULATION = "over_population"
    OVER_LEFT = "over_left"
    BELOW_TOLD = "below_told"
    OUTCOME_OVER_SENT = "outcome_over_sent"
    CHANNEL_ORDER = "channel_order"
    BEFORE_PREVIOUS = "before_previous"
    BEFORE_DISCOVERY = "before_discovery"
    NO_POPULATION = "no_population"
    NOTHING_LEFT = "nothing_left"
    WEB_OUTCOME = "web_outcome"
    PERSONAL_DATA = "personal_data"
    REASON_REQUIRED = "reason_required"
    PUBLISHED_AT_REQUIRED = "published_at_required"
    METHOD_REQUIRED = "method_required"
    APPROVER_REQUIRED = "approver_required"
    PRINCIPAL_MUST_AGREE = "principal_must_agree"
    NOTICE_INCOMPLETE = "notice_incomplete"
    ANSWER_BEFORE_NOTICE = "answer_before_notice"
    REPORT_DATE_REQUIRED = "report_date_required"
    NOTHING_TO_CORRECT = "nothing_to_correct"
    FAILED = "failed"  # not the input: saving failed (e.g. someone recorded a round at the same moment)


class Refused(ValueError):
    """A form's answers refused field by field (block ID → ``Problem``); nothing is saved."""

    def __init__(self, errors: dict[str, Problem]):
        super().__init__(", ".join(f"{k}={v}" for k, v in errors.items()))
        self.errors = errors


def count_or_problem(text: str | None) -> int | None | Problem:
    """A typed head count (``1,200``, full-width digits): None when blank, a ``Problem`` when wrong."""
    raw = (text or "").strip()
    if not raw:
        return None
    try:
        return parse_count(raw)
    except ValueError as exc:
        return Problem(str(exc.args[0]))


@dataclass(frozen=True)
class Batch:
    channel: Channel
    sent_at: datetime
    sent: int
    reached: int = 0
    undeliverable: int = 0

    @property
    def pending(self) -> int:
        """Contacted, outcome not known yet (letters neither returned nor confirmed)."""
        return self.sent - self.reached - self.undeliverable

    @property
    def covered(self) -> int:
        return self.sent if self.channel is Channel.WEB else self.reached


@dataclass(frozen=True)
class Progress:
    """Where a campaign stands: who was reached by which channel, who is covered by the web
    notice, and who is left."""

    population: int
    reached: dict[Channel, int]
    web_notice: int
    undeliverable: int
    pending: int
    batches: int

    @property
    def told(self) -> int:
        return sum(self.reached.values()) + self.web_notice

    @property
    def left(self) -> int:
        return max(0, self.population - self.told)

    @property
    def finished(self) -> bool:
        return self.population > 0 and self.left == 0


def progress(population: int, batches: Sequence[Batch]) -> Progress:
    reached: dict[Channel, int] = {c: 0 for c in ORDER if c is not Channel.WEB}
    web = undeliverable = pending = 0
    for b in batches:
        if b.channel is Channel.WEB:
            web += b.sent
            continue
        reached[b.channel] += b.reached
        undeliverable += b.undeliverable
        pending += b.pending
    return Progress(population, reached, web, undeliverable, pending, len(batches))


@dataclass(frozen=True)
class BatchInput:
    """The contacts form as typed (the handler reads Slack's state into this)."""

    population: str | None
    channel: str | None = None
    sent_at: datetime | None = None
    sent: str | None = None
    reached: str | None = None
    undeliverable: str | None = None
    #: The round typed replaces the last one recorded (more letters came back since).
    correct_last: bool = False


@dataclass(frozen=True)
class CampaignUpdate:
    population: int
    batch: Batch | None
    replaces_last: bool = False


def next_channel(batches: Sequence[Batch]) -> Channel:
    """The channel the form suggests: the last one used (another wave), or post to begin."""
    return batches[-1].channel if batches else Channel.POST


def validate_update(
    raw: BatchInput, *, batches: Sequence[Batch], discovered_at: datetime, now: datetime,
) -> CampaignUpdate:
    """Check a population change and, when a number contacted is given, a new batch.

    Counts are never negative; the population is at least one and never below the people already
    told; a batch contacts at most the people left, reaches or loses at most those it contacted,
    follows the practice's order (post → e-mail → phone → web notice) and is dated after the
    discovery and the previous batch, never in the future. A correction of the last round is
    checked as if that round were recorded anew."""
    errors: dict[str, Problem] = {}
    if raw.correct_last:
        if not batches:
            errors["correct_last"] = Problem.NOTHING_TO_CORRECT
        batches = batches[:-1]
    population = count_or_problem(raw.population)
    if population is None:
        errors["population"] = Problem.REQUIRED
    elif isinstance(population, Problem):
        errors["population"] = population
    elif population == 0:
        errors["population"] = Problem.ZERO_POPULATION
    else:
        already = progress(population, batches).told
        if population < already:
            errors["population"] = Problem.BELOW_TOLD
    sent = count_or_problem(raw.sent)
    reached = count_or_problem(raw.reached)
    lost = count_or_problem(raw.undeliverable)
    for name, value in (("sent", sent), ("reached", reached), ("undeliverable", lost)):
        if isinstance(value, Problem):
            errors[name] = value
    wants_batch = any(v is not None for v in (sent, reached, lost)) or raw.correct_last
    if not wants_batch:
        if errors:
            raise Refused(errors)
        assert isinstance(population, int)
        return CampaignUpdate(population, None)
    channel: Channel | None = None
    if raw.channel is None:
        errors["channel"] = Problem.REQUIRED
    else:
        try:
            channel = Channel(raw.channel)
        except ValueError:
            errors["channel"] = Problem.UNKNOWN_CHOICE
    if channel is not None and batches and ORDER.index(channel) < ORDER.index(batches[-1].channel):
        errors["channel"] = Problem.CHANNEL_ORDER
    if sent is None and "sent" not in errors:
        errors["sent"] = Problem.REQUIRED
    if raw.sent_at is None:
        errors["sent_at"] = Problem.REQUIRED
    elif raw.sent_at > now:
        errors["sent_at"] = Problem.IN_FUTURE
    elif raw.sent_at < discovered_at:
        errors["sent_at"] = Problem.BEFORE_DISCOVERY
    elif batches and raw.sent_at < batches[-1].sent_at:
        errors["sent_at"] = Problem.BEFORE_PREVIOUS
    if channel is Channel.WEB and ((isinstance(reached, int) and reached) or (isinstance(lost, int) and lost)):
        errors["reached"] = Problem.WEB_OUTCOME
    if isinstance(population, int) and population > 0 and isinstance(sent, int) and "population" not in errors:
        left = progress(population, batches).left
        if sent > population:
            errors["sent"] = Problem.OVER_POPULATION
        elif left == 0:
            errors["sent"] = Problem.NOTHING_LEFT
        elif sent > left:
            errors["sent"] = Problem.OVER_LEFT
        elif sent == 0:
            errors["sent"] = Problem.ZERO_POPULATION  # "at least one person"
    if isinstance(sent, int) and "reached" not in errors:
        r = reached if isinstance(reached, int) else 0
        u = lost if isinstance(lost, int) else 0
        if r + u > sent:
            errors["reached" if r > u or not u else "undeliverable"] = Problem.OUTCOME_OVER_SENT
    if errors:
        raise Refused(errors)
    assert isinstance(population, int) and isinstance(sent, int) and channel is not None and raw.sent_at is not None
    return CampaignUpdate(
        population,
        Batch(
            channel, raw.sent_at, sent,
            reached if isinstance(reached, int) else 0, lost if isinstance(lost, int) else 0,
        ),
        replaces_last=raw.correct_last,
    )


# --- figures for the weekly summary, the App Home and ``leakbot report`` --------------------------


@dataclass(frozen=True)
class CampaignFacts:
    """One incident's campaign as the figures see it (a population and its batches)."""

    population: int
    batches: tuple[Batch, ...]
    finished_at: datetime | None = None
    #: When the campaign was set up (None: always counted).
    created_at: datetime | None = None


@dataclass(frozen=True)
class ContactFigures:
    """Contact campaigns and publication decisions over a period ``[start, end)``."""

    start: datetime
    end: datetime
    #: Campaigns with somebody left to tell at ``end``, and how many people that is in all.
    in_progress: int
    still_to_reach: int
    #: Campaigns finished in the period; people reached, and covered by a web notice, in the period.
    finished: int
    reached: int
    web_notice: int
    #: Publication decisions taken in the period, by decision (``domain.publication.Decision`` values).
    decisions: dict[str, int]

    @property
    def decided(self) -> int:
        return sum(self.decisions.values())


def figures(
    campaigns: Sequence[CampaignFacts], decisions: Sequence[tuple[datetime, str]], *, start: datetime, end: datetime,
) -> ContactFigures:
    in_progress = still = finished = reached = web = 0
    for c in campaigns:
        if c.created_at is not None and c.created_at >= end:
            continue  # not set up yet at the end of the period
        known = [b for b in c.batches if b.sent_at < end]
        left = progress(c.population, known).left
        if left > 0:
            in_progress += 1
            still += left
        if c.finished_at is not None and start <= c.finished_at < end:
            finished += 1
        for b in known:
            if b.sent_at >= start:
                if b.channel is Channel.WEB:
                    web += b.sent
                else:
                    reached += b.reached
    by_decision: dict[str, int] = {}
    for at, decision in decisions:
        if start <= at < end:
            by_decision[decision] = by_decision.get(decision, 0) + 1
    return ContactFigures(start, end, in_progress, still, finished, reached, web, by_decision)
