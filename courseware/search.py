"""Find and replace text across a whole course (titles, lessons, cases, questions, options,
feedback, scenario text, glossary …).

Every piece of text a trainer writes is a :class:`Place`: the object the course tree shows
(``item``), the field an editor focuses (``field``), what exactly it is (``part`` with its
row), and how to read and write it (``target`` and ``key``: an attribute name, a dict key or
a list index). A :class:`Match` is a place with an offset; an :class:`Edit` is the old and new
text of one place, which the interface applies as one undo step. Ids are never searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from courseware import model as m

# "Whole word" only bounds Latin letters and digits: Chinese has no spaces between words, so
# a Chinese term is always found inside longer text.
_WORD = r"[A-Za-z0-9_]"
# the targets of Markdown links and images (file names, web addresses): never matched, so a
# replacement cannot break a picture or a link
_LINK_TARGET = re.compile(r"\]\(([^)]*)\)")


@dataclass(frozen=True)
class SearchOptions:
    match_case: bool = False
    whole_word: bool = False


@dataclass(frozen=True)
class Crumb:
    """One step of a place's location: kind ("module", "lesson", "case", "quiz", "question",
    "introduction", "final_exam"), its 1-based number among its kind, and its title."""

    kind: str
    number: int
    title: str


@dataclass(frozen=True, eq=False)
class Place:
    item: object  # the course-tree object: course, module, lesson, case, quiz or question
    trail: tuple[Crumb, ...]
    field: str  # the editor field to focus: "title", "body", "options", "sections.situation" …
    part: str  # what the text is: "title", "option_text", "node_text", "glossary_term" …
    row: int | None  # the option, node, list row … (0-based), when the part is one of many
    target: Any  # the object, dict or list holding the text
    key: str | int

    def read(self) -> str:
        if isinstance(self.target, dict):
            return str(self.target.get(self.key, ""))
        if isinstance(self.target, list):
            return str(self.target[int(self.key)])
        return str(getattr(self.target, str(self.key)))

    def write(self, value: str) -> None:
        if isinstance(self.target, dict | list):
            self.target[self.key] = value  # type: ignore[index]
        else:
            setattr(self.target, str(self.key), value)


@dataclass(frozen=True)
class Match:
    place: Place
    start: int
    end: int
    text: str  # the whole text of the place when found

    @property
    def found(self) -> str:
        return self.text[self.start:self.end]

    def context(self, width: int = 24) -> tuple[str, str, str]:
        """(before, match, after) on one line, shortened around the match."""
        before = self.text[max(0, self.start - width):self.start]
        after = self.text[self.end:self.end + width]
        if self.start > width:
            before = "…" + before
        if self.end + width < len(self.text):
            after = after + "…"
        return _one_line(before), self.found, _one_line(after)


def _one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Edit:
    place: Place
    old: str
    new: str
    count: int


# ---------------------------------------------------------------- the places of a course


def course_places(course: m.Course) -> Iterator[Place]:
    yield from _fields(course, (), ("title", "subtitle", "description"))
    yield from _rows(course, (), "authors", "author", course.authors)
    if course.certificate is not None:
        cert = course.certificate
        for key in ("title", "issuer", "statement"):
            yield Place(course, (), f"certificate.{key}", f"certificate_{key}", None, cert, key)
    if course.introduction is not None:
        yield from _lesson(course.introduction, (Crumb("introduction", 1,
                                                      course.introduction.title),))
    for number, module in enumerate(course.modules, start=1):
        yield from _module(module, (Crumb("module", number, module.title),))
    if course.final_exam is not None:
        exam = course.final_exam
        yield from _quiz(exam, (Crumb("final_exam", 1, exam.title),))


def _fields(obj: object, trail: tuple[Crumb, ...], keys: tuple[str, ...]) -> Iterator[Place]:
    for key in keys:
        yield Place(obj, trail, key, key, None, obj, key)


def _rows(item: object, trail: tuple[Crumb, ...], field: str, part: str,
          values: list[Any], key: str | None = None) -> Iterator[Place]:
    """Texts in a list: plain strings (key None) or one attribute of each row object."""
    for row, value in enumerate(values):
        target, place_key = (values, row) if key is None else (value, key)
        yield Place(item, trail, field, part, row, target, place_key)


def _module(module: m.Module, trail: tuple[Crumb, ...]) -> Iterator[Place]:
    yield from _fields(module, trail, ("title", "summary"))
    yield from _rows(module, trail, "objectives", "objective", module.objectives)
    yield from _rows(module, trail, "glossary", "glossary_term", module.glossary, "term")
    yield from _rows(module, trail, "glossary", "glossary_definition", module.glossary,
                     "definition")
    yield from _fields(module, trail, ("trainer_notes",))
    numbers: dict[str, int] = {}
    for item in module.items:
        kind = "lesson" if isinstance(item, m.Lesson) else (
            "case" if isinstance(item, m.CaseStudy) else "quiz")
        numbers[kind] = numbers.get(kind, 0) + 1
        crumb = Crumb(kind, numbers[kind], item.title)
        if isinstance(item, m.Lesson):
            yield from _lesson(item, (*trail, crumb))
        elif isinstance(item, m.CaseStudy):
            yield from _case(item, (*trail, crumb))
        else:
            yield from _quiz(item, (*trail, crumb))


def _lesson(lesson: m.Lesson, trail: tuple[Crumb, ...]) -> Iterator[Place]:
    yield from _fields(lesson, trail, ("title", "body"))


def _case(case: m.CaseStudy, trail: tuple[Crumb, ...]) -> Iterator[Place]:
    yield from _fields(case, trail, ("title",))
    for name in m.CASE_SECTIONS:
        if name in case.sections:
            yield Place(case, trail, f"sections.{name}", f"section_{name}", None,
                        case.sections, name)


def _quiz(quiz: m.Quiz, trail: tuple[Crumb, ...]) -> Iterator[Place]:
    yield from _fields(quiz, trail, ("title", "description"))
    yield from _rows(quiz, trail, "feedback_bands", "band_text", quiz.feedback_bands, "text")
    for number, question in enumerate(quiz.questions, start=1):
        crumb = Crumb("question", number, question.prompt)
        yield from _question(question, (*trail, crumb))


def _question(q: m.Question, trail: tuple[Crumb, ...]) -> Iterator[Place]:
    yield from _fields(q, trail, ("prompt", "feedback"))
    if isinstance(q, m.SingleChoiceQuestion | m.MultipleChoiceQuestion):
        yield from _rows(q, trail, "options", "option_text", q.options, "text")
        yield from _rows(q, trail, "options", "option_feedback", q.options, "feedback")
    elif isinstance(q, m.TrueFalseQuestion):
        yield from _fields(q, trail, ("true_feedback", "false_feedback"))
    elif isinstance(q, m.FillBlankQuestion):
        for row, blank in enumerate(q.blanks):
            yield from (Place(q, trail, "blanks", "accepted", row, blank.accepted, index)
                        for index in range(len(blank.accepted)))
    elif isinstance(q, m.MatchingQuestion):
        yield from _rows(q, trail, "pairs", "pair_left", q.pairs, "left")
        yield from _rows(q, trail, "pairs", "pair_right", q.pairs, "right")
        yield from _rows(q, trail, "distractors", "distractor", q.distractors)
    elif isinstance(q, m.OrderingQuestion):
        yield from _rows(q, trail, "items", "ordering_item", q.items)
    elif isinstance(q, m.EssayQuestion):
        yield from _rows(q, trail, "rubric", "criterion", q.rubric, "criterion")
        yield from _fields(q, trail, ("model_answer",))
    elif isinstance(q, m.ScenarioQuestion):
        yield from _scenario(q, trail)


def _scenario(q: m.ScenarioQuestion, trail: tuple[Crumb, ...]) -> Iterator[Place]:
    for row, node in enumerate(q.nodes):
        yield Place(q, trail, "nodes", "node_text", row, node, "text")
        for choice in node.choices:
            yield Place(q, trail, "nodes", "choice_text", row, choice, "text")
            yield Place(q, trail, "nodes", "choice_feedback", row, choice, "feedback")
        if node.ending is not None:
            yield Place(q, trail, "nodes", "ending_feedback", row, node.ending, "feedback")


# ---------------------------------------------------------------- finding and replacing


def compile_query(query: str, options: SearchOptions) -> re.Pattern[str] | None:
    """The pattern for a literal query; None for an empty one."""
    if not query:
        return None
    pattern = re.escape(query)
    if options.whole_word:
        pattern = rf"(?<!{_WORD}){pattern}(?!{_WORD})"
    return re.compile(pattern, 0 if options.match_case else re.IGNORECASE)


def find(course: m.Course, query: str, options: SearchOptions = SearchOptions()) -> list[Match]:
    pattern = compile_query(query, options)
    if pattern is None:
        return []
    matches: list[Match] = []
    for place in course_places(course):
        text = place.read()
        matches.extend(Match(place, found.start(), found.end(), text)
                       for found in _text_matches(pattern, text))
    return matches


def _text_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches outside link and image targets."""
    protected = [found.span(1) for found in _LINK_TARGET.finditer(text)]
    for found in pattern.finditer(text):
        if not any(start < found.end() and found.start() < end for start, end in protected):
            yield found


