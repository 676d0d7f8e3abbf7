"""A frame that can lay flowables out without drawing them.

A document with a table of contents is built twice: the first pass only has to find out on
which page everything lands. Skipping the drawing in that pass makes the whole build
markedly faster; the second pass draws everything (and is the one that is written).
"""

from __future__ import annotations

import copy
from typing import Any

from reportlab.platypus import Flowable, Frame


class DrawingSwitch:
    """Whether frames draw what they place; shared, never copied (frames get deep-copied)."""

    def __init__(self) -> None:
        self.on = True

    def __deepcopy__(self, memo: dict[int, Any]) -> DrawingSwitch:
        return self


def _skip_drawing(*args: Any, **kwargs: Any) -> None:
    return None


class LayoutFrame(Frame):
    def __init__(self, *args: Any, drawing: DrawingSwitch, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._drawing = drawing

    def __deepcopy__(self, memo: dict[int, Any]) -> LayoutFrame:
        """ReportLab deep-copies the frame for every page and for every list of flowables it
        measures (_listWrapOn). Its state is numbers and strings (and the shared switch), so a
        shallow copy is the same and much cheaper; anything else gets a real deep copy."""
        clone = copy.copy(self)
        for name, value in self.__dict__.items():
            if not isinstance(value, int | float | str | bool | DrawingSwitch | None):
                clone.__dict__[name] = copy.deepcopy(value, memo)
        return clone

    def add(self, flowable: Flowable, canv: Any, trySplit: int = 0) -> int:
        if self._drawing.on:
            return super()._add(flowable, canv, trySplit)
        had_own = "drawOn" in flowable.__dict__
        own = flowable.__dict__.get("drawOn")
        flowable.drawOn = _skip_drawing  # type: ignore[method-assign]
        try:
            return super()._add(flowable, canv, trySplit)
        finally:
            if had_own:
                flowable.drawOn = own  # type: ignore[method-assign]
            else:
                del flowable.drawOn
