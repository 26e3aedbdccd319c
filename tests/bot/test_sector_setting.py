"""``LEAKBOT_SECTOR`` names one of the engine's sectors (financial adds the supervisor duty)."""

import pytest
from pydantic import ValidationError

from bot.settings import Settings
from domain.legal import Sector


def test_sector_defaults_to_general_and_accepts_every_declarable_sector(monkeypatch):
    monkeypatch.delenv("LEAKBOT_SECTOR", raising=False)
    assert Settings().leakbot_sector == "general"
    for sector in ("general", "financial", "medical", "telecom", "other"):
        monkeypatch.setenv("LEAKBOT_SECTOR", sector)
        assert Sector(Settings().leakbot_sector).value == sector


def test_an_unknown_sector_is_refused(monkeypatch):
    monkeypatch.setenv("LEAKBOT_SECTOR", "banking")
    with pytest.raises(ValidationError):
        Settings()
