"""Cronbach's alpha says why it is missing, and with random draws is computed on the questions
every attempt held (by hand below); the CLI shows the reason in both languages."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from courseware.cli.results_commands import print_statistics
from courseware.i18n import set_language
from courseware.stats import ALPHA_UNAVAILABLE_REASONS, alpha_note, quiz_statistics
from tests.courseware.stats.test_quiz_statistics import GUTTMAN, graded

# The Guttman set (alpha 75 % on q1–q3) with one randomly drawn question each, chosen so that
# alpha over the attempts' full totals would differ: T would be 4, 2, 2, 0 instead of 3, 2, 1, 0.
DRAWN = [
    graded("s1", {"q1": 1, "q2": 1, "q3": 1, "d1": 1}),
    graded("s2", {"q1": 1, "q2": 1, "q3": 0, "d2": 0}),
    graded("s3", {"q1": 1, "q2": 0, "q3": 0, "d3": 1}),
    graded("s4", {"q1": 0, "q2": 0, "q3": 0, "d4": 0}),
]


def test_fixed_questions_give_the_whole_test_alpha_and_no_reason() -> None:
    stats = quiz_statistics(GUTTMAN)
    assert stats.cronbach_alpha == pytest.approx(75.0)
    assert stats.alpha_unavailable is None and stats.common_items_alpha is None
    assert alpha_note(stats) is None


def test_random_draws_give_alpha_on_the_shared_questions() -> None:
    stats = quiz_statistics(DRAWN)
    assert stats.cronbach_alpha is None and stats.alpha_unavailable == "random_draws"
    # the whole test's error ratio and standard error stay empty: they are not about q1–q3
    assert stats.error_ratio is None and stats.standard_error is None
    common = stats.common_items_alpha
    assert common is not None and (common.item_count, common.attempt_count) == (3, 4)
    # on q1–q3 alone the totals are 3, 2, 1, 0: the Guttman alpha, 75 %
    # (with the drawn marks in the totals, 4, 2, 2, 0, it would be 100·1.5·(1 − (5/6)/(8/3)))
    assert common.value == pytest.approx(75.0)


def test_too_few_shared_questions_give_only_the_reason() -> None:
    attempts = [graded("s1", {"q1": 1, "q2": 0, "a": 1}), graded("s2", {"q1": 0, "q2": 1}),
                graded("s3", {"q1": 1, "q2": 1, "b": 0})]
    stats = quiz_statistics(attempts)
    assert stats.alpha_unavailable == "random_draws" and stats.common_items_alpha is None


def test_shared_questions_with_equal_totals_give_no_estimate() -> None:
    attempts = [graded(f"s{n}", {"q1": 1, "q2": 0, "q3": 1, f"d{n}": n % 2}) for n in range(4)]
    stats = quiz_statistics(attempts)
    assert stats.alpha_unavailable == "random_draws" and stats.common_items_alpha is None


@pytest.mark.parametrize(("attempts", "reason"), [
    ([], "too_few_attempts"),
    ([graded("s1", {"q1": 1, "q2": 0})], "too_few_attempts"),
    ([graded("s1", {"q1": 1}), graded("s2", {"q1": 0})], "too_few_questions"),
    ([graded(f"s{n}", {"q1": 1, "q2": 0}) for n in range(3)], "zero_variance"),
])
def test_each_reason(attempts: list, reason: str) -> None:  # type: ignore[type-arg]
    stats = quiz_statistics(attempts)
    assert stats.cronbach_alpha is None and stats.alpha_unavailable == reason
    assert reason in ALPHA_UNAVAILABLE_REASONS


def test_note_in_both_languages() -> None:
    stats = quiz_statistics(DRAWN)
    assert alpha_note(stats) == ("not computed: attempts got different questions (random "
                                 "draws); on the 3 questions all 4 attempts had: 75.00%")
    set_language("zh")
    note = alpha_note(stats)
    assert note is not None and "随机抽题" in note and "3 道题" in note and "75.00%" in note
    assert not re.search("[A-Za-z]", note)


def test_cli_text_and_json_carry_the_reason(capsys: pytest.CaptureFixture[str]) -> None:
    stats = quiz_statistics(DRAWN)
    print_statistics("final", stats)
    lines = capsys.readouterr().out.splitlines()
    alpha_line = next(i for i, line in enumerate(lines) if "Cronbach" in line)
    assert lines[alpha_line].endswith(": —")
    assert "random draws" in lines[alpha_line + 1] and "75.00%" in lines[alpha_line + 1]
    figures = json.loads(json.dumps(dataclasses.asdict(stats)))
    assert figures["alpha_unavailable"] == "random_draws"
    assert figures["common_items_alpha"] == {"value": pytest.approx(75.0), "item_count": 3,
                                             "attempt_count": 4}
