"""Exactly-once posts, as far as Slack allows.

Slack has no idempotency key for ``chat.postMessage``: a post whose answer is lost (5xx, timeout, a
dropped connection, the process killed mid-call) may or may not have landed. So every post the bot
must make once — an outbox delivery, a set-up step's message — is keyed and made like this:

1. an unresolved earlier attempt (its ``post_attempt`` row is still there) is looked for first, in
   the conversation's messages since that attempt began, by the key in the message metadata;
   found → its ts is the result, nothing is posted;
2. otherwise the attempt is recorded and *committed* before the call (so a crash mid-call leaves a
   trace for whoever takes the work over);
3. the message is posted with the key in its metadata (the adapter resolves an ambiguous answer
   once on the spot the same way);
4. a definite answer (posted, or refused by Slack) removes the record with the caller's commit; an
   ambiguous one leaves it for step 1 of the next attempt.
"""

from __future__ import annotations

import logging
from typing import Any

from services.ports import Slack, SlackFailure
from services.uow import UnitOfWork
from storage import repo

log = logging.getLogger(__name__)


def post_once(
    uow: UnitOfWork,
    key: str,
    channel: str,
    text: str,
    blocks: list[dict[str, Any]] | None = None,
    *,
    thread_ts: str | None = None,
    slack: Slack | None = None,
) -> str:
    """Post ``text``/``blocks`` to ``channel`` at most once per ``key``; return the message's ts.
    ``slack`` is the port to post through when not the context's (a drill's marking wrapper).

    Commits the unit of work (the in-flight record) before calling Slack. The record is removed in
    the session on success, to be committed with the caller's result.
    """
    ctx, session = uow.ctx, uow.session
    gateway = slack or ctx.slack
    earlier = repo.post_attempt(session, key)
    if earlier is not None:
        try:
            found = gateway.find_posted(earlier.channel, key, since=earlier.started_at, thread_ts=thread_ts)
        except SlackFailure as failure:
            if failure.retryable:
                raise  # Slack cannot say now: try again later, the record stays
            # This conversation's history cannot be read (e.g. a public channel without the
            # channels:history scope): post again rather than lose the message.
            log.warning("post %s: earlier attempt cannot be checked (%s); posting again", key, failure.code)
            found = None
        if found is not None:
            log.info("post %s had landed (ts found in the conversation): not posting again", key)
            repo.end_post_attempt(session, key)
            return found
    else:
        repo.begin_post_attempt(session, key, channel=channel, now=ctx.now())
    uow.commit()  # the attempt is on record before Slack may act on it
    try:
        ts = gateway.post(channel, text, blocks, thread_ts=thread_ts, key=key)
    except SlackFailure as failure:
        if not failure.ambiguous:  # Slack said no (or never saw it): nothing landed
            repo.end_post_attempt(session, key)
            uow.commit()
        raise
    repo.end_post_attempt(session, key)
    return ts
