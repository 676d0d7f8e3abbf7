"""Automatic table column widths: short labels never break, the rest share the width."""

from __future__ import annotations

import pytest

from exporters.pdf.table_widths import column_widths


def measure(text: str) -> float:
    """10 points per CJK character, 5 per other character (like a 10 pt CJK font)."""
    return sum(10.0 if ord(char) >= 0x2E80 else 5.0 for char in text)


STEPS = [["环节", "核心任务", "常见误区"],
         ["倾听", "弄清客户说了什么、为什么这么说" * 2, "没听完就打断，急着解释或推荐产品" * 2],
         ["认同", "承认客户的感受与关切是合理的", "把认同当成“全盘同意”"]]


def test_short_label_column_keeps_its_labels_on_one_line() -> None:
    widths = column_widths(STEPS, 3, 400, measure, padding=11)
    assert sum(widths) == pytest.approx(400)
    assert widths[0] >= measure("环节") + 11
    assert widths[0] < widths[1] and widths[0] < widths[2]


def test_narrow_content_is_spread_over_the_whole_width() -> None:
    widths = column_widths([["甲", "乙乙乙"], ["丙", "丁"]], 2, 300, measure, padding=10)
    assert sum(widths) == pytest.approx(300)
    assert widths[1] / widths[0] == pytest.approx((30 + 10) / (10 + 10))


def test_long_latin_words_are_not_split_when_there_is_room() -> None:
    rows = [["Term", "Explanation"], ["CRM", "customer relationship management " * 6]]
    widths = column_widths(rows, 2, 300, measure, padding=10)
    assert widths[0] >= measure("Term") + 10


def test_minimums_scale_down_when_nothing_fits() -> None:
    rows = [["一二三四", "一二三四", "一二三四"]]
    widths = column_widths(rows, 3, 60, measure, padding=10)
    assert sum(widths) == pytest.approx(60)
    assert widths[0] == pytest.approx(widths[1]) == pytest.approx(widths[2])


def test_no_columns() -> None:
    assert column_widths([], 0, 100, measure, padding=10) == []
