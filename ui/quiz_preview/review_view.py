"""The review after submitting, as the quiz's settings allow: built from the engine's
:class:`AttemptReview` (what may not be shown is None there, so nothing leaks)."""

from __future__ import annotations

from html import escape

from courseware.engine import AttemptReview, QuestionReview, ReviewSummary
from courseware.engine.review_content import QuestionStatus
from ui.i18n import tr
from ui.quiz_preview.rich_text import NO_MEDIA, MediaPlace, markdown_html
from ui.theme import themed

# text colours with at least 4.5:1 contrast on white (WCAG AA)
STATUS_COLOURS = {QuestionStatus.RIGHT: "#1d6b2c", QuestionStatus.WRONG: "#b3261e",
                  QuestionStatus.PARTIAL: "#8a5300", QuestionStatus.PENDING: "#3d4a5c"}


def _number(value: float) -> str:
    return f"{round(value, 2):g}"


def _lines(title_key: str, lines: tuple[str, ...] | None,
           place: MediaPlace | None = None) -> str:
    """A titled block of lines; with ``place`` each line is Markdown (feedback texts)."""
    if not lines:
        return ""
    items = "<br>".join(escape(line) if place is None else markdown_html(line, place, True)
                        for line in lines)
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


def status_mark_html(status: QuestionStatus | None) -> str:
    """✓ / ✗ / ◐ / … in its colour (the word too: colour alone says nothing to some)."""
    if status is None:
        return ""
    colour = themed(STATUS_COLOURS[status])
    return (f"<span style='color:{colour}; font-weight:bold'>"
            f"{escape(tr(f'review.mark.{status.value}'))}</span>")


def question_details_html(review: QuestionReview, place: MediaPlace = NO_MEDIA) -> str:
    """Status, points, feedback and the right answer: whatever the review includes."""
    html = ""
    if review.status is not None:
        html += f"<p>{status_mark_html(review.status)}"
        if review.points is not None and review.max_points is not None:
            html += "　" + escape(tr("review.points", points=_number(review.points),
                                     max=_number(review.max_points)))
        html += "</p>"
    html += _lines("review.feedback", review.feedback, place)
    if review.general_feedback:
        html += markdown_html(review.general_feedback, place)
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


def question_html(review: QuestionReview, certainty_based_marking: bool = False,
                  place: MediaPlace = NO_MEDIA) -> str:
    mark = f"　{status_mark_html(review.status)}" if review.status is not None else ""
    html = (f"<h3>{escape(tr('preview.question_number', number=review.number))}{mark}</h3>"
            + markdown_html(review.prompt, place))
    html += _lines("review.options", review.options, place)
    html += _lines("review.your_answer", review.answer or (tr("review.unanswered"),))
    if certainty_based_marking:
        html += certainty_html(review)
    return html + question_details_html(review, place) + "<hr>"


def review_html(review: AttemptReview, certainty_based_marking: bool = False,
                place: MediaPlace = NO_MEDIA, with_summary: bool = True) -> str:
    html = f"<h2>{escape(tr('review.title'))}</h2>"
    if with_summary:
        html += summary_html(review.summary)
    if certainty_based_marking:
        html += f"<p><i>{escape(tr('review.cbm_note'))}</i></p>"
    if not review.visibility.anything:
        html += f"<p>{escape(tr('review.nothing_shown'))}</p>"
    return html + "<hr>" + "".join(question_html(q, certainty_based_marking, place)
                                   for q in review.questions)
