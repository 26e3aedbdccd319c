"""A strict, in-process fake of the Slack Web API for end-to-end tests of the bot.

Intent
------
The real bot (slack-bolt + slack_sdk) is pointed at :attr:`FakeSlack.url` as its WebClient
``base_url``.  The fake behaves like Slack where it matters to a leak-response bot:

* it speaks HTTP exactly like ``slack.com/api`` (form or JSON bodies, ``Authorization: Bearer``,
  ``{"ok": false, "error": ...}`` bodies, HTTP 429 + ``Retry-After``);
* it keeps realistic state (users, channels, membership, messages, modal stacks, Home tabs,
  uploads, pins) and returns Slack's real error names (``name_taken``, ``not_in_channel``,
  ``already_in_channel``, ``expired_trigger_id``, ``hash_conflict``, ...);
* it validates every Block Kit payload with :mod:`tests.fakeslack.blockkit` and refuses bad
  ones the way Slack does (``invalid_blocks`` / ``invalid_arguments`` with
  ``response_metadata.messages``), *and* records them in :attr:`FakeSlack.violations` so a
  fixture can fail the test even if the bot swallowed the error;
* it stores message ``metadata`` and answers ``conversations.history``/``.replies`` with it
  (on ``include_all_metadata``); message timestamps are Unix times, like Slack's;
* it lets tests inject failures (:meth:`FakeSlack.fail`, including answers lost after the call
  took effect), slow methods down
  (:meth:`FakeSlack.set_latency`) and move its clock (:meth:`FakeSlack.advance`) so expiry
  rules can be tested without sleeping.

Everything runs on 127.0.0.1 with an ephemeral port; the state is guarded by one lock so
the server can be hit from many threads at once.

Layout (one module per Web API family; :class:`FakeSlack` composes them):

========================  ===========================================================
``base``                  state, lifecycle, clock, ids, shared lookups, message store
``faults``                failure injection (also lost answers: done, then 5xx or a
                          dropped connection) and per-method latency
``dispatch``              one request: argument parsing, auth, injected faults, scopes,
                          required arguments, then the family's ``_m_<method>`` handler
``http``                  the HTTP server routing ``/api``, ``/upload``, ``/response``
``auth``                  ``api.test``, ``auth.test``, ``apps.connections.open``
``conversations``         ``conversations.*`` and channel seeding/inspection
``chat``                  ``chat.*``, message seeding/inspection
``pins`` / ``users``      ``pins.add`` / ``users.*``
``views``                 ``views.*``, trigger_ids, modal stacks, Home tabs
``files``                 the two-step upload (``files.getUploadURLExternal`` …)
``interactivity``         response_urls and judging the app's acks (``check_app_ack``)
``model``                 records (users, channels, calls), limits, ``methods.json``
========================  ===========================================================

Only the names in ``__all__`` are the fake's public surface.
"""

from __future__ import annotations

from .auth import AuthAPI
from .chat import ChatAPI
from .conversations import ConversationsAPI
from .dispatch import Dispatch
from .files import FilesAPI
from .interactivity import Interactivity
from .model import DEFAULT_BOT_SCOPES, METHODS, Call
from .pins import PinsAPI
from .users import UsersAPI

__all__ = ["Call", "FakeSlack", "DEFAULT_BOT_SCOPES", "METHODS"]


class FakeSlack(Dispatch, AuthAPI, ConversationsAPI, ChatAPI, PinsAPI, UsersAPI, FilesAPI, Interactivity):
    """Fake Slack Web API server with realistic state, strict validation and failure injection.

    Typical use::

        with FakeSlack() as fake:
            fake.add_user("U1", email="a@example.com")
            client = WebClient(base_url=fake.url, token="xoxb-test")
            client.chat_postMessage(channel="U1", text="hi")
            assert fake.dms_to("U1")[0]["text"] == "hi"
            assert fake.violations == []
    """
