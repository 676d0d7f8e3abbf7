"""Fresh objects for the Insert menu: unique ids, a file path inside their module, text to
start from. (Ids follow the course's scheme: m2, m2-l3, m2-q4 …)"""

from __future__ import annotations

import copy
import itertools

from courseware import model as m
from courseware.format.writer import default_item_path
from courseware.placeholders import placeholder as ph
from ui.i18n import tr


def used_ids(course: m.Course) -> set[str]:
    ids = {course.id}
    for module in course.modules:
        ids.add(module.id)
        ids.update(item.id for item in module.items)
    for item in (course.introduction, course.final_exam):
        if item is not None:
            ids.add(item.id)
    ids.update(q.id for q in course.all_questions())
    return ids


def unique_id(course: m.Course, prefix: str) -> str:
    taken = used_ids(course)
    return next(f"{prefix}{n}" for n in itertools.count(1) if f"{prefix}{n}" not in taken)


def new_module(course: m.Course) -> m.Module:
    module_id = unique_id(course, "m")
    number = len(course.modules) + 1
    return m.Module(id=module_id, title=tr("new.module", number=number),
                    folder=f"modules/{number:02d}-{module_id}")


def new_lesson(course: m.Course, module: m.Module) -> m.Lesson:
    body = f"## {tr('new.lesson_heading')}\n\n{ph('lesson_text')}\n"
    lesson = m.Lesson(id=unique_id(course, f"{module.id}-l"), title=ph("lesson_title"),
                      body=body)
    lesson.path = default_item_path(module.folder, lesson)
    return lesson


def new_case(course: m.Course, module: m.Module) -> m.CaseStudy:
    sections = {name: ph(f"case.{name}") for name in m.REQUIRED_CASE_SECTIONS}
    case = m.CaseStudy(id=unique_id(course, f"{module.id}-c"), title=ph("case_title"),
                       sections=sections)
    case.path = default_item_path(module.folder, case)
    return case


def new_quiz(course: m.Course, module: m.Module) -> m.Quiz:
    quiz = m.Quiz(id=unique_id(course, f"{module.id}-quiz"), title=ph("quiz_title"))
    quiz.path = default_item_path(module.folder, quiz)
    return quiz


def new_question(course: m.Course, quiz: m.Quiz, type_name: str) -> m.Question:
    question_id = unique_id(course, f"{quiz.id}-q")
    prompt = ph("question_prompt")
    builders = {
        "single_choice": lambda: m.SingleChoiceQuestion(
            id=question_id, prompt=prompt, options=_starter_options()),
        "multiple_choice": lambda: m.MultipleChoiceQuestion(
            id=question_id, prompt=prompt, options=_starter_options()),
        "true_false": lambda: m.TrueFalseQuestion(id=question_id, prompt=prompt),
        "fill_blank": lambda: m.FillBlankQuestion(
            id=question_id, prompt=ph("fill_prompt"),
            blanks=[m.Blank(accepted=[ph("fill_answer")])]),
        "numerical": lambda: m.NumericalQuestion(
            id=question_id, prompt=prompt, answers=[m.NumericalAnswer(0)]),
        "matching": lambda: m.MatchingQuestion(
            id=question_id, prompt=prompt,
            pairs=[m.MatchPair(ph("left", n=n), ph("right", n=n)) for n in (1, 2)]),
        "ordering": lambda: m.OrderingQuestion(
            id=question_id, prompt=prompt, items=[ph("step", n=n) for n in (1, 2, 3)]),
        "essay": lambda: m.EssayQuestion(
            id=question_id, prompt=prompt, points=2,
            rubric=[m.RubricCriterion(ph("criterion"), 2)]),
        "scenario": lambda: m.ScenarioQuestion(
            id=question_id, prompt=prompt, start="n1",
            nodes=[m.ScenarioNode("n1", ph("node_text"), choices=[
                m.ScenarioChoice(ph("choice_good"), "good"),
                m.ScenarioChoice(ph("choice_bad"), "bad")]),
                m.ScenarioNode("good", ph("ending_good"),
                               ending=m.ScenarioEnding(100, ph("ending_good"))),
                m.ScenarioNode("bad", ph("ending_bad"),
                               ending=m.ScenarioEnding(0, ph("ending_bad")))]),
    }
    return builders[type_name]()


def _starter_options() -> list[m.Option]:
    """Four options (the usual A–D), the first marked correct until the trainer picks one."""
    return [m.Option(letter, ph("option", n=n), n == 1) for n, letter in enumerate("abcd", 1)]


def duplicate(course: m.Course, obj: object, module: m.Module | None) -> object:
    """A deep copy with fresh ids (and its own file when it is a module item)."""
    copied = copy.deepcopy(obj)
    if isinstance(copied, m.Question):
        copied.id = unique_id(course, f"{copied.id}-copy")
        return copied
    if isinstance(copied, m.Module):
        copied.id = unique_id(course, "m")
        copied.folder = f"modules/{len(course.modules) + 1:02d}-{copied.id}"
        copied.title = tr("new.copy_of", title=copied.title)
        for item in copied.items:
            _renew_item(course, item, copied)
        return copied
    assert isinstance(copied, (m.Lesson, m.CaseStudy, m.Quiz))
    copied.title = tr("new.copy_of", title=copied.title)
    _renew_item(course, copied, module)
    return copied


def _renew_item(course: m.Course, item: m.ModuleItem, module: m.Module | None) -> None:
    item.id = unique_id(course, f"{item.id}-copy")
    item.path = default_item_path(module.folder if module else "", item).lstrip("/")
    if isinstance(item, m.Quiz):
        for question in item.questions:
            question.id = unique_id(course, f"{question.id}-copy")
