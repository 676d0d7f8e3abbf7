"""Every command of the main window: text key, shortcut, icon, menu. Built once, retranslated."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from courseware import model as m
from ui.i18n import tr

SP = QStyle.StandardPixmap
Shortcut = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text_key: str
    shortcuts: tuple[Shortcut, ...] = ()
    icon: QStyle.StandardPixmap | None = None
    on_toolbar: bool = False


FILE = (
    ActionSpec("new", "action.new", (QKeySequence.StandardKey.New,), SP.SP_FileIcon, True),
    ActionSpec("open", "action.open", (QKeySequence.StandardKey.Open,), SP.SP_DialogOpenButton,
               True),
    ActionSpec("save", "action.save", (QKeySequence.StandardKey.Save,), SP.SP_DialogSaveButton,
               True),
    ActionSpec("save_as", "action.save_as", ("Ctrl+Shift+S",)),
    ActionSpec("export_handout", "action.export_handout", ("Ctrl+E",), SP.SP_FileLinkIcon, True),
    ActionSpec("export_quiz_paper", "action.export_quiz_paper", ("Ctrl+Shift+E",)),
    ActionSpec("export_certificates", "action.export_certificates", ("Ctrl+Alt+E",)),
    ActionSpec("import_questions", "action.import_questions"),
    ActionSpec("export_questions", "action.export_questions"),
    ActionSpec("export_question_template", "action.export_question_template"),
    ActionSpec("settings", "action.settings", ("Ctrl+,",)),
    ActionSpec("quit", "action.quit", ("Ctrl+Q",)),
)
EDIT = (
    ActionSpec("undo", "action.undo", (QKeySequence.StandardKey.Undo,), SP.SP_ArrowBack, True),
    ActionSpec("redo", "action.redo", ("Ctrl+Shift+Z", "Ctrl+Y"), SP.SP_ArrowForward, True),
    ActionSpec("find", "action.find", (QKeySequence.StandardKey.Find,)),
    ActionSpec("replace", "action.replace", ("Ctrl+H",)),
    ActionSpec("rename", "action.rename", ("F2",)),
    ActionSpec("duplicate", "action.duplicate", ("Ctrl+D",)),
    ActionSpec("delete", "action.delete", (QKeySequence.StandardKey.Delete,), SP.SP_TrashIcon),
    ActionSpec("move_up", "action.move_up", ("Ctrl+Shift+Up",), SP.SP_ArrowUp),
    ActionSpec("move_down", "action.move_down", ("Ctrl+Shift+Down",), SP.SP_ArrowDown),
)
INSERT = (
    ActionSpec("add_module", "action.add_module", ("Ctrl+Shift+M",), SP.SP_FileDialogNewFolder,
               True),
    ActionSpec("add_lesson", "action.add_lesson", ("Ctrl+Shift+L",)),
    ActionSpec("add_case", "action.add_case", ("Ctrl+Shift+K",)),
    ActionSpec("add_quiz", "action.add_quiz", ("Ctrl+Shift+Q",)),
)
QUESTIONS = tuple(
    ActionSpec(f"add_question.{type_name}", f"qtype.{type_name}", (f"Ctrl+Alt+{number}",))
    for number, type_name in enumerate(m.QUESTION_TYPES, start=1)
)
VIEW = (
    ActionSpec("preview", "action.preview", ("F5",), SP.SP_MediaPlay, True),
    ActionSpec("validate", "action.validate", ("F7",), SP.SP_DialogApplyButton),
    ActionSpec("focus_tree", "action.focus_tree", ("Ctrl+1",)),
    ActionSpec("focus_editor", "action.focus_editor", ("Ctrl+2",)),
    ActionSpec("focus_problems", "action.focus_problems", ("Ctrl+3",)),
)
HELP = (
    ActionSpec("help", "action.help", ("F1",), SP.SP_DialogHelpButton),
    ActionSpec("about", "action.about", (), SP.SP_MessageBoxInformation),
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
        if spec.icon is not None:
            action.setIcon(QApplication.style().standardIcon(spec.icon))
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
