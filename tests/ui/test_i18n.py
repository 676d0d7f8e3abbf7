"""Both catalogues complete; every key the code uses exists; no English in the Chinese UI."""

from __future__ import annotations

import re
import string
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTabWidget,
    QTreeView,
)

from courseware import model as m
from ui.i18n import LANGUAGES, catalogue

UI_ROOT = Path(__file__).resolve().parents[2] / "ui"
# Words that are the same in both languages: product names, file formats, paper names.
ALLOWED_LATIN = {"Markdown", "TrueType", "Ctrl", "Shift", "Alt", "Del", "PDF", "A4", "Letter",
                 "English", "Courseware", "Studio", "F1", "F2", "F5", "F7"}


def test_every_catalogue_complete() -> None:
    assert LANGUAGES == ("zh", "zh-TW", "en")
    for key, entry in catalogue().items():
        for language in LANGUAGES:
            assert entry.get(language, "").strip(), f"{key} has no {language} text"
        fields = [set(re.findall(r"{(\w+)}", entry[lang])) for lang in LANGUAGES]
        assert all(f == fields[0] for f in fields), f"{key}: placeholders differ"
        assert "(s)" not in entry["en"], f"{key}: give English a singular form (en_one)"


def test_every_key_used_in_code_exists() -> None:
    keys = set(catalogue())
    used: set[str] = set()
    for path in UI_ROOT.rglob("*.py"):
        used.update(re.findall(r'\btr\(\s*"([a-z_]+\.[a-z_.\-]+)"', path.read_text("utf-8")))
        used.update(re.findall(r'"((?:field|editor|export|settings|scenario|list|format|'
                               r'action|menu)\.[a-z_.]+)"', path.read_text("utf-8")))
    dynamic = {f"qtype.{t}" for t in m.QUESTION_TYPES}
    dynamic |= {f"section.{s}" for s in m.CASE_SECTIONS}
    dynamic |= {f"grading.{v.value}" for v in m.GradingMethod}
    dynamic |= {f"timing.{v.value}" for v in m.Timing}
    dynamic |= {f"navigation.{v.value}" for v in m.Navigation}
    dynamic |= {f"scoring.{v.value}" for v in m.ChoiceScoring}
    missing = sorted((used | dynamic) - keys)
    assert not missing, missing


def _latin_words(text: str) -> list[str]:
    text = re.sub(r"\(&\w\)|&", "", text)
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in ALLOWED_LATIN]


def _visible_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    texts = [window.windowTitle()]
    for menu in window.menuBar().findChildren(type(window.recent_menu)):
        texts.append(menu.title())
        texts.extend(a.text() for a in menu.actions() if not a.isSeparator())
    for widget in window.findChildren(QLabel):
        texts.append(widget.text())
    for widget in window.findChildren(QAbstractButton):
        texts.append(widget.text())
    for widget in window.findChildren(QGroupBox):
        texts.append(widget.title())
    for widget in window.findChildren(QTabWidget):
        texts.extend(widget.tabText(i) for i in range(widget.count()))
    for widget in window.findChildren(QTableWidget):
        texts.extend(widget.horizontalHeaderItem(i).text() for i in range(widget.columnCount()))
    for widget in window.findChildren(QComboBox):
        texts.extend(widget.itemText(i) for i in range(widget.count()))
    for widget in window.findChildren(QLineEdit):
        texts.append(widget.placeholderText())
    for widget in (*window.findChildren(QLineEdit), *window.findChildren(QComboBox),
                   *window.findChildren(QTreeView)):
        texts.append(widget.accessibleName())
    return [t for t in texts if t]


def _english_in_chinese_ui(workspace) -> list[str]:  # type: ignore[no-untyped-def]
    course = workspace.document.course
    objects = [course, course.modules[0], course.modules[0].items[0],
               course.modules[0].case_studies[0], course.modules[0].quizzes[0],
               *[next(q for q in course.all_questions() if q.type_name == t)
                 for t in m.QUESTION_TYPES if any(q.type_name == t
                                                  for q in course.all_questions())]]
    leaks = []
    for obj in objects:
        workspace.select_object(obj)
        for text in _visible_texts(workspace.window):
            if obj is not course and text in (getattr(obj, "id", None),):
                continue
            words = _latin_words(text)
            # content (course text, ids) may contain Latin letters: only UI texts are checked
            if words and not _is_content(text, course):
                leaks.append(text)
    return leaks


def _is_content(text: str, course: m.Course) -> bool:
    ids = {course.id, *(mod.id for mod in course.modules)}
    ids |= {item.id for mod in course.modules for item in mod.items}
    ids |= {q.id for q in course.all_questions()}
    stripped = text.strip(string.whitespace + "·*")
    return (stripped in ids or any(stripped.startswith(i) for i in ids)
            or (re.search(r"[\u4e00-\u9fff]", text) is not None and _only_ids(text, ids)))


def _only_ids(text: str, ids: set[str]) -> bool:
    return all(any(word in i for i in ids) for word in _latin_words(text))


def test_no_english_leaks_into_the_chinese_main_window(workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.apply_language("zh")
    assert _english_in_chinese_ui(workspace) == []


def test_language_switch_applies_immediately(workspace) -> None:  # type: ignore[no-untyped-def]
    window = workspace.window
    workspace.apply_language("zh")
    assert window.action("save").text() == "保存(&S)"
    assert window.menus["menu.file"].title() == "文件(&F)"
    workspace.select_object(workspace.document.course.modules[0].quizzes[-1])
    assert workspace.editor.title_label.text() == "<h2>测验</h2>"
    workspace.apply_language("en")
    assert window.action("save").text() == "&Save"
    assert window.problems_dock.windowTitle() == "Problems"
    assert workspace.editor.title_label.text() == "<h2>Quiz</h2>"


def test_settings_dialog_switches_language_and_stores_preferences(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(workspace.window, workspace.settings)
    dialog.language_changed.connect(workspace.apply_language)
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    dialog.organisation.setText("培训部")
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.accept()
    assert workspace.window.action("open").text() == "打开课程(&O)…"
    assert workspace.settings.language == "zh"
    assert workspace.settings.get("organisation") == "培训部"
    assert workspace.settings.get("paper_size") == "letter"
    dialog.deleteLater()


def test_settings_offer_traditional_chinese_with_qt_strings(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(workspace.window, workspace.settings)
    dialog.language_changed.connect(workspace.apply_language)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[1:] == ["简体中文", "繁體中文", "English"]
    dialog.language.setCurrentIndex(dialog.language.findData("zh-TW"))
    dialog.accept()
    dialog.setParent(None)  # made in English: not part of the window checked below
    try:
        assert workspace.settings.language == "zh-TW"
        assert workspace.window.action("save").text() == "儲存(&S)"
        assert workspace.window.menus["menu.file"].title() == "檔案(&F)"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        assert QCoreApplication.translate("QPlatformTheme", "Save") == "儲存"
        assert _english_in_chinese_ui(workspace) == []
    finally:
        workspace.apply_language("en")
        dialog.deleteLater()
