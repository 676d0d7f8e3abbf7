"""Exact text for every character: a correct ToUnicode map for characters outside the BMP.

ReportLab (5.1) writes each subset's ToUnicode CMap entry as ``<code> <%04X>`` of the code
point. For a character outside the Basic Multilingual Plane that is five hex digits (𠮷 U+20BB7
becomes ``<20BB7>``), which is not UTF-16BE: readers take ``<20BB>`` and the text extracts as
``₻`` instead of ``𠮷``. The PDF reference (9.10.3) asks for UTF-16BE, i.e. a surrogate pair
``<D842DFB7>``. :func:`install` replaces ReportLab's CMap writer with one that does this; the
rest of its output is unchanged.
"""

from __future__ import annotations

from reportlab.pdfbase import ttfonts

_original = ttfonts.makeToUnicodeCMap


def utf16_hex(code_point: int) -> str:
    """The UTF-16BE hex string of a code point (a surrogate pair outside the BMP)."""
    return chr(code_point).encode("utf-16-be", "surrogatepass").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap for a font subset, with UTF-16BE destinations."""
    cmap = _original(fontname, subset)
    head, _, rest = cmap.partition("beginbfchar\n")
    _, _, tail = rest.partition("endbfchar")
    entries = "\n".join(f"<{code:02X}> <{utf16_hex(value)}>"
                        for code, value in enumerate(subset))
    return f"{head}beginbfchar\n{entries}\nendbfchar{tail}"


def install() -> None:
    """Make ReportLab write UTF-16BE ToUnicode entries (idempotent)."""
    ttfonts.makeToUnicodeCMap = to_unicode_cmap  # type: ignore[assignment]
