"""The process environment a gallery run needs before Qt starts: an offscreen screen of the
chosen size, the scale factor, and settings and data folders of its own."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCREEN_NAME = "gallery"


@contextmanager
def prepare_environment(size: tuple[int, int], scale: float) -> Iterator[Path]:
    """Sets the environment for Qt (which must not have started yet); yields a work folder
    that is removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="courseware-gallery-") as folder:
        work = Path(folder)
        config = work / "screen.json"
        width, height = size
        config.write_text(json.dumps({"screens": [{
            "name": SCREEN_NAME, "x": 0, "y": 0, "width": width, "height": height,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"
        os.environ["QT_ENABLE_HIGHDPI_SCALING"] = "1"
        for name in ("COURSEWARE_DATA_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            os.environ[name] = str(work / name.lower())
        os.environ.pop("COURSEWARE_LANG", None)
        yield work
