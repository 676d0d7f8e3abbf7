"""What trainee mode works with: the opened package, the results store and the signed-in
trainee, plus reading progress. Plain Python (no widgets)."""

from __future__ import annotations

from dataclasses import dataclass, field

from courseware import model as m
from courseware.classroom import ClassroomPackage
from courseware.classroom.signin import RosterSource, SignIn
from courseware.engine import AttemptRepository, AttemptService, Clock
from courseware.results.records import Trainee


@dataclass
class Classroom:
    package: ClassroomPackage
    repository: AttemptRepository
    roster: RosterSource
    clock: Clock | None = None
    trainee: Trainee | None = None
    read_items: set[str] = field(default_factory=set)

    @property
    def full_course(self) -> m.Course:
        assert self.package.full is not None, "trainee mode needs the unlocked package"
        return self.package.full

    @property
    def reading_course(self) -> m.Course:
        """What trainees read: the participant edition (no trainer content at all)."""
        return self.package.participant

    def service(self) -> AttemptService:
        return AttemptService(self.full_course, self.repository, self.clock)

    def sign_in(self) -> SignIn:
        return SignIn(self.roster)

    def quiz_done(self, quiz_id: str) -> bool:
        if self.trainee is None:
            return False
        attempts = self.repository.list_attempts(quiz_id, self.trainee.id)
        return any(a.state.finished for a in attempts)

    def item_done(self, item: m.ModuleItem) -> bool:
        if isinstance(item, m.Quiz):
            return self.quiz_done(item.id)
        return item.id in self.read_items

    def module_progress(self, module: m.Module) -> tuple[int, int]:
        return sum(self.item_done(item) for item in module.items), len(module.items)

    def sign_out(self) -> None:
        self.trainee = None
        self.read_items = set()
