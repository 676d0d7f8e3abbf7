"""Where the shared interop fixtures are (``<repo root>/../shared/fixtures/interop``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

INTEROP = REPO_ROOT.parent / "shared" / "fixtures" / "interop"


def interop(*parts: str) -> Path:
    path = INTEROP.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared fixtures absent: {path} (CI lays shared/ beside the clone)")
    return path
