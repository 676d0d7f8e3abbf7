"""PNG pictures embedded as they are stored: their zlib data goes into the PDF unchanged.

ReportLab decodes every PNG to raw RGB, hashes it and compresses it again, for each place a
picture is drawn. A non-interlaced PNG's IDAT stream is already what a PDF image with
``/FlateDecode`` and PNG predictors (``/Predictor 15``) holds, so for those the file is only
read, never decoded: a 2250 px course figure costs a file read instead of ~70 ms. Other PNGs
(interlaced, 16-bit, with an alpha channel or a transparent colour) and other formats keep
ReportLab's own path.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFImageXObject, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

SIGNATURE = b"\x89PNG\r\n\x1a\n"
GREY, RGB, PALETTE = 0, 2, 3
COLOURS = {GREY: 1, RGB: 3, PALETTE: 1}
MAX_FILE_BYTES = 64 * 1024 * 1024  # the course's own limits are lower; this only bounds reads


@dataclass(frozen=True)
class PngData:
    width: int
    height: int
    bit_depth: int
    colour_type: int
    palette: bytes
    idat: bytes

    @property
    def digest(self) -> str:
        """The picture's identity in the PDF: the same picture drawn twice is stored once."""
        return hashlib.md5(self.idat + self.palette, usedforsecurity=False).hexdigest()


def read_png(path: Path) -> PngData | None:
    """The parts of a PNG a PDF can hold unchanged, or None when it needs decoding."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(SIGNATURE):
        return None
    chunks = _chunks(data)
    if chunks is None or not chunks or chunks[0][0] != b"IHDR" or len(chunks[0][1]) != 13:
        return None
    width, height, depth, colour, _method, _filter, interlace = struct.unpack(">IIBBBBB",
                                                                             chunks[0][1])
    names = {name for name, _ in chunks}
    if (interlace or b"tRNS" in names or colour not in COLOURS or width == 0 or height == 0
            or not _depth_allowed(colour, depth)):
        return None
    palette = b"".join(body for name, body in chunks if name == b"PLTE")
    if colour == PALETTE and (not palette or len(palette) % 3):
        return None
    idat = b"".join(body for name, body in chunks if name == b"IDAT")
    return PngData(width, height, depth, colour, palette, idat) if idat else None


def _depth_allowed(colour: int, depth: int) -> bool:
    return depth == 8 if colour == RGB else depth in (1, 2, 4, 8)


def _chunks(data: bytes) -> list[tuple[bytes, bytes]] | None:
    """(name, body) of every chunk up to IEND; None for a truncated or damaged file."""
    chunks: list[tuple[bytes, bytes]] = []
    offset = len(SIGNATURE)
    while offset + 12 <= len(data):
        length, name = struct.unpack(">I4s", data[offset:offset + 8])
        body_end = offset + 8 + length
        if body_end + 4 > len(data):
            return None
        body = data[offset + 8:body_end]
        (crc,) = struct.unpack(">I", data[body_end:body_end + 4])
        if zlib.crc32(name + body) != crc:
            return None
        if name == b"IEND":
            return chunks
        chunks.append((name, body))
        offset = body_end + 4
    return None


class PngXObject(PDFImageXObject):
    """An image XObject whose stream is the PNG's own IDAT data."""

    def __init__(self, name: str, png: PngData) -> None:
        super().__init__(name)
        self.png = png
        self.width, self.height = png.width, png.height
        self.mask = None

    def format(self, document: object) -> bytes:
        png = self.png
        stream = PDFStream(content=png.idat)
        entries = stream.dictionary
        entries["Type"] = PDFName("XObject")
        entries["Subtype"] = PDFName("Image")
        entries["Width"] = png.width
        entries["Height"] = png.height
        entries["BitsPerComponent"] = png.bit_depth
        entries["ColorSpace"] = self._colour_space()
        # A single filter by name: with a filter array, readers such as poppler expect the
        # parameters as an array too and ignore a lone dictionary.
        entries["Filter"] = PDFName("FlateDecode")
        entries["DecodeParms"] = PDFDictionary({
            "Predictor": 15, "Colors": COLOURS[png.colour_type],
            "BitsPerComponent": png.bit_depth, "Columns": png.width})
        entries["Length"] = len(png.idat)
        stream.filters = []  # the content is compressed already
        return stream.format(document)  # type: ignore[no-any-return]

    def _colour_space(self) -> object:
        if self.png.colour_type == GREY:
            return PDFName("DeviceGray")
        if self.png.colour_type == RGB:
            return PDFName("DeviceRGB")
        entries = len(self.png.palette) // 3
        return PDFArray([PDFName("Indexed"), PDFName("DeviceRGB"), entries - 1,
                         b"<" + self.png.palette.hex().encode("ascii") + b">"])


def draw_png(canvas: Canvas, png: PngData, width: float, height: float) -> None:
    """Draw ``png`` at the origin scaled to ``width`` × ``height``, as Canvas.drawImage does
    (one XObject per picture in the document, reused wherever it is drawn again)."""
    name = png.digest
    document = canvas._doc
    registered = document.getXObjectName(name)
    if not document.idToObject.get(registered):
        xobject = PngXObject(name, png)
        canvas._setXObjects(xobject)
        document.Reference(xobject, registered)
        document.addForm(name, xobject)
    canvas._currentPageHasImages = 1
    canvas.saveState()
    canvas.scale(width, height)
    canvas._code.append(f"/{registered} Do")
    canvas.restoreState()
    canvas._formsinuse.append(name)


class PngImage(Flowable):
    """A picture flowable for a PNG a PDF can hold unchanged (see ``read_png``)."""

    def __init__(self, png: PngData, width: float, height: float) -> None:
        super().__init__()
        self.png = png
        self.drawWidth, self.drawHeight = width, height
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.drawWidth, self.drawHeight

    def draw(self) -> None:
        draw_png(self.canv, self.png, self.drawWidth, self.drawHeight)
