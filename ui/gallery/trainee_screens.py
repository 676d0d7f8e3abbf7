"""Every trainee page on a classroom package of the prepared course copy."""

from __future__ import annotations

from pathlib import Path

from courseware import model as m
from courseware.classroom import build_package, open_package
from courseware.classroom.kiosk_password import hash_password
from courseware.format import load_course
from courseware.results import ResultsStore, Trainee, open_store
from ui.app_settings import AppSettings
from ui.gallery import trainee_driver as drive
from ui.gallery.course_copy import cbm_quiz, first_quiz, long_question, picture_question
from ui.gallery.shooting import Gallery, scroll_to_end, settle
from ui.trainee.app import build_kiosk
from ui.trainee.kiosk import KioskWindow

PASSPHRASE = "课堂口令 2024 春季"
ROSTER = [("张三", "营业部"), ("李四", "营业部"), ("王五", "信用卡中心"), ("赵六", "个人金融部"),
          ("欧阳明月", "信用卡中心"), ("孙七", "营业部")]
URL = "postgresql+psycopg://courseware:***@192.168.1.10/courseware"


def shoot_trainee(gallery: Gallery, course_folder: Path, work: Path) -> None:
    course = load_course(course_folder).course
    assert course is not None
    build_package(course, course_folder, work / "class.cwpkg", PASSPHRASE)
    package = open_package(work / "class.cwpkg", PASSPHRASE)
    try:
        with open_store(f"sqlite:///{work / 'trainee.db'}") as store:
            for number, (name, department) in enumerate(ROSTER, start=1):
                store.rosters.add(Trainee(name=name, employee_id=f"E10{number:02d}",
                                          department=department))
            kiosk = build_kiosk(package, store, hash_password("trainer-pw"))
            try:
                _pages(gallery, kiosk, course)
                _dialogs(gallery, kiosk)
            finally:
                kiosk._may_close = True  # the kiosk refuses to close without the password
                kiosk.close()
                kiosk.deleteLater()
                settle()
    finally:
        package.close()


def _pages(gallery: Gallery, kiosk: KioskWindow, course: m.Course) -> None:
    gallery.window("trainee-signin", kiosk, trainee=True)
    drive.sign_in(kiosk, "E1001", lambda box: gallery.dialog("trainee-signin-confirm", box,
                                                             trainee=True))
    gallery.window("trainee-contents", kiosk, trainee=True)
    module = course.modules[0]
    kiosk.home_page.open_item(module.items[0].id)
    gallery.window("trainee-lesson", kiosk, trainee=True)
    kiosk.show_home()
    kiosk.home_page.open_item(module.case_studies[0].id)
    gallery.window("trainee-case", kiosk, trainee=True)
    kiosk.show_home()
    quiz = first_quiz(course)
    kiosk.home_page.open_item(quiz.id)
    gallery.window("trainee-quiz-intro", kiosk, trainee=True)
    _questions(gallery, kiosk, course, quiz.id)
    _scenario(gallery, kiosk, course)
    _certainty(gallery, kiosk, course)
    _results(gallery, kiosk, quiz.id)


def _questions(gallery: Gallery, kiosk: KioskWindow, course: m.Course, quiz_id: str) -> None:
    """Every question of the quiz: the first of each type by id as
    ``trainee-question-<type>``, the picture and the long one by name, the rest by id."""
    page = drive.open_quiz(kiosk, quiz_id)
    names = {picture_question(course).id: "picture", long_question(course).id: "long"}
    for type_name, cls in m.QUESTION_TYPES.items():
        question = drive.question_of_type(page, cls, tuple(names))
        if question is not None:
            names.setdefault(question.id, type_name)
    for question in sorted(page.controller.session.questions, key=lambda q: q.id):
        page.go_to_question(question.id)
        name = names.get(question.id, question.id)
        gallery.window(f"trainee-question-{name}", kiosk, trainee=True)
    kiosk.show_home()


def _scenario(gallery: Gallery, kiosk: KioskWindow, course: m.Course) -> None:
    quiz = next(q for q in course.all_quizzes()
                if any(isinstance(x, m.ScenarioQuestion) for x in q.questions))
    page = drive.open_quiz(kiosk, quiz.id)
    card = drive.cards(page)[0]
    drive.scenario_choices(card)[0].click()
    gallery.window("trainee-scenario", kiosk, trainee=True)
    kiosk.show_home()


def _certainty(gallery: Gallery, kiosk: KioskWindow, course: m.Course) -> None:
    """A choice question of the quiz with certainty-based marking: right, and "sure"."""
    page = drive.open_quiz(kiosk, cbm_quiz(course).id)
    question = drive.question_of_type(page, m.SingleChoiceQuestion)
    assert question is not None
    page.go_to_question(question.id)
    card = drive.cards(page)[0]
    drive.choose_right_option(card)
    drive.pick_certainty(card, 3)
    gallery.window("trainee-certainty", kiosk, trainee=True)
    kiosk.show_home()


def _results(gallery: Gallery, kiosk: KioskWindow, quiz_id: str) -> None:
    page = drive.open_quiz(kiosk, quiz_id)
    drive.answer_all(page)
    page.confirm_submit = lambda *_args: True  # type: ignore[method-assign]
    page.submit()
    gallery.window("trainee-results", kiosk, trainee=True)
    scroll_to_end(kiosk.results_page)
    gallery.window("trainee-review", kiosk, trainee=True)
    kiosk.show_home()


def _dialogs(gallery: Gallery, kiosk: KioskWindow) -> None:
    from ui.trainee.database_dialog import DatabaseDialog
    from ui.trainee.password_dialogs import SecretDialog
    from ui.trainee.strings import tr
    from ui.trainee.trainer_menu import TrainerMenu

    title = kiosk.classroom.package.manifest.course_title
    for name, dialog in (
            ("trainee-trainer-password", SecretDialog(
                kiosk, tr("trainee.password.title"), tr("trainee.password.prompt"), _ok)),
            ("trainee-set-password", SecretDialog(
                kiosk, tr("trainee.password.set_title"), tr("trainee.password.set_prompt"),
                _ok, confirm=True)),
            ("trainee-passphrase", SecretDialog(
                kiosk, tr("trainee.passphrase.title"),
                tr("trainee.passphrase.prompt", title=title), _ok)),
            ("trainee-trainer-menu", TrainerMenu(kiosk, URL)),
            ("trainee-database", DatabaseDialog(kiosk, URL, _no_store, AppSettings()))):
        gallery.dialog(name, dialog, trainee=True)
        dialog.close()
        dialog.deleteLater()


def _ok(_text: str) -> str:
    return ""


def _no_store(_url: str | None) -> ResultsStore:
    raise RuntimeError("the gallery does not switch stores")
