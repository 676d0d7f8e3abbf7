"""The rubric part of the grading pane: one spin box per criterion, at most its points."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from courseware.classroom.console_grading import Criterion
from ui.i18n import tr


class RubricForm(QGroupBox):
    """One spin box per rubric criterion, at most that criterion's points."""

    def __init__(self) -> None:
        super().__init__(tr("console.grading.rubric"))
        self.column = QVBoxLayout(self)
        self.spins: list[QDoubleSpinBox] = []

    def show_criteria(self, criteria: Sequence[Criterion]) -> None:
        """Each criterion's text on its own (wrapped) line, its spin box below."""
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.spins = [self._spin(c) for c in criteria]
        for criterion, spin in zip(criteria, self.spins, strict=True):
            label = QLabel(criterion.text or tr("console.grading.overall"))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.column.addWidget(label)
            self.column.addWidget(self._with_maximum(spin, criterion))

    @staticmethod
    def _spin(criterion: Criterion) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0, criterion.max_points)
        spin.setSingleStep(0.5)
        spin.setDecimals(1)
        return spin

    @staticmethod
    def _with_maximum(spin: QDoubleSpinBox, criterion: Criterion) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(spin)
        row.addWidget(QLabel(tr("console.grading.out_of", points=criterion.max_points)))
        row.addStretch()
        return box

    def points(self) -> list[float]:
        return [spin.value() for spin in self.spins]
