"""A small horizontal bar chart drawn with QPainter: label, bar, value; flagged bars in red.

Enough for a trainer to read at a glance; no chart library. An optional threshold is drawn
as a dashed line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.theme import themed_color

NORMAL, FLAGGED, GOOD, AXIS = (QColor("#3d6fb4"), QColor("#c0392b"), QColor("#2e8b57"),
                               QColor("#9e9e9e"))
ROW_HEIGHT_EM = 1.7


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # None: not known (drawn as "—")
    flagged: bool = False
    good: bool = False  # e.g. the correct option


class BarChart(QWidget):
    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[Bar] = []
        self.minimum, self.maximum = 0.0, 100.0
        self.threshold: float | None = None
        self.value_format = "{:.0f}"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[Bar], minimum: float = 0.0, maximum: float = 100.0,
                 threshold: float | None = None, title: str | None = None) -> None:
        self.bars = list(bars)
        self.minimum, self.maximum = minimum, max(maximum, minimum + 1e-9)
        self.threshold = threshold
        if title is not None:
            self.title = title
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return int(QFontMetrics(self.font()).height() * ROW_HEIGHT_EM)

    def sizeHint(self) -> QSize:
        return QSize(360, self._row_height() * (len(self.bars) + 1) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        row = self._row_height()
        painter.drawText(QRectF(0, 0, self.width(), row), Qt.AlignmentFlag.AlignVCenter,
                         self.title)
        label_width = self._label_width(metrics)
        value_width = metrics.horizontalAdvance("-100.0") + 8
        plot = QRectF(label_width + 8, row, max(10, self.width() - label_width - value_width - 16),
                      row * len(self.bars))
        for index, bar in enumerate(self.bars):
            self._draw_bar(painter, metrics, bar, plot, row * (index + 1), label_width)
        self._draw_axes(painter, plot)
        painter.end()

    def _label_width(self, metrics: QFontMetrics) -> int:
        widest = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0)
        return min(widest, max(60, self.width() // 3))

    def _x(self, plot: QRectF, value: float) -> float:
        share = (min(max(value, self.minimum), self.maximum) - self.minimum) / (
            self.maximum - self.minimum)
        return plot.left() + share * plot.width()

    def _draw_bar(self, painter: QPainter, metrics: QFontMetrics, bar: Bar, plot: QRectF,
                  top: float, label_width: int) -> None:
        row = self._row_height()
        label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width)
        painter.setPen(themed_color(FLAGGED) if bar.flagged else self.palette().text().color())
        painter.drawText(QRectF(0, top, label_width, row),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
        if bar.value is not None:
            zero, end = self._x(plot, 0.0), self._x(plot, bar.value)
            colour = themed_color(FLAGGED if bar.flagged else GOOD if bar.good else NORMAL)
            painter.fillRect(QRectF(min(zero, end), top + row * 0.2, abs(end - zero),
                                    row * 0.6), colour)
        text = "—" if bar.value is None else self.value_format.format(bar.value)
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(plot.right() + 6, top, self.width() - plot.right() - 6, row),
                         Qt.AlignmentFlag.AlignVCenter, text)

    def _draw_axes(self, painter: QPainter, plot: QRectF) -> None:
        painter.setPen(QPen(themed_color(AXIS), 1))
        zero = self._x(plot, 0.0)
        painter.drawLine(int(zero), int(plot.top()), int(zero), int(plot.bottom()))
        if self.threshold is not None:
            pen = QPen(themed_color(FLAGGED), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            x = int(self._x(plot, self.threshold))
            painter.drawLine(x, int(plot.top()), x, int(plot.bottom()))
