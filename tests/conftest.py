"""Shared fixtures. GUI tests set QT_QPA_PLATFORM in their own conftest."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_COURSE = REPO_ROOT / "content" / "bank-service-trust"


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read messages in English unless they switch language themselves."""
    from courseware.i18n import set_language

    monkeypatch.setenv("COURSEWARE_LANG", "en")
    set_language(None)


@pytest.fixture(autouse=True)
def _private_user_data(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user data directory (stores, keys, recovery)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture
def bundled_course() -> Path:
    return BUNDLED_COURSE
