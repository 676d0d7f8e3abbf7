"""The contract for long work: progress callbacks and cancellation.

A long function takes ``progress: ProgressCallback | None``; it calls ``progress(done, total)``
now and then, and stops by raising :class:`Cancelled` when the callback returns False.
The UI runs such functions on a thread pool behind a progress dialog; the CLI passes a
text progress bar (:class:`courseware.cli.progress.ProgressBar`).
"""

from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[int, int], bool]


class Cancelled(Exception):
    """The user cancelled a long operation; nothing half-done was kept."""


def report(progress: ProgressCallback | None, done: int, total: int) -> None:
    """Report progress and raise Cancelled when the callback asks to stop."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled()
