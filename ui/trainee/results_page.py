"""After submitting: the result and review exactly as the quiz settings allow, the overall
feedback band and, when the final exam is passed, a certificate note with an unsigned preview
of the certificate (drawn in the background)."""

from __future__ import annotations

from datetime import date
from html import escape

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
from courseware.engine import AttemptReview, ReviewSummary
from ui.quiz_preview.answer_widgets import plain_text
from ui.quiz_preview.review_view import review_html
from ui.quiz_preview.rich_text import NO_MEDIA, MediaPlace
from ui.tasks import run_quietly
from ui.theme import themed
from ui.trainee.certificate_preview import preview_image
from ui.trainee.strings import tr

PREVIEW_HEIGHT = 300  # logical pixels; A4 landscape makes it about 424 wide
# badges: white on these colours is at least 5:1 (WCAG AA)
PASSED_COLOUR, FAILED_COLOUR, PENDING_COLOUR = "#1d6b2c", "#b3261e", "#8a5300"


def _number(value: float) -> str:
    return f"{round(value, 1):g}"


def _badge(text: str, colour: str) -> str:
    return (f"<span style='background:{colour}; color:#ffffff; font-weight:bold;'>"
            f"&nbsp;{escape(text)}&nbsp;</span>")


def score_so_far(review: AttemptReview) -> tuple[float, float] | None:
    """While essays wait: the points of the questions already marked, out of the whole
    quiz's (None when the review settings show no points)."""
    marked = [q for q in review.questions if q.points is not None and q.max_points is not None]
    if not marked:
        return None
    total = sum(q.max_points or 0.0 for q in review.questions if q.max_points is not None)
    return sum(q.points or 0.0 for q in marked), total


def banner_html(summary: ReviewSummary, so_far: tuple[float, float] | None = None) -> str:
    """The outcome at a glance: score, 合格/未合格, or that essays wait for grading (with
    the score so far)."""
    parts = []
    if summary.pending and summary.max_score is None and \
            (summary.score is not None or so_far is not None):
        points = summary.score if summary.score is not None else so_far[0]  # type: ignore
        score = tr("trainee.results.so_far", score=_number(points),
                   max=_number(so_far[1])) if so_far is not None else \
            tr("trainee.results.so_far_points", score=_number(points))
        parts.append(escape(score))
    if summary.score is not None and summary.max_score is not None:
        score = tr("trainee.results.score", score=_number(summary.score),
                   max=_number(summary.max_score))
        if summary.percent is not None:
            score += "　" + tr("trainee.results.percent", percent=_number(summary.percent))
        parts.append(escape(score))
    elif summary.percent is not None:
        percent = tr("trainee.results.percent", percent=_number(summary.percent))
        parts.append(escape(percent))
    if summary.pending:
        parts.append(_badge(tr("trainee.results.pending"), PENDING_COLOUR))
    elif summary.passed is not None:
        parts.append(_badge(tr("trainee.results.passed"), PASSED_COLOUR) if summary.passed
                     else _badge(tr("trainee.results.failed"), FAILED_COLOUR))
    # a heading: Qt scales headings with the kiosk's text size (a font-size span would not)
    html = "<h1 style='margin:0'>" + "　".join(parts) + "</h1>" if parts else \
        f"<p><b>{escape(tr('trainee.results.hidden'))}</b></p>"
    if summary.pending:
        html += f"<p>{escape(tr('trainee.results.pending_detail'))}</p>"
    if summary.feedback:
        html += f"<p><i>{escape(summary.feedback)}</i></p>"
    return html


class ResultsPage(QWidget):
    back = Signal()
    preview_ready = Signal()  # the certificate preview is shown (tests, screenshots)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("results-page")
        self.place: MediaPlace = NO_MEDIA  # where the quiz's images come from (the kiosk sets)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("results-banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setStyleSheet(themed("QLabel#results-banner { background:#f3f6fb; "
                                         "border:2px solid #b9c0cc; border-radius:8px; "
                                         "padding:12px; }"))
        self.note = QLabel()
        self.note.setObjectName("certificate-note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(themed("color:#1b5e20; font-weight:bold;"))
        self.note.hide()
        self.certificate_preview = QLabel()
        self.certificate_preview.setObjectName("certificate-preview")
        self.certificate_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.certificate_preview.setAccessibleName(tr("trainee.results.preview"))
        self.certificate_preview.hide()
        self.browser = QTextBrowser()
        self.browser.setObjectName("results")
        self.browser.setAccessibleName(tr("review.title"))
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        back = QPushButton(tr("trainee.results.next"))
        back.setObjectName("results-back")
        back.setMinimumHeight(48)
        back.clicked.connect(self.back)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(back)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
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
        self.title.setText(f"<h2>{escape(quiz.title)} · "
                           f"{escape(tr('trainee.results.title'))}</h2>")
        self.banner.setText(banner_html(review.summary, score_so_far(review)))
        self.banner.setAccessibleName(plain_text(self.banner.text()))
        self.browser.setHtml(review_html(review, quiz.settings.certainty_based_marking,
                                         self.place, with_summary=False))
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
