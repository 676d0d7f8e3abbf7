"""End-to-end fixtures.

``pg_store`` (a store in a fresh schema of the test PostgreSQL server, skipping with the reason
when none answers) is shared with the console's classroom test (tests/ui/postgres.py).
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported

from tests.ui.postgres import pg_store  # noqa: F401 - shared fixture
