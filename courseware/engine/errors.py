"""Errors the engine raises; each carries a message key from ``courseware/locale/*/engine.po``."""

from __future__ import annotations

from courseware.i18n import tr


class EngineError(Exception):
    """A refused action the UI can show as is: ``str(error)`` is translated."""

    key = "engine.error"

    def __init__(self, **values: object) -> None:
        self.values = values
        super().__init__(self.key)

    def __str__(self) -> str:
        return tr(self.key, **self.values)


class AttemptNotFound(EngineError):
    key = "engine.attempt_not_found"


class AttemptConflict(EngineError):
    """create_attempt with an id or (quiz, trainee, attempt number) that already exists."""

    key = "engine.attempt_conflict"


class NoAttemptsLeft(EngineError):
    key = "engine.no_attempts_left"


class AttemptClosed(EngineError):
    """The attempt was already submitted (by the trainee, or automatically at the time limit)."""

    key = "engine.attempt_closed"


class TimeUp(AttemptClosed):
    key = "engine.time_up"


class AttemptChanged(EngineError):
    """A stale copy: answers were saved to the attempt (on another PC) since it was read."""

    key = "engine.attempt_changed"


class NavigationRefused(EngineError):
    key = "engine.navigation_back_refused"


class UnknownQuestion(EngineError):
    key = "engine.unknown_question"


class InvalidCertainty(EngineError):
    key = "engine.invalid_certainty"


class NotGradable(EngineError):
    key = "engine.not_gradable"


class InvalidRubricMarks(EngineError):
    key = "engine.invalid_rubric_marks"


class AnswerLocked(EngineError):
    """With immediate feedback, an answer is final once given (its feedback was shown)."""

    key = "engine.answer_locked"


class InvalidScenarioChoice(EngineError):
    """A scenario path with a choice that does not exist, or that goes on after an ending."""

    key = "engine.invalid_scenario_choice"
