"""Shared material for the 题库 tests: the public fixtures folder and the Chinese language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from courseware.i18n import set_language
from tests.conftest import REPO_ROOT

SHARED = REPO_ROOT.parent / "shared" / "fixtures"
TIKU = SHARED / "tiku"


@pytest.fixture(autouse=True)
def chinese() -> Iterator[None]:
    set_language("zh")
    yield
    set_language(None)


def tiku(relative: str) -> Path:
    path = TIKU / relative
    if not path.is_file():
        pytest.skip(f"shared fixture {path} is absent (CI lays ../shared beside the clone)")
    return path