def _replace_text(pattern: re.Pattern[str], text: str, replacement: str) -> tuple[str, int]:
    parts, last, count = [], 0, 0
    for found in _text_matches(pattern, text):
        parts += [text[last:found.start()], replacement]
        last, count = found.end(), count + 1
    return "".join(parts) + text[last:], count


def replace_all(course: m.Course, query: str, replacement: str,
                options: SearchOptions = SearchOptions()) -> list[Edit]:
    """The edits that replace every match (not applied: see :func:`apply`)."""
    pattern = compile_query(query, options)
    if pattern is None:
        return []
    edits = []
    for place in course_places(course):
        old = place.read()
        new, count = _replace_text(pattern, old, replacement)
        if count:
            edits.append(Edit(place, old, new, count))
    return edits


def replace_one(match: Match, query: str, replacement: str,
                options: SearchOptions = SearchOptions()) -> Edit | None:
    """The edit that replaces this one match, or None when its text has changed since."""
    pattern = compile_query(query, options)
    old = match.place.read()
    if pattern is None or old != match.text:
        return None
    found = pattern.match(old, match.start)
    if found is None or found.end() != match.end:
        return None
    return Edit(match.place, old, old[:match.start] + replacement + old[match.end:], 1)


def apply(edits: list[Edit], undo: bool = False) -> None:
    for edit in edits:
        edit.place.write(edit.old if undo else edit.new)
