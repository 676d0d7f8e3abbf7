"""GIFT round trip: 10,000 questions of every type GIFT holds, written and read back.

``gift_roundtrip_10000_s`` (target < 2 s): ``questions_to_gift`` then ``read_gift_text`` on the
result, best of three runs.
"""

from __future__ import annotations

import time

from courseware import model as m
from exporters.banks.formats.gift import questions_to_gift
from exporters.banks.interop.gift_reader import read_gift_text

COUNT = 10_000


def _question(n: int) -> m.Question:
    prompt = f"第 {n} 题：客户对{{年化利率}}有疑问时，客户经理应当怎样解释？ 费率 0.6% = 7.2%/年"
    options = [m.Option(chr(97 + i), f"选项 {i} ~ 说明 #{n}", i == n % 4, f"反馈 {i}")
               for i in range(4)]
    kind = n % 6
    if kind == 0:
        return m.SingleChoiceQuestion(id=f"q{n}", prompt=prompt, options=options,
                                      category=f"模块{n % 5}", feedback="解析：先倾听")
    if kind == 1:
        for option in options[:2]:
            option.correct = True
        return m.MultipleChoiceQuestion(id=f"q{n}", prompt=prompt, options=options)
    if kind == 2:
        return m.TrueFalseQuestion(id=f"q{n}", prompt=prompt, answer=bool(n % 2),
                                   true_feedback="对", false_feedback="错")
    if kind == 3:
        return m.FillBlankQuestion(id=f"q{n}", prompt="四个环节：倾听、___、回应。",
                                   blanks=[m.Blank(["认同", "认可"])])
    if kind == 4:
        return m.NumericalQuestion(id=f"q{n}", prompt=prompt, answers=[
            m.NumericalAnswer(13.0, 0.2, 100, "对"), m.NumericalAnswer(7.2, 0, 50, "名义")])
    return m.MatchingQuestion(id=f"q{n}", prompt=prompt, pairs=[
        m.MatchPair("倾听", "听完"), m.MatchPair("认同", "理解"), m.MatchPair("回应", "答复")],
        distractors=["打断"])


def _round_trip(questions: list[m.Question]) -> int:
    text, _problems, written = questions_to_gift(questions)
    result = read_gift_text(text, "bench.gift")
    assert len(result.entries) == written == len(questions)
    return written


def run() -> dict[str, float]:
    questions = [_question(n) for n in range(COUNT)]
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        _round_trip(questions)
        best = min(best, time.perf_counter() - started)
    return {"gift_roundtrip_10000_s": round(best, 3)}
