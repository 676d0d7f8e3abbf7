"""``pg_store``: a results store in a fresh schema of the test PostgreSQL server, for the
classroom tests that watch trainee processes from the console (skips, saying why, when no
server answers)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool

from courseware.results import ResultsStore, open_store
from tests.courseware.results.results_testing import (
    fresh_pg_schema,
    pg_base_url,
    pg_unavailable_reason,
)


@pytest.fixture
def pg_store() -> Iterator[ResultsStore]:
    reason = pg_unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    with fresh_pg_schema(pg_base_url()) as url, open_store(url) as store:
        yield store
        QThreadPool.globalInstance().waitForDone(5000)  # no console query still running
