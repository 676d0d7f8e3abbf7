"""Problems as the trainer sees the course: where (模块一 › 第 2 课 › 标题), what to do in the
app, and which field of which object to open, with follow-on problems left out.

The checks are :class:`courseware.validation.CourseValidator`'s; this module records, for each
problem, its message key and values and the object it was reported against, then names the
field (:class:`FieldRef`) an editor should focus and the breadcrumbs that lead there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path

from courseware import model as m
from courseware.catalog import all_messages
from courseware.i18n import current_language, tr
from courseware.limits import oversized
from courseware.problem_causes import drop_consequences
from courseware.problems import Problem, ProblemList
from courseware.validation import CourseValidator

CHINESE_DIGITS = "零一二三四五六七八九"


@dataclass(frozen=True)
class FieldRef:
    """A field of an object as a path, e.g. ("options", "1", "correct") or ("nodes", "n3");
    ``find`` is text inside the field to select (an image reference, a starter text)."""

    path: tuple[str, ...] = ()
    find: str = ""

    @property
    def name(self) -> str:
        return ".".join(self.path)


@dataclass(frozen=True)
class CourseProblem:
    key: str  # the message key, e.g. "choice.no_correct"
    message: str
    hint: str  # what to do in the app
    target: object | None  # the course, module, lesson, case, quiz or question concerned
    field: FieldRef
    where: tuple[str, ...]  # breadcrumbs, the field's label last
    file: Problem  # file and line, for experts
    values: dict[str, object] = dataclass_field(default_factory=dict, compare=False)

    @property
    def warning(self) -> bool:
        return self.file.warning

    @property
    def location(self) -> str:
        return tr("where.separator").join(self.where)

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


@dataclass(frozen=True)
class _Record:
    source: m.SourceRef
    key: str
    values: dict[str, object]


class _RecordingValidator(CourseValidator):
    def __init__(self, course: m.Course, root: Path | None, problems: ProblemList) -> None:
        super().__init__(course, root, problems)
        self.reported: list[_Record] = []
        self.warned: list[_Record] = []

    def add(self, source: m.SourceRef, key: str, hint: str = "", /, **values: object) -> None:
        super().add(source, key, hint, **values)
        self.reported.append(_Record(source, key, values))

    def warn(self, source: m.SourceRef, key: str, hint: str = "", /, **values: object) -> None:
        super().warn(source, key, hint, **values)
        self.warned.append(_Record(source, key, values))


def find_course_problems(course: m.Course, root: Path | None) -> list[CourseProblem]:
    """Every root-cause problem of the course, in the order of the course tree."""
    problems = ProblemList()
    validator = _RecordingValidator(course, root, problems)
    validator.run()
    places = _places_by_source(course)
    crumbs = positions(course)
    pairs = [*zip(problems, validator.reported, strict=True),
             *zip(problems.warnings, validator.warned, strict=True)]
    located = [_locate(course, problem, record, places, crumbs) for problem, record in pairs]
    located += _oversized(course, crumbs)
    located = drop_consequences(located, {i: id(p.target) for i, p in enumerate(located)},
                                {i: p.key for i, p in enumerate(located)})
    order = {id(obj): index for index, obj in enumerate(course_objects(course))}
    return sorted(located, key=lambda p: (order.get(id(p.target), len(order)), p.warning))


# -- which object, which part of it

_Place = tuple[object, tuple[str, ...]]  # (object, part path such as ("draws", "0"))
_Places = dict[int | str, _Place]  # by id() of a SourceRef, or by a lesson's or case's file


def course_objects(course: m.Course) -> Iterator[object]:
    """The course's objects in tree order."""
    yield course
    if course.introduction is not None:
        yield course.introduction
    for module in course.modules:
        yield module
        for item in module.items:
            yield from _with_questions(item)
    if course.final_exam is not None:
        yield from _with_questions(course.final_exam)


def _with_questions(item: object) -> Iterator[object]:
    yield item
    if isinstance(item, m.Quiz):
        yield from item.questions


def _places_by_source(course: m.Course) -> _Places:
    places: _Places = {}
    for obj in course_objects(course):
        source = getattr(obj, "source", None)
        if source is not None:
            places[id(source)] = (obj, ())
        if isinstance(obj, (m.Lesson, m.CaseStudy)) and obj.path:
            places.setdefault(obj.path, (obj, ()))
        if isinstance(obj, m.Quiz):
            for index, draw in enumerate(obj.draws):
                places[id(draw.source)] = (obj, ("draws", str(index)))
        if isinstance(obj, m.ScenarioQuestion):
            for node in obj.nodes:
                places.setdefault(id(node.source), (obj, ("nodes", node.id)))
    return places


