"""The trainee's view beside the editor (F5): non-modal, one for the window, reused.

It opens at the selected lesson, case study, quiz or question (a question: its page of the
quiz, with the trainee's question navigator above it), follows the selection while it is open,
and a moment after an edit shows the edited course again at the same place.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from ui.document import CourseDocument
from ui.i18n import tr
from ui.theme import themed

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from ui.quiz_preview.quiz_dialog import QuizPreviewDialog
    from ui.trainee.navigator import QuestionNavigator

REFRESH_DELAY_MS = 600  # after the trainer stops typing


def participant_html(document: CourseDocument, obj: object) -> str | None:
    from exporters.html import Edition, render_item_html

    if not isinstance(obj, (m.Lesson, m.CaseStudy, m.Quiz)):
        return None
    return render_item_html(obj, edition=Edition.PARTICIPANT, course_root=document.root,
                            course_language=document.course.language)


def quiz_and_question(course: m.Course, obj: object) -> tuple[m.Quiz | None, m.Question | None]:
    if isinstance(obj, m.Quiz):
        return obj, None
    if isinstance(obj, m.Question):
        quiz = next((q for q in course.all_quizzes()
                     if any(question is obj for question in q.questions)), None)
        return quiz, obj if quiz is not None else None
    return None, None


class PreviewPane(QWidget):
    """What the trainee sees of the selected object; rebuilt (same place) after edits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview-pane")
        self.document: CourseDocument | None = None
        self.obj: object = None
        self.quiz: m.Quiz | None = None
        self.quiz_view: QuizPreviewDialog | None = None
        self.navigator: QuestionNavigator | None = None
        self.seed = random.randrange(1, 2**31)  # one order of questions while it is open
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.note = QLabel(tr("preview.live_note"))
        self.note.setWordWrap(True)
        self.note.setStyleSheet(themed("color: #5a6270;"))
        self.text = QTextBrowser()
        self.text.setObjectName("preview-text")
        self.text.setAccessibleName(tr("preview.accessible"))
        self.empty = QLabel(tr("preview.nothing"))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.quiz_page = QWidget()
        self.quiz_layout = QVBoxLayout(self.quiz_page)
        self.quiz_layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        for page in (self.empty, self.text, self.quiz_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)

    def retranslate(self) -> None:
        """The interface language changed: the texts, and the preview built again."""
        self.note.setText(tr("preview.live_note"))
        self.empty.setText(tr("preview.nothing"))
        self.text.setAccessibleName(tr("preview.accessible"))
        if self.obj is not None:
            self.refresh()

    # -- showing

    def attach(self, document: CourseDocument) -> None:
        if self.document is document:
            return
        self.document = document
        self.quiz, self.obj = None, None  # another course: nothing of the last one stays
        self._clear_quiz()
        self.stack.setCurrentWidget(self.empty)
        document.changed.connect(self.schedule)
        document.structure_changed.connect(self.schedule)

    def show_object(self, obj: object) -> None:
        """Show ``obj`` as the trainee does: a question at its place in its quiz."""
        if self.document is None:
            return
        self.obj = obj
        quiz, question = quiz_and_question(self.document.course, obj)
        if quiz is not None:
            if quiz is not self.quiz or self.quiz_view is None:
                self._build_quiz(quiz)
            if question is not None and self.quiz_view is not None:
                self.quiz_view.go_to_question(question.id)
            self.stack.setCurrentWidget(self.quiz_page)
            return
        self.quiz = None
        html = participant_html(self.document, obj)
        if html is None:
            self.stack.setCurrentWidget(self.empty)
            return
        scroll = self.text.verticalScrollBar().value()
        self.text.setHtml(themed(html))
        if obj is getattr(self, "_text_of", None):
            self.text.verticalScrollBar().setValue(scroll)  # an edit: stay where the eye was
        self._text_of = obj
        self.stack.setCurrentWidget(self.text)

    def schedule(self, *_args: object) -> None:
        if self.isVisible():
            self.timer.start()

    def refresh(self) -> None:
        """The edited course, at the same place (the same question or scroll position)."""
        if self.document is None or self.obj is None:
            return
        if self.quiz is not None and self.quiz_view is not None:
            at = self.quiz_view.current_question_id()
            answers = _answers(self.quiz_view)
            quiz = self.quiz
            self._build_quiz(quiz)
            _replay(self.quiz_view, answers)
            if at:
                self.quiz_view.go_to_question(at)
            return
        self.show_object(self.obj)

    # -- the quiz and its navigator

    def _build_quiz(self, quiz: m.Quiz) -> None:
        from ui.quiz_preview.quiz_dialog import QuizPreviewDialog
        from ui.trainee.navigator import QuestionNavigator

        assert self.document is not None
        focused = QApplication.focusWidget()  # a dialog being shown takes the focus: give it back
        self._clear_quiz()
        self.quiz = quiz
        view = QuizPreviewDialog(self.quiz_page, self.document.course, quiz, seed=self.seed,
                                 course_root=self.document.root, embedded=True)
        ids = list(view.preview.session.attempt.question_ids)
        self.navigator = QuestionNavigator(ids)
        self.navigator.setAccessibleName(tr("preview.navigator"))
        self.navigator.question_chosen.connect(view.go_to_question)
        holder = QScrollArea()
        holder.setObjectName("preview-navigator")
        holder.setWidgetResizable(True)
        holder.setFrameShape(QScrollArea.Shape.NoFrame)
        holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder.setWidget(self.navigator)
        for label in self.navigator.findChildren(QLabel):
            if label.wordWrap():  # its legend: the colours speak for themselves here
                label.hide()
        rows = (len(ids) + 4) // 5
        title = self.fontMetrics().lineSpacing() + 16
        holder.setFixedHeight(min(rows, 3) * 50 + title)
        self.quiz_layout.addWidget(holder)
        self.quiz_layout.addWidget(view, 1)
        self.quiz_view = view
        view.state_changed.connect(self._show_navigator)
        self._show_navigator()
        if focused is not None and not self.isAncestorOf(focused):
            focused.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_quiz(self) -> None:
        while self.quiz_layout.count():
            item = self.quiz_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # stays a child until deleted: never a window of its own
                widget.deleteLater()
        self.quiz_view = None
        self.navigator = None

    def _show_navigator(self) -> None:
        view, navigator = self.quiz_view, self.navigator
        if view is None or navigator is None:
            return
        shown = {card.question.id for card in view.cards}
        preview = view.preview
        for question_id in navigator.buttons:
            navigator.show_state(question_id, preview.value(question_id) is not None,
                                 preview.is_flagged(question_id), question_id in shown)


