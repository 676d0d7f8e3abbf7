"""The review after submitting, as the quiz's settings allow: built from the engine's
:class:`AttemptReview` (what may not be shown is None there, so nothing leaks)."""

from __future__ import annotations

from html import escape

from courseware.engine import AttemptReview, QuestionReview, ReviewSummary
from ui.i18n import tr


def _number(value: float) -> str:
    return f"{round(value, 2):g}"


def _lines(title_key: str, lines: tuple[str, ...] | None) -> str:
    if not lines:
        return ""
    items = "<br>".join(escape(line) for line in lines)
    return f"<p><b>{escape(tr(title_key))}</b><br>{items}</p>"


def summary_html(summary: ReviewSummary) -> str:
    parts = []
    if summary.pending:
        parts.append(tr("review.pending"))
    if summary.score is not None and summary.max_score is not None:
        parts.append(tr("review.score", score=_number(summary.score),
                        max=_number(summary.max_score)))
    if summary.percent is not None:
        parts.append(tr("review.percent", percent=_number(summary.percent)))
    if summary.passed is not None:
        parts.append(tr("review.passed") if summary.passed else tr("review.failed"))
    if not parts:
        parts.append(tr("review.no_score"))
    html = "<p>" + "　".join(escape(part) for part in parts) + "</p>"
    if summary.feedback:
        html += f"<p><i>{escape(summary.feedback)}</i></p>"
    return html


def question_details_html(review: QuestionReview) -> str:
    """Status, points, feedback and the right answer: whatever the review includes."""
    html = ""
    if review.status is not None:
        html += f"<p><b>{escape(tr(f'review.status.{review.status.value}'))}</b>"
        if review.points is not None and review.max_points is not None:
            html += "　" + escape(tr("review.points", points=_number(review.points),
                                     max=_number(review.max_points)))
        html += "</p>"
    html += _lines("review.feedback", review.feedback)
    if review.general_feedback:
        html += f"<p><i>{escape(review.general_feedback)}</i></p>"
    html += _lines("review.correct", review.correct_answer)
    if review.essay_marks:
        html += _lines("review.rubric", tuple(
            f"{mark.criterion}: {_number(mark.points)} / {_number(mark.max_points)}"
            for mark in review.essay_marks))
    if review.essay_comment:
        html += f"<p>{escape(review.essay_comment)}</p>"
    return html


def certainty_html(review: QuestionReview) -> str:
    """The certainty stated with an answer (CBM quizzes; essays are not marked by it)."""
    if not review.answered or review.question_type == "essay":
        return ""
    if review.certainty is None:
        return f"<p>{escape(tr('review.certainty_none'))}</p>"
    level = tr(f"preview.certainty.{review.certainty}")
    return f"<p>{escape(tr('review.certainty', level=level))}</p>"


def question_html(review: QuestionReview, certainty_based_marking: bool = False) -> str:
    html = (f"<h3>{escape(tr('preview.question_number', number=review.number))}</h3>"
            f"<p>{escape(review.prompt)}</p>")
    html += _lines("review.options", review.options)
    html += _lines("review.your_answer", review.answer or (tr("review.unanswered"),))
    if certainty_based_marking:
        html += certainty_html(review)
    return html + question_details_html(review) + "<hr>"


def review_html(review: AttemptReview, certainty_based_marking: bool = False) -> str:
    html = f"<h2>{escape(tr('review.title'))}</h2>" + summary_html(review.summary)
    if certainty_based_marking:
        html += f"<p><i>{escape(tr('review.cbm_note'))}</i></p>"
    if not review.visibility.anything:
        html += f"<p>{escape(tr('review.nothing_shown'))}</p>"
    return html + "<hr>" + "".join(question_html(q, certainty_based_marking)
                                   for q in review.questions)
