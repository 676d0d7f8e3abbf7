"""Checks across the whole loaded course: ids, answer keys, scenario graphs, draws, media."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from courseware import model as m
from courseware.fileio import resolve_inside
from courseware.i18n import tr
from courseware.markdown_blocks import image_references, split_front_matter
from courseware.placeholders import placeholders_in
from courseware.problem_causes import scenario_root_causes
from courseware.problems import ProblemList
from courseware.question_markdown import markdown_texts
from courseware.scenario_paths import leading_to, reachable_from

BLANK_MARKER = re.compile(r"_{3,}")


class CourseValidator:
    def __init__(self, course: m.Course, root: Path | None, problems: ProblemList) -> None:
        self.course = course
        self.root = root
        self.problems = problems
        self._ids: dict[str, m.SourceRef] = {}

    def add(self, source: m.SourceRef, key: str, hint: str = "", /, **values: object) -> None:
        self.problems.add(source.path, source.line, tr(key, **values), hint)

    def warn(self, source: m.SourceRef, key: str, hint: str = "", /, **values: object) -> None:
        self.problems.warn(source.path, source.line, tr(key, **values), hint)

    def _placeholders(self, obj: m.Lesson | m.CaseStudy | m.Quiz | m.Question) -> None:
        for field, text in placeholders_in(obj):
            self.warn(obj.source, f"placeholder.found.{field}", tr("placeholder.hint"),
                      text=text)

    def run(self) -> None:
        course = self.course
        self._claim(course.id, course.source)
        if course.introduction:
            self._lesson(course.introduction)
        for module in course.modules:
            self._claim(module.id, module.source)
            for item in module.items:
                self._item(item)
        if course.final_exam:
            self._quiz(course.final_exam)

    def _claim(self, object_id: str, source: m.SourceRef) -> None:
        if not object_id:
            return
        previous = self._ids.get(object_id)
        if previous is not None:
            other = f"{previous.path}:{previous.line}"
            self.add(source, "id.duplicate", tr("id.duplicate.hint"), id=object_id, other=other)
        else:
            self._ids[object_id] = source

    def _item(self, item: m.ModuleItem) -> None:
        if isinstance(item, m.Lesson):
            self._lesson(item)
        elif isinstance(item, m.CaseStudy):
            self._claim(item.id, item.source)
            self._placeholders(item)
            for text in item.sections.values():
                self._images(item.path, text, 1)
        else:
            self._quiz(item)

    def _lesson(self, lesson: m.Lesson) -> None:
        self._claim(lesson.id, lesson.source)
        self._placeholders(lesson)
        self._images(lesson.path, lesson.body, self._body_offset(lesson.path))

    def _body_offset(self, path: str) -> int:
        if self.root is None:
            return 1
        try:
            text = (self.root / path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return 1
        return split_front_matter(text).body_line

    def _images(self, path: str, markdown: str, first_line: int) -> None:
        if self.root is None:
            return
        base = str(PurePosixPath(path).parent)
        base = "" if base == "." else base
        for target, line in image_references(markdown):
            source = m.SourceRef(path, first_line + line - 1)
            resolved = resolve_inside(self.root, target, base)
            if resolved is None:
                self.add(source, "path.escapes", tr("path.escapes.hint"), ref=target)
            elif not resolved[0].is_file():
                self.add(source, "media.missing", tr("file.missing.hint"), ref=target)

    # -- quizzes

    def _quiz(self, quiz: m.Quiz) -> None:
        self._claim(quiz.id, quiz.source)
        self._placeholders(quiz)
        if not quiz.questions and not quiz.draws:
            self.add(quiz.source, "quiz.empty")
        for question in quiz.questions:
            self._claim(question.id, question.source)
            self._question(question)
            self._placeholders(question)
            for text in markdown_texts(question):  # pictures: relative to the quiz file
                self._images(quiz.path, text, question.source.line or 1)
        self._draws(quiz)

    def _draws(self, quiz: m.Quiz) -> None:
        pool_ids: set[str] = set()
        total = 0
        for draw in quiz.draws:
            if not draw.from_quiz and not draw.category:
                self.add(draw.source, "draw.no_source")
                continue
            if draw.from_quiz and self.course.find_quiz(draw.from_quiz) is None:
                self.add(draw.source, "draw.quiz_missing", id=draw.from_quiz)
                continue
            matching = draw_candidates(self.course, quiz, draw)
            if len(matching) < draw.count:
                self.add(draw.source, "draw.too_few", count=draw.count, available=len(matching))
            pool_ids.update(q.id for q in matching)
            total += draw.count
        if quiz.draws and len(pool_ids) < total and total > 0:
            self.add(quiz.source, "draw.overlap", count=total, available=len(pool_ids))

    def _question(self, question: m.Question) -> None:
        if not question.prompt.strip() and not isinstance(question, m.ScenarioQuestion):
            self.add(question.source, "question.no_prompt")
        check = _QUESTION_CHECKS.get(type(question))
        if check is not None:
            check(self, question)


def draw_candidates(course: m.Course, quiz: m.Quiz, draw: m.Draw) -> list[m.Question]:
    """Questions a draw may pick from: its pool, category and types; never a question every
    attempt holds already (the quiz's own, unless the quiz is itself the pool)."""
    if draw.from_quiz:
        pool_quiz = course.find_quiz(draw.from_quiz)
        pool = pool_quiz.questions if pool_quiz else []
    else:
        pool = course.all_questions()
    own = {id(q) for q in quiz.fixed_questions()}
    return [q for q in pool
            if id(q) not in own
            and (not draw.category or q.category == draw.category)
            and (not draw.types or q.type_name in draw.types)]


def _check_choice(v: CourseValidator, q: m.Question) -> None:
    assert isinstance(q, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion))
    if not 2 <= len(q.options) <= 10:
        v.add(q.source, "choice.option_count", count=len(q.options))
    seen: set[str] = set()
    for option in q.options:
        if option.id in seen:
            v.add(q.source, "option.duplicate_id", id=option.id)
        seen.add(option.id)
    correct = sum(1 for option in q.options if option.correct)
    if q.options and correct == 0:
        v.add(q.source, "choice.no_correct", tr("choice.no_correct.hint"))
    if isinstance(q, m.SingleChoiceQuestion) and correct > 1:
        v.add(q.source, "choice.many_correct", tr("choice.many_correct.hint"), count=correct)


