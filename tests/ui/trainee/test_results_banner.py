"""The results banner: the outcome at a glance, and "简答题待评分" while an essay waits."""

from __future__ import annotations

from tests.ui.trainee.helpers import answer_card, only_card, open_quiz, sign_in


def test_pending_essay_shows_the_waiting_badge(kiosk) -> None:  # type: ignore[no-untyped-def]
    sign_in(kiosk)
    page = open_quiz(kiosk)
    for index in range(page.controller.page_count()):
        page.go_to_page(index)
        answer_card(only_card(page))  # the essay too: it waits for the trainer
    page.confirm_submit = lambda *args: True  # type: ignore[method-assign]
    page.submit()
    results = kiosk.results_page
    assert kiosk.stack.currentWidget() is results
    banner = results.banner.text()
    assert "Essay answers are waiting for grading" in banner
    assert "final result follows" in banner
    assert "Passed" not in banner and "Not passed" not in banner  # not decided yet
    assert results.banner.isVisible() and results.banner.accessibleName()
