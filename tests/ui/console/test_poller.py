"""The console's background query runner: one query at a time, stale results dropped."""

from __future__ import annotations

import threading

from ui.console.poller import Poller


def test_a_repeated_request_still_reports_every_result(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A query slower than the refresh interval must not starve the class view."""
    release = threading.Event()
    calls: list[int] = []

    def query() -> int:
        calls.append(1)
        release.wait(5)
        return len(calls)

    poller = Poller(query)
    results: list[object] = []
    poller.result.connect(results.append)
    poller.request()
    poller.request()
    poller.request()  # waits, coalesced with the one before
    release.set()
    qtbot.waitUntil(lambda: len(results) == 2 and not poller.running, timeout=5000)
    assert results == [1, 2]


def test_a_failure_for_superseded_arguments_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()

    def query(name: str) -> str:
        release.wait(5)
        if name == "old":
            raise RuntimeError("old quiz failed")
        return name

    poller = Poller(query)
    results: list[object] = []
    failures: list[object] = []
    poller.result.connect(results.append)
    poller.failed.connect(failures.append)
    poller.request("old")
    poller.request("new")
    release.set()
    qtbot.waitUntil(lambda: results == ["new"] and not poller.running, timeout=5000)
    assert failures == []
