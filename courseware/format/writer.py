"""Writing the model back to disk in the canonical form (byte-stable, atomic per file)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from enum import Enum
from pathlib import Path, PurePosixPath
from typing import Any

from courseware import model as m
from courseware.fileio import atomic_write_text
from courseware.format.course_reader import COURSE_FILE, MODULE_FILE
from courseware.yamlio import dump_yaml


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _put(data: dict[str, Any], key: str, value: Any) -> None:
    """Add optional values only when set, so files stay short and diffs small."""
    if value not in (None, "", [], {}):
        data[key] = value


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return _number(value)
    return value


# ---------------------------------------------------------------- quizzes


def settings_to_data(settings: m.QuizSettings) -> dict[str, Any]:
    return {name: _plain(getattr(settings, name)) for name in m.QuizSettings.__dataclass_fields__}


def question_to_data(q: m.Question) -> dict[str, Any]:
    data: dict[str, Any] = {"id": q.id, "type": q.type_name}
    _put(data, "category", q.category)
    data["points"] = _number(q.points)
    _put(data, "prompt", q.prompt)
    _put(data, "feedback", q.feedback)
    data.update(_type_fields(q))
    return data


def _option(option: m.Option) -> dict[str, Any]:
    data: dict[str, Any] = {"id": option.id, "text": option.text, "correct": option.correct}
    _put(data, "feedback", option.feedback)
    return data


def _type_fields(q: m.Question) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if isinstance(q, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion)):
        data["options"] = [_option(o) for o in q.options]
        if isinstance(q, m.MultipleChoiceQuestion) and q.scoring is not None:
            data["scoring"] = q.scoring.value
    elif isinstance(q, m.TrueFalseQuestion):
        data["answer"] = q.answer
        _put(data, "true_feedback", q.true_feedback)
        _put(data, "false_feedback", q.false_feedback)
    elif isinstance(q, m.FillBlankQuestion):
        data["blanks"] = [_blank(b) for b in q.blanks]
    elif isinstance(q, m.NumericalQuestion):
        data["answers"] = [_numerical_answer(a) for a in q.answers]
        _put(data, "units", [{"unit": u.unit, "multiplier": _number(u.multiplier)}
                             for u in q.units])
    elif isinstance(q, m.MatchingQuestion):
        data["pairs"] = [{"left": p.left, "right": p.right} for p in q.pairs]
        _put(data, "distractors", list(q.distractors))
    elif isinstance(q, m.OrderingQuestion):
        data["items"] = list(q.items)
    elif isinstance(q, m.EssayQuestion):
        data["rubric"] = [{"criterion": c.criterion, "points": _number(c.points)}
                          for c in q.rubric]
        _put(data, "model_answer", q.model_answer)
    elif isinstance(q, m.ScenarioQuestion):
        data["start"] = q.start
        data["nodes"] = [_node(n) for n in q.nodes]
    return data


def _blank(blank: m.Blank) -> dict[str, Any]:
    data: dict[str, Any] = {"accepted": list(blank.accepted)}
    if blank.case_sensitive:
        data["case_sensitive"] = True
    return data


def _numerical_answer(answer: m.NumericalAnswer) -> dict[str, Any]:
    data: dict[str, Any] = {"value": _number(answer.value)}
    if answer.tolerance:
        data["tolerance"] = _number(answer.tolerance)
    if answer.fraction != 100:
        data["fraction"] = _number(answer.fraction)
    _put(data, "feedback", answer.feedback)
    return data


def _node(node: m.ScenarioNode) -> dict[str, Any]:
    data: dict[str, Any] = {"id": node.id, "text": node.text}
    if node.choices:
        data["choices"] = []
        for choice in node.choices:
            entry = {"text": choice.text, "next": choice.next}
            _put(entry, "feedback", choice.feedback)
            data["choices"].append(entry)
    if node.ending is not None:
        data["ending"] = {"score_percent": _number(node.ending.score_percent)}
        _put(data["ending"], "feedback", node.ending.feedback)
    return data


def _draw(draw: m.Draw) -> dict[str, Any]:
    data: dict[str, Any] = {}
    _put(data, "from_quiz", draw.from_quiz)
    _put(data, "category", draw.category)
    _put(data, "types", list(draw.types))
    data["count"] = draw.count
    return data


def quiz_to_text(quiz: m.Quiz) -> str:
    data: dict[str, Any] = {"id": quiz.id, "title": quiz.title}
    _put(data, "description", quiz.description)
    data["settings"] = settings_to_data(quiz.settings)
    _put(data, "draws", [_draw(d) for d in quiz.draws])
    _put(data, "feedback_bands", [{"min_percent": _number(b.min_percent), "text": b.text}
                                  for b in quiz.feedback_bands])
    data["questions"] = [question_to_data(q) for q in quiz.questions]
    return dump_yaml(data)


# ---------------------------------------------------------------- Markdown items


def _front_matter(kind: str, item: m.Lesson | m.CaseStudy) -> str:
    data: dict[str, Any] = {"type": kind, "id": item.id, "title": item.title}
    if item.duration_minutes is not None:
        data["duration_minutes"] = _number(item.duration_minutes)
    return f"---\n{dump_yaml(data)}---\n"


def lesson_to_text(lesson: m.Lesson) -> str:
    return _front_matter("lesson", lesson) + lesson.body


def case_to_text(case: m.CaseStudy) -> str:
    blocks = [f"::: {name}\n{case.sections[name].strip(chr(10))}\n:::\n"
              for name in m.CASE_SECTIONS if name in case.sections]
    return _front_matter("case_study", case) + "\n".join(blocks)


def item_to_text(item: m.ModuleItem) -> str:
    if isinstance(item, m.Lesson):
        return lesson_to_text(item)
    if isinstance(item, m.CaseStudy):
        return case_to_text(item)
    return quiz_to_text(item)


# ---------------------------------------------------------------- course and modules


def default_item_path(module_folder: str, item: m.ModuleItem) -> str:
    if isinstance(item, m.Lesson):
        return f"{module_folder}/lessons/{item.id}.md"
    if isinstance(item, m.CaseStudy):
        return f"{module_folder}/cases/{item.id}.md"
    return f"{module_folder}/{item.id}.yaml"


def _relative(path: str, start: str) -> str:
    return PurePosixPath(os.path.relpath(path, start or ".")).as_posix()


def module_to_text(module: m.Module) -> str:
    data: dict[str, Any] = {"id": module.id, "title": module.title}
    _put(data, "summary", module.summary)
    if module.duration_minutes is not None:
        data["duration_minutes"] = _number(module.duration_minutes)
    data["objectives"] = list(module.objectives)
    data["items"] = [_relative(item.path, module.folder) for item in module.items]
    _put(data, "glossary", [{"term": g.term, "definition": g.definition}
                            for g in module.glossary])
    _put(data, "trainer_notes", module.trainer_notes)
    return dump_yaml(data)


def course_to_text(course: m.Course) -> str:
    data: dict[str, Any] = {"schema_version": course.schema_version, "id": course.id,
                            "title": course.title}
    _put(data, "subtitle", course.subtitle)
    data["language"] = course.language
    _put(data, "version", course.version)
    _put(data, "authors", list(course.authors))
    _put(data, "description", course.description)
    if course.introduction is not None:
        data["introduction"] = course.introduction.path
    data["modules"] = [module.folder for module in course.modules]
    if course.final_exam is not None:
        data["final_exam"] = course.final_exam.path
    if course.certificate is not None:
        cert = course.certificate
        data["certificate"] = {"title": cert.title, "hours": _number(cert.hours)}
        _put(data["certificate"], "issuer", cert.issuer)  # none: the app's organisation
        _put(data["certificate"], "statement", cert.statement)
    if course.review:
        data["review"] = {key: _number(value) for key, value in course.review.items()}
    return dump_yaml(data)


def assign_paths(course: m.Course) -> None:
    """Give new objects (no path yet) their default file locations."""
    for index, module in enumerate(course.modules, start=1):
        if not module.folder:
            module.folder = f"modules/{index:02d}-{module.id}"
        for item in module.items:
            if not item.path:
                item.path = default_item_path(module.folder, item)
    if course.introduction is not None and not course.introduction.path:
        course.introduction.path = "introduction.md"
    if course.final_exam is not None and not course.final_exam.path:
        course.final_exam.path = f"{course.final_exam.id}.yaml"


def course_paths(course: m.Course) -> list[str]:
    """The course-relative path of every file of the course, without rendering any text."""
    assign_paths(course)
    paths = [COURSE_FILE]
    if course.introduction is not None:
        paths.append(course.introduction.path)
    for module in course.modules:
        paths.append(f"{module.folder}/{MODULE_FILE}")
        paths.extend(item.path for item in module.items)
    if course.final_exam is not None:
        paths.append(course.final_exam.path)
    return paths


def course_files(course: m.Course) -> dict[str, str]:
    """Every file of the course as course-relative path → text."""
    assign_paths(course)
    files = {COURSE_FILE: course_to_text(course)}
    if course.introduction is not None:
        files[course.introduction.path] = lesson_to_text(course.introduction)
    for module in course.modules:
        files[f"{module.folder}/{MODULE_FILE}"] = module_to_text(module)
        for item in module.items:
            files[item.path] = item_to_text(item)
    if course.final_exam is not None:
        files[course.final_exam.path] = quiz_to_text(course.final_exam)
    return files


def save_course(course: m.Course, root: Path | str, remove: Iterable[str] = ()) -> list[str]:
    """Write every file that differs from what is on disk; returns the paths written.

    ``remove`` names course-relative files that are no longer part of the course (an item
    deleted or moved elsewhere): each is deleted unless the course still writes it or it lies
    outside the course folder; folders left empty by that go too.
    """
    root = Path(root)
    files = course_files(course)
    written = []
    for relative, text in files.items():
        target = root / relative
        try:
            if target.read_bytes() == text.encode("utf-8"):
                continue
        except OSError:
            pass
        atomic_write_text(target, text)
        written.append(relative)
    remove_files(root, remove, keep=set(files))
    return written


def remove_files(root: Path, relatives: Iterable[str], keep: set[str]) -> list[str]:
    """Delete the listed course-relative files except those in ``keep``; returns those deleted."""
    base = root.resolve()
    kept = {PurePosixPath(path).as_posix() for path in keep}
    removed = []
    for relative in relatives:
        target = (base / relative).resolve()
        if PurePosixPath(relative).as_posix() in kept or not target.is_relative_to(base):
            continue
        if target == base or target.relative_to(base).as_posix() in kept or not target.is_file():
            continue
        target.unlink()
        removed.append(relative)
        _remove_empty_folders(target.parent, base)
    return removed


def _remove_empty_folders(folder: Path, base: Path) -> None:
    while folder != base and folder.is_relative_to(base) and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
