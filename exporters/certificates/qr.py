"""The QR code: laid out by ``qrcode``, drawn as one vector path.

``qrcode`` computes the Reed–Solomon codewords with slow polynomial objects (about 8 ms for a
certificate's 400 bytes); :func:`codewords` computes the same bytes with log tables in a
fraction of that and hands them to ``qrcode`` (its ``data_cache``) for module placement.
A fixed mask pattern skips the eight-way mask search. Byte mode, error correction level M.
"""

from __future__ import annotations

import itertools
import re

import qrcode
from qrcode import util
from qrcode.base import RSBlock, rs_blocks
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 2  # modules of white around the code
MASK_PATTERN = 2
BYTE_MODE = 0b0100
EXP = [0] * 512
LOG = [0] * 256


def _fill_tables() -> None:
    value = 1
    for power in range(255):
        EXP[power] = EXP[power + 255] = value
        LOG[value] = power
        value <<= 1
        if value & 0x100:
            value ^= 0x11D


_fill_tables()
_GENERATORS: dict[int, list[int]] = {}


def generator(degree: int) -> list[int]:
    """Coefficients (leading 1 dropped) of the product of (x - α^i), i < degree."""
    if degree not in _GENERATORS:
        poly = [1]
        for i in range(degree):
            nxt = [*poly, 0]
            for j, coefficient in enumerate(poly):
                if coefficient:
                    nxt[j + 1] ^= EXP[LOG[coefficient] + i]
            poly = nxt
        _GENERATORS[degree] = poly[1:]
    return _GENERATORS[degree]


def rs_remainder(data: list[int], degree: int) -> list[int]:
    """The error-correction bytes: polynomial division with the remainder held in one int."""
    table = _multiples(degree)
    top_shift, mask = 8 * (degree - 1), (1 << 8 * degree) - 1
    remainder = 0
    for byte in data:
        factor = byte ^ (remainder >> top_shift)
        remainder = ((remainder << 8) & mask) ^ table[factor]
    return list(remainder.to_bytes(degree, "big"))


_MULTIPLES: dict[int, list[int]] = {}


def _multiples(degree: int) -> list[int]:
    """For every byte f: f × generator, packed big-endian into one int."""
    if degree not in _MULTIPLES:
        logs = [LOG[c] if c else -1 for c in generator(degree)]
        _MULTIPLES[degree] = [0] + [
            int.from_bytes(bytes(EXP[LOG[f] + g] if g >= 0 else 0 for g in logs), "big")
            for f in range(1, 256)]
    return _MULTIPLES[degree]


def data_codewords(data: bytes, version: int, capacity: int) -> list[int]:
    count_bits = 8 if version < 10 else 16
    bits = format(BYTE_MODE, "04b") + format(len(data), f"0{count_bits}b")
    bits += "".join(format(byte, "08b") for byte in data)
    bits += "0" * min(4, capacity * 8 - len(bits))
    bits += "0" * (-len(bits) % 8)
    words = [int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)]
    padding = itertools.cycle((0xEC, 0x11))
    return words + [next(padding) for _ in range(capacity - len(words))]


def codewords(data: bytes, version: int, blocks: list[RSBlock]) -> list[int]:
    """Data and error-correction codewords, interleaved as QR codes store them."""
    words = data_codewords(data, version, sum(b.data_count for b in blocks))
    data_blocks, ec_blocks, offset = [], [], 0
    for block in blocks:
        chunk = words[offset:offset + block.data_count]
        offset += block.data_count
        data_blocks.append(chunk)
        ec_blocks.append(rs_remainder(chunk, block.total_count - block.data_count))
    return interleave(data_blocks) + interleave(ec_blocks)


def interleave(blocks: list[list[int]]) -> list[int]:
    longest = max(len(block) for block in blocks)
    return [block[i] for i in range(longest) for block in blocks if i < len(block)]


def smallest_version(data: bytes) -> int:
    for version in range(1, 41):
        count_bits = 8 if version < 10 else 16
        capacity = sum(b.data_count for b in rs_blocks(version, ERROR_CORRECT_M)) * 8
        if 4 + count_bits + 8 * len(data) <= capacity:
            return version
    raise ValueError(f"{len(data)} bytes do not fit in a QR code")


class FastQRCode(qrcode.QRCode):  # type: ignore[misc]
    """``qrcode``'s layout with data placement from a cached zig-zag order per version."""

    def map_data(self, data: list[int], mask_pattern: int) -> None:
        cells = free_cells(self.modules)
        count = len(cells)
        data_bits = int.from_bytes(bytes(data), "big") << max(0, count - 8 * len(data))
        masked = format(data_bits ^ mask_bits(self.modules, mask_pattern), f"0{count}b")
        modules = self.modules
        for (row, column), bit in zip(cells, masked, strict=True):
            modules[row][column] = bit == "1"


_FREE_CELLS: dict[int, list[tuple[int, int]]] = {}


def free_cells(modules: list[list[bool | None]]) -> list[tuple[int, int]]:
    """The cells left for data, in the order QR codes fill them (cached per size)."""
    size = len(modules)
    if size not in _FREE_CELLS:
        order: list[tuple[int, int]] = []
        upward = True
        for right in range(size - 1, 0, -2):
            column = right - 1 if right <= 6 else right
            rows = range(size - 1, -1, -1) if upward else range(size)
            order += [(row, c) for row in rows for c in (column, column - 1)
                      if modules[row][c] is None]
            upward = not upward
        _FREE_CELLS[size] = order
    return _FREE_CELLS[size]


_MASK_BITS: dict[tuple[int, int], int] = {}


def mask_bits(modules: list[list[bool | None]], mask_pattern: int) -> int:
    """The mask over the data cells as one int, first cell as the most significant bit."""
    key = (len(modules), mask_pattern)
    if key not in _MASK_BITS:
        mask = util.mask_func(mask_pattern)
        bits = "".join("1" if mask(r, c) else "0" for r, c in free_cells(modules))
        _MASK_BITS[key] = int(bits, 2)
    return _MASK_BITS[key]


def qr_matrix(text: str) -> list[list[bool]]:
    data = text.encode("utf-8")
    version = smallest_version(data)
    code = FastQRCode(version=version, error_correction=ERROR_CORRECT_M, border=QUIET_ZONE,
                         mask_pattern=MASK_PATTERN)
    code.add_data(data, optimize=0)
    code.data_cache = codewords(data, version, rs_blocks(version, ERROR_CORRECT_M))
    code.make(fit=False)
    return code.get_matrix()


def draw_qr(canvas: Canvas, matrix: list[list[bool]], x: float, y: float, size: float) -> None:
    """Draw with its lower-left corner at (x, y), ``size`` points square, on white.

    The dark modules are written as integer ``re`` operators in module units under one
    transformation: much faster than a ReportLab path with float coordinates per module.
    """
    count = len(matrix)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.transform(size / count, 0, 0, size / count, x, y)
    rects = [f"{start} {count - row - 1} {length} 1 re"
             for row, line in enumerate(matrix) for start, length in dark_runs(line)]
    canvas.addLiteral("\n".join([*rects, "f"]))
    canvas.restoreState()


def dark_runs(row: list[bool]) -> list[tuple[int, int]]:
    return [(m.start(), m.end() - m.start()) for m in DARK.finditer(bytes(row))]


DARK = re.compile(rb"\x01+")
