"""Quiz and item statistics (Moodle's definitions) over graded attempts; pure Python."""

from courseware.stats.report import (
    QuestionStatistics,
    QuizStatistics,
    quiz_statistics,
    select_attempts,
)

__all__ = ["QuestionStatistics", "QuizStatistics", "quiz_statistics", "select_attempts"]
