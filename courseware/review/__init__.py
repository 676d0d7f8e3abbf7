"""Item-quality review: flaws a machine can see in a course's questions and quizzes, found
before class. Advice only: a finding never makes a course invalid (see docs/item-review.md)."""

from __future__ import annotations

from courseware import model as m
from courseware.review.finding import Finding, Severity
from courseware.review.location import Location
from courseware.review.settings import DEFAULTS, ReviewSettings

__all__ = ["DEFAULTS", "Finding", "Location", "ReviewSettings", "Severity", "review_course",
           "settings_for"]


def settings_for(course: m.Course) -> ReviewSettings:
    return DEFAULTS.with_overrides(course.review)


def review_course(course: m.Course, settings: ReviewSettings | None = None) -> list[Finding]:
    """Every finding, in course order (module, quiz, question), warnings first within a place."""
    # imported here: loading a course reads its review settings from this package, and the
    # rules are not needed for that (start-up time)
    from courseware.review import (
        rules_clang,
        rules_duplicates,
        rules_exam,
        rules_keys,
        rules_structure,
        rules_wording,
    )
    from courseware.review.context import ReviewContext

    rules = (rules_keys, rules_wording, rules_clang, rules_duplicates, rules_exam, rules_structure)
    context = ReviewContext(course, settings or settings_for(course))
    findings = [finding for rule in rules for finding in rule.check(context)]
    order = {p.quiz.id: i for i, p in enumerate(context.quizzes())}
    return sorted(findings, key=lambda f: (
        order.get(f.location.quiz_id, -1),  # course-level findings first
        f.location.question, -f.severity.rank, f.code))
