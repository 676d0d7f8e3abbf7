"""Before a quiz: what it is, the time limit, attempts left; start or continue."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from courseware import model as m
from courseware.engine import AttemptService
from ui.trainee.strings import tr


class QuizIntroPage(QWidget):
    start = Signal(object)  # Quiz
    back = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("quiz-intro-page")
        self.quiz: m.Quiz | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.start_button = QPushButton(tr("trainee.quiz.start"))
        self.start_button.setObjectName("start-quiz")
        self.start_button.clicked.connect(lambda: self.start.emit(self.quiz))
        back = QPushButton(tr("trainee.back"))
        back.setShortcut("Esc")
        back.clicked.connect(self.back)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addLayout(row)

    def show_quiz(self, quiz: m.Quiz, service: AttemptService, trainee_id: str) -> None:
        self.quiz = quiz
        settings = quiz.settings
        limit = (tr("trainee.quiz.minutes", n=f"{settings.time_limit_minutes:g}")
                 if settings.time_limit_minutes else tr("trainee.quiz.no_limit"))
        left = service.attempts_left(quiz, trainee_id)
        resuming = service.repository.find_open_attempt(quiz.id, trainee_id) is not None
        count = len(quiz.fixed_questions()) + sum(draw.count for draw in quiz.draws)
        intro = tr("trainee.quiz.intro", count=count, limit=limit,
                   pass_=f"{settings.pass_percent:g}",
                   left=tr("trainee.quiz.unlimited") if left is None else left)
        html = (f"<h1>{escape(quiz.title)}</h1><p>{escape(quiz.description)}</p>"
                f"<p>{escape(intro)}</p>")
        can_start = resuming or left is None or left > 0
        if not can_start:
            html += f"<p><b>{escape(tr('trainee.quiz.no_attempts'))}</b></p>"
        self.text.setText(html)
        self.start_button.setText(tr("trainee.quiz.resume" if resuming else "trainee.quiz.start"))
        self.start_button.setEnabled(can_start)
        self.start_button.setFocus()
