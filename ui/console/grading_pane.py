"""The essay grading queue: pick an answer, mark each rubric criterion, comment, save.

The queue loads in the background (:class:`Poller`) and a grade is saved in the background
(:func:`ui.tasks.run_in_background`), so a slow database never freezes the console.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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

from courseware.classroom.console_grading import EssayTask
from ui.console.failure import failure_text
from ui.console.poller import Poller
from ui.console.rubric_form import RubricForm
from ui.i18n import tr
from ui.labels import first_line
from ui.tasks import run_in_background

__all__ = ["GradingPane", "RubricForm"]

Grade = Callable[[EssayTask, list[float], str], None]


def task_key(task: EssayTask | None) -> tuple[str, str] | None:
    return None if task is None else (task.attempt_id, task.question_id)


class GradingPane(QWidget):
    """``graded`` fires after a grade was saved (the class view then refreshes);
    ``loaded(count)`` after the queue was (re)loaded."""

    graded = Signal()
    loaded = Signal(int)

    def __init__(self, load: Callable[[], list[EssayTask]], grade: Grade,
                 quiz_title: Callable[[str], str] = str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grade, self.quiz_title = grade, quiz_title
        self.tasks: list[EssayTask] = []
        self.poller = Poller(load, self)
        self.poller.result.connect(self.show_tasks)
        self.poller.failed.connect(self.show_failure)
        self.queue_state = QLabel()
        self.queue_state.setWordWrap(True)
        self.queue = QListWidget()
        self.queue.setWordWrap(True)
        self.queue.setSpacing(3)  # one essay's two lines apart from the next
        self.queue.setMinimumWidth(240)
        self.queue.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.queue.currentRowChanged.connect(self._show_task)
        self.prompt, self.answer = QLabel(), QTextBrowser()
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.MarkdownText)  # prompts are Markdown
        self.rubric, self.comment = RubricForm(), QPlainTextEdit()
        self.comment.setMaximumHeight(90)
        self.save_button = QPushButton(tr("console.grading.save"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._lay_out()
        self._show_task(-1)
        self.reload()

    def _lay_out(self) -> None:
        queue = QWidget()
        left = QVBoxLayout(queue)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.queue_state)
        left.addWidget(self.queue)
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
        splitter.addWidget(queue)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(splitter)

    def reload(self) -> None:
        """Load the queue in the background; the essay being graded stays selected."""
        if not self.tasks:
            self.queue_state.setText(tr("console.grading.loading"))
        self.poller.request()

    def show_tasks(self, tasks: Sequence[EssayTask]) -> None:
        keep = task_key(self.current())
        self.tasks = list(tasks)
        self.queue.blockSignals(True)  # the marks being typed for a kept essay stay
        self.queue.clear()
        for task in self.tasks:
            self.queue.addItem(QListWidgetItem(self._item_text(task)))
        kept = [i for i, t in enumerate(self.tasks) if task_key(t) == keep]
        self.queue.setCurrentRow(kept[0] if kept else 0 if self.tasks else -1)
        self.queue.blockSignals(False)
        if not kept:
            self._show_task(self.queue.currentRow())
        self.queue_state.setText(tr("console.grading.waiting", count=len(self.tasks))
                                 if self.tasks else tr("console.grading.empty"))
        self.loaded.emit(len(self.tasks))

    def show_failure(self, error: object) -> None:
        self.queue_state.setText(tr("console.grading.load_failed", reason=failure_text(error)))
        self.loaded.emit(len(self.tasks))

    def _item_text(self, task: EssayTask) -> str:
        return tr("console.grading.item", name=task.trainee_name,
                  quiz=self.quiz_title(task.quiz_id)) + "\n" + _short(task.prompt)

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
        """Save the marks in the background; on failure say why and keep them."""
        task = self.current()
        if task is None:
            return
        points, comment = self.rubric.points(), self.comment.toPlainText().strip()
        self.save_button.setEnabled(False)
        self.status.setText(tr("console.grading.saving"))
        run_in_background(self, lambda _progress: self.grade(task, points, comment),
                          label=tr("console.grading.saving"),
                          on_success=lambda _result: self._saved(task),
                          # the grade is one transaction: "cancelled" means it was written
                          on_cancel=lambda: self._saved(task),
                          on_failure=self._save_failed)

    def _saved(self, task: EssayTask) -> None:
        self._drop(task)
        self.save_button.setEnabled(self.current() is not None)
        self.status.setText(tr("console.grading.saved", name=task.trainee_name))
        self.graded.emit()
        self.reload()

    def _drop(self, task: EssayTask) -> None:
        """Take a graded essay off the queue at once; the next one shows if it was current."""
        if task not in self.tasks:
            return
        index = self.tasks.index(task)
        was_current = index == self.queue.currentRow()
        del self.tasks[index]
        self.queue.blockSignals(True)
        self.queue.takeItem(index)
        self.queue.blockSignals(False)
        if was_current:
            self._show_task(self.queue.currentRow())

    def _save_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(self.current() is not None)
        self.status.setText(tr("console.grading.failed", error=failure_text(error)))


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _short(text: str, limit: int = 16) -> str:
    return first_line(" ".join(text.split()), limit)
