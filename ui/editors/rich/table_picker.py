"""Word's table size grid: point at a cell to choose rows × columns, click to insert."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.i18n import tr

CELL = 18
ROWS, COLUMNS = 8, 10


class SizeGrid(QWidget):
    picked = Signal(int, int)  # rows, columns
    hovered = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.setMouseTracking(True)
        self.setObjectName("rich-table-grid")
        self.rows = self.columns = 0
        self.setFixedSize(QSize(COLUMNS * CELL + 1, ROWS * CELL + 1))

    def cell_at(self, point: QPoint) -> tuple[int, int]:
        column = min(max(point.x() // CELL + 1, 1), COLUMNS)
        row = min(max(point.y() // CELL + 1, 1), ROWS)
        return row, column

    def choose(self, rows: int, columns: int) -> None:
        self.rows, self.columns = rows, columns
        self.hovered.emit(rows, columns)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.choose(*self.cell_at(event.position().toPoint()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        rows, columns = self.cell_at(event.position().toPoint())
        self.picked.emit(rows, columns)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        for row in range(ROWS):
            for column in range(COLUMNS):
                rect = QRect(column * CELL + 1, row * CELL + 1, CELL - 3, CELL - 3)
                chosen = row < self.rows and column < self.columns
                painter.fillRect(rect, QColor("#90CAF9") if chosen else QColor("#FFFFFF"))
                painter.setPen(QColor("#1565C0") if chosen else QColor("#9E9E9E"))
                painter.drawRect(rect)
        painter.end()


class TablePicker(QWidget):
    """The grid with a caption that says the size being chosen."""

    picked = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.grid = SizeGrid()
        self.caption = QLabel(tr("rich.table.hint"))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.grid)
        layout.addWidget(self.caption)
        self.grid.hovered.connect(
            lambda r, c: self.caption.setText(tr("rich.table.pick", rows=r, columns=c)))
        self.grid.picked.connect(self.picked)
