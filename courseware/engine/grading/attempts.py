"""Grading whole attempts: results per question, essays graded by the trainer, regrading."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from courseware import model as m
from courseware.engine.attempt import Attempt, EssayGrade, QuestionResult
from courseware.engine.errors import InvalidRubricMarks, NotGradable, UnknownQuestion
from courseware.engine.grading.cbm import cbm_fraction
from courseware.engine.grading.questions import Grader, compile_grader


class QuizGrader:
    """Grades attempts of one quiz; answer keys are compiled once and reused.

    ``questions`` maps every question id an attempt may hold (own and drawn) to its question.
    """

    def __init__(self, questions: Mapping[str, m.Question], settings: m.QuizSettings) -> None:
        self._questions = questions
        self._settings = settings
        self._compiled: dict[str, tuple[m.Question, Grader]] = {}

    def question(self, question_id: str) -> m.Question:
        question = self._questions.get(question_id)
        if question is None:
            raise UnknownQuestion(question_id=question_id)
        return question

    def grade_question(self, attempt: Attempt, question_id: str) -> QuestionResult:
        compiled = self._compiled.get(question_id) or self._compile(question_id)
        question, grader = compiled
        record = attempt.answers.get(question_id)
        if record is None:
            return self._result(question, grader(None), None)
        return self._result(question, grader(record.value), record.certainty)

    def grade(self, attempt: Attempt) -> dict[str, QuestionResult]:
        """Results for every question of the attempt (does not change the attempt). A question
        since deleted from the course is skipped: it counts neither to the score nor the max."""
        return {qid: self.grade_question(attempt, qid) for qid in attempt.question_ids
                if qid in self._questions}

    def apply(self, attempt: Attempt) -> bool:
        """Grade the attempt in place, keeping the trainer's essay grades; True if changed."""
        results = self.grade(attempt)
        for qid, result in results.items():
            essay = attempt.results.get(qid)
            if result.pending and essay is not None and essay.essay is not None:
                results[qid] = self._keep_essay_grade(qid, essay)
        changed = results != attempt.results
        attempt.results = results
        return changed

    def _compile(self, question_id: str) -> tuple[m.Question, Grader]:
        question = self.question(question_id)
        compiled = (question, compile_grader(question, self._settings.multiple_choice_scoring))
        self._compiled[question_id] = compiled
        return compiled

    def _result(self, question: m.Question, fraction: float | None,
                certainty: int | None) -> QuestionResult:
        cbm = self._settings.certainty_based_marking and question.auto_graded
        if fraction is None:
            points = None
        elif cbm:
            points = question.points * cbm_fraction(fraction, certainty)
        else:
            points = question.points * fraction
        return QuestionResult(question.id, question.type_name, float(question.points),
                              fraction, points, certainty if cbm else None)

    def _keep_essay_grade(self, question_id: str, previous: QuestionResult) -> QuestionResult:
        """Re-apply a trainer's essay grade to the (possibly corrected) question."""
        question = self.question(question_id)
        assert previous.essay is not None
        try:
            return essay_result(question, previous.essay)
        except InvalidRubricMarks:  # the rubric changed: the essay must be graded again
            return QuestionResult(question.id, question.type_name, float(question.points),
                                  None, None)


def essay_result(question: m.Question, grade: EssayGrade) -> QuestionResult:
    """The result of an essay graded against its rubric; raises InvalidRubricMarks."""
    if not isinstance(question, m.EssayQuestion):
        raise NotGradable(question_id=question.id)
    rubric = question.rubric
    if len(grade.criterion_points) != len(rubric):
        raise InvalidRubricMarks(detail=f"{len(grade.criterion_points)} ≠ {len(rubric)}")
    for mark, criterion in zip(grade.criterion_points, rubric, strict=True):
        if not 0 <= mark <= criterion.points:
            raise InvalidRubricMarks(detail=f"{mark} / {criterion.points}")
    rubric_total = sum(c.points for c in rubric)
    fraction = grade.total / rubric_total if rubric_total > 0 else 0.0
    return QuestionResult(question.id, question.type_name, float(question.points), fraction,
                          fraction * question.points, essay=grade)


def grade_essay(attempt: Attempt, question: m.Question, criterion_points: list[float],
                comment: str = "", grader_id: str = "",
                graded_at: datetime | None = None) -> QuestionResult:
    """Record a trainer's rubric marks for an essay of a submitted attempt (regrading allowed)."""
    current = attempt.results.get(question.id)
    if not attempt.state.finished or current is None or current.question_type != "essay":
        raise NotGradable(question_id=question.id)
    grade = EssayGrade([float(p) for p in criterion_points], comment, grader_id, graded_at)
    result = essay_result(question, grade)
    attempt.results[question.id] = result
    return result


def regrade(attempts: Iterable[Attempt], questions: Mapping[str, m.Question],
            settings: m.QuizSettings) -> list[Attempt]:
    """Recompute every finished attempt after an answer-key fix; returns those that changed
    (the caller saves them). Trainer essay grades are kept unless the rubric changed shape.
    Questions deleted from the course since are dropped from the results (and the max)."""
    grader = QuizGrader(questions, settings)
    return [a for a in attempts if a.state.finished and grader.apply(a)]


def questions_by_id(course: m.Course) -> dict[str, m.Question]:
    """Every question of the course by id (attempts may hold questions drawn from any quiz)."""
    return {q.id: q for q in course.all_questions()}
