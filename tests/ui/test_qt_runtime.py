"""The installed Qt binding survives many signal emissions (PySide6 6.12.0 did not)."""

from __future__ import annotations

import os
import subprocess
import sys

EMIT_MANY = """
from PySide6.QtCore import QObject, Signal

class Emitter(QObject):
    number = Signal(int)
    flag = Signal(str, bool)

emitter = Emitter()
emitter.number.connect(lambda value: None)
emitter.flag.connect(lambda key, on: None)
for _ in range(20_000):
    emitter.number.emit(1)
    emitter.flag.emit("q1", False)
print("survived")
"""


def test_signal_emissions_do_not_corrupt_bool_reference_counts() -> None:
    result = subprocess.run([sys.executable, "-c", EMIT_MANY], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
