"""How big one question may be: bounds that keep a hostile or broken file from making the
editor, the kiosk or grading slow (every list below is shown, shuffled or compared)."""

from __future__ import annotations

from collections.abc import Iterator

from courseware import model as m
from courseware.i18n import tr
from courseware.problems import ProblemList

MAX_OPTIONS = 26  # A to Z
MAX_ORDERING_ITEMS = 26
MAX_MATCHING_PAIRS = 26
MAX_DISTRACTORS = 26
MAX_SCENARIO_NODES = 200
MAX_SCENARIO_CHOICES = 26
# A scenario may loop ("ask again"); a stored path longer than this is refused as damaged.
MAX_SCENARIO_STEPS = 200


def oversized(question: m.Question) -> Iterator[tuple[str, int, int]]:
    """(what, count, limit) for each list of ``question`` over its bound."""
    counts: list[tuple[str, int, int]] = []
    if isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion)):
        counts.append(("options", len(question.options), MAX_OPTIONS))
    elif isinstance(question, m.OrderingQuestion):
        counts.append(("items", len(question.items), MAX_ORDERING_ITEMS))
    elif isinstance(question, m.MatchingQuestion):
        counts.append(("pairs", len(question.pairs), MAX_MATCHING_PAIRS))
        counts.append(("distractors", len(question.distractors), MAX_DISTRACTORS))
    elif isinstance(question, m.ScenarioQuestion):
        counts.append(("nodes", len(question.nodes), MAX_SCENARIO_NODES))
        most = max((len(node.choices) for node in question.nodes), default=0)
        counts.append(("choices", most, MAX_SCENARIO_CHOICES))
    yield from ((what, count, limit) for what, count, limit in counts if count > limit)


def check_question_sizes(course: m.Course, problems: ProblemList) -> None:
    for quiz in course.all_quizzes():
        for question in quiz.questions:
            for what, count, limit in oversized(question):
                message = tr("question.too_many", id=question.id, count=count, limit=limit,
                             what=tr(f"question.part.{what}"))
                problems.add(question.source.path, question.source.line, message,
                             tr("question.too_many.hint"))