def _locate(course: m.Course, problem: Problem, record: _Record, places: _Places,
            crumbs: dict[int, tuple[_Crumb, ...]]) -> CourseProblem:
    target, part = places.get(id(record.source), (None, ()))
    if target is None:  # an image reference: a new SourceRef into the lesson's or case's file
        target, part = places.get(record.source.path, (None, ()))
    if target is None and "ref" in record.values:  # a lesson not saved yet has no file
        target = _text_holding(course, str(record.values["ref"]))
    ref = field_for(record.key, record.values, target, part)
    where = (*crumb_texts(crumbs.get(id(target), ())), *field_crumbs(ref, target))
    message = trainer_message(course, record.key, record.values, problem.message)
    return CourseProblem(record.key, message, trainer_hint(record.key, problem.hint),
                         target, ref, where, problem, dict(record.values))


def trainer_message(course: m.Course, key: str, values: dict[str, object],
                    fallback: str) -> str:
    """The problem in the app's words (no file keys, places as the tree shows them), starting
    with a capital letter in English."""
    if f"say.{key}" in all_messages():
        values = dict(values)
        if key == "id.duplicate":
            other = next((obj for obj in course_objects(course)
                          if getattr(obj, "id", None) == values.get("id")), None)
            values["other"] = tr("where.separator").join(object_crumbs(course, other))
        fallback = tr(f"say.{key}", **values)
    return fallback[:1].upper() + fallback[1:]


def _oversized(course: m.Course, crumbs: dict[int, tuple[_Crumb, ...]]) -> list[CourseProblem]:
    """Lists over their bound (courseware.limits), which the command line reports on a check
    of the whole course, found while editing too."""
    found = []
    for question in course.all_questions():
        for what, count, limit in oversized(question):
            values: dict[str, object] = {"id": question.id, "count": count, "limit": limit,
                                         "what": tr(f"question.part.{what}")}
            message = tr("question.too_many", **values)
            ref = FieldRef(("nodes" if what == "choices" else what,))
            where = (*crumb_texts(crumbs.get(id(question), ())), *field_crumbs(ref, question))
            file = Problem(question.source.path, question.source.line, message,
                           tr("question.too_many.hint"))
            found.append(CourseProblem("question.too_many", message[:1].upper() + message[1:],
                                       trainer_hint("question.too_many"), question, ref, where,
                                       file, values))
    return found


def _text_holding(course: m.Course, text: str) -> object | None:
    for obj in course_objects(course):
        if isinstance(obj, m.Lesson) and text in obj.body:
            return obj
        if isinstance(obj, m.CaseStudy) and any(text in s for s in obj.sections.values()):
            return obj
    return None


def trainer_hint(key: str, fallback: str = "") -> str:
    """What to do about ``key`` in the app; the file-format hint if none is written."""
    messages = all_messages()
    for candidate in (f"fix.{key}", f"fix.{key.split('.')[0]}"):
        if candidate in messages:
            return tr(candidate)
    return fallback


# -- the field

_SIMPLE_FIELDS: dict[str, tuple[str, ...]] = {
    "id.duplicate": ("id",),
    "quiz.empty": ("questions",),
    "draw.overlap": ("draws",),
    "question.no_prompt": ("prompt",),
    "choice.option_count": ("options",),
    "numerical.no_answers": ("answers",),
    "numerical.no_full_credit": ("answers",),
    "numerical.bad_unit": ("units",),
    "numerical.unit_duplicate": ("units",),
    "numerical.base_unit": ("units",),
    "matching.too_few": ("pairs",),
    "ordering.too_few": ("items",),
    "essay.no_rubric": ("rubric",),
    "essay.points_mismatch": ("points",),
    "scenario.no_nodes": ("nodes",),
    "scenario.start_missing": ("start",),
}


