"""End-to-end fixtures.

``pg_store`` (a store in a fresh schema of the test PostgreSQL server, skipping with the reason
when none answers) is the console's classroom fixture, reused here rather than copied; it
belongs in a shared module (e.g. ``tests/pg_fixtures.py``) that both directories import.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported

from tests.ui.console.test_classroom_pg import pg_store  # noqa: F401 - shared fixture
