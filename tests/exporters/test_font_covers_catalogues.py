"""The bundled CJK font has a glyph for every Chinese character of the interface, Simplified
and Traditional (zh-TW is generated: a new character must not turn into tofu)."""

from __future__ import annotations

from reportlab.pdfbase.ttfonts import TTFontFile

from courseware.catalog import all_messages
from exporters.fonts import BUNDLED_CJK_FONT


def _cjk(char: str) -> bool:
    code = ord(char)
    return 0x3000 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF


def test_every_chinese_character_of_the_catalogues_has_a_glyph() -> None:
    from ui.i18n import catalogue  # the UI catalogue's files; reading them needs no Qt

    font = TTFontFile(str(BUNDLED_CJK_FONT), subfontIndex=0)
    chars = {char for messages in (all_messages(), catalogue()) for entry in messages.values()
             for language in ("zh", "zh-TW") for char in entry[language] if _cjk(char)}
    assert len(chars) > 800
    missing = sorted(char for char in chars if ord(char) not in font.charToGlyph)
    assert not missing, missing
