"""The rules, pure: no Slack, no database, no clock (``now`` is an argument).

Reports and severity (``incidents``, ``second_report``), ``phases``, ``access``, ``escalation``,
``tasks`` and ``reminders``, ``playbooks``, ``summary``, ``leak_patterns``, ``directory``,
``timeline`` (event types and the bot's actor name), and the APPI/GDPR engine (``legal``).
"""
