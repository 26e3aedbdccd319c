"""The sweep runs on an APScheduler interval job; all its state is in the database."""

from __future__ import annotations

from datetime import datetime

from apscheduler.schedulers.background import BackgroundScheduler

from bot.metrics import timed
from bot.settings import Settings
from services.context import Context
from services.sweep import sweep


def start_scheduler(ctx: Context, settings: Settings) -> BackgroundScheduler:
    """Start the sweep: once right away (to finish what a previous process left half-done), then
    every ``LEAKBOT_SWEEP_INTERVAL``; missed runs after a pause coalesce into one."""
    scheduler = BackgroundScheduler(timezone=settings.tz)
    scheduler.add_job(
        timed(sweep),
        "interval",
        args=[ctx],
        seconds=settings.leakbot_sweep_interval.total_seconds(),
        id="sweep",
        coalesce=True,
        max_instances=1,
        next_run_time=datetime.now(settings.tz),
    )
    scheduler.start()
    return scheduler
