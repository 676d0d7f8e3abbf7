"""The quiz intro page counts what an attempt really holds: a bank quiz only its draws."""

from __future__ import annotations

from courseware import model as m
from courseware.engine import AttemptService
from courseware.engine.repository import InMemoryRepository
from courseware.i18n import set_language
from tests.courseware.engine.builders import choice, course_with, quiz
from ui.trainee.quiz_intro_page import QuizIntroPage


def test_a_bank_exam_announces_the_questions_drawn_not_the_whole_bank(qtbot) -> None:  # type: ignore[no-untyped-def]
    set_language("en")
    bank = quiz("exam", [choice(f"b{n}") for n in range(1, 11)])
    bank.draws = [m.Draw(count=4, from_quiz="exam")]
    practice = quiz("practice", [choice("p1"), choice("p2")])
    practice.draws = [m.Draw(count=3, from_quiz="exam")]
    course = course_with(bank, practice)
    service = AttemptService(course, InMemoryRepository())
    page = QuizIntroPage()
    qtbot.addWidget(page)
    page.show_quiz(bank, service, "E1")
    assert "4 questions" in page.text.text()
    page.show_quiz(practice, service, "E1")
    assert "5 questions" in page.text.text()  # its own 2 and 3 drawn
    set_language(None)
