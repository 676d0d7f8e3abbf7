"""The fonts certificates are set in: the bundled CJK font, then any fallback TrueType fonts.

Each character is set in the first font of the chain whose cmap has it, so a name never prints
as tofu. A character no font has makes :class:`MissingGlyphsError` (a clear message) instead.
Fallbacks: fonts given explicitly (``--font``) and, when installed, system TrueType fonts known
to cover rare CJK characters outside the BMP (e.g. 𠮷 U+20BB7): HanaMinB (Debian
``fonts-hanazono``) or SimSun-ExtB on Windows. CFF-based .otf fonts cannot be used.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError

from exporters.pdf.fonts import FontChoice, register_font

SYSTEM_FALLBACK_FONTS = (
    Path("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"),
    Path("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf"),
    Path("C:/Windows/Fonts/simsunb.ttf"),
    Path("C:/Windows/Fonts/mingliub.ttc"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
)
IGNORABLE = frozenset("\u200b\u200c\u200d\ufeff")


class MissingGlyphsError(ValueError):
    """No font in the chain can print these characters."""

    def __init__(self, text: str, missing: Sequence[str]) -> None:
        self.text = text
        self.missing = list(missing)
        super().__init__(f"no font has {describe_chars(self.missing)} (in '{text}')")


def describe_chars(chars: Iterable[str]) -> str:
    return ", ".join(f"'{c}' U+{ord(c):04X}" for c in chars)


@dataclass
class FontChain:
    """Registered font names in order of preference, with the code points each covers."""

    names: list[str]
    _coverage: list[frozenset[int]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._coverage = [frozenset(font_cmap(name)) for name in self.names]

    @property
    def primary(self) -> str:
        return self.names[0]

    def font_for(self, char: str) -> str | None:
        code = ord(char)
        return next((n for n, c in zip(self.names, self._coverage, strict=True) if code in c),
                    None)

    def missing(self, text: str) -> list[str]:
        return sorted({c for c in text if c not in IGNORABLE and c.isprintable()
                       and self.font_for(c) is None})

    def check(self, text: str) -> None:
        missing = self.missing(text)
        if missing:
            raise MissingGlyphsError(text, missing)

    def runs(self, text: str) -> list[tuple[str, str]]:
        """(font name, text) pieces; characters no font has stay in the primary font."""
        printable = "".join(c for c in text if c.isprintable() and c not in IGNORABLE)
        keyed = ((self.font_for(c) or self.primary, c) for c in printable)
        return [(font, "".join(c for _, c in group))
                for font, group in itertools.groupby(keyed, key=lambda pair: pair[0])]

    def width(self, text: str, size: float) -> float:
        return sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in self.runs(text))


def font_cmap(name: str) -> dict[int, int]:
    font = pdfmetrics.getFont(name)
    return font.face.charToGlyph  # type: ignore[no-any-return]


def default_chain(extra_fonts: Sequence[Path] = (), use_system: bool = True) -> FontChain:
    names = [register_font()]
    candidates = list(extra_fonts) + (list(SYSTEM_FALLBACK_FONTS) if use_system else [])
    for path in candidates:
        name = register_fallback(path)
        if name is not None and name not in names:
            names.append(name)
    return FontChain(names)


def register_fallback(path: Path) -> str | None:
    """Register a TrueType font file; None when it is absent or not usable TrueType."""
    name = f"Fallback-{path.stem}"
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    if not path.is_file() or path.suffix.lower() == ".otf":
        return None
    try:
        return register_font(FontChoice(path=path, name=name))
    except (TTFError, OSError):
        return None