def field_for(key: str, values: dict[str, object], target: object,
              part: tuple[str, ...] = ()) -> FieldRef:
    """The field an editor should open for problem ``key`` on ``target``."""
    if key in _SIMPLE_FIELDS:
        return FieldRef(_SIMPLE_FIELDS[key])
    if key.startswith("placeholder.found."):
        return _placeholder_field(key.removeprefix("placeholder.found."),
                                  str(values.get("text", "")), target)
    if key.startswith("draw."):
        return FieldRef(part or ("draws",))
    if key.startswith("scenario."):
        return _scenario_field(key, values, part)
    if key in ("media.missing", "path.escapes"):
        return _text_field(target, str(values.get("ref", "")))
    special = _QUESTION_FIELDS.get(key)
    if special is not None:
        return special(values, target)
    return FieldRef()


def _scenario_field(key: str, values: dict[str, object], part: tuple[str, ...]) -> FieldRef:
    node = str(values.get("node", values.get("id", "")))
    if key == "scenario.next_missing":
        return FieldRef(("nodes", node, "choices"))
    return FieldRef(("nodes", node)) if node else FieldRef(part or ("nodes",))


def _text_field(target: object, text: str) -> FieldRef:
    """The lesson body or the case section holding ``text``."""
    if isinstance(target, m.CaseStudy):
        section = next((name for name in m.CASE_SECTIONS
                        if text and text in target.sections.get(name, "")), "background")
        return FieldRef(("sections", section), text)
    return FieldRef(("body",), text)


def _placeholder_field(kind: str, text: str, target: object) -> FieldRef:
    if kind in ("body", "sections"):
        return _text_field(target, text)
    lists = {"options": lambda o: o.text, "pairs": lambda p: f"{p.left}\n{p.right}",
             "items": lambda i: i, "rubric": lambda c: c.criterion,
             "blanks": lambda b: "\n".join(b.accepted)}
    if kind in lists:
        rows = getattr(target, kind, [])
        index = next((i for i, row in enumerate(rows) if text in lists[kind](row)), 0)
        path = (kind, str(index), "accepted") if kind == "blanks" else (kind, str(index))
        return FieldRef(path, text)
    if kind == "nodes" and isinstance(target, m.ScenarioQuestion):
        node = next((n for n in target.nodes if text in _node_text(n)), None)
        return FieldRef(("nodes", node.id) if node else ("nodes",), text)
    return FieldRef((kind,), text)


def _node_text(node: m.ScenarioNode) -> str:
    parts = [node.text, *(c.text for c in node.choices)]
    if node.ending is not None:
        parts.append(node.ending.feedback)
    return "\n".join(parts)


def _second(values: list[object], wanted: object) -> int:
    """The index of the second occurrence of ``wanted`` (the one to change), else the first."""
    found = [i for i, value in enumerate(values) if value == wanted]
    return found[1] if len(found) > 1 else (found[0] if found else 0)


def _choice_correct(values: dict[str, object], q: object) -> FieldRef:
    options = getattr(q, "options", [])
    correct = [i for i, o in enumerate(options) if o.correct]
    index = correct[1] if len(correct) > 1 else 0
    return FieldRef(("options", str(index), "correct"))


def _option_id(values: dict[str, object], q: object) -> FieldRef:
    ids: list[object] = [o.id for o in getattr(q, "options", [])]
    return FieldRef(("options", str(_second(ids, values.get("id"))), "id"))


def _fill_mismatch(values: dict[str, object], q: object) -> FieldRef:
    markers, blanks = values.get("markers", 0), values.get("blanks", 0)
    fewer_markers = isinstance(markers, int) and isinstance(blanks, int) and markers < blanks
    return FieldRef(("prompt",) if fewer_markers else ("blanks",))


_FieldFinder = Callable[[dict[str, object], object], FieldRef]


def _numbered(list_name: str, leaf: str = "") -> _FieldFinder:
    def ref(values: dict[str, object], q: object) -> FieldRef:
        index = values.get("index", 1)
        number = index - 1 if isinstance(index, int) else 0
        return FieldRef((list_name, str(number), leaf) if leaf else (list_name, str(number)))
    return ref


def _matching_duplicate(values: dict[str, object], q: object) -> FieldRef:
    text = values.get("text")
    pairs = getattr(q, "pairs", [])
    for side in ("left", "right"):
        texts: list[object] = [getattr(p, side) for p in pairs]
        if texts.count(text) > 1:
            return FieldRef(("pairs", str(_second(texts, text))), str(text))
    right: list[object] = [p.right for p in pairs]
    distractors: list[object] = list(getattr(q, "distractors", []))
    if text in distractors:
        index = distractors.index(text) if text in right else _second(distractors, text)
        return FieldRef(("distractors", str(index)), str(text))
    return FieldRef(("pairs",))


