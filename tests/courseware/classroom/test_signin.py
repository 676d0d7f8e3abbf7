"""Sign-in from the class roster or by employee id."""

from __future__ import annotations

import pytest

from courseware.classroom.signin import MemoryRoster, SignIn, SignInError, normalise_employee_id
from courseware.results.records import Trainee

ZHANG = Trainee(name="张三", employee_id="E1001", department="营业部", id="t-zhang")
LI = Trainee(name="李四", employee_id="e1002", department="营业部", id="t-li")


def test_choose_a_name_from_the_roster() -> None:
    sign_in = SignIn(MemoryRoster([LI, ZHANG]))
    assert [t.name for t in sign_in.names()] == ["张三", "李四"]
    assert sign_in.choose("t-zhang") == ZHANG


def test_employee_id_typed_full_width_or_lower_case_is_found() -> None:
    sign_in = SignIn(MemoryRoster([ZHANG, LI]))
    assert sign_in.by_employee_id("Ｅ１００１") == ZHANG
    assert sign_in.by_employee_id(" e1002 ") == LI


def test_unknown_id_is_refused_when_the_class_has_a_roster() -> None:
    with pytest.raises(SignInError, match="not on the class roster"):
        SignIn(MemoryRoster([ZHANG])).by_employee_id("E9999")


def test_walk_ins_are_added_to_the_roster() -> None:
    roster = MemoryRoster([ZHANG])
    trainee = SignIn(roster, walk_ins=True).by_employee_id("E9999", name="王五")
    assert trainee.name == "王五" and roster.find_by_employee_id("E9999") == trainee


def test_without_a_roster_anyone_signs_in_with_an_id() -> None:
    roster = MemoryRoster()
    trainee = SignIn(roster).by_employee_id("E2000")
    assert trainee.employee_id == "E2000" and roster.list() == [trainee]
    assert SignIn(roster).by_employee_id("E2000") == trainee  # the same person next time


@pytest.mark.parametrize("typed", ["", "   ", "有空 格", "a" * 33, "E1;DROP"])
def test_bad_ids_are_refused(typed: str) -> None:
    with pytest.raises(SignInError):
        SignIn(MemoryRoster()).by_employee_id(typed)


def test_normalise() -> None:
    assert normalise_employee_id("　ｅ１２　") == "E12"


def test_store_roster_fits_the_protocol(tmp_path: object) -> None:
    from courseware.results import open_store

    with open_store(f"sqlite:///{tmp_path}/r.db") as store:
        store.rosters.add(ZHANG)
        sign_in = SignIn(store.rosters)
        assert sign_in.by_employee_id("e1001") == ZHANG
        assert sign_in.choose("t-zhang") == ZHANG
