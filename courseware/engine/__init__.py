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
    AttemptChanged,
    AttemptClosed,
    AttemptConflict,
    AttemptNotFound,
    EngineError,
    InvalidCertainty,
    InvalidRubricMarks,
    InvalidScenarioChoice,
    NavigationRefused,
    NoAttemptsLeft,
    NotGradable,
    TimeUp,
    UnknownQuestion,
)
from courseware.engine.grading import (
    QuizGrader,
    TraineeGrade,
    passed,
    questions_by_id,
    quiz_grade,
    regrade,
    trainee_grade,
)
from courseware.engine.repository import AttemptRepository, CourseAttempts, InMemoryRepository
from courseware.engine.review import ReviewVisibility, overall_feedback, review_visibility
from courseware.engine.review_content import (
    AttemptReview,
    CriterionMark,
    QuestionReview,
    QuestionStatus,
    ReviewSummary,
    build_review,
    trainee_review,
)
from courseware.engine.scenario_player import (
    ScenarioEndingView,
    ScenarioNodeView,
    ScenarioPosition,
    ScenarioStep,
    next_path,
    scenario_position,
)
from courseware.engine.service import AttemptService
from courseware.engine.session import AttemptSession, AttemptSummary

__all__ = [
    "CERTAINTY_LEVELS",
    "AnswerLocked",
    "AnswerRecord",
    "Attempt",
    "AttemptChanged",
    "AttemptClosed",
    "AttemptConflict",
    "AttemptNotFound",
    "AttemptRepository",
    "AttemptReview",
    "AttemptService",
    "AttemptSession",
    "AttemptState",
    "AttemptSummary",
    "Clock",
    "CourseAttempts",
    "CriterionMark",
    "EngineError",
    "EssayGrade",
    "InMemoryRepository",
    "InvalidCertainty",
    "InvalidRubricMarks",
    "InvalidScenarioChoice",
    "JSONValue",
    "ManualClock",
    "NavigationRefused",
    "NoAttemptsLeft",
    "NotGradable",
    "QuestionResult",
    "QuestionReview",
    "QuestionStatus",
    "QuizGrader",
    "ReviewSummary",
    "ReviewVisibility",
    "ScenarioEndingView",
    "ScenarioNodeView",
    "ScenarioPosition",
    "ScenarioStep",
    "SystemClock",
    "TimeUp",
    "TraineeGrade",
    "UnknownQuestion",
    "build_review",
    "next_path",
    "overall_feedback",
    "passed",
    "questions_by_id",
    "quiz_grade",
    "regrade",
    "review_visibility",
    "scenario_position",
    "trainee_grade",
    "trainee_review",
]
