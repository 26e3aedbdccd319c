"""The use cases, between the Slack surfaces (``handlers``) and the rules (``domain``).

- ``context``: ``Config`` (frozen, from the settings) and ``Context`` (config + ports).
- ``ports``: what the use cases need from outside — ``Slack`` and ``SlackFailure``, ``Jobs``, ``Clock``.
- ``uow``: ``UnitOfWork``, one transaction of a use case (state, timeline, decided messages, one commit).
- ``incidents``, ``tasks``, ``legal``, ``summary``, ``mobilize``, ``home``, ``status``, ``access``: the use cases;
  each answers with a ``results.Result`` or a value, never a Slack message.
- ``presenters``: stored state → messages (the registry from ``queue.Kind`` to renderer).
- ``outbox``: claims, sends and retries decided messages; ``sweep``: the periodic pass.
"""
