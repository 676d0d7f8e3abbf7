"""Trainee sign-in: choose one's name from the class roster or type an employee id."""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

from courseware.i18n import tr
from courseware.results.records import Trainee

_EMPLOYEE_ID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


class RosterSource(Protocol):
    """What sign-in needs from a roster (the results store's ``RosterRepository`` fits)."""

    def list(self) -> list[Trainee]: ...

    def get(self, trainee_id: str) -> Trainee | None: ...

    def find_by_employee_id(self, employee_id: str) -> Trainee | None: ...

    def add(self, trainee: Trainee) -> Trainee: ...


class SignInError(ValueError):
    """Why a sign-in was refused, in the user's language."""


def normalise_employee_id(text: str) -> str:
    """Full-width letters and digits (typed with a Chinese IME) become half-width."""
    return unicodedata.normalize("NFKC", text).strip().upper()


class SignIn:
    """Sign-in rules. A class with a roster only admits its members unless ``walk_ins``;
    without a roster anyone may sign in with an employee id (and is added to the roster)."""

    def __init__(self, roster: RosterSource, walk_ins: bool = False) -> None:
        self.roster = roster
        self.walk_ins = walk_ins

    def names(self) -> list[Trainee]:
        """The class roster, for the pick-your-name list."""
        return self.roster.list()

    def choose(self, trainee_id: str) -> Trainee:
        trainee = self.roster.get(trainee_id)
        if trainee is None:
            raise SignInError(tr("classroom.signin.empty"))
        return trainee

    def by_employee_id(self, typed: str, name: str = "") -> Trainee:
        employee_id = normalise_employee_id(typed)
        if not employee_id:
            raise SignInError(tr("classroom.signin.empty"))
        if not _EMPLOYEE_ID.match(employee_id):
            raise SignInError(tr("classroom.signin.bad_id"))
        known = self._find(employee_id)
        if known is not None:
            return known
        if self.roster.list() and not self.walk_ins:
            raise SignInError(tr("classroom.signin.unknown_id", employee_id=employee_id))
        return self.roster.add(Trainee(name=name.strip() or employee_id, employee_id=employee_id))

    def _find(self, employee_id: str) -> Trainee | None:
        found = self.roster.find_by_employee_id(employee_id)
        if found is not None:
            return found
        return next((t for t in self.roster.list()
                     if t.employee_id and normalise_employee_id(t.employee_id) == employee_id),
                    None)


class MemoryRoster:
    """A roster held in memory (tests, a PC with no store)."""

    def __init__(self, trainees: list[Trainee] | None = None) -> None:
        self._trainees = list(trainees or [])

    def list(self) -> list[Trainee]:
        return sorted(self._trainees, key=lambda t: (t.department, t.name, t.id))

    def get(self, trainee_id: str) -> Trainee | None:
        return next((t for t in self._trainees if t.id == trainee_id), None)

    def find_by_employee_id(self, employee_id: str) -> Trainee | None:
        return next((t for t in self._trainees if t.employee_id == employee_id), None)

    def add(self, trainee: Trainee) -> Trainee:
        self._trainees.append(trainee)
        return trainee
