"""Everything a person reads: every user-facing text (Japanese and English) and every Slack
message, modal and view, built by pure functions from domain values.

Depends on ``domain`` only (no Slack client, no database, no clock: ``now`` is passed in). Each
builder returns a view (``dict``) or a ``Message`` — ``(text, blocks)``, where the ``text``
fallback carries the essentials for notifications and screen readers.

Where to look:

- ``locale/`` — the texts, one module per feature, each message's ``ja`` and ``en`` side by side
  (``locale/<feature>.py`` defines ``TEXT``; the package gathers them into ``CATALOGS``).
- ``i18n`` — ``t(lang, key, **params)`` and the date, duration and weekday formats.
- ``kit`` — Block Kit primitives that keep Slack's limits by construction; ``ids`` — every
  callback, action and block ID shared with the listeners.
- ``common`` — what the features share: ``Message``, ``IncidentLike``, mentions that respect a
  hidden reporter, enum options, the modals' inline errors.
- One builder module per feature (texts in the ``locale`` module of the same name):

  ==================  =============================================================================
  ``first_report``    the first-report modal, the receipt view and the receipt DM
  ``card``            the incident card, the channel topic, the office's new-incident notice, the
                      acknowledgement escalation DMs
  ``second_report``   the second-report modal, its prefill and the channel post of each revision
  ``phases``          the phase modal, the close post and the office's close notice
  ``tasks``           the task and reassign modals, the task list, reminder/assignment DMs,
                      the overdue escalation notice
  ``home``            the App Home tab
  ``status``          ``/leak-status``'s list of incidents
  ``watch``           the flag under a message that looks like leaked data
  ``summary``         the weekly summary (full and counts-only); ``chart`` draws its PNG
  ``legal_form``      the legal-assessment form (texts: ``locale/legal_form``)
  ``legal``           the legal assessment's result; ``drafts`` the report drafts
  ==================  =============================================================================

A new message: its texts in the feature's ``locale`` module, its builder in the feature's module.
"""
