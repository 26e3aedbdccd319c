"""The wiring, and nothing else imports it: ``settings`` (every knob), ``app.create_app`` /
``create_context`` (Config and ports from the settings), ``cli`` (the ``leakbot`` command),
``scheduler`` (the sweep on an interval), ``slack`` (the Slack port's adapter), ``jobs`` (the
post-ack worker pool), ``playbooks`` (loading playbook YAML), ``web`` (the HTTP entry point)."""
