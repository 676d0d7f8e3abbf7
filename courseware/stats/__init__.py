"""Quiz and item statistics (Moodle's definitions) over graded attempts; pure Python."""

from courseware.stats.alpha import REASONS as ALPHA_UNAVAILABLE_REASONS
from courseware.stats.alpha import AlphaEstimate
from courseware.stats.alpha_note import alpha_note
from courseware.stats.flags import FlagRules, ItemFlag, ItemVerdict, item_verdict
from courseware.stats.report import (
    QuestionStatistics,
    QuizStatistics,
    quiz_statistics,
    select_attempts,
)

__all__ = ["ALPHA_UNAVAILABLE_REASONS", "AlphaEstimate", "FlagRules", "ItemFlag", "ItemVerdict",
           "QuestionStatistics", "QuizStatistics", "alpha_note", "item_verdict",
           "quiz_statistics", "select_attempts"]
