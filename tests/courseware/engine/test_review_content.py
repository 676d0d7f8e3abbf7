"""Review content for the UI: display text per question type, and nothing the visibility
forbids present in the data."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from courseware import model as m
from courseware.engine import AttemptState, ReviewVisibility
from courseware.engine.grading import grade_essay
from courseware.engine.review_content import (
    AttemptReview,
    CriterionMark,
    QuestionReview,
    QuestionStatus,
    build_review,
    trainee_review,
)
from courseware.i18n import set_language
from tests.courseware.engine.review_fixtures import by_id, graded_attempt, the_quiz

T = m.Timing
S = QuestionStatus
ALL = ReviewVisibility.everything()
NOTHING = ReviewVisibility(False, False, False, False)


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language(None)


def reviewed(visibility: ReviewVisibility = ALL, grade: bool = True,
             **settings: object) -> AttemptReview:
    quiz = the_quiz(**settings)
    attempt = graded_attempt(quiz)
    if grade:
        grade_essay(attempt, by_id(quiz)["es"], [2, 0], "评语")
    return build_review(attempt, quiz, by_id(quiz), visibility)


def question(review: AttemptReview, qid: str) -> QuestionReview:
    return next(q for q in review.questions if q.question_id == qid)


EXPECTED = {  # question id → (answer, right answer, feedback earned, status, points)
    "sc": (("B. text-b",), ("C. text-a",), ("fb-b",), S.WRONG, 0.0),
    "mc": (("B. text-c", "C. text-b", "D. text-a"), ("B. text-c", "D. text-a"),
           ("fb-c", "fb-b", "fb-a"), S.PARTIAL, 0.5),
    "tf": (("True",), ("False",), ("fb-true",), S.WRONG, 0.0),
    "fb": (("认同", "回应"), ("认同 / 认可", "跟进"), (), S.PARTIAL, 0.5),
    "ma": (("L1 → R1", "L2 → R3"), ("L1 → R1", "L2 → R2"), (), S.PARTIAL, 0.5),
    "or": (("倾听", "认同", "回应"), ("倾听", "认同", "回应"), (), S.RIGHT, 1.0),
    "es": (("先倾听，再认同。",), (), (), S.PARTIAL, 2.0),
    "sn": (("客户生气", "→ 倾听", "客户平静", "→ 转交他人", "客户勉强接受"),
           ("客户生气", "→ 倾听", "客户平静", "→ 解决问题", "客户满意"),
           ("fb-listen", "fb-pass", "ending-mid"), S.PARTIAL, 0.5),
}


@pytest.mark.parametrize("qid", list(EXPECTED))
def test_each_question_type_as_display_text(qid: str) -> None:
    answer, right, feedback, status, points = EXPECTED[qid]
    shown = question(reviewed(), qid)
    assert shown.answered and shown.question_type == by_id(the_quiz())[qid].type_name
    assert shown.answer == answer
    assert shown.correct_answer == right
    assert shown.feedback == feedback
    assert shown.general_feedback == f"general-{qid}"
    assert shown.status is status
    assert shown.points == pytest.approx(points)
    assert shown.max_points == (3.0 if qid == "es" else 1.0)


def test_questions_in_presentation_order_with_options_as_shown() -> None:
    review = reviewed()
    assert [q.number for q in review.questions] == list(range(1, 9))
    assert question(review, "sc").options == ("A. text-c", "B. text-b", "C. text-a")
    assert question(review, "tf").options == ()


def test_essay_marks_and_comment() -> None:
    essay = question(reviewed(), "es")
    assert essay.essay_marks == (CriterionMark("needs", 2, 2), CriterionMark("tone", 0, 1))
    assert essay.essay_comment == "评语"
    assert question(reviewed(), "sc").essay_marks is None


def test_summary_when_everything_may_be_shown() -> None:
    summary = reviewed().summary  # 0+0.5+0+0.5+0.5+1+2+0.5 = 5 of 10
    assert (summary.score, summary.max_score, summary.percent) == (5.0, 10.0, 50.0)
    assert summary.passed is False and summary.feedback == "band-low"
    assert summary.state is AttemptState.SUBMITTED and not summary.pending


def test_unanswered_questions() -> None:
    quiz = the_quiz()
    review = build_review(graded_attempt(quiz, answers={}), quiz, by_id(quiz), ALL)
    for shown in review.questions:
        assert not shown.answered and shown.answer == () and shown.feedback == ()
        assert shown.status is S.WRONG and shown.points == 0.0
    assert question(review, "sc").correct_answer == ("C. text-a",)
    assert review.summary.percent == 0.0


def test_true_false_feedback_for_the_value_chosen() -> None:
    quiz = the_quiz()
    review = build_review(graded_attempt(quiz, answers={"tf": False}), quiz, by_id(quiz), ALL)
    assert question(review, "tf").feedback == ("fb-false",)
    assert question(review, "tf").status is S.RIGHT


def test_damaged_answers_are_shown_as_nothing() -> None:
    quiz = the_quiz()
    damaged = {"sc": 7, "mc": "x", "tf": "yes", "ma": [1], "or": {}, "sn": [5], "fb": 3}
    review = build_review(graded_attempt(quiz, answers=damaged), quiz, by_id(quiz), ALL)
    for qid in damaged:
        assert question(review, qid).feedback == ()
    assert question(review, "sn").answer == ()
    assert question(review, "fb").answer == ("", "")


@pytest.mark.parametrize("flags", list(itertools.product([False, True], repeat=4)))
def test_every_visibility_combination_leaves_out_what_it_forbids(
        flags: tuple[bool, bool, bool, bool]) -> None:
    visibility = ReviewVisibility(*flags)
    feedback, answers, score, band = flags
    review = reviewed(visibility)
    for shown in review.questions:
        assert shown.answer  # the trainee's own answer is always there
        assert (shown.status is not None) is feedback
        assert (shown.feedback is not None) is feedback
        assert (shown.general_feedback is not None) is feedback
        assert (shown.points is not None) is (feedback and score)
        assert (shown.max_points is not None) is (feedback and score)
        assert (shown.correct_answer is not None) is answers
    essay = question(review, "es")
    assert (essay.essay_comment is not None) is feedback
    assert (essay.essay_marks is not None) is (feedback and score)
    assert (review.summary.percent is not None) is score
    assert (review.summary.passed is not None) is score
    assert (review.summary.feedback is not None) is (score and band)


SECRETS = ["fb-", "general-", "ending-", "band-", "认可", "跟进", "客户满意", "解决问题",
           "R2", "评语", "MODEL-ANSWER", "correct=True"]


def test_nothing_hidden_can_be_found_anywhere_in_the_data() -> None:
    text = repr(reviewed(NOTHING))
    assert [s for s in SECRETS if s in text] == []
    assert "MODEL-ANSWER" not in repr(reviewed(ALL))  # the model answer is for trainers only


def test_pending_essay_by_the_quiz_settings() -> None:
    quiz = the_quiz()
    review = trainee_review(graded_attempt(quiz), quiz, by_id(quiz), quiz_closed=False)
    summary = review.summary
    assert summary.pending and summary.percent is None and summary.passed is None
    assert summary.score is None and summary.feedback is None
    assert question(review, "es").status is S.PENDING
    assert question(review, "es").essay_marks is None
    assert question(review, "sc").status is S.WRONG  # feedback after submit is allowed …
    assert question(review, "sc").points is None     # … but not points before the total


def test_graded_essay_completes_the_trainee_review() -> None:
    quiz = the_quiz()
    attempt = graded_attempt(quiz)
    grade_essay(attempt, by_id(quiz)["es"], [2, 1])
    review = trainee_review(attempt, quiz, by_id(quiz), quiz_closed=False)
    assert review.summary.percent == 60.0 and not review.summary.pending
    assert review.summary.feedback == "band-low"
    assert question(review, "es").points == 3.0


@pytest.mark.parametrize(("feedback", "answers", "closed", "shows_feedback", "shows_answers"), [
    (T.AFTER_SUBMIT, T.NEVER, False, True, False),
    (T.NEVER, T.AFTER_SUBMIT, False, False, True),
    (T.AFTER_CLOSE, T.AFTER_CLOSE, False, False, False),
    (T.AFTER_CLOSE, T.AFTER_CLOSE, True, True, True),
    (T.NEVER, T.NEVER, True, False, False),
])
def test_timings(feedback: m.Timing, answers: m.Timing, closed: bool, shows_feedback: bool,
                 shows_answers: bool) -> None:
    quiz = the_quiz(feedback_timing=feedback, answers_timing=answers)
    attempt = graded_attempt(quiz, answers={"sc": "a"})  # the empty essay needs no grading
    review = trainee_review(attempt, quiz, by_id(quiz), quiz_closed=closed)
    shown = question(review, "sc")
    assert (shown.status is not None) is shows_feedback
    assert (shown.correct_answer is not None) is shows_answers
    assert review.summary.percent == 10.0  # the score shows once graded, whatever the timing
    assert (review.summary.feedback is not None) is shows_feedback


def test_immediate_feedback_during_the_attempt_only_for_answered_questions() -> None:
    quiz = the_quiz(feedback_timing=T.IMMEDIATE, answers_timing=T.IMMEDIATE)
    attempt = graded_attempt(quiz, answers={"sc": "a"}, state=AttemptState.OPEN)
    review = trainee_review(attempt, quiz, by_id(quiz), quiz_closed=False)
    answered, unanswered = question(review, "sc"), question(review, "mc")
    assert answered.status is S.RIGHT and answered.feedback == ("fb-a",)
    assert answered.correct_answer == ("C. text-a",)
    assert answered.points is None  # no score during the attempt
    assert unanswered.status is None and unanswered.correct_answer is None
    assert review.summary.percent is None and not review.summary.pending


def test_open_attempt_shows_nothing_without_immediate_timings() -> None:
    quiz = the_quiz()
    attempt = graded_attempt(quiz, answers={"sc": "a"}, state=AttemptState.OPEN)
    review = trainee_review(attempt, quiz, by_id(quiz), quiz_closed=True)
    assert all(q.status is None and q.correct_answer is None for q in review.questions)


def test_question_deleted_from_the_course_is_left_out() -> None:
    quiz = the_quiz()
    attempt = graded_attempt(quiz)
    questions = {qid: q for qid, q in by_id(quiz).items() if qid != "mc"}
    review = build_review(attempt, quiz, questions, ALL)
    assert [q.question_id for q in review.questions] == ["sc", "tf", "fb", "ma", "or", "es",
                                                         "sn"]
    assert [q.number for q in review.questions] == list(range(1, 8))


def test_chinese_display_text() -> None:
    set_language("zh")
    quiz = the_quiz()
    review = build_review(graded_attempt(quiz, answers={"ma": {"L1": "R1"}}), quiz,
                          by_id(quiz), ALL)
    assert question(review, "tf").correct_answer == ("错",)
    assert question(review, "ma").answer == ("L1 → R1", "L2 → （未配对）")
