"""Offline results files: signed round trip, merge by attempt id, idempotent, tampering refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from courseware.engine import AttemptState
from courseware.results import BadResultsFile, ResultsStore, Trainee, open_store
from courseware.results.database import sqlite_url
from courseware.results.schema import answers_table, attempts_table, trainees_table
from courseware.results.signing import derive_key, sign, signature_matches
from courseware.scrypt_params import ScryptParams
from tests.courseware.results.results_testing import (
    START,
    answer,
    grade_all,
    make_attempt,
    results_course,
)

PASSPHRASE = "春季班 2024 口令"
COURSE = results_course()


@pytest.fixture
def classroom_pc(tmp_path: Path) -> ResultsStore:
    """An offline PC's store with two trainees, one submitted and one open attempt."""
    pc = open_store(sqlite_url(tmp_path / "pc.sqlite3"), pass_marks={"m1-quiz": 60.0}.get)
    pc.rosters.add(Trainee(name="张伟", employee_id="E001", department="营业部", id="pc-t1"))
    pc.rosters.add(Trainee(name="李娜", department="信用卡中心", id="pc-t2"))
    done = make_attempt("pc-t1", questions=3)
    pc.attempts.create_attempt(done)
    done.answers = {"q1": answer("a"), "q2": answer({"能力": "competence"}, certainty=3)}
    grade_all(done, 1.0)
    done.state = AttemptState.SUBMITTED
    done.submitted_at = START
    pc.attempts.submit(done)
    running = make_attempt("pc-t2", questions=2)
    pc.attempts.create_attempt(running)
    pc.attempts.save_answer(running.id, "q1", answer(True, flagged=True))
    return pc


@pytest.fixture
def exported(classroom_pc: ResultsStore, tmp_path: Path) -> Path:
    path = tmp_path / "pc-07.cwresults"
    classroom_pc.files.export(path, passphrase=PASSPHRASE)
    classroom_pc.close()
    return path


def dump(store: ResultsStore) -> dict[str, list[tuple[Any, ...]]]:
    with store.engine.connect() as connection:
        return {table.name: sorted(tuple(map(repr, row)) for row in
                                   connection.execute(select(table)))
                for table in (trainees_table, attempts_table, answers_table)}


def test_round_trip_brings_every_attempt_and_answer(exported: Path, store: ResultsStore,
                                                    tmp_path: Path) -> None:
    source = open_store(sqlite_url(tmp_path / "pc.sqlite3"))
    try:
        originals = {a.id: a for a in source.attempts.list_all()}
    finally:
        source.close()
    summary = store.files.import_file(exported, PASSPHRASE, COURSE)
    assert (summary.attempts_added, summary.attempts_skipped, summary.trainees_added) == (2, 0, 2)
    imported = {a.id: a for a in store.attempts.list_all()}
    for attempt in originals.values():  # results: the course's (see test_results_import)
        attempt.results = imported[attempt.id].results
    assert imported == originals
    done = next(a for a in imported.values() if a.state.finished)
    assert done.percent == pytest.approx(100 / 3)  # q1 right, q2 wrong, q3 unanswered
    assert store.attempts.verdicts() == {a.id: (False if a.state.finished else None)
                                         for a in originals.values()}


def test_importing_twice_changes_nothing(exported: Path, store: ResultsStore) -> None:
    store.files.import_file(exported, PASSPHRASE, COURSE)
    before = dump(store)
    summary = store.files.import_file(exported, PASSPHRASE, COURSE)
    assert (summary.attempts_added, summary.attempts_skipped, summary.trainees_added) == (0, 2, 0)
    assert dump(store) == before


def test_trainees_are_matched_to_the_roster(exported: Path, store: ResultsStore) -> None:
    store.rosters.add(Trainee(name="张伟", employee_id="E001", department="营业部", id="hq-1"))
    store.rosters.add(Trainee(name="李娜", department="信用卡中心", id="hq-2"))
    summary = store.files.import_file(exported, PASSPHRASE, COURSE)
    assert summary.trainees_added == 0
    assert {a.trainee_id for a in store.attempts.list_all()} == {"hq-1", "hq-2"}


def test_clashing_attempt_numbers_are_renumbered(exported: Path, store: ResultsStore) -> None:
    store.rosters.add(Trainee(name="张伟", employee_id="E001", id="hq-1"))
    store.attempts.create_attempt(make_attempt("hq-1", number=1))
    summary = store.files.import_file(exported, PASSPHRASE, COURSE)
    assert summary.attempts_renumbered == 1
    numbers = [a.attempt_number for a in store.attempts.list_attempts("m1-quiz", "hq-1")]
    assert numbers == [1, 2]


def edit_content(path: Path, change: Any) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    content = json.loads(document["content"])
    change(content)
    document["content"] = json.dumps(content, ensure_ascii=False)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def raise_score(content: dict[str, Any]) -> None:
    content["attempts"][0]["results"]["q1"]["points"] = 100.0


def drop_attempt(content: dict[str, Any]) -> None:
    content["attempts"].pop()


@pytest.mark.parametrize("change", [raise_score, drop_attempt])
def test_edited_file_is_refused_and_nothing_imported(exported: Path, store: ResultsStore,
                                                     change: Any) -> None:
    edit_content(exported, change)
    with pytest.raises(BadResultsFile, match="changed after it was exported") as caught:
        store.files.import_file(exported, PASSPHRASE, COURSE)
    assert caught.value.key == "results_file.tampered"
    assert store.attempts.list_all() == [] and store.rosters.list() == []


def test_wrong_passphrase_is_named_as_such(exported: Path, store: ResultsStore) -> None:
    with pytest.raises(BadResultsFile) as caught:
        store.files.import_file(exported, "another passphrase", COURSE)
    assert caught.value.key == "results_file.wrong_passphrase"
    assert store.attempts.list_all() == []


@pytest.mark.parametrize(("damage", "key"), [
    (lambda text: text[: len(text) // 2], "results_file.corrupt"),
    (lambda text: "{}", "results_file.not_results"),
    (lambda text: text.replace('"version": 1', '"version": 9'), "results_file.version"),
    (lambda text: text.replace('"n": 131072', '"n": 1073741824'), "results_file.corrupt"),
])
def test_damaged_file_is_refused(exported: Path, store: ResultsStore, damage: Any,
                                 key: str) -> None:
    exported.write_text(damage(exported.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(BadResultsFile) as caught:
        store.files.import_file(exported, PASSPHRASE, COURSE)
    assert caught.value.key == key
    assert store.attempts.list_all() == []


def test_key_derivation_is_stable_and_salted() -> None:
    parameters = ScryptParams(salt=b"0123456789abcdef")
    key = derive_key("口令", parameters)
    assert key == derive_key("口令", parameters) and len(key) == 32
    assert key == derive_key("\u53e3\u4ee4", parameters)
    assert key != derive_key("口令", ScryptParams(salt=b"fedcba9876543210"))
    assert signature_matches(key, b"content", sign(key, b"content"))
    assert not signature_matches(key, b"content!", sign(key, b"content"))
