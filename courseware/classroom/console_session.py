"""What the trainer console works with: the full course and the shared results store.

One facade (like the trainee's ``Classroom``) over the console's queries and actions, so the
console's widgets only lay things out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from courseware import model as m
from courseware.classroom.console_grading import EssayTask, grading_queue
from courseware.classroom.console_stats import QuizFigures, quiz_figures
from courseware.classroom.console_status import ClassActivity, TraineeStatus, class_status
from courseware.engine import Attempt, AttemptService, Clock, questions_by_id
from courseware.stats import quiz_statistics

if TYPE_CHECKING:
    from courseware.results import ResultsStore
    from courseware.results.results_merge import MergeSummary, OnConflict


@dataclass
class ConsoleSession:
    course: m.Course
    store: ResultsStore
    clock: Clock | None = None
    grader_id: str = "trainer"

    def quizzes(self) -> list[m.Quiz]:
        return self.course.all_quizzes()

    def final_exam(self) -> m.Quiz | None:
        """The course's final exam, else its last quiz."""
        quizzes = self.quizzes()
        return self.course.final_exam or (quizzes[-1] if quizzes else None)

    def class_rows(self) -> list[TraineeStatus]:
        """Three queries however large the class: roster, attempts, reading progress."""
        activity = ClassActivity(self.store.rosters.list(), self._attempts(),
                                 self.store.progress.records(self.course.id))
        return class_status(activity, self.course)

    def essays_to_grade(self) -> list[EssayTask]:
        names = {t.id: t.name for t in self.store.rosters.list()}
        return grading_queue(self._attempts(), questions_by_id(self.course), names)

    def grade(self, task: EssayTask, points: Sequence[float], comment: str) -> None:
        service = AttemptService(self.course, self.store.attempts, self.clock)
        service.grade_essay(task.attempt_id, task.question_id, list(points), comment,
                            self.grader_id)

    def item_statistics(self, quiz_id: str) -> QuizFigures:
        statistics = quiz_statistics(self._attempts(quiz_id))
        return quiz_figures(statistics, questions_by_id(self.course))

    def _attempts(self, quiz_id: str | None = None) -> list[Attempt]:
        """This course's attempts (the store may hold other courses' too)."""
        return self.store.attempts.list_all(quiz_id, course_id=self.course.id)

    def import_results(self, path: Path, passphrase: str,
                       on_conflict: OnConflict | None = None) -> MergeSummary:
        """Merge a results file into this course, regraded from it (see results_merge)."""
        return self.store.files.import_file(path, passphrase, self.course, on_conflict)
