"""Every command of the main window: text key, shortcut, icon, menu. Built once, retranslated.

Icons come from the bundled Lucide set by name (``ui.icons.icon("save")``); a new action,
here or anywhere else in the app, takes its icon the same way."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from courseware import model as m
from ui.i18n import tr
from ui.icons import icon

Shortcut = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text_key: str
    shortcuts: tuple[Shortcut, ...] = ()
    icon: str = ""  # a Lucide name bundled in ui/icons/ (ui.icons); every action has one
    on_toolbar: bool = False


FILE = (
    ActionSpec("new", "action.new", (QKeySequence.StandardKey.New,), "file-plus", True),
    ActionSpec("open", "action.open", (QKeySequence.StandardKey.Open,), "folder-open", True),
    ActionSpec("save", "action.save", (QKeySequence.StandardKey.Save,), "save", True),
    ActionSpec("save_as", "action.save_as", ("Ctrl+Shift+S",), "save-all"),
    ActionSpec("export_handout", "action.export_handout", ("Ctrl+E",), "file-text", True),
    ActionSpec("export_quiz_paper", "action.export_quiz_paper", ("Ctrl+Shift+E",),
               "clipboard-list"),
    ActionSpec("export_certificates", "action.export_certificates", ("Ctrl+Alt+E",), "award"),
    ActionSpec("import_questions", "action.import_questions", (), "import"),
    ActionSpec("export_questions", "action.export_questions", (), "file-output"),
    ActionSpec("export_question_template", "action.export_question_template", (),
               "file-spreadsheet"),
    ActionSpec("settings", "action.settings", ("Ctrl+,",), "settings"),
    ActionSpec("quit", "action.quit", ("Ctrl+Q",), "log-out"),
)
EDIT = (
    ActionSpec("undo", "action.undo", (QKeySequence.StandardKey.Undo,), "undo-2", True),
    ActionSpec("redo", "action.redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "redo-2", True),
    ActionSpec("undo_history", "action.undo_history", ("Ctrl+Alt+Z",), "history"),
    ActionSpec("find", "action.find", (QKeySequence.StandardKey.Find,), "search"),
    ActionSpec("replace", "action.replace", ("Ctrl+H",), "replace"),
    ActionSpec("rename", "action.rename", ("F2",), "pencil-line"),
    ActionSpec("duplicate", "action.duplicate", ("Ctrl+D",), "copy"),
    ActionSpec("delete", "action.delete", (QKeySequence.StandardKey.Delete,), "trash-2"),
    ActionSpec("move_up", "action.move_up", ("Ctrl+Shift+Up",), "arrow-up"),
    ActionSpec("move_down", "action.move_down", ("Ctrl+Shift+Down",), "arrow-down"),
)
INSERT = (
    ActionSpec("add_module", "action.add_module", ("Ctrl+Shift+M",), "folder-plus", True),
    ActionSpec("add_lesson", "action.add_lesson", ("Ctrl+Shift+L",), "book-open"),
    ActionSpec("add_case", "action.add_case", ("Ctrl+Shift+K",), "briefcase"),
    ActionSpec("add_quiz", "action.add_quiz", ("Ctrl+Shift+Q",), "list-checks"),
)
QUESTION_ICONS = {
    "single_choice": "circle-dot", "multiple_choice": "square-check",
    "true_false": "toggle-left", "fill_blank": "text-cursor-input", "matching": "link-2",
    "ordering": "arrow-down-wide-narrow", "essay": "message-square-text", "scenario": "git-fork",
    "numerical": "hash",
}
QUESTIONS = tuple(
    ActionSpec(f"add_question.{type_name}", f"qtype.{type_name}", (f"Ctrl+Alt+{number}",),
               QUESTION_ICONS.get(type_name, "file-question-mark"))
    for number, type_name in enumerate(m.QUESTION_TYPES, start=1)
)
VIEW = (
    ActionSpec("preview", "action.preview", ("F5",), "eye", True),
    ActionSpec("validate", "action.validate", ("F7",), "circle-check"),
    ActionSpec("focus_tree", "action.focus_tree", ("Ctrl+1",), "list-tree"),
    ActionSpec("focus_editor", "action.focus_editor", ("Ctrl+2",), "square-pen"),
    ActionSpec("focus_problems", "action.focus_problems", ("Ctrl+3",), "triangle-alert"),
)
HELP = (
    ActionSpec("help", "action.help", ("F1",), "circle-help"),
    ActionSpec("about", "action.about", (), "info"),
)

MENUS: tuple[tuple[str, tuple[ActionSpec, ...]], ...] = (
    ("menu.file", FILE),
    ("menu.edit", EDIT),
    ("menu.insert", INSERT),
    ("menu.view", VIEW),
    ("menu.help", HELP),
)
ALL_SPECS = FILE + EDIT + INSERT + QUESTIONS + VIEW + HELP


def build_actions(parent: QWidget) -> dict[str, QAction]:
    actions = {}
    for spec in ALL_SPECS:
        action = QAction(parent)
        action.setObjectName(f"action-{spec.name}")
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setIcon(icon(spec.icon))
        actions[spec.name] = action
    retranslate_actions(actions)
    return actions


def retranslate_actions(actions: dict[str, QAction]) -> None:
    for spec in ALL_SPECS:
        action = actions[spec.name]
        action.setText(tr(spec.text_key))
        action.setIconText(strip_mnemonic(tr(spec.text_key)))
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tr(spec.text_key)} ({shortcut})" if shortcut else tr(spec.text_key))


def strip_mnemonic(text: str) -> str:
    """'文件(&F)' → '文件', '&File' → 'File', '…' dropped: for toolbar buttons."""
    import re

    return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…")
