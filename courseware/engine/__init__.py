"""The quiz engine: running attempts, grading them, and what a trainee may see afterwards.

Pure Python (no Qt, no database): persistence goes through :class:`AttemptRepository`.
Entry point: :class:`AttemptService` (start/resume → :class:`AttemptSession`).
"""

from courseware.engine.attempt import (
    CERTAINTY_LEVELS,
    AnswerRecord,
    Attempt,
    AttemptState,
    EssayGrade,
    JSONValue,
    QuestionResult,
)
from courseware.engine.clock import Clock, ManualClock, SystemClock
from courseware.engine.errors import (
    AnswerLocked,
    AttemptClosed,
    AttemptConflict,
    AttemptNotFound,
    EngineError,
    InvalidCertainty,
    InvalidRubricMarks,
    NavigationRefused,
    NoAttemptsLeft,
    NotGradable,
    TimeUp,
    UnknownQuestion,
)
from courseware.engine.grading import QuizGrader, passed, questions_by_id, quiz_grade, regrade
from courseware.engine.repository import AttemptRepository, InMemoryRepository
from courseware.engine.review import ReviewVisibility, overall_feedback, review_visibility
from courseware.engine.service import AttemptService
from courseware.engine.session import AttemptSession, AttemptSummary

__all__ = [
    "CERTAINTY_LEVELS",
    "AnswerLocked",
    "AnswerRecord",
    "Attempt",
    "AttemptClosed",
    "AttemptConflict",
    "AttemptNotFound",
    "AttemptRepository",
    "AttemptService",
    "AttemptSession",
    "AttemptState",
    "AttemptSummary",
    "Clock",
    "EngineError",
    "EssayGrade",
    "InMemoryRepository",
    "InvalidCertainty",
    "InvalidRubricMarks",
    "JSONValue",
    "ManualClock",
    "NavigationRefused",
    "NoAttemptsLeft",
    "NotGradable",
    "QuestionResult",
    "QuizGrader",
    "ReviewVisibility",
    "SystemClock",
    "TimeUp",
    "UnknownQuestion",
    "overall_feedback",
    "passed",
    "questions_by_id",
    "quiz_grade",
    "regrade",
    "review_visibility",
]
