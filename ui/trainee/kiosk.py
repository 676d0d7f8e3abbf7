"""The kiosk window: full screen, and only the trainer's password opens the trainer menu
(export results, results database, leave trainee mode)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from courseware.classroom.kiosk_password import verify_password
from courseware.engine import SystemClock
from courseware.results import ResultsStore, open_store
from courseware.results.records import Trainee
from ui.app_settings import AppSettings
from ui.quiz_preview.rich_text import MediaPlace
from ui.trainee.classroom import Classroom
from ui.trainee.database_dialog import DatabaseDialog
from ui.trainee.export_results import ResultsExport
from ui.trainee.home_page import HomePage
from ui.trainee.password_dialogs import ask_secret
from ui.trainee.quiz_controller import QuizController
from ui.trainee.quiz_intro_page import QuizIntroPage
from ui.trainee.quiz_page import QuizPage
from ui.trainee.reader_page import ReaderPage
from ui.trainee.results_page import ResultsPage
from ui.trainee.signin_page import SignInPage
from ui.trainee.strings import tr
from ui.trainee.text_size import DEFAULT_SIZE, TextSize, enter_clicks, kiosk_style
from ui.trainee.trainer_menu import TrainerAction, choose_trainer_action

KIOSK_POINT_SIZE = DEFAULT_SIZE
KIOSK_STYLE = kiosk_style(KIOSK_POINT_SIZE)
AskPassword = Callable[[], "str | None"]
ChooseAction = Callable[[], "TrainerAction | None"]


class KioskWindow(QMainWindow):
    def __init__(self, classroom: Classroom, password_record: str,
                 settings: AppSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("trainee-kiosk")
        self.setWindowTitle(tr("trainee.window_title"))
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                            | Qt.WindowType.WindowStaysOnTopHint)
        self.classroom = classroom
        self.password_record = password_record
        self.settings = settings or AppSettings()
        self.text_size = TextSize(self.settings.qsettings)
        self._use_text_size()
        self.ask_password: AskPassword = self._ask_password  # replaceable in tests
        self.choose_trainer_action: ChooseAction = lambda: choose_trainer_action(
            self, self.classroom.store.url)  # replaceable in tests
        self.results_export = ResultsExport(self, classroom, self.settings)
        self._may_close = False
        self.quiz_page: QuizPage | None = None
        self._build()
        self.show_sign_in()

    def _use_text_size(self) -> None:
        font = QFont(self.font())
        font.setPointSize(self.text_size.points)
        self.setFont(font)
        self.setStyleSheet(kiosk_style(self.text_size.points))

    def change_text_size(self, direction: int) -> None:
        """A− / A+: one step smaller or larger, remembered for this PC."""
        self.text_size.step(direction)
        self._use_text_size()
        self.smaller.setEnabled(not self.text_size.smallest)
        self.larger.setEnabled(not self.text_size.largest)

    # -- layout

    def _build(self) -> None:
        course = self.classroom.reading_course
        self.who = QLabel()
        self.who.setObjectName("signed-in-as")
        self.sign_out_button = QPushButton(tr("trainee.sign_out"))
        self.sign_out_button.setObjectName("sign-out")
        self.sign_out_button.clicked.connect(self.sign_out)
        trainer = QPushButton(tr("trainee.trainer"))
        trainer.setObjectName("trainer-exit")
        trainer.clicked.connect(self.open_trainer_menu)
        QShortcut(QKeySequence("Ctrl+Alt+T"), self, self.open_trainer_menu)
        self.smaller = self._size_button("text-smaller", "trainee.text.smaller", -1)
        self.larger = self._size_button("text-larger", "trainee.text.larger", 1)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.change_text_size(1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.change_text_size(-1))
        title = QLabel(f"<b>{escape(course.title)}</b>")
        title.setWordWrap(True)
        title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for button in (self.sign_out_button, trainer):
            button.setMinimumHeight(44)
        bar = QHBoxLayout()
        bar.addWidget(title, 1)
        bar.addWidget(self.who)
        bar.addWidget(self.smaller)
        bar.addWidget(self.larger)
        bar.addWidget(self.sign_out_button)
        bar.addWidget(trainer)
        self.stack = QStackedWidget()
        self.signin_page = SignInPage(course.title, self.classroom.sign_in())
        self.signin_page.signed_in.connect(self.signed_in)
        self.home_page = HomePage(self.classroom)
        self.home_page.item_opened.connect(self.open_item)
        self.reader_page = ReaderPage(self.classroom.package.content_root, course.language,
                                      course)
        self.reader_page.back.connect(self.show_home)
        self.reader_page.open_requested.connect(self.open_item)
        self.intro_page = QuizIntroPage()
        self.intro_page.back.connect(self.show_home)
        self.intro_page.start.connect(self.start_quiz)
        self.results_page = ResultsPage()
        self.results_page.back.connect(self.show_home)
        for page in (self.signin_page, self.home_page, self.reader_page, self.intro_page,
                     self.results_page):
            self.stack.addWidget(page)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        enter_clicks(central)

    def _size_button(self, name: str, key: str, direction: int) -> QPushButton:
        button = QPushButton(tr(key))
        button.setObjectName(name)
        button.setAccessibleName(tr(f"{key}_name"))
        button.setToolTip(tr(f"{key}_name"))
        button.setMinimumSize(52, 44)
        button.clicked.connect(lambda: self.change_text_size(direction))
        button.setEnabled(not (self.text_size.smallest if direction < 0
                               else self.text_size.largest))
        return button

    def media_place(self, quiz: m.Quiz) -> MediaPlace:
        """Images in a quiz's texts come from the package's unpacked folder only."""
        return MediaPlace(self.classroom.package.content_root, quiz.path)

    # -- navigation

    def show_sign_in(self) -> None:
        self.who.clear()
        self.sign_out_button.hide()
        self.signin_page.refresh()
        self.stack.setCurrentWidget(self.signin_page)

    def signed_in(self, trainee: Trainee) -> None:
        self.classroom.begin(trainee)
        self.who.setText(tr("trainee.signed_in_as", name=trainee.name))
        self.sign_out_button.show()
        self.show_home()

    def sign_out(self) -> None:
        if not self.may_leave_quiz():
            return
        self._drop_quiz_page()
        self.classroom.sign_out()
        self.show_sign_in()

    def may_leave_quiz(self) -> bool:
        """Leaving a quiz with answers the store has not taken loses them: ask first."""
        page = self.quiz_page
        if page is None:
            return True
        page.flush()
        page.controller.retry_unsaved()
        return not page.controller.unsaved or page.confirm_leave_unsaved()

    def show_home(self) -> None:
        self._drop_quiz_page()
        self.home_page.refresh()
        self.stack.setCurrentWidget(self.home_page)

    def open_item(self, item: m.ModuleItem) -> None:
        if isinstance(item, m.Quiz):
            self.show_quiz_intro(item.id)
            return
        self.classroom.mark_read(item.id)
        self.reader_page.show_item(item)
        self.stack.setCurrentWidget(self.reader_page)

    def show_quiz_intro(self, quiz_id: str) -> None:
        quiz = self.classroom.full_course.find_quiz(quiz_id)
        assert quiz is not None and self.classroom.trainee is not None
        self.intro_page.show_quiz(quiz, self.classroom.service(), self.classroom.trainee.id)
        self.stack.setCurrentWidget(self.intro_page)

    def start_quiz(self, quiz: m.Quiz) -> QuizPage:
        assert self.classroom.trainee is not None
        controller = QuizController(self.classroom.service(), quiz, self.classroom.trainee.id)
        self._drop_quiz_page()
        self.quiz_page = QuizPage(controller, place=self.media_place(quiz))
        controller.setParent(self.quiz_page)
        self.quiz_page.finished.connect(lambda _timed_out: self.show_results(controller))
        self.stack.addWidget(self.quiz_page)
        self.stack.setCurrentWidget(self.quiz_page)
        return self.quiz_page

    def show_results(self, controller: QuizController) -> None:
        final = self.classroom.full_course.final_exam
        is_final = final is not None and final.id == controller.quiz.id
        trainee = self.classroom.trainee
        now = (self.classroom.clock or SystemClock()).now()
        self.results_page.place = self.media_place(controller.quiz)
        self.results_page.show_review(controller.review(), controller.quiz,
                                      self.classroom.full_course, is_final,
                                      trainee.name if trainee else "", now.astimezone().date())
        self.stack.setCurrentWidget(self.results_page)
        self._drop_quiz_page()

    def _drop_quiz_page(self) -> None:
        if self.quiz_page is not None:
            self.quiz_page.flush()  # typed answers still waiting for a pause
            self.quiz_page.timer.stop()
            self.stack.removeWidget(self.quiz_page)
            self.quiz_page.deleteLater()
            self.quiz_page = None

    # -- the lock and the trainer menu

    def trainer_confirmed(self) -> bool:
        password = self.ask_password()
        return password is not None and verify_password(password, self.password_record)

    def open_trainer_menu(self) -> TrainerAction | None:
        """The trainer password, then the menu; returns what the trainer chose."""
        if not self.trainer_confirmed():
            return None
        action = self.choose_trainer_action()
        if action is TrainerAction.EXPORT:
            self.results_export.start()
        elif action is TrainerAction.DATABASE:
            self.change_database()
        elif action is TrainerAction.LEAVE:
            self.leave()
        return action

    def request_exit(self) -> bool:
        """Leave trainee mode at once: only with the trainer's password."""
        if not self.trainer_confirmed():
            return False
        self.leave()
        return True

    def leave(self) -> None:
        self._may_close = True
        self.close()

    # -- the results database

    def database_dialog(self) -> DatabaseDialog:
        """The dialog, not yet shown: switching is refused while a trainee is mid-quiz."""
        trainee = self.classroom.trainee
        name = trainee.name if trainee is not None else None
        mid_quiz = self.quiz_page is not None
        dialog = DatabaseDialog(self, self.classroom.store.url, self._open_store,
                                self.settings, blocked_by=name if mid_quiz else None,
                                signs_out=None if mid_quiz else name)
        dialog.switched.connect(self.switch_store)
        return dialog

    def change_database(self) -> None:
        dialog = self.database_dialog()
        dialog.exec()
        dialog.deleteLater()

    def _open_store(self, url: str | None) -> ResultsStore:
        return open_store(url, pass_marks=self.classroom.pass_mark)

    def switch_store(self, store: ResultsStore) -> None:
        """Use ``store`` from now on (signing out whoever is signed in); close the old one."""
        if self.quiz_page is not None:
            store.close()  # not while a quiz is open (the dialog does not offer it)
            return
        if self.classroom.trainee is not None:
            self.sign_out()
        previous = self.classroom.store
        self.classroom.use_store(store)
        self.signin_page.sign_in = self.classroom.sign_in()
        self.show_sign_in()
        if previous is not store:
            previous.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            self._drop_quiz_page()
            event.accept()
            return
        event.ignore()

    def _ask_password(self) -> str | None:
        def check(text: str) -> str:
            return "" if verify_password(text, self.password_record) else \
                tr("trainee.password.wrong")

        return ask_secret(self, tr("trainee.password.title"), tr("trainee.password.prompt"),
                          check)
