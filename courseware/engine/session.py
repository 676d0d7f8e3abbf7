"""One trainee taking one attempt: answering, flagging, moving between pages, the time limit and
submitting. Every change is saved through the repository as it happens."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from courseware import model as m
from courseware.engine.attempt import (
    CERTAINTY_LEVELS,
    AnswerRecord,
    Attempt,
    AttemptState,
    JSONValue,
)
from courseware.engine.clock import Clock
from courseware.engine.errors import (
    AnswerLocked,
    AttemptChanged,
    AttemptClosed,
    InvalidCertainty,
    NavigationRefused,
    TimeUp,
    UnknownQuestion,
)
from courseware.engine.grading.attempts import QuizGrader
from courseware.engine.repository import AttemptRepository
from courseware.engine.review import question_visible, review_visibility
from courseware.engine.scenario_player import (
    ScenarioPosition,
    next_path,
    scenario_position,
    walk,
)

STALE_COPY_RETRIES = 5  # answers saved elsewhere between reading and submitting, in a row


@dataclass(frozen=True)
class AttemptSummary:
    """What to tell the trainee before they submit."""

    total: int
    unanswered: list[str]
    flagged: list[str]
    remaining: timedelta | None

    @property
    def answered(self) -> int:
        return self.total - len(self.unanswered)


def paginate(question_ids: list[str], per_page: int) -> list[list[str]]:
    """Pages of question ids; ``per_page`` 0 puts everything on one page."""
    if per_page <= 0 or not question_ids:
        return [list(question_ids)]
    return [question_ids[i:i + per_page] for i in range(0, len(question_ids), per_page)]


class AttemptSession:
    """The live side of an attempt. Any call made after the deadline submits the attempt
    automatically and raises TimeUp; the UI timer calls :meth:`check_time` for the same."""

    def __init__(self, attempt: Attempt, quiz: m.Quiz, questions: Mapping[str, m.Question],
                 repository: AttemptRepository, clock: Clock) -> None:
        self.attempt = attempt
        self.quiz = quiz
        self._questions = questions
        self._repository = repository
        self._clock = clock
        self.pages = paginate(attempt.question_ids, quiz.settings.questions_per_page)
        self._page_of = {qid: n for n, page in enumerate(self.pages) for qid in page}

    # ------------------------------------------------------------ reading

    @property
    def settings(self) -> m.QuizSettings:
        return self.quiz.settings

    @property
    def questions(self) -> list[m.Question]:
        """The questions in the order shown."""
        return [self._questions[qid] for qid in self.attempt.question_ids
                if qid in self._questions]

    @property
    def current_page(self) -> list[m.Question]:
        """The questions of the page shown (one deleted from the course since is left out)."""
        return [self._questions[qid] for qid in self.pages[self.attempt.position]
                if qid in self._questions]

    def remaining(self) -> timedelta | None:
        """Time left (never negative), or None without a time limit."""
        if self.attempt.deadline is None:
            return None
        return max(timedelta(0), self.attempt.deadline - self._clock.now())

    def summary(self) -> AttemptSummary:
        answers = self.attempt.answers
        ids = self.attempt.question_ids
        return AttemptSummary(
            total=len(ids),
            unanswered=[q for q in ids if q not in answers or not answers[q].answered],
            flagged=[q for q in ids if q in answers and answers[q].flagged],
            remaining=self.remaining(),
        )

    # ------------------------------------------------------------ time

    def check_time(self) -> bool:
        """Submit automatically if time is up; True when the attempt is (now) closed."""
        if self.attempt.state.finished:
            return True
        if self._overdue():
            self._finish(AttemptState.AUTO_SUBMITTED)
            return True
        return False

    def _overdue(self) -> bool:
        deadline = self.attempt.deadline
        return deadline is not None and self._clock.now() >= deadline

    def _ensure_open(self) -> None:
        if self.attempt.state is AttemptState.AUTO_SUBMITTED:
            raise TimeUp()
        if self.attempt.state.finished:
            raise AttemptClosed()
        if self.check_time():
            raise TimeUp()

    # ------------------------------------------------------------ answering

    def answer(self, question_id: str, value: JSONValue,
               certainty: int | None = None) -> AnswerRecord:
        """Record (replace) the answer to a question and save it at once."""
        self._ensure_open()
        self._ensure_reachable(question_id)
        self._check_scenario_path(question_id, value)
        previous = self.attempt.answers.get(question_id)
        if self._locked(question_id, previous, value):
            raise AnswerLocked()
        record = AnswerRecord(value=value, certainty=self._checked_certainty(certainty),
                              flagged=previous.flagged if previous else False,
                              answered_at=self._clock.now())
        return self._save(question_id, record)

    def flag(self, question_id: str, flagged: bool = True) -> AnswerRecord:
        self._ensure_open()
        self._ensure_known(question_id)
        previous = self.attempt.answers.get(question_id) or AnswerRecord()
        record = AnswerRecord(previous.value, previous.certainty, flagged, previous.answered_at)
        return self._save(question_id, record)

    def _save(self, question_id: str, record: AnswerRecord) -> AnswerRecord:
        try:
            self._repository.save_answer(self.attempt.id, question_id, record)
        except AttemptClosed:  # finished on another PC: show what is stored, refuse
            self._reload()
            raise
        self.attempt.answers[question_id] = record
        return record

    def _reload(self) -> None:
        """Replace this (stale) copy by the stored attempt."""
        self.attempt = self._repository.load_attempt(self.attempt.id)

    def _checked_certainty(self, certainty: int | None) -> int | None:
        if not self.settings.certainty_based_marking:
            return None
        if certainty is not None and certainty not in CERTAINTY_LEVELS:
            raise InvalidCertainty()
        return certainty

    def _locked(self, question_id: str, previous: AnswerRecord | None,
                value: JSONValue) -> bool:
        """With immediate feedback a given answer is final; a scenario may go on along its
        path (extending the path changes nothing already seen)."""
        if previous is None or not previous.answered or not self._feedback_is_immediate():
            return False
        before = previous.value
        scenario = isinstance(self._questions.get(question_id), m.ScenarioQuestion)
        extends = (scenario and isinstance(before, list) and isinstance(value, list)
                   and len(value) > len(before) and value[:len(before)] == before)
        return not extends

    def _check_scenario_path(self, question_id: str, value: JSONValue) -> None:
        question = self._questions.get(question_id)
        if isinstance(question, m.ScenarioQuestion) and value is not None:
            walk(question, value)  # raises InvalidScenarioChoice

    def _feedback_is_immediate(self) -> bool:
        immediate = m.Timing.IMMEDIATE
        return immediate in (self.settings.feedback_timing, self.settings.answers_timing)

    def _ensure_known(self, question_id: str) -> None:
        if question_id not in self._page_of:
            raise UnknownQuestion(question_id=question_id)

    def _ensure_reachable(self, question_id: str) -> None:
        """Sequential navigation: only the questions of the current page may be answered."""
        self._ensure_known(question_id)
        sequential = self.settings.navigation is m.Navigation.SEQUENTIAL
        if sequential and self._page_of[question_id] != self.attempt.position:
            raise NavigationRefused()

    # ------------------------------------------------------------ scenarios

    def scenario(self, question_id: str) -> ScenarioPosition:
        """Where the trainee is in a scenario question: the current node and its choices, or
        the ending. Feedback and the ending's score only as the review settings allow."""
        self._ensure_known(question_id)
        question = self._questions.get(question_id)
        if not isinstance(question, m.ScenarioQuestion):
            raise UnknownQuestion(question_id=question_id)
        shown = review_visibility(self.settings, self.attempt, quiz_closed=False)
        feedback = question_visible(shown, self.attempt, question_id)
        return scenario_position(question, self.attempt.answer_value(question_id),
                                 feedback=feedback, score=feedback and shown.score)

    def choose(self, question_id: str, choice_index: int,
               certainty: int | None = None) -> ScenarioPosition:
        """Take a choice at the current node of a scenario (saved as the extended path)."""
        position = self.scenario(question_id)
        question = self._questions[question_id]
        assert isinstance(question, m.ScenarioQuestion)
        self.answer(question_id, next_path(question, list(position.path), choice_index),
                    certainty)
        return self.scenario(question_id)

    # ------------------------------------------------------------ navigation

    def go_to_page(self, page: int) -> list[m.Question]:
        """Show another page. Sequential navigation allows only the next one."""
        self._ensure_open()
        if not 0 <= page < len(self.pages):
            raise IndexError(page)
        step = page - self.attempt.position
        if self.settings.navigation is m.Navigation.SEQUENTIAL and step not in (0, 1):
            raise NavigationRefused()
        moved = copy.copy(self.attempt)
        moved.position = page
        try:
            self._repository.save_state(moved)
        except AttemptClosed:
            self._reload()
            raise
        self.attempt = moved
        return self.current_page

    def next_page(self) -> list[m.Question]:
        return self.go_to_page(min(self.attempt.position + 1, len(self.pages) - 1))

    def previous_page(self) -> list[m.Question]:
        return self.go_to_page(max(self.attempt.position - 1, 0))

    # ------------------------------------------------------------ finishing

    def submit(self) -> Attempt:
        """Finish and grade the attempt (after the deadline it counts as auto-submitted)."""
        self._ensure_open()
        self._finish(AttemptState.SUBMITTED)
        return self.attempt

    def _finish(self, state: AttemptState) -> None:
        """Grade and store; if this copy is stale, grade the stored answers instead, and if
        the attempt was finished elsewhere meanwhile, keep that result (never overwrite it)."""
        for _ in range(STALE_COPY_RETRIES):
            attempt = copy.deepcopy(self.attempt)
            attempt.state = state
            attempt.submitted_at = self._submission_time(state)
            QuizGrader(self._questions, self.settings).apply(attempt)
            try:
                self._repository.submit(attempt)
            except AttemptChanged:
                self._reload()
                continue
            except AttemptClosed:
                self._reload()
                return
            self.attempt = attempt
            return
        raise AttemptChanged(attempt_id=self.attempt.id)

    def _submission_time(self, state: AttemptState) -> datetime:
        # An attempt closed late (the PC was off) is recorded as closed when time ran out.
        now = self._clock.now()
        if state is AttemptState.AUTO_SUBMITTED and self.attempt.deadline is not None:
            return min(now, self.attempt.deadline)
        return now
