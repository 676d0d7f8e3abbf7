"""The bundled CJK font (WenQuanYi Micro Hei, Apache-2.0 / GPL-3+ with font exception)."""

from __future__ import annotations

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent
BUNDLED_CJK_FONT = FONT_DIR / "wqy-microhei.ttc"
BUNDLED_CJK_FONT_FAMILY = "WenQuanYi Micro Hei"
BUNDLED_CJK_FONT_LICENSE = FONT_DIR / "LICENSE-wqy-microhei.txt"
