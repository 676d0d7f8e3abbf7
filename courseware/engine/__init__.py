"""The quiz engine: running attempts, grading them, and what a trainee may see afterwards.

Pure Python (no Qt, no database): persistence goes through :class:`AttemptRepository`.
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
    AttemptClosed,
    AttemptConflict,
    AttemptNotFound,
    EngineError,
    NoAttemptsLeft,
    TimeUp,
)
from courseware.engine.repository import AttemptRepository, InMemoryRepository

__all__ = [
    "CERTAINTY_LEVELS",
    "AnswerRecord",
    "Attempt",
    "AttemptClosed",
    "AttemptConflict",
    "AttemptNotFound",
    "AttemptRepository",
    "AttemptState",
    "Clock",
    "EngineError",
    "EssayGrade",
    "InMemoryRepository",
    "JSONValue",
    "ManualClock",
    "NoAttemptsLeft",
    "QuestionResult",
    "SystemClock",
    "TimeUp",
]
