"""What trainee mode works with: the opened package, the results store and the signed-in
trainee, plus their reading progress (kept in the store). Plain Python (no widgets)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy.exc import SQLAlchemyError

from courseware import model as m
from courseware.classroom import ClassroomPackage
from courseware.classroom.signin import SignIn
from courseware.engine import AttemptRepository, AttemptService, Clock, SystemClock
from courseware.results import ResultsStore
from courseware.results.records import Trainee

log = logging.getLogger(__name__)


@dataclass
class Classroom:
    package: ClassroomPackage
    store: ResultsStore
    clock: Clock | None = None
    # the session passphrase the trainer unlocked the package with (signs results files)
    passphrase: str | None = field(default=None, repr=False)
    trainee: Trainee | None = None
    read_items: set[str] = field(default_factory=set)  # the signed-in trainee's, from the store

    @property
    def full_course(self) -> m.Course:
        assert self.package.full is not None, "trainee mode needs the unlocked package"
        return self.package.full

    @property
    def reading_course(self) -> m.Course:
        """What trainees read: the participant edition (no trainer content at all)."""
        return self.package.participant

    @property
    def course_id(self) -> str:
        return self.package.manifest.course_id

    @property
    def repository(self) -> AttemptRepository:
        return self.store.attempts

    def service(self) -> AttemptService:
        return AttemptService(self.full_course, self.repository, self.clock)

    def sign_in(self) -> SignIn:
        return SignIn(self.store.rosters)

    def pass_mark(self, quiz_id: str) -> float | None:
        quiz = self.full_course.find_quiz(quiz_id)
        return None if quiz is None else quiz.settings.pass_percent

    # -- the trainee

    def begin(self, trainee: Trainee) -> None:
        """Sign ``trainee`` in and load what they have read so far."""
        self.trainee = trainee
        self.read_items = self.store.progress.read_items(trainee.id, self.course_id)

    def sign_out(self) -> None:
        self.trainee = None
        self.read_items = set()

    def use_store(self, store: ResultsStore) -> None:
        """Work with another results store from now on (nobody may be signed in)."""
        assert self.trainee is None, "sign the trainee out before switching the store"
        self.store = store

    # -- progress

    def mark_read(self, item_id: str) -> None:
        """Record in the store that the signed-in trainee opened a lesson or case study."""
        assert self.trainee is not None
        self.read_items.add(item_id)
        now = (self.clock or SystemClock()).now()
        try:
            self.store.progress.mark_read(self.trainee.id, self.course_id, item_id, now)
        except SQLAlchemyError:  # reading goes on; the next opening records it again
            log.exception("could not record reading progress for %s", item_id)

    def quiz_done(self, quiz_id: str) -> bool:
        if self.trainee is None:
            return False
        attempts = self.repository.list_attempts(quiz_id, self.trainee.id, self.course_id)
        return any(a.state.finished for a in attempts)

    def item_done(self, item: m.ModuleItem) -> bool:
        if isinstance(item, m.Quiz):
            return self.quiz_done(item.id)
        return item.id in self.read_items

    def module_progress(self, module: m.Module) -> tuple[int, int]:
        return sum(self.item_done(item) for item in module.items), len(module.items)
