"""Phase changes: the phase modal (closing asks for the recurrence-prevention statement and what to
do with open countermeasures), the channel post of the close and the office's close notice."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from domain.phases import Phase
from prompts import kit
from prompts.common import IncidentLike, Message, mention, options, tick
from prompts.i18n import t
from prompts.ids import VALUE, Callback, PhaseField
from prompts.tasks import TaskLike, open_tasks_section


def phase_modal(
    *,
    lang: str,
    incident_id: str,
    current: Phase,
    choices: tuple[Phase, ...],
    open_tasks: Sequence[TaskLike] = (),
    tz: ZoneInfo | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Change the phase. Closing needs the recurrence-prevention statement approved by the office
    (``prompts.recurrence``), and the open countermeasures are listed with the choice to carry them
    over as follow-ups."""
    blocks = [
        kit.section(t(lang, "phase_modal.current", incident_id=incident_id, phase=t(lang, f"phase.{current}"))),
        kit.input_block(
            PhaseField.PHASE, t(lang, "phase_modal.phase"), kit.static_select(VALUE, options("phase", choices, lang))
        ),
        kit.context(t(lang, "phase_modal.close_needs")),
    ]
    if open_tasks:
        assert tz is not None and now is not None
        blocks.append(open_tasks_section(open_tasks, lang=lang, tz=tz, now=now))
        blocks.append(
            kit.input_block(
                PhaseField.CARRY_OVER,
                t(lang, "phase_modal.carry_over"),
                tick(lang, "phase_modal.carry_over_option"),
                optional=True,
            )
        )
    return kit.modal(
        title=t(lang, "phase_modal.title"),
        submit=t(lang, "phase_modal.submit"),
        close=t(lang, "report.close"),
        callback_id=Callback.PHASE_CHANGE,
        blocks=blocks,
        private_metadata=json.dumps({"incident": incident_id}),
    )


def closed_posted(*, incident_id: str, user: str, measures_done: str, measures_planned: str, lang: str) -> Message:
    text = t(lang, "channel.closed", user=mention(user, lang), incident_id=incident_id)
    blocks = [
        kit.section(text),
        kit.section(f"*{t(lang, 'channel.measures_done')}*\n{kit.escape(measures_done)}"),
        kit.section(f"*{t(lang, 'channel.measures_planned')}*\n{kit.escape(measures_planned)}"),
    ]
    return text, blocks


def office_closed(incident: IncidentLike, department_name: str, lang: str) -> Message:
    text = t(lang, "office.closed", incident_id=incident.public_id, department=kit.escape(department_name))
    return text, [kit.section(text)]
