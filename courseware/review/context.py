"""What every rule works on: the course's quizzes, each with its place in the course."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from courseware import model as m
from courseware.review.finding import Finding, Severity
from courseware.review.location import Location
from courseware.review.settings import ReviewSettings


@dataclass(frozen=True)
class PlacedQuiz:
    quiz: m.Quiz
    module: int  # 1-based; 0 for the final exam
    final_exam: bool = False
    numbers: dict[int, int] = field(default_factory=dict, compare=False)  # id(question) → n

    def __post_init__(self) -> None:
        self.numbers.update({id(q): n for n, q in enumerate(self.quiz.questions, 1)})

    def where(self, question: m.Question | None = None) -> Location:
        number = 0 if question is None else self.numbers.get(id(question), 0)
        return Location(self.module, self.quiz.title or self.quiz.id, number, self.final_exam,
                        self.quiz.id, question.id if question is not None else "")

    def finding(self, code: str, severity: Severity, question: m.Question | None = None,
                **values: object) -> Finding:
        target = question if question is not None else self.quiz
        return Finding(code, severity, self.where(question), dict(values), target,
                       target.source)


@dataclass
class ReviewContext:
    course: m.Course
    settings: ReviewSettings
    _placed: list[PlacedQuiz] | None = None

    def quizzes(self) -> list[PlacedQuiz]:
        if self._placed is None:
            self._placed = self._place()
        return self._placed

    def _place(self) -> list[PlacedQuiz]:
        placed = [PlacedQuiz(quiz, index) for index, module in enumerate(self.course.modules, 1)
                  for quiz in module.quizzes]
        if self.course.final_exam is not None:
            placed.append(PlacedQuiz(self.course.final_exam, 0, final_exam=True))
        return placed

    def questions(self) -> Iterator[tuple[PlacedQuiz, m.Question]]:
        for placed in self.quizzes():
            for question in placed.quiz.questions:
                yield placed, question

    def placed(self, quiz_id: str) -> PlacedQuiz | None:
        return next((p for p in self.quizzes() if p.quiz.id == quiz_id), None)
