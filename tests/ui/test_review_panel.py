"""质量建议: review findings beside the problems, never counted as problems; a click selects
the question."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from courseware.format.writer import save_course
from courseware.i18n import set_language
from tests.courseware.review.review_courses import FLAWS, clean_course, flawed_course


def opened(qtbot, folder: Path):  # type: ignore[no-untyped-def]
    from ui.app import create_workspace

    workspace = create_workspace(folder)
    workspace.files.ask_restore = lambda snapshot: False
    workspace.window.show()
    return workspace


def close(workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.window.close()
    workspace.window.deleteLater()
    workspace.deleteLater()


def test_findings_sit_beside_the_problems_and_select_the_question(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    set_language("zh")
    save_course(flawed_course(), tmp_path / "c")
    workspace = opened(qtbot, tmp_path / "c")
    try:
        assert workspace.problems.validate_now() == []  # advice is not a problem
        panel = workspace.window.problems
        group = panel.findings_group
        assert group is not None and group.text(0) == f"质量建议（{len(FLAWS)}）"
        assert panel.summary.text() == \
            f"没有发现问题。另有质量建议 {len(FLAWS)} 条，仅供参考，不影响课程有效性。"
        titles = [group.child(i).text(0) for i in range(group.childCount())]
        row = next(i for i, t in enumerate(titles) if t.startswith("否定式题干"))
        child = group.child(row)
        assert child.text(1) == "模块一 › 第一单元测验 › 题目2"
        assert "原因：" in child.toolTip(0) and "改法：" in child.toolTip(0)
        workspace.select_object(workspace.document.course)
        panel.list.scrollToItem(child)
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=panel.list.visualItemRect(child).center())
        selected = workspace.current_node().obj
        assert getattr(selected, "id", None) == "m1-q2"
    finally:
        close(workspace)


def test_a_clean_course_has_no_group(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    save_course(clean_course(), tmp_path / "c")
    workspace = opened(qtbot, tmp_path / "c")
    try:
        workspace.problems.validate_now()
        assert workspace.window.problems.findings_group is None
        assert workspace.window.problems.findings == []
    finally:
        close(workspace)


def test_a_large_course_is_reviewed_on_request_not_on_every_edit(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch) -> None:
    import ui.problems_controller as controller

    save_course(flawed_course(), tmp_path / "c")
    workspace = opened(qtbot, tmp_path / "c")
    try:
        monkeypatch.setattr(controller, "LIVE_REVIEW_LIMIT", 10)  # the flawed course has more
        workspace.problems.validate_now(live=True)  # the first review always runs
        panel = workspace.window.problems
        count = len(panel.findings)
        question = next(q for q in workspace.document.course.all_questions() if q.id == "m1-q2")
        question.prompt = "客户抱怨利率太低时，理财经理合适的回应是？"  # the negative stem is gone
        workspace.problems.validate_now(live=True)
        assert len(panel.findings) == count  # not re-run while typing
        workspace.problems.validate_now()  # the Validate action
        assert len(panel.findings) == count - 1
    finally:
        close(workspace)
