"""Sign-in as a trainee meets it: one click on a name, then the button and "你是李四吗？";
names in pinyin order; a search by characters, pinyin, initials and employee id."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from courseware.i18n import set_language
from courseware.results import ResultsStore, Trainee
from tests.ui.trainee.conftest import close_kiosk, open_kiosk
from ui.trainee.roster_search import entry, matches, sorted_entries

CLASS = [("张三", "E1001"), ("李四", "E1002"), ("王五", "E1003"), ("李娜", "E1004"),
         ("阿强", "E1005"), ("赵六", "E1006")]


@pytest.fixture
def chinese() -> Iterator[None]:
    """These tests read the Chinese interface (the trainee's): "你是李四吗？"."""
    set_language("zh")
    yield
    set_language("en")


@pytest.fixture
def roster_kiosk(qtbot, chinese, package, store: ResultsStore,  # type: ignore[no-untyped-def]
                 clock, password_record) -> Iterator:  # type: ignore[type-arg]
    for name, employee_id in CLASS[1:]:  # 张三 is on the roster already
        store.rosters.add(Trainee(name=name, employee_id=employee_id, department="营业部"))
    window = open_kiosk(package, store, clock, password_record)
    window.resize(1366, 768)
    yield window
    close_kiosk(window)


def shown_names(kiosk) -> list[str]:  # type: ignore[no-untyped-def]
    names = kiosk.signin_page.names
    return [names.item(row).text().split("（")[0] for row in range(names.count())]


def click_name(kiosk, name: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    names = kiosk.signin_page.names
    row = shown_names(kiosk).index(name)
    rect = names.visualItemRect(names.item(row))
    qtbot.mouseClick(names.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def answer_confirmation(button_text: str, seen: list[str]) -> None:
    """Click a button of the confirmation box once it is open (it is modal)."""
    def click() -> None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, click)
            return
        box = boxes[0]
        seen.append(box.text())
        target = next((b for b in box.findChildren(QPushButton) if b.text() == button_text),
                      None)
        assert target is not None, [b.text() for b in box.findChildren(QPushButton)]
        target.click()

    QTimer.singleShot(20, click)


def test_names_are_in_pinyin_order(roster_kiosk) -> None:  # type: ignore[no-untyped-def]
    # code-point order would be 张 李 王 … (U+5F20 > U+674E); pinyin: a, li, li, wang, zhang, zhao
    assert shown_names(roster_kiosk) == ["阿强", "李娜", "李四", "王五", "张三", "赵六"]


def test_one_click_then_sign_in_asks_are_you_and_signs_in(  # type: ignore[no-untyped-def]
        roster_kiosk, qtbot) -> None:
    page = roster_kiosk.signin_page
    click_name(roster_kiosk, "李四", qtbot)
    assert page.names.currentItem().isSelected()  # one click selected it
    seen: list[str] = []
    answer_confirmation("不是", seen)  # somebody else's name: nothing happens
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    assert seen == ["你是李四吗？"]
    assert roster_kiosk.classroom.trainee is None and page.error.text() == ""
    answer_confirmation("是，进入", seen)
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    assert roster_kiosk.classroom.trainee.name == "李四"
    assert roster_kiosk.stack.currentWidget() is roster_kiosk.home_page


def test_the_button_without_a_choice_says_what_to_do(roster_kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = roster_kiosk.signin_page
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    assert "点一下你的姓名" in page.error.text()


@pytest.mark.parametrize(("typed", "found"), [
    ("ln", ["李娜"]), ("lina", ["李娜"]), ("li na", ["李娜"]), ("LN", ["李娜"]),
    ("li", ["李娜", "李四"]), ("李", ["李娜", "李四"]), ("娜", ["李娜"]), ("zs", ["张三"]),
    ("zh", ["张三", "赵六"]), ("E1003", ["王五"]), ("ｅ１００６", ["赵六"]), ("xyz", []),
])
def test_search_by_characters_pinyin_initials_and_id(  # type: ignore[no-untyped-def]
        roster_kiosk, qtbot, typed: str, found: list[str]) -> None:
    page = roster_kiosk.signin_page
    if typed.isascii():
        qtbot.keyClicks(page.search, typed)
    else:  # what a Chinese input method commits (QTest cannot type these keys)
        page.search.insert(typed)
    assert shown_names(roster_kiosk) == found
    if len(found) == 1:
        assert page.names.currentItem().isSelected()  # the only match: ready to sign in
    if not found:
        assert "没有找到" in page.error.text()


def test_keyboard_only_sign_in(roster_kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = roster_kiosk.signin_page
    assert page.search.hasFocus() or QApplication.focusWidget() is page.search
    qtbot.keyClicks(page.search, "wang")
    seen: list[str] = []
    answer_confirmation("是，进入", seen)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert seen == ["你是王五吗？"]
    assert roster_kiosk.classroom.trainee.name == "王五"


def test_rows_are_large_click_targets(roster_kiosk) -> None:  # type: ignore[no-untyped-def]
    names = roster_kiosk.signin_page.names
    assert all(names.visualItemRect(names.item(r)).height() >= 44 for r in range(names.count()))
    assert roster_kiosk.signin_page.button.height() >= 44


def test_matching_rules_without_widgets() -> None:
    people = sorted_entries([Trainee(name="曾小明", employee_id="A7"),
                             Trainee(name="李娜", employee_id="B8")])
    assert matches(people[1], "ln") and matches(people[1], "lin") and not matches(people[1], "x")
    assert matches(entry(Trainee(name="Anna Li", employee_id="C9")), "anna")
