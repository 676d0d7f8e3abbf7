"""The application's version: the installed distribution's, else the source tree's setup.cfg."""

from __future__ import annotations

import configparser
from functools import cache
from pathlib import Path

DISTRIBUTION = "courseware-studio"


@cache
def app_version() -> str:
    setup_cfg = Path(__file__).resolve().parent.parent / "setup.cfg"
    if setup_cfg.is_file():  # a source checkout: its own version, even beside an older install
        config = configparser.ConfigParser()
        config.read(setup_cfg, encoding="utf-8")
        version = config.get("metadata", "version", fallback="")
        if version:
            return version
    from importlib import metadata  # only without a source tree: it costs ~20 ms to import

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"