def _ordering_duplicate(values: dict[str, object], q: object) -> FieldRef:
    items: list[object] = list(getattr(q, "items", []))
    return FieldRef(("items", str(_second(items, values.get("text")))))


_QUESTION_FIELDS: dict[str, _FieldFinder] = {
    "choice.no_correct": _choice_correct,
    "choice.many_correct": _choice_correct,
    "option.duplicate_id": _option_id,
    "fill.blank_mismatch": _fill_mismatch,
    "fill.no_accepted": _numbered("blanks", "accepted"),
    "numerical.bad_answer": _numbered("answers"),
    "matching.duplicate": _matching_duplicate,
    "ordering.duplicate": _ordering_duplicate,
}


# -- breadcrumbs

def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; larger numbers in digits."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    text = "" if tens == 0 else ("十" if tens == 1 else CHINESE_DIGITS[tens] + "十")
    return text + (CHINESE_DIGITS[ones] if ones else "")


def _ordinal(n: int) -> str:
    return chinese_number(n) if current_language() == "zh" else str(n)


_Crumb = tuple[str, int]  # a message key and its number ("where.lesson", 2)


def object_crumbs(course: m.Course, target: object) -> tuple[str, ...]:
    """"模块一 › 第 2 课" for a lesson, "… › 测验 1 › 第 3 题" for a question."""
    return crumb_texts(positions(course).get(id(target), ()))


def crumb_texts(position: tuple[_Crumb, ...]) -> tuple[str, ...]:
    if not position:
        return (tr("where.course"),)
    return tuple(tr(key, n=_ordinal(n) if key == "where.module" else n)
                 for key, n in position)


def positions(course: m.Course) -> dict[int, tuple[_Crumb, ...]]:
    """id(object) → where it is, for every object of the course (one pass, no text yet)."""
    found: dict[int, tuple[_Crumb, ...]] = {id(course): ()}
    if course.introduction is not None:
        found[id(course.introduction)] = (("where.introduction", 0),)
    kinds = {m.Lesson: "where.lesson", m.CaseStudy: "where.case", m.Quiz: "where.quiz"}
    for number, module in enumerate(course.modules, start=1):
        module_crumb: _Crumb = ("where.module", number)
        found[id(module)] = (module_crumb,)
        counts: dict[type, int] = {}
        for item in module.items:
            counts[type(item)] = counts.get(type(item), 0) + 1
            key = kinds.get(type(item), "where.lesson")
            found[id(item)] = (module_crumb, (key, counts[type(item)]))
    if course.final_exam is not None:
        found[id(course.final_exam)] = (("where.final_exam", 0),)
    for quiz in course.all_quizzes():
        quiz_position = found.get(id(quiz), ())
        for number, question in enumerate(quiz.questions, start=1):
            found[id(question)] = (*quiz_position, ("where.question", number))
    return found


def field_crumbs(ref: FieldRef, target: object = None) -> tuple[str, ...]:
    """The field's label(s) as the editor shows them: ("选项 B", "正确")."""
    path = ref.path
    if not path:
        return ()
    head, rest = path[0], path[1:]
    if head == "sections":
        return (tr(f"where.section.{rest[0]}"),) if rest else ()
    if head == "nodes" and rest:
        crumbs = (tr("where.node", id=rest[0]),)
        return (*crumbs, tr("where.node_choices")) if rest[1:] else crumbs
    if head == "body" and isinstance(target, m.CaseStudy):
        return ()
    if not rest:
        return (_label(head),)
    number = int(rest[0]) + 1 if rest[0].isdigit() else 1
    crumb = _ROW_LABELS.get(head)
    crumbs = (tr(crumb, n=number, letter=_letter(number)) if crumb else _label(head),)
    return (*crumbs, _label(rest[1])) if rest[1:] else crumbs


_ROW_LABELS = {
    "options": "where.field.option", "blanks": "where.field.blank", "pairs": "where.field.pair",
    "distractors": "where.field.distractor", "items": "where.field.item",
    "rubric": "where.field.criterion", "answers": "where.field.answer",
    "draws": "where.field.draw",
}


def _label(name: str) -> str:
    key = f"where.field.{name}"
    return tr(key) if key in all_messages() else name


def _letter(number: int) -> str:
    return chr(ord("A") + number - 1) if 1 <= number <= 26 else str(number)
