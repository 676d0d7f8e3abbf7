"""Quiz and item statistics against values computed by hand (arithmetic in the comments)."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pytest

from courseware.engine.attempt import AnswerRecord, Attempt, AttemptState, QuestionResult
from courseware.stats import quiz_statistics, select_attempts
from courseware.stats.descriptive import kurtosis, skewness

START = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def graded(trainee: str, marks: dict[str, float], answers: dict[str, object] | None = None,
           number: int = 1, qtype: str = "single_choice") -> Attempt:
    """A submitted attempt where each question is worth 1 point and got ``marks[q]``."""
    attempt = Attempt(id=f"{trainee}-{number}", quiz_id="quiz", course_id="c",
                      trainee_id=trainee, attempt_number=number, seed=0, started_at=START,
                      question_ids=list(marks), state=AttemptState.SUBMITTED,
                      option_orders={q: ["a", "b", "c"] for q in marks
                                     if qtype != "true_false"})
    attempt.results = {q: QuestionResult(q, qtype, 1.0, p, p) for q, p in marks.items()}
    attempt.answers = {q: AnswerRecord(value=v) for q, v in (answers or {}).items()}  # type: ignore[misc]
    return attempt


# A "Guttman" data set: 4 trainees, 3 one-point questions.
#        q1 q2 q3   T    percent
#   s1    1  1  1   3    100
#   s2    1  1  0   2    66.67
#   s3    1  0  0   1    33.33
#   s4    0  0  0   0    0
GUTTMAN = [
    graded("s1", {"q1": 1, "q2": 1, "q3": 1}, {"q1": "a", "q2": "a", "q3": "a"}),
    graded("s2", {"q1": 1, "q2": 1, "q3": 0}, {"q1": "a", "q2": "a", "q3": "b"}),
    graded("s3", {"q1": 1, "q2": 0, "q3": 0}, {"q1": "a", "q2": "c", "q3": "b"}),
    graded("s4", {"q1": 0, "q2": 0, "q3": 0}, {"q1": "b", "q3": "c"}),
]


def test_quiz_level_figures() -> None:
    stats = quiz_statistics(GUTTMAN)
    assert stats.attempt_count == 4
    # mean of 100, 66.67, 33.33, 0 = 50; median = (66.67 + 33.33) / 2 = 50
    assert stats.mean == pytest.approx(50.0)
    assert stats.median == pytest.approx(50.0)
    # T = 3,2,1,0: deviations ±1.5, ±0.5 → Σd² = 5, V(T) = 5/3, SD = 1.29099 points,
    # in percent of 3 points: 1.29099 × 100/3 = 43.0331
    assert stats.standard_deviation == pytest.approx(math.sqrt(5 / 3) * 100 / 3)
    assert stats.skewness == pytest.approx(0.0, abs=1e-12)  # symmetric
    # m2 = 5/4, m4 = (2·1.5⁴ + 2·0.5⁴)/4 = 10.25/4 = 2.5625, S = 4
    # k2 = 4·1.25/3 = 5/3; k4 = 16·(5·2.5625 − 3·3·1.5625)/(3·2·1) = 16·(−1.25)/6 = −10/3
    # kurtosis = k4/k2² = (−10/3)/(25/9) = −1.2
    assert stats.kurtosis == pytest.approx(-1.2)
    # V(q1) = V(q3) = 0.75/3 = 0.25, V(q2) = 1/3 → ΣV = 5/6
    # CIC = 100 · 3/2 · (1 − (5/6)/(5/3)) = 150 · 0.5 = 75
    assert stats.cronbach_alpha == pytest.approx(75.0)
    # ER = 100 · √(1 − 0.75) = 50; SE = 0.5 · 43.0331 = 21.5166
    assert stats.error_ratio == pytest.approx(50.0)
    assert stats.standard_error == pytest.approx(0.5 * math.sqrt(5 / 3) * 100 / 3)


def test_item_figures() -> None:
    items = {q.question_id: q for q in quiz_statistics(GUTTMAN).questions}
    q1, q2, q3 = items["q1"], items["q2"], items["q3"]
    # facility = mean mark / max: q1 3/4, q2 2/4, q3 1/4
    assert (q1.facility_index, q2.facility_index, q3.facility_index) == (75.0, 50.0, 25.0)
    # SD: q1 √0.25 = 0.5 → 50 %; q2 √(1/3) = 0.57735 → 57.735 %
    assert q1.standard_deviation == pytest.approx(50.0)
    assert q2.standard_deviation == pytest.approx(100 * math.sqrt(1 / 3))
    # q1: x = 1,1,1,0; rest X = T − x = 2,1,0,0; both means 0.75
    # Σ(dx·dX) = .25·1.25 + .25·.25 + .25·(−.75) + (−.75)(−.75) = .75 → C = .25
    # V(x) = .25, V(X) = (1.5625 + .0625 + .5625 + .5625)/3 = .916667
    # r = .25 / √(.25 · .916667) = .52223
    assert q1.discrimination_index == pytest.approx(100 * 0.25 / math.sqrt(0.25 * 2.75 / 3))
    # q2: x = 1,1,0,0; X = 2,1,1,0 → C = 1/3, V(x) = 1/3, V(X) = 2/3 → r = 1/√2
    assert q2.discrimination_index == pytest.approx(100 / math.sqrt(2))
    # Sorted x and X are already paired the same way in this data set: C_max = C → 100 %
    assert q1.discriminative_efficiency == pytest.approx(100.0)
    assert q3.discriminative_efficiency == pytest.approx(100.0)


def test_option_frequencies() -> None:
    items = {q.question_id: q for q in quiz_statistics(GUTTMAN).questions}
    assert items["q1"].option_frequencies == {"a": 3, "b": 1, "c": 0}
    assert items["q2"].option_frequencies == {"a": 2, "b": 0, "c": 1}
    assert items["q2"].no_answer == 1  # s4 left q2 blank


def test_negative_discrimination_and_alpha() -> None:
    # s1: q1=1 q2=0 (T=1); s2: q1=0 q2=1 (T=1); s3: q1=1 q2=1 (T=2)
    attempts = [graded("s1", {"q1": 1, "q2": 0}), graded("s2", {"q1": 0, "q2": 1}),
                graded("s3", {"q1": 1, "q2": 1})]
    stats = quiz_statistics(attempts)
    q1 = next(q for q in stats.questions if q.question_id == "q1")
    # q1: x = 1,0,1 (mean 2/3), X = 0,1,1 (mean 2/3)
    # Σ(dx·dX) = (1/3)(−2/3) + (−2/3)(1/3) + (1/3)(1/3) = −1/3 → C = −1/6; V(x) = V(X) = 1/3
    # r = (−1/6)/(1/3) = −0.5; sorted x = 0,1,1 and X = 0,1,1 → C_max = 1/3 → DE = −50 %
    assert q1.discrimination_index == pytest.approx(-50.0)
    assert q1.discriminative_efficiency == pytest.approx(-50.0)
    # V(q1) = V(q2) = 1/3; T = 1,1,2 → V(T) = (1/9 + 1/9 + 4/9)/2 = 1/3
    # CIC = 100 · 2/1 · (1 − (2/3)/(1/3)) = −200; ER = 100 · √(1 + 2) = 173.2
    assert stats.cronbach_alpha == pytest.approx(-200.0)
    assert stats.error_ratio == pytest.approx(100 * math.sqrt(3))


def test_one_attempt_gives_none_where_nothing_can_be_computed() -> None:
    stats = quiz_statistics([graded("s1", {"q1": 1, "q2": 0})])
    assert stats.attempt_count == 1 and stats.mean == 50.0 and stats.median == 50.0
    assert (stats.standard_deviation, stats.skewness, stats.kurtosis) == (None, None, None)
    assert (stats.cronbach_alpha, stats.error_ratio, stats.standard_error) == (None, None, None)
    q1 = stats.questions[0]
    assert q1.facility_index == 100.0 and q1.standard_deviation is None
    assert q1.discrimination_index is None and q1.discriminative_efficiency is None


def test_zero_variance_gives_none_not_a_crash() -> None:
    same = [graded(f"s{n}", {"q1": 1, "q2": 1 / 3}) for n in range(5)]
    stats = quiz_statistics(same)
    assert stats.standard_deviation == 0.0
    assert stats.skewness is None and stats.kurtosis is None
    assert stats.cronbach_alpha is None and stats.standard_error is None
    assert all(q.discrimination_index is None for q in stats.questions)
    assert all(q.discriminative_efficiency is None for q in stats.questions)


def test_no_attempts() -> None:
    stats = quiz_statistics([])
    assert stats.attempt_count == 0 and stats.mean is None and stats.questions == []


def test_first_attempts_only_by_default() -> None:
    attempts = [graded("s1", {"q1": 0}, number=1), graded("s1", {"q1": 1}, number=2),
                graded("s2", {"q1": 1})]
    assert quiz_statistics(attempts).mean == 50.0  # s1's first (0) and s2 (100)
    assert quiz_statistics(attempts, first_only=False).mean == pytest.approx(200 / 3)


def test_open_and_pending_attempts_are_left_out() -> None:
    open_attempt = graded("s1", {"q1": 1})
    open_attempt.state = AttemptState.OPEN
    pending = graded("s2", {"q1": 1})
    pending.results["q1"].points = None  # an essay awaiting the trainer
    later = graded("s2", {"q1": 0}, number=2)
    assert select_attempts([open_attempt, pending, later]) == []  # s2's first is pending
    assert select_attempts([open_attempt, pending, later], first_only=False) == [later]


def test_random_draws_leave_alpha_undefined_but_items_computed() -> None:
    attempts = [graded("s1", {"q1": 1, "q2": 0}), graded("s2", {"q1": 0, "q3": 1}),
                graded("s3", {"q1": 1, "q2": 1})]
    stats = quiz_statistics(attempts)
    assert stats.cronbach_alpha is None
    counts = {q.question_id: q.attempt_count for q in stats.questions}
    assert counts == {"q1": 3, "q2": 2, "q3": 1}


def test_true_false_and_multiple_choice_frequencies() -> None:
    tf = [graded("s1", {"t": 1}, {"t": True}, qtype="true_false"),
          graded("s2", {"t": 0}, {"t": False}, qtype="true_false"),
          graded("s3", {"t": 1}, {"t": True}, qtype="true_false")]
    assert quiz_statistics(tf).questions[0].option_frequencies == {"true": 2, "false": 1}
    mc = [graded("s1", {"m": 1}, {"m": ["a", "c"]}, qtype="multiple_choice"),
          graded("s2", {"m": 0}, {"m": ["a", "a", "b"]}, qtype="multiple_choice")]
    assert quiz_statistics(mc).questions[0].option_frequencies == {"a": 2, "b": 1, "c": 1}


def test_sample_skewness_and_kurtosis_by_hand() -> None:
    # values 0, 0, 0, 4: mean 1, deviations −1,−1,−1,3
    # m2 = (1+1+1+9)/4 = 3, m3 = (−1−1−1+27)/4 = 6, m4 = (1+1+1+81)/4 = 21
    # k2 = 4·3/3 = 4; k3 = 16·6/(3·2) = 16 → skewness = 16/4^1.5 = 2
    # k4 = 16·(5·21 − 3·3·9)/(3·2·1) = 16·24/6 = 64 → kurtosis = 64/16 = 4
    assert skewness([0, 0, 0, 4]) == pytest.approx(2.0)
    assert kurtosis([0, 0, 0, 4]) == pytest.approx(4.0)
    assert skewness([1, 2]) is None and kurtosis([1, 2, 3]) is None
