"""An answer the results store does not take is never shown as saved: a persistent warning
in the trainee's language, the answer kept on screen and in memory, retried until stored.

Tried for real: a SQLite store on a tiny tmpfs that fills up, and a PostgreSQL database whose
schema disappears (renamed away) and comes back.
"""

from __future__ import annotations

import errno
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from courseware import model as m
from courseware.results import ResultsStore, open_store
from tests.courseware.results.results_testing import (
    fresh_pg_schema,
    libpq_url,
    pg_base_url,
    pg_unavailable_reason,
)
from tests.ui.trainee.conftest import ZHANG, close_kiosk, open_kiosk
from tests.ui.trainee.helpers import only_card, open_quiz, sign_in
from ui.quiz_preview.answer_widgets import ChoiceAnswer
from ui.trainee.quiz_page import QuizPage


def mount_tmpfs(folder: Path, size: str = "2m") -> None:
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs to fill up (needs root): {done.stderr.strip()}")


def fill_up(folder: Path) -> Path:
    """Write a filler file until the file system is full."""
    filler = folder / "filler"
    chunk = b"\0" * 65536
    with open(filler, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(chunk)
        except OSError as error:
            assert error.errno == errno.ENOSPC
        try:  # the last few bytes too
            while True:
                handle.write(b"\0" * 512)
        except OSError:
            pass
    return filler


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "tiny-disk"
    mount_tmpfs(disk)
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def first_choice_page(page: QuizPage) -> ChoiceAnswer:
    """Go to the first single-choice question (questions are shuffled)."""
    target = next(q.id for q in page.controller.session.questions
                  if isinstance(q, m.SingleChoiceQuestion))
    page.go_to_question(target)
    widget = only_card(page).answer
    assert isinstance(widget, ChoiceAnswer)
    return widget


def stored_value(store: ResultsStore, page: QuizPage, question_id: str) -> object:
    answers = store.attempts.load_attempt(page.controller.attempt_id).answers
    record = answers.get(question_id)
    return None if record is None else record.value


def assert_warned(page: QuizPage, number: int) -> None:
    banner = page.unsaved_banner
    assert banner.isVisible() and "Not saved" in banner.text() and str(number) in banner.text()
    assert "Saved" not in page.saved.text()  # never "Saved" while something is not
    question_id = page.controller.question_ids[number - 1]
    assert page.navigator.buttons[question_id].property("unsaved")


def test_a_full_disk_keeps_the_answer_warns_and_saves_it_later(  # type: ignore[no-untyped-def]
        qtbot, package, clock, password_record, full_disk: Path) -> None:
    store = open_store(f"sqlite:///{full_disk / 'results.db'}")
    store.rosters.add(ZHANG)
    kiosk = open_kiosk(package, store, clock, password_record)
    try:
        sign_in(kiosk)
        page = open_quiz(kiosk)
        widget = first_choice_page(page)
        question_id = only_card(page).question.id
        number = page.controller.number_of(question_id)
        filler = fill_up(full_disk)
        widget.choose(1)
        assert_warned(page, number)
        assert widget.group.button(1).isChecked()  # the choice stays on screen …
        assert page.controller.value(question_id) == widget.values[1]  # … and in memory
        assert stored_value(store, page, question_id) is None
        notices: list[str] = []
        page.notify = notices.append  # type: ignore[method-assign]
        page.submit_button.click()  # refused while an answer is not saved
        assert kiosk.quiz_page is page and "not saved" in notices[-1]
        page.controller.retry_unsaved()  # the disk is still full: still warned
        assert_warned(page, number)
        filler.unlink()  # space again: the next retry (every few seconds) stores it
        qtbot.waitUntil(lambda: not page.unsaved_banner.isVisible(), timeout=10000)
        assert stored_value(store, page, question_id) == widget.values[1]
        assert "Saved again" in page.saved.text()
        assert not page.navigator.buttons[question_id].property("unsaved")
        assert page.navigator.buttons[question_id].property("answered")
    finally:
        close_kiosk(kiosk)
        store.close()


def test_the_unsaved_answer_survives_leaving_its_page(  # type: ignore[no-untyped-def]
        qtbot, package, clock, password_record, full_disk: Path) -> None:
    store = open_store(f"sqlite:///{full_disk / 'results.db'}")
    store.rosters.add(ZHANG)
    kiosk = open_kiosk(package, store, clock, password_record)
    try:
        sign_in(kiosk)
        page = open_quiz(kiosk)
        widget = first_choice_page(page)
        question_id = only_card(page).question.id
        filler = fill_up(full_disk)
        widget.choose(0)
        here = page.controller.page_index()
        page.go_to_page(here + 1 if here + 1 < page.controller.page_count() else here - 1)
        page.go_to_question(question_id)  # back again: still shows the unsaved choice
        again = only_card(page).answer
        assert isinstance(again, ChoiceAnswer) and again.group.button(0).isChecked()
        asked: list[bool] = []
        page.confirm_leave_unsaved = lambda: asked.append(True) or False  # type: ignore
        kiosk.sign_out()  # refused: leaving would lose the answer
        assert asked and kiosk.quiz_page is page
        filler.unlink()
        page.controller.retry_unsaved()
        assert stored_value(store, page, question_id) == widget.values[0]
    finally:
        close_kiosk(kiosk)
        store.close()


@pytest.fixture
def pg_url() -> Iterator[str]:
    reason = pg_unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    with fresh_pg_schema(pg_base_url()) as url:
        yield url


def rename_schema(url: str, old: str, new: str) -> None:
    with psycopg.connect(libpq_url(pg_base_url()), autocommit=True) as connection:
        connection.execute(f'ALTER SCHEMA "{old}" RENAME TO "{new}"')


def test_a_database_that_disappears_keeps_the_answer_and_saves_it_when_back(  # type: ignore[no-untyped-def]
        qtbot, package, clock, password_record, pg_url: str) -> None:
    schema = pg_url.split("search_path%3D")[-1] if "%3D" in pg_url else \
        pg_url.split("search_path=")[-1]
    store = open_store(pg_url)
    store.rosters.add(ZHANG)
    kiosk = open_kiosk(package, store, clock, password_record)
    try:
        sign_in(kiosk)
        page = open_quiz(kiosk)
        widget = first_choice_page(page)
        question_id = only_card(page).question.id
        number = page.controller.number_of(question_id)
        rename_schema(pg_url, schema, f"{schema}_gone")  # the tables are gone
        try:
            widget.choose(1)
            assert_warned(page, number)
            assert page.controller.value(question_id) == widget.values[1]
        finally:
            rename_schema(pg_url, f"{schema}_gone", schema)  # back
        page.controller.retry_unsaved()
        assert not page.unsaved_banner.isVisible()
        assert stored_value(store, page, question_id) == widget.values[1]
    finally:
        close_kiosk(kiosk)
        store.close()


def test_the_warning_speaks_chinese_to_a_chinese_trainee() -> None:
    from courseware.i18n import set_language
    from ui.trainee.strings import tr

    set_language("zh")
    try:
        text = tr("trainee.quiz.unsaved", numbers="3")
    finally:
        set_language("en")
    assert "未保存：第 3 题" in text and "请不要关机" in text
