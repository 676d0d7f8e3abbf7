"""Importing a results file matches people carefully and trusts nothing but the answers.

Before the fix, a 工号 already on the roster under another name silently got the attempt, the
file's ``passed`` and points were stored as they were, and attempts of other courses or of
unknown trainees were imported anyway.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from courseware.engine import AttemptState, QuestionResult
from courseware.results import ResultsStore, Trainee
from courseware.results.results_file import ResultsPayload, write_results_file
from courseware.results.results_merge import ImportConflicts, OnConflict
from tests.courseware.results.results_testing import (
    START,
    answer,
    make_attempt,
    results_course,
)

PASSPHRASE = "春季班 2024 口令"
COURSE = results_course()
ZHANG = Trainee(name="张伟", employee_id="E001", department="营业部", id="pc-t1")


def finished(trainee_id: str = "pc-t1", **changes: object) -> object:
    attempt = make_attempt(trainee_id, questions=3)
    attempt.answers = {"q1": answer("b"), "q2": answer("c"), "q3": answer("a")}  # 1 of 3
    attempt.state = AttemptState.SUBMITTED
    attempt.submitted_at = START
    # what a forged (but correctly signed) file claims: full marks, passed
    attempt.results = {q: QuestionResult(q, "single_choice", 1.0, 1.0, 1.0)
                       for q in attempt.question_ids}
    return replace(attempt, **changes)


def results_file(tmp_path: Path, attempts: list[object],
                 trainees: list[Trainee] | None = None) -> Path:
    path = tmp_path / "pc.cwresults"
    payload = ResultsPayload(datetime.now(UTC), [ZHANG] if trainees is None else trainees,
                             attempts, {a.id: True for a in attempts})  # type: ignore[attr-defined]
    write_results_file(path, payload, PASSPHRASE)
    return path


def test_points_and_verdict_come_from_the_course_not_the_file(store: ResultsStore,
                                                               tmp_path: Path) -> None:
    attempt = finished()
    store.files.import_file(results_file(tmp_path, [attempt]), PASSPHRASE, COURSE)
    stored = store.attempts.load_attempt(attempt.id)  # type: ignore[attr-defined]
    assert stored.percent == pytest.approx(100 / 3)
    assert store.attempts.verdicts()[stored.id] is False  # pass mark 60


def test_same_employee_id_other_name_is_a_conflict_and_nothing_is_imported(
        store: ResultsStore, tmp_path: Path) -> None:
    store.rosters.add(Trainee(name="张卫", employee_id="E001", id="hq-1"))
    path = results_file(tmp_path, [finished()])
    with pytest.raises(ImportConflicts) as caught:
        store.files.import_file(path, PASSPHRASE, COURSE)
    assert "张伟" in str(caught.value) and "张卫" in str(caught.value)
    assert "--on-conflict" in str(caught.value)
    assert store.attempts.list_all() == []
    assert [t.name for t in store.rosters.list()] == ["张卫"]


@pytest.mark.parametrize(("how", "owner_name", "roster"), [
    (OnConflict.KEEP_EXISTING, "张卫", ["张卫"]),
    (OnConflict.USE_FILE, "张伟", ["张伟"]),
    (OnConflict.NEW_PERSON, "张伟", ["张伟", "张卫"]),
])
def test_conflicts_resolve_as_asked(store: ResultsStore, tmp_path: Path, how: OnConflict,
                                    owner_name: str, roster: list[str]) -> None:
    store.rosters.add(Trainee(name="张卫", employee_id="E001", id="hq-1"))
    path = results_file(tmp_path, [finished()])
    summary = store.files.import_file(path, PASSPHRASE, COURSE, how)
    assert summary.attempts_added == 1 and len(summary.conflicts) == 1
    [attempt] = store.attempts.list_all()
    owner = store.rosters.get(attempt.trainee_id)
    assert owner is not None and owner.name == owner_name
    assert sorted(t.name for t in store.rosters.list()) == sorted(roster)
    before = (store.rosters.list(), store.attempts.list_all())
    again = store.files.import_file(path, PASSPHRASE, COURSE, how)
    assert (again.attempts_added, again.trainees_added) == (0, 0)
    assert (store.rosters.list(), store.attempts.list_all()) == before  # twice: no change


def test_skip_leaves_the_person_out(store: ResultsStore, tmp_path: Path) -> None:
    store.rosters.add(Trainee(name="张卫", employee_id="E001", id="hq-1"))
    summary = store.files.import_file(results_file(tmp_path, [finished()]), PASSPHRASE,
                                      COURSE, OnConflict.SKIP)
    assert (summary.attempts_added, len(summary.refused)) == (0, 1)
    assert store.attempts.list_all() == []


def test_attempts_it_cannot_place_are_refused_and_reported(store: ResultsStore,
                                                           tmp_path: Path) -> None:
    other_course = finished(course_id="another-course")
    unknown_quiz = finished(quiz_id="no-such-quiz")
    nobody = finished(trainee_id="not-in-file")
    placed = finished()
    path = results_file(tmp_path, [other_course, unknown_quiz, nobody, placed])
    summary = store.files.import_file(path, PASSPHRASE, COURSE)
    assert summary.attempts_added == 1
    assert len(summary.refused) == 3
    assert "another-course" in summary.refused[0] and "no-such-quiz" in summary.refused[1]
    assert "not-in-file" in summary.refused[2]
    assert [a.id for a in store.attempts.list_all()] == [placed.id]  # type: ignore[attr-defined]
    again = store.files.import_file(path, PASSPHRASE, COURSE)
    assert (again.attempts_added, again.attempts_skipped) == (0, 1)
