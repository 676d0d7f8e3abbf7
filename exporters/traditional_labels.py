"""Printed labels in Traditional Chinese, for courses whose language is zh-TW.

The labels' source stays in Python (``exporters/pdf/labels.py``, ``exporters/html/labels.py``:
Simplified and English); ``scripts/migrate_catalogues.py`` generates their Traditional text into
``exporters/locale/zh_TW/{pdf,html}_labels.po`` (OpenCC s2twp and the reviewed terms, see
docs/translating.md), keyed ``pdf.<key>`` and ``html.<key>``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from courseware.po_catalogue import load_layer

LOCALE_FOLDER = Path(__file__).resolve().parent / "locale"


@cache
def _traditional() -> dict[str, str]:
    return {key: entry["zh-TW"] for key, entry in load_layer(LOCALE_FOLDER).items()
            if "zh-TW" in entry}


def traditional_label(key: str, simplified: str) -> str:
    """The Traditional text of label ``key``; its Simplified text until it is generated."""
    return _traditional().get(key) or simplified
