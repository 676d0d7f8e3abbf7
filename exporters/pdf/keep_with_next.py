"""Headings that stay with what follows them, where ReportLab's keepWithNext cannot do it.

ReportLab groups a ``keepWithNext`` paragraph with the next flowable only when that one may go
into a KeepTogether: a heading followed by a KeepTogether (an answer key, a question) or by a
list is left alone, and lands at the foot of a page with its content on the next. Inside a
call-out box (a table, one row per block) keepWithNext does nothing at all.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether

# a heading and its first block are put in one call-out row only up to this height, so the
# row still fits a page comfortably (a row cannot split; an A4 page holds ~710 pt)
MAX_JOINED_ROW_PT = 400.0


def keeps_with_next(flowable: Flowable) -> bool:
    return bool(getattr(flowable, "getKeepWithNext", lambda: False)())


def attach_headings(story: Sequence[Flowable]) -> list[Flowable]:
    """The story with each heading that precedes a KeepTogether moved inside it."""
    result: list[Flowable] = []
    for flowable in story:
        previous = result[-1] if result else None
        if (previous is not None and keeps_with_next(previous)
                and isinstance(flowable, KeepTogether)):
            result[-1] = KeepTogether([previous, *flowable._content],
                                      maxHeight=flowable._maxHeight)
        else:
            result.append(flowable)
    return result


def joined_rows(rows: Sequence[Flowable], width: float) -> list[Flowable | list[Flowable]]:
    """Call-out rows with each heading joined to the block after it (one table cell), when
    the two together are short enough to move to the next page whole."""
    cells: list[Flowable | list[Flowable]] = []
    index = 0
    while index < len(rows):
        row = rows[index]
        following = rows[index + 1] if index + 1 < len(rows) else None
        if following is not None and keeps_with_next(row) and \
                _height(row, width) + _height(following, width) <= MAX_JOINED_ROW_PT:
            cells.append([row, following])
            index += 2
        else:
            cells.append(row)
            index += 1
    return cells


@cache
def _measuring_canvas() -> Canvas:
    """Some flowables (lists) measure their parts on a canvas; this one is never saved."""
    return Canvas(io.BytesIO())


def _height(flowable: Flowable, width: float) -> float:
    return float(flowable.wrapOn(_measuring_canvas(), width, 1e6)[1]) + \
        flowable.getSpaceBefore() + flowable.getSpaceAfter()