def _check_fill(v: CourseValidator, q: m.Question) -> None:
    assert isinstance(q, m.FillBlankQuestion)
    markers = len(BLANK_MARKER.findall(q.prompt))
    if markers != len(q.blanks):
        v.add(q.source, "fill.blank_mismatch", markers=markers, blanks=len(q.blanks))
    for index, blank in enumerate(q.blanks, start=1):
        if not any(answer.strip() for answer in blank.accepted):
            v.add(q.source, "fill.no_accepted", index=index)


def _check_numerical(v: CourseValidator, q: m.Question) -> None:
    assert isinstance(q, m.NumericalQuestion)
    if not q.answers:
        v.add(q.source, "numerical.no_answers")
    elif max(a.fraction for a in q.answers) < 100:
        v.add(q.source, "numerical.no_full_credit", tr("numerical.no_full_credit.hint"))
    for index, answer in enumerate(q.answers, start=1):
        if answer.tolerance < 0 or not 0 <= answer.fraction <= 100:
            v.add(q.source, "numerical.bad_answer", index=index)
    for unit in _duplicates([u.unit.strip() for u in q.units]):
        v.add(q.source, "numerical.unit_duplicate", unit=unit)
    if any(not u.unit.strip() or u.multiplier <= 0 for u in q.units):
        v.add(q.source, "numerical.bad_unit")
    if q.units and q.units[0].multiplier != 1:
        v.add(q.source, "numerical.base_unit", multiplier=_num(q.units[0].multiplier))


def _check_matching(v: CourseValidator, q: m.Question) -> None:
    assert isinstance(q, m.MatchingQuestion)
    if len(q.pairs) < 2:
        v.add(q.source, "matching.too_few")
    for texts in ([p.left for p in q.pairs], [p.right for p in q.pairs] + q.distractors):
        for text in _duplicates(texts):
            v.add(q.source, "matching.duplicate", text=text)


