"""The paragraph class the PDFs use for Chinese text (line breaking: exporters.pdf.cjk).

Three shortcuts keep typography exactly as ReportLab's slow path would set it (tests:
tests/exporters/test_layout_shortcuts.py, test_simple_lines.py): a paragraph without markup
gets its fragment from a per-style template instead of ReportLab's HTML parser; neighbouring
fragments that look alike are joined; and a paragraph of one plain fragment is laid out as
ReportLab's simple lines, drawn without per-fragment work.
"""

from __future__ import annotations

import weakref
from typing import Any

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.platypus.paragraph import Paragraph, ParaLines, _handleBulletWidth
from reportlab.platypus.paraparser import ParaParser

from exporters.pdf.cjk import break_cjk_lines, break_simple_lines, simple_part
from exporters.pdf.markup_shapes import fresh_clone, shaped_frags

_PLAIN_TEMPLATES: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def plain_frags(text: str, style: Any) -> list[Any] | None:
    """The fragments ReportLab's parser would make of ``text`` when it holds no markup at all
    (no tag, no entity): one fragment in the style's font, as parsed once per style.

    Most paragraphs of a handout are plain text; parsing each with ReportLab's HTML-based
    parser is about a tenth of the build. Anything with markup is parsed as usual.
    """
    if not text or "<" in text or "&" in text or getattr(style, "textTransform", None):
        return None
    template = _PLAIN_TEMPLATES.get(style)
    if template is None:
        parsed = ParaParser().parse("x", style)[1]
        if not parsed or len(parsed) != 1:
            return None
        template = _PLAIN_TEMPLATES[style] = parsed[0]
    return [fresh_clone(template, text=text)]


def _joinable(frag: Any) -> bool:
    return isinstance(getattr(frag, "text", None), str) and not (
        hasattr(frag, "cbDefn") or hasattr(frag, "lineBreak") or hasattr(frag, "_selfClosingTag"))


def _looks(frag: Any) -> dict[str, Any]:
    return {name: value for name, value in frag.__dict__.items() if name != "text"}


def merged_frags(frags: list[Any]) -> list[Any]:
    """Neighbouring fragments that differ only in their text, as one fragment.

    ReportLab's parser starts a fragment at every entity (``A.&nbsp;&nbsp;选项`` is four) and
    at every tag, even one that changes nothing. Fewer fragments are measured and drawn
    faster, and a paragraph left with one is set as simple lines.
    """
    result: list[Any] = []
    for frag in frags:
        last = result[-1] if result else None
        if last is not None and _joinable(last) and _joinable(frag) \
                and _looks(last) == _looks(frag):
            result[-1] = last.clone(text=last.text + frag.text)
        else:
            result.append(frag)
    return result


class CJKParagraph(Paragraph):
    """A Paragraph whose CJK wrapping follows the Chinese rules (see the module docstring).

    Line breaks are remembered per set of widths: a paragraph is measured several times
    (tables, keep-together, the table of contents' second pass) at the same width.
    """

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        parsed = frags is None
        if parsed and isinstance(text, str):
            cleaned = cleaner(text)
            frags = plain_frags(cleaned, style)
            if frags is not None:
                text, parsed = cleaned, False
            else:
                frags = shaped_frags(cleaned, style)
                text = cleaned if frags is not None else text
        super()._setup(text, style, bulletText, frags, cleaner)
        if parsed:
            self.frags: list[Any] = merged_frags(self.__dict__["frags"])

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # ReportLab's method name
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]
        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara
        if not self.frags:
            return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName,
                             textColor=style.textColor, lines=[], ascent=style.fontSize,
                             descent=-0.2 * style.fontSize)
        key = tuple(maxWidths)
        cache: dict[tuple[float, ...], ParaLines] = self.__dict__.setdefault("_cjk_lines", {})
        if key not in cache:
            auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
            if _simple(self.frags, style, auto_leading):
                cache[key] = break_simple_lines(self.frags[0], list(maxWidths))
            else:
                cache[key] = break_cjk_lines(self.frags, list(maxWidths),
                                             auto_leading not in ("", "off"))
        return cache[key]

    def split(self, availWidth: Any, availHeight: Any) -> Any:  # ReportLab's names
        lines = getattr(self, "blPara", None)
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and lines is not None and lines.kind == 0:
            first = parts[0]  # ReportLab hands it its lines in a makeshift wrapper
            first.blPara = simple_part(lines, 0, len(first.blPara.lines))
        return parts

    def _get_split_blParaFunc(self) -> Any:  # ReportLab's name
        if self.blPara.kind == 0:
            return _split_simple
        return super()._get_split_blParaFunc()


def _simple(frags: list[Any], style: Any, auto_leading: str) -> bool:
    """Can this paragraph be set as simple lines? One fragment of text with nothing drawn
    per fragment (underline, link, highlight, inline picture) and no justification."""
    if len(frags) != 1 or style.alignment == TA_JUSTIFY or style.endDots \
            or auto_leading not in ("", "off"):
        return False
    frag = frags[0]
    text = getattr(frag, "text", None)
    return isinstance(text, str) and bool(text) and not (
        getattr(frag, "us_lines", None) or getattr(frag, "link", None)
        or getattr(frag, "backColor", None) or getattr(frag, "rise", 0)
        or hasattr(frag, "cbDefn") or hasattr(frag, "lineBreak"))


def _split_simple(lines: Any, start: int, stop: int) -> list[Any]:
    """The fragment of simple lines ``start`` to ``stop`` (spaces at their ends kept)."""
    part = simple_part(lines, start, stop)
    fragment = lines.clone(text=part.source)
    for name in ("kind", "lines", "starts", "source", "ascent", "descent"):
        delattr(fragment, name)
    return [fragment]
