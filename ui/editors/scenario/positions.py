"""Where the trainer dragged a scenario's steps on the map, kept in the user's settings (the
course file stores no positions): the map looks the same the next time the scenario opens."""

from __future__ import annotations

import json

from ui.app_settings import AppSettings
from ui.editors.scenario.layout import Point

GROUP = "scenario-map"
_cache: dict[str, dict[str, Point]] = {}


def remembered(key: str) -> dict[str, Point]:
    """The positions for ``key`` (course id / question id); edit the dict, then ``save``."""
    if key not in _cache:
        _cache[key] = _read(key)
    return _cache[key]


def save(key: str) -> None:
    settings = AppSettings().qsettings
    positions = _cache.get(key, {})
    name = f"{GROUP}/{_flat(key)}"
    if positions:
        settings.setValue(name, json.dumps({k: list(v) for k, v in positions.items()}))
    else:
        settings.remove(name)


def forget(key: str) -> None:
    _cache[key] = {}
    save(key)


def _read(key: str) -> dict[str, Point]:
    raw = AppSettings().qsettings.value(f"{GROUP}/{_flat(key)}", "")
    try:
        data = json.loads(str(raw)) if raw else {}
        return {str(k): (float(v[0]), float(v[1])) for k, v in data.items()}
    except (ValueError, TypeError, IndexError, AttributeError):
        return {}  # a damaged entry is forgotten, never an error


def _flat(key: str) -> str:
    return key.replace("/", "|").replace("\\", "|")
