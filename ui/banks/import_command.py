"""Putting the chosen questions into the course as ONE undo step.

The importer (:func:`exporters.banks.importer.add_questions`, as the command line uses it)
gives the ids, saves the pictures into ``media/`` and rewrites their links; it runs once on
the course, its additions are taken back out and the undo command puts them in again, so
undo removes every imported question (and a new quiz) and redo restores them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from courseware import model as m
from exporters.banks import BankReadResult
from exporters.banks.importer import FileRead, add_questions
from ui.banks.rows import ImportRow
from ui.document import CourseDocument
from ui.i18n import tr
from ui.new_objects import new_quiz


@dataclass
class Target:
    """An existing quiz, or a new one (title, module) created by the import."""

    quiz: m.Quiz | None = None
    new_title: str = ""
    module: m.Module | None = None


class ImportQuestionsCommand(QUndoCommand):
    def __init__(self, document: CourseDocument, quiz: m.Quiz, questions: list[m.Question],
                 module: m.Module | None) -> None:
        super().__init__(tr("banks.undo_import", count=len(questions)))
        self.document, self.quiz, self.questions, self.module = (
            document, quiz, questions, module)

    def redo(self) -> None:
        if self.module is not None:  # a new quiz: it arrives with its questions
            self.quiz.questions = list(self.questions)
            self.module.items.append(self.quiz)
        else:
            self.quiz.questions.extend(self.questions)
        self.document.notify_structure()
        self.document.notify_changed(self.quiz)

    def undo(self) -> None:
        if self.module is not None:
            self.module.items.remove(self.quiz)
        else:
            imported = {id(q) for q in self.questions}
            self.quiz.questions = [q for q in self.quiz.questions if id(q) not in imported]
        self.document.notify_structure()
        self.document.notify_changed(self.quiz)


def chosen_reads(rows: list[ImportRow]) -> list[FileRead]:
    """Per file, only the rows to import (their pictures travel with them)."""
    reads: dict[int, FileRead] = {}
    for row in rows:
        if not row.importable:
            continue
        read = reads.setdefault(id(row.read), FileRead(row.read.path, BankReadResult(
            media=row.read.result.media)))
        read.result.entries.append(row.entry)
    return list(reads.values())


def import_rows(document: CourseDocument, rows: list[ImportRow], target: Target) -> m.Quiz:
    """Adds the importable rows to the target quiz as one undo step; returns the quiz."""
    course = document.course
    module = target.module
    if target.quiz is None:
        assert module is not None
        quiz = new_quiz(course, module)
        quiz.title = target.new_title
        module.items.append(quiz)  # while ids and paths are worked out
    else:
        quiz, module = target.quiz, None
    before = len(quiz.questions)
    try:
        outcome = add_questions(course, document.root, quiz, chosen_reads(rows),
                                write_media=True)
    finally:
        added = quiz.questions[before:]
        del quiz.questions[before:]
        if module is not None:
            module.items.remove(quiz)
    assert len(added) == len(outcome.imported)
    document.push(ImportQuestionsCommand(document, quiz, added, module))
    return quiz
