"""problems_5000_s: live validation with trainer-words places, hints and root causes
(courseware.problem_locations) on the generated 5,000-question course with one mistake in every
tenth question (500 problems), against plain validation of the same course (issue #15; it runs
half a second after each pause in typing, so it must stay well under a second)."""

from __future__ import annotations

from benchmarks.generate import generated_course
from benchmarks.timing import best_of
from courseware import model as m
from courseware.problem_locations import find_course_problems
from courseware.problems import ProblemList
from courseware.validation import CourseValidator


def _course() -> m.Course:
    course = generated_course(modules=50, questions_per_module=100)
    for number, question in enumerate(course.all_questions()):
        if number % 10 == 0:
            question.prompt = ""
    return course


def run() -> dict[str, float]:
    course = _course()
    assert len(course.all_questions()) == 5000
    found = find_course_problems(course, None)
    assert len(found) >= 500, len(found)
    located = best_of(3, lambda: find_course_problems(course, None))
    plain = best_of(3, lambda: CourseValidator(course, None, ProblemList()).run())
    return {"problems_5000_s": round(located, 4),
            "problems_overhead_ratio": round(located / plain, 2)}
