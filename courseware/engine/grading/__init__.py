"""Grading: per question type, whole attempts, essays, regrades, grade across attempts."""

from courseware.engine.grading.attempts import (
    QuizGrader,
    essay_result,
    grade_essay,
    questions_by_id,
    regrade,
)
from courseware.engine.grading.cbm import cbm_fraction
from courseware.engine.grading.normalise import normalise_answer
from courseware.engine.grading.overall import (
    TraineeGrade,
    counted_attempts,
    passed,
    quiz_grade,
    trainee_grade,
)
from courseware.engine.grading.questions import compile_grader, grade_fraction

__all__ = [
    "QuizGrader",
    "TraineeGrade",
    "cbm_fraction",
    "compile_grader",
    "counted_attempts",
    "essay_result",
    "grade_essay",
    "grade_fraction",
    "normalise_answer",
    "passed",
    "questions_by_id",
    "quiz_grade",
    "regrade",
    "trainee_grade",
]