def _check_ordering(v: CourseValidator, q: m.Question) -> None:
    assert isinstance(q, m.OrderingQuestion)
    if len(q.items) < 2:
        v.add(q.source, "ordering.too_few")
    for text in _duplicates(q.items):
        v.add(q.source, "ordering.duplicate", text=text)


def _check_essay(v: CourseValidator, q: m.Question) -> None:
    assert isinstance(q, m.EssayQuestion)
    if not q.rubric:
        v.add(q.source, "essay.no_rubric")
        return
    total = sum(c.points for c in q.rubric)
    if abs(total - q.points) > 1e-9:
        v.add(q.source, "essay.points_mismatch", points=_num(q.points), total=_num(total))


def _check_scenario(v: CourseValidator, q: m.Question) -> None:
    assert isinstance(q, m.ScenarioQuestion)
    if not q.nodes:
        v.add(q.source, "scenario.no_nodes")
        return
    found = scenario_root_causes(q, scenario_problems(q))  # no follow-on problems
    for problem_key, node, values in found:
        v.add(node.source if node else q.source, problem_key, _scenario_hint(problem_key),
              **values)


def _scenario_hint(key: str) -> str:
    return tr("scenario.no_ending.hint") if key == "scenario.no_ending" else ""


def scenario_problems(
    q: m.ScenarioQuestion,
) -> list[tuple[str, m.ScenarioNode | None, dict[str, str]]]:
    """Graph problems of a branching scenario (used by validation and the visual editor)."""
    found: list[tuple[str, m.ScenarioNode | None, dict[str, str]]] = []
    by_id: dict[str, m.ScenarioNode] = {}
    for node in q.nodes:
        if node.id in by_id:
            found.append(("scenario.node_duplicate", node, {"id": node.id}))
        by_id.setdefault(node.id, node)
        if node.choices and node.ending:
            found.append(("scenario.both", node, {"id": node.id}))
        elif not node.choices and not node.ending:
            found.append(("scenario.dead_end", node, {"id": node.id}))
        for choice in node.choices:
            if choice.next not in by_id and all(n.id != choice.next for n in q.nodes):
                found.append(("scenario.next_missing", node, {"node": node.id, "id": choice.next}))
    if q.start not in by_id:
        found.append(("scenario.start_missing", None, {"id": q.start}))
        return found
    reachable = reachable_from({q.start}, by_id)
    for node in q.nodes:
        if node.id not in reachable:
            found.append(("scenario.unreachable", node, {"id": node.id}))
    finishing = leading_to((i for i, n in by_id.items() if n.ending and not n.choices), by_id)
    for node_id in sorted(reachable - finishing, key=list(by_id).index):
        node = by_id[node_id]
        if node.choices:
            found.append(("scenario.no_ending", node, {"id": node_id}))
    return found


def _duplicates(texts: list[str]) -> list[str]:
    seen: set[str] = set()
    repeated: list[str] = []
    for text in texts:
        if text in seen and text not in repeated:
            repeated.append(text)
        seen.add(text)
    return repeated


def _num(value: float) -> str:
    return f"{value:g}"


_QUESTION_CHECKS: dict[type, Callable[[CourseValidator, m.Question], None]] = {
    m.SingleChoiceQuestion: _check_choice,
    m.MultipleChoiceQuestion: _check_choice,
    m.FillBlankQuestion: _check_fill,
    m.NumericalQuestion: _check_numerical,
    m.MatchingQuestion: _check_matching,
    m.OrderingQuestion: _check_ordering,
    m.EssayQuestion: _check_essay,
    m.ScenarioQuestion: _check_scenario,
}


def validate_course(course: m.Course, root: Path | None, problems: ProblemList) -> None:
    CourseValidator(course, root, problems).run()
    from courseware.file_names import check_file_names  # names every classroom PC can take
    from courseware.limits import check_question_sizes

    check_file_names(course, problems)
    check_question_sizes(course, problems)
