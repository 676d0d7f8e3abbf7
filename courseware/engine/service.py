"""The engine's facade: start or resume attempts, close overdue ones, grade essays, regrade,
and work out a trainee's grade. The UI, CLI and results store call this."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from datetime import timedelta

from courseware import model as m
from courseware.engine.attempt import Attempt, AttemptState
from courseware.engine.clock import Clock, SystemClock
from courseware.engine.errors import AttemptNotFound, NoAttemptsLeft, NotGradable
from courseware.engine.grading.attempts import grade_essay, questions_by_id, regrade
from courseware.engine.grading.overall import TraineeGrade, trainee_grade
from courseware.engine.presentation import build_presentation
from courseware.engine.repository import AttemptRepository, CourseAttempts
from courseware.engine.review_content import AttemptReview, trainee_review
from courseware.engine.session import AttemptSession


class AttemptService:
    def __init__(self, course: m.Course, repository: AttemptRepository,
                 clock: Clock | None = None) -> None:
        self.course = course
        # every look-up by quiz sees this course's attempts only (a shared store holds many)
        self.repository: AttemptRepository = CourseAttempts(repository, course.id)
        self.clock: Clock = clock or SystemClock()

    # ------------------------------------------------------------ taking a quiz

    def attempts_left(self, quiz: m.Quiz, trainee_id: str) -> int | None:
        """Attempts the trainee may still start (an open one counts as used); None: unlimited."""
        allowed = quiz.settings.attempts_allowed
        if allowed <= 0:
            return None
        return max(0, allowed - len(self.repository.list_attempts(quiz.id, trainee_id)))

    def open_session(self, quiz: m.Quiz, trainee_id: str) -> AttemptSession | None:
        """The trainee's unfinished attempt, resumed with its remaining time; None if there is
        none (an attempt whose time ran out while away is submitted now and not returned)."""
        attempt = self.repository.find_open_attempt(quiz.id, trainee_id)
        if attempt is None:
            return None
        session = self._session(attempt, quiz)
        return None if session.check_time() else session

    def start(self, quiz: m.Quiz, trainee_id: str, seed: int | None = None) -> AttemptSession:
        """Resume the open attempt, or begin a new one if attempts are left."""
        session = self.open_session(quiz, trainee_id)
        if session is not None:
            return session
        if self.attempts_left(quiz, trainee_id) == 0:
            raise NoAttemptsLeft(allowed=quiz.settings.attempts_allowed)
        attempt = self._new_attempt(quiz, trainee_id, secrets.randbits(31) if seed is None
                                    else seed)
        self.repository.create_attempt(attempt)
        return self._session(attempt, quiz)

    def resume(self, attempt_id: str) -> AttemptSession:
        """A session for any stored attempt of this course (finished ones reject changes)."""
        attempt = self.repository.load_attempt(attempt_id)
        return self._session(attempt, self._quiz(attempt))

    def close_overdue(self, quiz: m.Quiz) -> list[Attempt]:
        """Auto-submit every open attempt whose time ran out (e.g. its PC was switched off)."""
        closed = []
        for attempt in self.repository.list_attempts(quiz.id):
            if attempt.state is AttemptState.OPEN and self._session(attempt, quiz).check_time():
                closed.append(attempt)
        return closed

    def _new_attempt(self, quiz: m.Quiz, trainee_id: str, seed: int) -> Attempt:
        shown = build_presentation(self.course, quiz, seed)
        started = self.clock.now()
        limit = quiz.settings.time_limit_minutes
        previous = self.repository.list_attempts(quiz.id, trainee_id)
        return Attempt(
            id=str(uuid.uuid4()), quiz_id=quiz.id, course_id=self.course.id,
            trainee_id=trainee_id,
            attempt_number=max((a.attempt_number for a in previous), default=0) + 1,
            seed=seed, started_at=started,
            deadline=started + timedelta(minutes=limit) if limit > 0 else None,
            question_ids=shown.question_ids, option_orders=shown.option_orders,
        )

    def _session(self, attempt: Attempt, quiz: m.Quiz) -> AttemptSession:
        return AttemptSession(attempt, quiz, self._questions_for(quiz), self.repository,
                              self.clock)

    def _questions_for(self, quiz: m.Quiz) -> dict[str, m.Question]:
        # Read afresh: the course may have been edited (a key fixed, a question deleted).
        # The quiz given wins over the course's copy (a preview, or a corrected answer key).
        return {**questions_by_id(self.course), **{q.id: q for q in quiz.questions}}

    def _quiz(self, attempt: Attempt) -> m.Quiz:
        """The attempt's quiz in this course; another course's attempt is not found here,
        even at a quiz of the same id."""
        quiz = self.course.find_quiz(attempt.quiz_id)
        if quiz is None or attempt.course_id != self.course.id:
            raise AttemptNotFound(attempt_id=attempt.id)
        return quiz

    # ------------------------------------------------------------ the trainer's side

    def grade_essay(self, attempt_id: str, question_id: str, criterion_points: Sequence[float],
                    comment: str = "", grader_id: str = "") -> Attempt:
        """Mark an essay against its rubric; the attempt total updates and is saved."""
        attempt = self.repository.load_attempt(attempt_id)
        question = self._questions_for(self._quiz(attempt)).get(question_id)
        if question is None:
            raise NotGradable(question_id=question_id)
        grade_essay(attempt, question, list(criterion_points), comment, grader_id,
                    self.clock.now())
        self.repository.save_state(attempt)
        return attempt

    def regrade(self, quiz: m.Quiz) -> list[Attempt]:
        """After an answer-key fix (this service's course holds the corrected quiz): regrade
        and save every finished attempt at the quiz; returns the attempts that changed."""
        questions = self._questions_for(quiz)
        changed = regrade(self.repository.list_attempts(quiz.id), questions, quiz.settings)
        for attempt in changed:
            self.repository.save_state(attempt)
        return changed

    def trainee_result(self, quiz: m.Quiz, trainee_id: str) -> TraineeGrade:
        """Grade, pass/fail and whether it is pending (an essay awaits the trainer)."""
        return trainee_grade(self.repository.list_attempts(quiz.id, trainee_id), quiz.settings)

    def trainee_grade(self, quiz: m.Quiz, trainee_id: str) -> float | None:
        """The trainee's quiz grade in percent by the quiz's grading method; None when
        nothing is finished or while pending."""
        return self.trainee_result(quiz, trainee_id).percent

    def trainee_passed(self, quiz: m.Quiz, trainee_id: str) -> bool | None:
        """None while not known (nothing finished, or pending and not yet certain)."""
        return self.trainee_result(quiz, trainee_id).passed

    # ------------------------------------------------------------ reviews

    def review(self, attempt_id: str, quiz_closed: bool) -> AttemptReview:
        """What the trainee may see of a stored attempt now (by the quiz's review settings)."""
        attempt = self.repository.load_attempt(attempt_id)
        quiz = self._quiz(attempt)
        return trainee_review(attempt, quiz, self._questions_for(quiz), quiz_closed)
