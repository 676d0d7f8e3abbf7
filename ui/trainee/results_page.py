"""After submitting: the result and review exactly as the quiz settings allow, the overall
feedback band and, when the final exam is passed, a certificate note with an unsigned preview
of the certificate (drawn in the background)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from courseware.engine import AttemptReview
from ui.quiz_preview.review_view import review_html
from ui.tasks import run_quietly
from ui.trainee.certificate_preview import preview_image
from ui.trainee.strings import tr

PREVIEW_HEIGHT = 300  # logical pixels; A4 landscape makes it about 424 wide


class ResultsPage(QWidget):
    back = Signal()
    preview_ready = Signal()  # the certificate preview is shown (tests, screenshots)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("results-page")
        self.note = QLabel()
        self.note.setObjectName("certificate-note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#2e7d32; font-weight:bold;")
        self.note.hide()
        self.certificate_preview = QLabel()
        self.certificate_preview.setObjectName("certificate-preview")
        self.certificate_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.certificate_preview.setAccessibleName(tr("trainee.results.preview"))
        self.certificate_preview.hide()
        self.browser = QTextBrowser()
        self.browser.setObjectName("results")
        back = QPushButton(tr("trainee.back"))
        back.clicked.connect(self.back)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(back)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.certificate_preview)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        self.back_button = back
        self._generation = 0  # a later review makes a preview still being drawn stale

    def show_review(self, review: AttemptReview, quiz: m.Quiz, course: m.Course,
                    is_final: bool, trainee_name: str = "",
                    completed_on: date | None = None) -> None:
        """The review as the quiz's settings allow, with each certainty in a CBM quiz; when
        the final exam is passed and the course gives a certificate, the note and a preview."""
        self._generation += 1
        self.certificate_preview.clear()
        self.certificate_preview.hide()
        self.browser.setHtml(review_html(review, quiz.settings.certainty_based_marking))
        certificate = course.certificate
        passed = bool(review.summary.passed) and is_final and certificate is not None
        self.note.setVisible(passed)
        if certificate is not None and passed:
            self.note.setText(tr("trainee.results.certificate", title=certificate.title))
            if trainee_name.strip():
                self._draw_preview(course, trainee_name, completed_on or date.today(),
                                   review.summary.percent)
        self.back_button.setFocus()

    def _draw_preview(self, course: m.Course, name: str, day: date,
                      percent: float | None) -> None:
        generation = self._generation
        height = round(PREVIEW_HEIGHT * self.devicePixelRatioF())

        def shown(image: QImage) -> None:
            if generation != self._generation:
                return
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self.certificate_preview.setPixmap(pixmap)
            self.certificate_preview.show()
            self.preview_ready.emit()

        run_quietly(self, lambda: preview_image(course, name, day, percent, height), shown)