def _answers(view: QuizPreviewDialog) -> dict[str, tuple[object, bool]]:
    preview = view.preview
    if preview.is_finished:
        return {}  # a submitted attempt starts again
    return {qid: (preview.value(qid), preview.is_flagged(qid))
            for qid in preview.session.attempt.question_ids
            if preview.value(qid) is not None or preview.is_flagged(qid)}


def _replay(view: QuizPreviewDialog | None, answers: dict[str, tuple[object, bool]]) -> None:
    """Give the answers again after an edit; one the edited question no longer takes (an
    option removed, say) is quietly dropped."""
    if view is None or not answers:
        return
    preview = view.preview
    known = set(preview.session.attempt.question_ids)
    preview.blockSignals(True)
    try:
        for question_id, (value, flagged) in answers.items():
            if question_id not in known:
                continue
            if value is not None:
                preview.answer(question_id, value)  # type: ignore[arg-type]
            if flagged:
                preview.flag(question_id, True)
    finally:
        preview.blockSignals(False)
    view.show_page()


class PreviewController(QObject):
    """The one preview dock of the main window: F5 opens it at the selection."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pane = PreviewPane()
        self.dock = QDockWidget()
        self.dock.setObjectName("preview-dock")
        self.dock.setWidget(self.pane)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(tr("preview.accessible"))
        self.pane.retranslate()

    def open_at(self, document: CourseDocument, obj: object) -> PreviewPane:
        self.pane.attach(document)
        if self.dock.isHidden():
            self.dock.show()
            self.window.resizeDocks([self.dock], [self._width()], Qt.Orientation.Horizontal)
        self.dock.raise_()
        quiz, _question = quiz_and_question(document.course, obj)
        shown = quiz or obj
        title = getattr(shown, "title", "") or getattr(shown, "id", "")
        self.dock.setWindowTitle(tr("preview.window_title", title=title))
        self.pane.show_object(obj)
        return self.pane

    def _width(self) -> int:
        """A third of the window, less if the editor beside it would need to scroll sideways,
        never narrower than the navigator's five columns."""
        window = self.window
        central = window.centralWidget()
        first = central.widget(0) if isinstance(central, QSplitter) else None
        tree = first.width() if first is not None else 0
        area = window.findChild(QScrollArea, "editor-area")
        editor = area.widget() if area is not None else None
        needed = editor.minimumSizeHint().width() + 40 if editor is not None else 0
        room = window.width() - tree - needed
        return max(360, min(window.width() // 3, room, 520))

    def follow(self, document: CourseDocument, obj: object) -> None:
        """While it is open, the preview shows what is selected."""
        if self.dock.isVisible() and obj is not None:
            self.open_at(document, obj)
