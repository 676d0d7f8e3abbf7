"""Counts shown by ``info``: modules, lessons, case studies, quizzes, questions by type."""

from __future__ import annotations

from collections import Counter
from typing import Any

from courseware import model as m


def course_summary(course: m.Course) -> dict[str, Any]:
    questions = course.all_questions()
    by_type = Counter(q.type_name for q in questions)
    return {
        "id": course.id,
        "title": course.title,
        "language": course.language,
        "schema_version": course.schema_version,
        "modules": len(course.modules),
        "lessons": len(course.all_lessons()),
        "case_studies": len(course.all_case_studies()),
        "quizzes": len(course.all_quizzes()),
        "questions": len(questions),
        "questions_by_type": {name: by_type[name] for name in m.QUESTION_TYPES if by_type[name]},
        "module_details": [_module_summary(module) for module in course.modules],
        "final_exam": _quiz_summary(course.final_exam) if course.final_exam else None,
    }


def _module_summary(module: m.Module) -> dict[str, Any]:
    return {
        "id": module.id,
        "title": module.title,
        "objectives": len(module.objectives),
        "lessons": len(module.lessons),
        "case_studies": len(module.case_studies),
        "quizzes": [_quiz_summary(quiz) for quiz in module.quizzes],
        "glossary": len(module.glossary),
    }


def _quiz_summary(quiz: m.Quiz) -> dict[str, Any]:
    return {"id": quiz.id, "title": quiz.title, "questions": len(quiz.questions),
            "draws": sum(draw.count for draw in quiz.draws), "bank": quiz.is_pool,
            "types": sorted({q.type_name for q in quiz.questions})}
