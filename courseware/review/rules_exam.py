"""Exams: questions trainees have already seen answered, and modules a draw can miss.

A draw from a practice quiz whose answers or per-option feedback were shown measures memory
of that quiz, not mastery (Haladyna, Downing & Rodriguez 2002: test important content, not
trivia or recall of a particular item); a draw that can skip a module leaves the exam short of
the course's objectives (a blueprint: every module sampled).
"""

from __future__ import annotations

from collections.abc import Iterator

from courseware import model as m
from courseware.review.context import PlacedQuiz, ReviewContext
from courseware.review.finding import Finding, Severity
from courseware.validation import draw_candidates

SHOWN = (m.Timing.IMMEDIATE, m.Timing.AFTER_SUBMIT, m.Timing.AFTER_CLOSE)


def check(ctx: ReviewContext) -> Iterator[Finding]:
    for placed in ctx.quizzes():
        if placed.quiz.draws:
            yield from _exposure(ctx, placed)
            yield from _coverage(ctx, placed)


def _shown(quiz: m.Quiz) -> str | None:
    """'answers' or 'feedback' when trainees see them after (or during) the quiz."""
    if quiz.settings.answers_timing in SHOWN:
        return "answers"
    if quiz.settings.feedback_timing in SHOWN and _has_option_feedback(quiz):
        return "feedback"
    return None


def _has_option_feedback(quiz: m.Quiz) -> bool:
    return any(o.feedback for q in quiz.questions
               if isinstance(q, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion))
               for o in q.options) or any(
        q.true_feedback or q.false_feedback for q in quiz.questions
        if isinstance(q, m.TrueFalseQuestion))


def _source_quizzes(ctx: ReviewContext, placed: PlacedQuiz) -> list[m.Quiz]:
    """The other quizzes whose questions this quiz's draws can pick."""
    holders: dict[int, m.Quiz] = {}
    owner = {id(q): quiz for quiz in ctx.course.all_quizzes() for q in quiz.questions}
    for draw in placed.quiz.draws:
        for question in draw_candidates(ctx.course, placed.quiz, draw):
            quiz = owner.get(id(question))
            if quiz is not None and quiz is not placed.quiz:
                holders[id(quiz)] = quiz
    return list(holders.values())


def _exposure(ctx: ReviewContext, placed: PlacedQuiz) -> Iterator[Finding]:
    for source in _source_quizzes(ctx, placed):
        shown = _shown(source)
        if shown is None:
            continue
        attempts = source.settings.attempts_allowed
        yield placed.finding("exam_exposure", Severity.WARNING, source=source.title or source.id,
                             source_id=source.id, shown=shown,
                             attempts=attempts if attempts else "∞")


def _coverage(ctx: ReviewContext, placed: PlacedQuiz) -> Iterator[Finding]:
    """Modules with questions that the draws never reach, or can all miss."""
    module_of = _module_of_questions(ctx.course)
    reachable: dict[int, bool] = {}  # module → at least one draw is sure to pick from it
    for draw in placed.quiz.draws:
        pool = draw_candidates(ctx.course, placed.quiz, draw)
        for module in {module_of[id(q)] for q in pool if id(q) in module_of}:
            inside = sum(1 for q in pool if module_of.get(id(q)) == module)
            sure = len(pool) - inside < draw.count
            reachable[module] = reachable.get(module, False) or sure
    if placed.module:  # a module's own quiz drawing from elsewhere: coverage is not its job
        return
    for index, course_module in enumerate(ctx.course.modules, 1):
        if not any(q.auto_graded for quiz in course_module.quizzes for q in quiz.questions):
            continue
        title = course_module.title or course_module.id
        if index not in reachable:
            yield placed.finding("module_not_drawn", Severity.WARNING, module=index,
                                 title=title)
        elif not reachable[index]:
            yield placed.finding("module_may_be_missed", Severity.WARNING, module=index,
                                 title=title)


def _module_of_questions(course: m.Course) -> dict[int, int]:
    """Question (by identity) → module number: a module quiz's questions belong to it, and a
    question bank's (an exam that draws from itself) to the module its category names, by the
    module's id or title."""
    named = {name: index for index, module in enumerate(course.modules, 1)
             for name in (module.id, module.title) if name}
    module_of = {id(q): named[q.category] for quiz in course.all_quizzes()
                 for q in quiz.questions if q.category in named}
    module_of.update({id(q): index for index, module in enumerate(course.modules, 1)
                      for quiz in module.quizzes for q in quiz.questions})
    return module_of
