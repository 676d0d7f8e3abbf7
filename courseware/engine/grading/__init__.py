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
from courseware.engine.grading.overall import passed, quiz_grade
from courseware.engine.grading.questions import compile_grader, grade_fraction

__all__ = [
    "QuizGrader",
    "cbm_fraction",
    "compile_grader",
    "essay_result",
    "grade_essay",
    "grade_fraction",
    "normalise_answer",
    "passed",
    "questions_by_id",
    "quiz_grade",
    "regrade",
]
