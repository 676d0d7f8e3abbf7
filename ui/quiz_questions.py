"""What the quiz editor's question list does: add, duplicate, delete, reorder, move to another
quiz — each one undo step — and its rows with live-validation problems."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from courseware import model as m
from ui import new_objects
from ui.commands import InsertCommand, MoveCommand, RemoveCommand
from ui.document import CourseDocument
from ui.editors.question_list import QuestionListView, QuestionRow
from ui.i18n import tr
from ui.labels import first_line


def quizzes_of(course: m.Course) -> list[m.Quiz]:
    found = [item for module in course.modules for item in module.items
             if isinstance(item, m.Quiz)]
    if course.final_exam is not None:
        found.append(course.final_exam)
    return found


def quiz_label(course: m.Course, quiz: m.Quiz) -> str:
    for module in course.modules:
        if quiz in module.items:
            return tr("quizlist.quiz_in_module", quiz=quiz.title or quiz.id,
                      module=module.title or module.id)
    return tr("tree.final_exam", title=quiz.title or quiz.id)


class QuizQuestionsController(QObject):
    def __init__(self, document: CourseDocument, quiz: m.Quiz, view: QuestionListView) -> None:
        super().__init__(view)
        self.document, self.quiz, self.view = document, quiz, view
        self.ask_quiz: Callable[[list[m.Quiz]], m.Quiz | None] = self._ask_quiz
        view.add_requested.connect(self.add)
        view.duplicate_requested.connect(self.duplicate)
        view.delete_requested.connect(self.delete)
        view.step_requested.connect(lambda row, step: self.move(row, row + step))
        view.table.move_requested.connect(self.move)
        view.move_to_quiz_requested.connect(self.move_to_quiz)
        view.open_requested.connect(self.open)
        document.structure_changed.connect(self.refresh)
        document.changed.connect(self._changed)
        document.problems_changed.connect(self.refresh)
        self.refresh()

    # -- rows

    def rows(self) -> list[QuestionRow]:
        by_question: dict[int, list[str]] = {}
        for problem in self.document.problems:
            if isinstance(problem.target, m.Question):
                by_question.setdefault(id(problem.target), []).append(problem.message)
        return [QuestionRow(number, q.type_name, first_line(q.prompt, 60) or q.id, q.points,
                            tuple(by_question.get(id(q), ())))
                for number, q in enumerate(self.quiz.questions, start=1)]

    def refresh(self) -> None:
        self.view.show_rows(self.rows())

    def _changed(self, obj: object) -> None:
        if obj is self.quiz or any(obj is q for q in self.quiz.questions):
            self.refresh()

    # -- actions (each one command on the undo stack)

    def add(self, type_name: str) -> m.Question:
        question = new_objects.new_question(self.document.course, self.quiz, type_name)
        self._insert(question, len(self.quiz.questions))
        self.document.select_requested.emit(question)
        return question

    def duplicate(self, row: int) -> m.Question | None:
        if not 0 <= row < len(self.quiz.questions):
            return None
        copied = new_objects.duplicate(self.document.course, self.quiz.questions[row], None)
        assert isinstance(copied, m.Question)
        self._insert(copied, row + 1)
        self.view.select_row(row + 1)
        return copied

    def _insert(self, question: m.Question, index: int) -> None:
        self.document.push(InsertCommand(self.document, self.quiz, "questions", index, question,
                                         tr("undo.add", name=question.id)))

    def delete(self, row: int) -> None:
        if 0 <= row < len(self.quiz.questions):
            question = self.quiz.questions[row]
            self.document.push(RemoveCommand(self.document, self.quiz, "questions", question,
                                             tr("undo.delete", name=question.id)))
            self.view.select_row(min(row, len(self.quiz.questions) - 1))

    def move(self, row: int, to_row: int) -> None:
        questions = self.quiz.questions
        if not (0 <= row < len(questions) and 0 <= to_row < len(questions)) or row == to_row:
            return
        question = questions[row]
        self.document.push(MoveCommand(self.document, question, (self.quiz, "questions"),
                                       (self.quiz, "questions", to_row),
                                       tr("undo.move", name=question.id)))
        self.view.select_row(to_row)

    def move_to_quiz(self, row: int) -> m.Quiz | None:
        if not 0 <= row < len(self.quiz.questions):
            return None
        others = [q for q in quizzes_of(self.document.course) if q is not self.quiz]
        target = self.ask_quiz(others) if others else None
        if target is None:
            return None
        question = self.quiz.questions[row]
        self.document.push(MoveCommand(self.document, question, (self.quiz, "questions"),
                                       (target, "questions", len(target.questions)),
                                       tr("undo.move", name=question.id)))
        return target

    def open(self, row: int) -> None:
        if 0 <= row < len(self.quiz.questions):
            self.document.select_requested.emit(self.quiz.questions[row])

    # -- dialogs (replaceable in tests)

    def _ask_quiz(self, quizzes: list[m.Quiz]) -> m.Quiz | None:
        labels = [quiz_label(self.document.course, q) for q in quizzes]
        parent = self.view if isinstance(self.view, QWidget) else None
        label, ok = QInputDialog.getItem(parent, tr("quizlist.move_to_quiz"),
                                         tr("quizlist.move_prompt"), labels, 0, False)
        return quizzes[labels.index(label)] if ok and label in labels else None
