"""The unsigned certificate preview on the results page after passing the final exam."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from courseware import model as m
from courseware.classroom import ClassroomPackage
from tests.ui.trainee.conftest import classroom_course, close_kiosk, open_kiosk, packaged
from tests.ui.trainee.helpers import answer_card, only_card, open_quiz, sign_in
from ui.quiz_preview.answer_widgets import ChoiceAnswer
from ui.trainee.kiosk import KioskWindow


def final_exam_course() -> m.Course:
    course = classroom_course()
    course.final_exam = m.Quiz(id="final", title="结业考试", questions=[
        m.SingleChoiceQuestion(id="f1", prompt="客户生气时先做什么？", options=[
            m.Option(id="a", text="先倾听", correct=True),
            m.Option(id="b", text="先解释规定")])])
    return course


@pytest.fixture
def final_package(tmp_path: Path) -> Iterator[ClassroomPackage]:
    opened = packaged(final_exam_course(), tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def final_kiosk(qtbot, final_package, store, clock, password_record):  # type: ignore[no-untyped-def]
    window = open_kiosk(final_package, store, clock, password_record)
    yield window
    close_kiosk(window)


def take_final(kiosk: KioskWindow, right: bool) -> None:
    sign_in(kiosk)
    page = open_quiz(kiosk, "final")
    widget = only_card(page).answer
    assert isinstance(widget, ChoiceAnswer)
    widget.choose(widget.values.index("a" if right else "b"))
    page.confirm_submit = lambda *args: True  # type: ignore[method-assign]
    page.submit_button.click()
    assert kiosk.stack.currentWidget() is kiosk.results_page


def test_passing_the_final_exam_shows_a_preview(final_kiosk, qtbot, store) -> None:  # type: ignore[no-untyped-def]
    results = final_kiosk.results_page
    with qtbot.waitSignal(results.preview_ready, timeout=15000):
        take_final(final_kiosk, right=True)
    pixmap = results.certificate_preview.pixmap()
    assert results.certificate_preview.isVisible()
    assert not pixmap.isNull()
    assert pixmap.width() > 300 and pixmap.height() > 200
    assert pixmap.width() > pixmap.height()  # A4 landscape
    assert "结业证书" in results.note.text() and results.note.isVisible()
    assert store.certificates.list() == []  # nothing signed or recorded on a classroom PC


def test_failing_the_final_exam_shows_no_preview(final_kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    take_final(final_kiosk, right=False)
    qtbot.wait(300)
    results = final_kiosk.results_page
    assert not results.certificate_preview.isVisible()
    assert results.certificate_preview.pixmap().isNull()
    assert not results.note.isVisible()


def test_a_module_quiz_shows_no_preview(final_kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in(final_kiosk)
    page = open_quiz(final_kiosk, "m1-quiz")
    for index in range(page.controller.page_count()):
        page.go_to_page(index)
        answer_card(only_card(page))
    page.confirm_submit = lambda *args: True  # type: ignore[method-assign]
    page.submit_button.click()
    qtbot.wait(300)
    results = final_kiosk.results_page
    assert final_kiosk.stack.currentWidget() is results
    assert not results.certificate_preview.isVisible()
    assert results.certificate_preview.pixmap().isNull()
