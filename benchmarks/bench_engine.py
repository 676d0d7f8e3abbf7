"""grade_attempts_per_s, stats_100k_s (issue 4: quiz engine and item statistics)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import UTC, datetime

from courseware import model as m
from courseware.engine import AnswerRecord, Attempt, AttemptState, QuizGrader
from courseware.engine.attempt import JSONValue, QuestionResult
from courseware.stats import quiz_statistics

START = datetime(2024, 1, 1, tzinfo=UTC)


def _mixed_questions() -> list[m.Question]:
    """30 questions, five of each auto-graded type but scenario (plus five scenarios)."""
    questions: list[m.Question] = []
    for n in range(5):
        options = [m.Option(id=k, text=k, correct=k in "ac") for k in "abcde"]
        questions += [
            m.SingleChoiceQuestion(id=f"s{n}", options=[m.Option(id=k, correct=k == "b")
                                                        for k in "abcd"]),
            m.MultipleChoiceQuestion(id=f"m{n}", options=options),
            m.TrueFalseQuestion(id=f"t{n}", answer=n % 2 == 0),
            m.FillBlankQuestion(id=f"f{n}", blanks=[m.Blank(["认同", "认可"]),
                                                    m.Blank(["Trust"])]),
            m.MatchingQuestion(id=f"p{n}", pairs=[m.MatchPair(f"L{i}", f"R{i}")
                                                  for i in range(4)]),
            m.ScenarioQuestion(id=f"c{n}", start="a", nodes=[
                m.ScenarioNode("a", choices=[m.ScenarioChoice("x", "b"),
                                             m.ScenarioChoice("y", "end0")]),
                m.ScenarioNode("b", choices=[m.ScenarioChoice("x", "end1"),
                                             m.ScenarioChoice("y", "end0")]),
                m.ScenarioNode("end0", ending=m.ScenarioEnding(0)),
                m.ScenarioNode("end1", ending=m.ScenarioEnding(100))]),
        ]
    return questions


def _random_answer(question: m.Question, rng: random.Random) -> JSONValue:
    if isinstance(question, m.SingleChoiceQuestion):
        return rng.choice("abcd")
    if isinstance(question, m.MultipleChoiceQuestion):
        return rng.sample("abcde", rng.randint(1, 3))
    if isinstance(question, m.TrueFalseQuestion):
        return rng.random() < 0.5
    if isinstance(question, m.FillBlankQuestion):
        return [rng.choice(["认同", " 认可 ", "信任"]), rng.choice(["ｔｒｕｓｔ", "faith"])]
    if isinstance(question, m.MatchingQuestion):
        return {f"L{i}": f"R{rng.choice([i, i, (i + 1) % 4])}" for i in range(4)}
    return [rng.randint(0, 1), rng.randint(0, 1)]


def _attempts(questions: list[m.Question], count: int) -> list[Attempt]:
    rng = random.Random(1)
    return [Attempt(id=str(n), quiz_id="q", course_id="c", trainee_id=f"t{n}",
                    attempt_number=1, seed=n, started_at=START, state=AttemptState.SUBMITTED,
                    question_ids=[q.id for q in questions],
                    answers={q.id: AnswerRecord(_random_answer(q, rng)) for q in questions})
            for n in range(count)]


REPEATS = 3  # the best of a few runs, as timeit does: other load on the PC only adds time


def _best_time(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def grade_attempts_per_s(count: int = 3000) -> float:
    questions = _mixed_questions()
    attempts = _attempts(questions, count)

    def grade_all() -> None:
        grader = QuizGrader({q.id: q for q in questions}, m.QuizSettings())  # fresh: no cache
        for attempt in attempts:
            attempt.results = {}
            grader.apply(attempt)
    return count / _best_time(grade_all)


def _graded_attempts(trainees: int = 1000, questions: int = 100) -> list[Attempt]:
    rng = random.Random(2)
    ids = [f"q{n}" for n in range(questions)]
    attempts = []
    for n in range(trainees):
        ability = rng.random()
        attempt = Attempt(id=str(n), quiz_id="q", course_id="c", trainee_id=f"t{n}",
                          attempt_number=1, seed=n, started_at=START,
                          state=AttemptState.SUBMITTED, question_ids=ids,
                          option_orders={q: ["a", "b", "c", "d"] for q in ids})
        for q in ids:
            right = rng.random() < ability
            attempt.answers[q] = AnswerRecord("a" if right else rng.choice("bcd"))
            attempt.results[q] = QuestionResult(q, "single_choice", 1.0, float(right),
                                                float(right))
        attempts.append(attempt)
    return attempts


def stats_100k_s() -> float:
    attempts = _graded_attempts()
    return _best_time(lambda: quiz_statistics(attempts))


def run() -> dict[str, float]:
    return {"grade_attempts_per_s": round(grade_attempts_per_s()),
            "stats_100k_s": round(stats_100k_s(), 3)}
