"""A text progress bar for long CLI commands (writes to stderr, only on a terminal)."""

from __future__ import annotations

import sys
from typing import TextIO


class ProgressBar:
    def __init__(self, label: str, stream: TextIO | None = None, width: int = 30) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.width = width
        self.enabled = self.stream.isatty()
        self._last = -1

    def __call__(self, done: int, total: int) -> bool:
        """Progress callback: returns True to go on (a CLI run is never cancelled)."""
        if not self.enabled or total <= 0:
            return True
        percent = int(100 * done / total)
        if percent != self._last:
            filled = self.width * done // total
            bar = "█" * filled + "░" * (self.width - filled)
            self.stream.write(f"\r{self.label} {bar} {percent:3d}% ({done}/{total})")
            self.stream.flush()
            self._last = percent
        return True

    def finish(self) -> None:
        if self.enabled and self._last >= 0:
            self.stream.write("\n")
            self.stream.flush()
