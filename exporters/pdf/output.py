"""Writing an output file atomically: a temp file beside it, renamed when complete."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from courseware.fileio import temporary_beside


@contextlib.contextmanager
def atomic_output(output: Path) -> Iterator[Path]:
    """Yield a temp path to write; on success it replaces ``output``, on any error it goes.

    A cancelled or failed export therefore never leaves a partial file behind.
    """
    handle, temp_name = temporary_beside(output, ".part")
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        with open(temp, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temp, output)
    finally:
        temp.unlink(missing_ok=True)
