"""The essay grading queue: pick an answer, mark each rubric criterion, comment, save."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from courseware.classroom.console_grading import Criterion, EssayTask
from ui.i18n import tr

Grade = Callable[[EssayTask, list[float], str], None]


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


class GradingPane(QWidget):
    """``graded`` fires after a grade was saved (the class view then refreshes)."""

    graded = Signal()

    def __init__(self, load: Callable[[], list[EssayTask]], grade: Grade,
                 quiz_title: Callable[[str], str] = str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.load, self.grade, self.quiz_title = load, grade, quiz_title
        self.tasks: list[EssayTask] = []
        self.queue = QListWidget()
        self.queue.setWordWrap(True)
        self.queue.setMinimumWidth(240)
        self.queue.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.queue.currentRowChanged.connect(self._show_task)
        self.prompt, self.answer = QLabel(), QTextBrowser()
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.rubric, self.comment = RubricForm(), QPlainTextEdit()
        self.comment.setMaximumHeight(90)
        self.save_button = QPushButton(tr("console.grading.save"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._lay_out()
        self.reload()

    def _lay_out(self) -> None:
        detail = QWidget()
        column = QVBoxLayout(detail)
        for title, widget in ((tr("console.grading.prompt"), self.prompt),
                              (tr("console.grading.answer"), self.answer)):
            column.addWidget(_heading(title))
            column.addWidget(widget)
        column.addWidget(self.rubric)
        column.addWidget(_heading(tr("console.grading.comment")))
        column.addWidget(self.comment)
        column.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.status)
        splitter = QSplitter()
        splitter.addWidget(self.queue)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(splitter)

    def reload(self) -> None:
        self.tasks = self.load()
        self.queue.clear()
        for task in self.tasks:
            text = tr("console.grading.item", name=task.trainee_name,
                      quiz=self.quiz_title(task.quiz_id)) + "\n" + _short(task.prompt)
            self.queue.addItem(QListWidgetItem(text))
        if self.tasks:
            self.queue.setCurrentRow(0)
        else:
            self._show_task(-1)
            self.status.setText(tr("console.grading.empty"))

    def current(self) -> EssayTask | None:
        row = self.queue.currentRow()
        return self.tasks[row] if 0 <= row < len(self.tasks) else None

    def _show_task(self, row: int) -> None:
        task = self.tasks[row] if 0 <= row < len(self.tasks) else None
        self.prompt.setText(task.prompt if task else "")
        self.answer.setPlainText(task.text if task else "")
        self.rubric.show_criteria(task.criteria if task else ())
        self.comment.clear()
        self.save_button.setEnabled(task is not None)

    def save(self) -> None:
        task = self.current()
        if task is None:
            return
        try:
            self.grade(task, self.rubric.points(), self.comment.toPlainText().strip())
        except Exception as error:  # the database or the engine refused: say so, keep the marks
            self.status.setText(tr("console.grading.failed", error=error))
            return
        self.reload()
        self.status.setText(tr("console.grading.saved", name=task.trainee_name))
        self.graded.emit()


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _short(text: str, limit: int = 16) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
