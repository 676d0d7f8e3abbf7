"""Whole HTML documents for one lesson, case study or quiz, trainee or trainer edition."""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from markupsafe import Markup

from courseware import model as m
from courseware.engine.grading.numerical import accepted_lines
from exporters.html.environment import html_environment
from exporters.html.labels import labels_for
from exporters.html.markdown_render import markdown_to_html, section_to_html

_BLANK = re.compile(r"_{3,}")


class Edition(StrEnum):
    PARTICIPANT = "participant"
    TRAINER = "trainer"


def _render(template: str, **context: object) -> str:
    return html_environment().get_template(template).render(**context)


def _minutes(labels: dict[str, str], minutes: float | None) -> str:
    return labels["minutes"].format(n=f"{minutes:g}") if minutes else ""


def render_lesson_html(
    lesson: m.Lesson,
    *,
    edition: Edition = Edition.PARTICIPANT,
    course_root: Path | None = None,
    course_language: str = "zh-CN",
) -> str:
    labels = labels_for(course_language)
    body = markdown_to_html(lesson.body, trainer_edition=edition is Edition.TRAINER,
                            callout_titles=labels, course_root=course_root,
                            file_path=lesson.path)
    return _render("lesson.html", title=lesson.title, body=body,
                   duration=_minutes(labels, lesson.duration_minutes),
                   edition_label=labels["trainer_edition"] if edition is Edition.TRAINER else "",
                   language=course_language)


def render_case_html(
    case: m.CaseStudy,
    *,
    edition: Edition = Edition.PARTICIPANT,
    course_root: Path | None = None,
    course_language: str = "zh-CN",
) -> str:
    labels = labels_for(course_language)
    sections = []
    for name in m.CASE_SECTIONS:
        text = case.sections.get(name, "")
        if not text.strip():
            continue
        if name in m.TRAINER_CASE_SECTIONS and edition is not Edition.TRAINER:
            continue
        sections.append({"kind": name, "title": labels[name],
                         "html": section_to_html(text, course_root, case.path),
                         "trainer_only": name in m.TRAINER_CASE_SECTIONS})
    return _render("case.html", title=case.title, sections=sections,
                   duration=_minutes(labels, case.duration_minutes),
                   edition_label=labels["trainer_edition"] if edition is Edition.TRAINER else "",
                   language=course_language)


def _prompt_html(question: m.Question, rich: Callable[[str], Markup]) -> Markup:
    prompt = question.prompt
    if isinstance(question, m.FillBlankQuestion):
        prompt = _BLANK.sub("\\_\\_\\_\\_\\_\\_\\_\\_", prompt)
    return rich(prompt)


def _question_view(question: m.Question, number: int, labels: dict[str, str],
                   show_answers: bool, rich: Callable[[str], Markup] = section_to_html
                   ) -> dict[str, object]:
    """Texts are Markdown (formatting and pictures), rendered by ``rich``."""
    view: dict[str, object] = {
        "label": labels["question"].format(n=number),
        "points": labels["points"].format(n=f"{question.points:g}"),
        "type": question.type_name,
        "prompt": _prompt_html(question, rich),
        "options": [],
        "answer": "",
    }
    if isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion)):
        view["options"] = [{"text": rich(o.text), "correct": show_answers and o.correct}
                           for o in question.options]
    elif isinstance(question, m.TrueFalseQuestion):
        view["options"] = [{"text": labels["true"], "correct": show_answers and question.answer},
                           {"text": labels["false"],
                            "correct": show_answers and not question.answer}]
    elif isinstance(question, m.MatchingQuestion):
        view["options"] = [{"text": rich(f"{p.left} — {p.right}"), "correct": False}
                           for p in question.pairs] if show_answers else []
    elif isinstance(question, m.OrderingQuestion):
        view["options"] = [{"text": rich(item), "correct": False}
                           for item in (question.items if show_answers
                                        else sorted(question.items))]
    elif isinstance(question, m.FillBlankQuestion) and show_answers:
        view["answer"] = " / ".join("、".join(b.accepted) for b in question.blanks)
    elif isinstance(question, m.NumericalQuestion) and show_answers:
        view["answer"] = " / ".join(accepted_lines(question))
    return view


def render_quiz_html(
    quiz: m.Quiz,
    *,
    edition: Edition = Edition.PARTICIPANT,
    course_language: str = "zh-CN",
    course_root: Path | None = None,
) -> str:
    labels = labels_for(course_language)
    show_answers = edition is Edition.TRAINER

    def rich(text: str) -> Markup:  # pictures relative to the quiz file
        return section_to_html(text, course_root, quiz.path)

    questions = [_question_view(q, n, labels, show_answers, rich)
                 for n, q in enumerate(quiz.questions, start=1)]
    return _render("quiz.html", title=quiz.title, description=rich(quiz.description),
                   questions=questions, answer_label=labels["answer"], duration="",
                   edition_label=labels["trainer_edition"] if show_answers else "",
                   language=course_language)


def render_item_html(
    item: m.ModuleItem,
    *,
    edition: Edition = Edition.PARTICIPANT,
    course_root: Path | None = None,
    course_language: str = "zh-CN",
) -> str:
    if isinstance(item, m.Lesson):
        return render_lesson_html(item, edition=edition, course_root=course_root,
                                  course_language=course_language)
    if isinstance(item, m.CaseStudy):
        return render_case_html(item, edition=edition, course_root=course_root,
                                course_language=course_language)
    return render_quiz_html(item, edition=edition, course_language=course_language,
                            course_root=course_root)
