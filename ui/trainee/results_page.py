"""After submitting: the result and review exactly as the quiz settings allow, the overall
feedback band and, when passed, a certificate note."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from courseware import model as m
from courseware.engine import AttemptReview
from ui.quiz_preview.review_view import review_html
from ui.trainee.strings import tr


class ResultsPage(QWidget):
    back = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("results-page")
        self.browser = QTextBrowser()
        self.browser.setObjectName("results")
        back = QPushButton(tr("trainee.back"))
        back.clicked.connect(self.back)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(back)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        self.back_button = back

    def show_review(self, review: AttemptReview, quiz: m.Quiz, course: m.Course,
                    is_final: bool) -> None:
        """The review as the quiz's settings allow, with each certainty in a CBM quiz."""
        html = review_html(review, quiz.settings.certainty_based_marking)
        certificate = course.certificate
        if review.summary.passed and is_final and certificate is not None:
            html = (f"<p style='color:#2e7d32'><b>"
                    f"{escape(tr('trainee.results.certificate', title=certificate.title))}"
                    f"</b></p>") + html
        self.browser.setHtml(html)
        self.back_button.setFocus()
