"""The formatting bar of a visual Markdown field: its actions (with object names, so an icon
set can be given to them), the table size grid and the callout menu, and the shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidgetAction

from ui.editors.rich import formatting as fm
from ui.editors.rich.table_picker import TablePicker
from ui.i18n import tr
from ui.icons import icon

if TYPE_CHECKING:
    from ui.editors.rich.field import MarkdownField

CALLOUT_KINDS = ("tip", "note", "warning", "example", "trainer")
TABLE_EDITS = ("row_above", "row_below", "column_left", "column_right", "delete_row",
               "delete_column", "delete_table")


# the bundled Lucide icon of each formatting action (ui/icons); the text stays in tool tips
RICH_ICONS = {"paragraph": "pilcrow", "heading_1": "heading-1", "heading_2": "heading-2",
              "heading_3": "heading-3", "bold": "bold", "italic": "italic", "bullets": "list",
              "numbers": "list-ordered", "outdent": "list-indent-decrease",
              "indent": "list-indent-increase", "link": "link", "image": "image",
              "table": "table", "callout": "message-square-text", "source_mode": "code-xml"}


class FormatBar(QObject):
    def __init__(self, field: MarkdownField, callouts: bool) -> None:
        super().__init__(field)
        self.field = field
        self.actions: dict[str, QAction] = {}
        self.toolbar = self._toolbar(callouts)
        self.view_bar = self._view_bar()

    def action(self, name: str, text: str, slot: Callable[[], object], short: str = "",
                keys: tuple[str, ...] = ()) -> QAction:
        action = QAction(text, self.field)
        action.setObjectName(f"rich-{name.replace('_', '-')}")
        action.setIconText(short or text)
        if name in RICH_ICONS:
            action.setIcon(icon(RICH_ICONS[name]))
        shortcut = f" ({keys[0]})" if keys else ""
        action.setToolTip(f"{text}{shortcut}")
        action.setProperty("keys", [QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _=False: self.field.trigger(name, slot))
        self.actions[name] = action
        return action

    def _toolbar(self, callouts: bool) -> QToolBar:
        bar = QToolBar()
        bar.setObjectName("rich-toolbar")
        bar.setAccessibleName(tr("rich.toolbar"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        step = self.field.run_step
        v = self.field.visual
        bar.addAction(self.action("paragraph", tr("rich.paragraph"),
                                   lambda: step(lambda: fm.set_heading(v, 0)),
                                   tr("rich.paragraph.short"), ("Ctrl+0",)))
        for level in (1, 2, 3):
            bar.addAction(self.action(
                f"heading_{level}", tr("rich.heading", level=level),
                lambda n=level: step(lambda: fm.set_heading(v, n)),  # type: ignore[misc]
                tr("rich.heading.short", level=level), (f"Ctrl+{level}",)))
        bar.addSeparator()
        bar.addAction(self.action("bold", tr("rich.bold"),
                                   lambda: step(lambda: fm.toggle_mark(v, "bold")),
                                   tr("rich.bold.short"), ("Ctrl+B",)))
        bar.addAction(self.action("italic", tr("rich.italic"),
                                   lambda: step(lambda: fm.toggle_mark(v, "italic")),
                                   tr("rich.italic.short"), ("Ctrl+I",)))
        bold_font = bar.widgetForAction(self.actions["bold"]).font()
        bold_font.setBold(True)
        bar.widgetForAction(self.actions["bold"]).setFont(bold_font)
        italic_font = bar.widgetForAction(self.actions["italic"]).font()
        italic_font.setItalic(True)
        bar.widgetForAction(self.actions["italic"]).setFont(italic_font)
        bar.addSeparator()
        bar.addAction(self.action("bullets", tr("rich.bullets"),
                                   lambda: step(lambda: fm.toggle_list(v, False)),
                                   tr("rich.bullets.short"), ("Ctrl+Shift+8",)))
        bar.addAction(self.action("numbers", tr("rich.numbers"),
                                   lambda: step(lambda: fm.toggle_list(v, True)),
                                   tr("rich.numbers.short"), ("Ctrl+Shift+7",)))
        bar.addAction(self.action("outdent", tr("rich.outdent"),
                                   lambda: step(lambda: fm.change_indent(v, -1)),
                                   tr("rich.outdent.short"), ("Shift+Tab",)))
        bar.addAction(self.action("indent", tr("rich.indent"),
                                   lambda: step(lambda: fm.change_indent(v, 1)),
                                   tr("rich.indent.short"), ("Tab",)))
        bar.addSeparator()
        self._table_button(bar)
        bar.addAction(self.action("link", tr("rich.link"), self.field.edit_link,
                                   tr("rich.link.short"), ("Ctrl+K",)))
        bar.addAction(self.action("image", tr("rich.image"), self.field.choose_image,
                                   tr("rich.image.short")))
        if callouts:
            self._callout_button(bar)
        self._box_actions()
        return bar

    def _view_bar(self) -> QToolBar:
        """Switches of the view, kept apart so a narrow window never hides them in »."""
        bar = QToolBar()
        bar.setObjectName("rich-view-bar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle = self.action("source_mode", tr("rich.source_mode"),
                              lambda: self.field.set_source_mode(toggle.isChecked()))
        toggle.setCheckable(True)
        toggle.setToolTip(tr("rich.source_mode.tip"))
        bar.addAction(toggle)
        return bar

    def _box_actions(self) -> None:
        self.action("unwrap", tr("rich.unwrap"), self.field.unwrap_box)
        self.action("reformat", tr("rich.reformat"), self.field.unwrap_box)

    def _table_button(self, bar: QToolBar) -> None:
        menu = QMenu(self.field)
        picker = TablePicker()
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(picker)
        menu.addAction(holder)
        picker.picked.connect(lambda r, c: self._picked(menu, r, c))
        menu.addSeparator()
        for edit in TABLE_EDITS:
            menu.addAction(self.action(f"table_{edit}", tr(f"rich.table.{edit}"),
                                        lambda e=edit: self.field.table_edit(e)))  # type: ignore[misc]
        self.table_menu = menu
        action = self.action("table", tr("rich.table"), lambda: None)
        action.setMenu(menu)
        bar.addAction(action)
        _menu_button(bar, action)

    def _callout_button(self, bar: QToolBar) -> None:
        menu = QMenu(self.field)
        for kind in CALLOUT_KINDS:
            menu.addAction(self.action(f"callout_{kind}", tr(f"rich.callout.{kind}"),
                                        lambda k=kind: self.field.insert_callout(k)))  # type: ignore[misc]
        action = self.action("callout", tr("rich.callout"), lambda: None)
        action.setMenu(menu)
        bar.addAction(action)
        _menu_button(bar, action)

    def _picked(self, menu: QMenu, rows: int, columns: int) -> None:
        menu.close()
        self.field.insert_table(rows, columns)

    def action_for_key(self, event: QKeyEvent) -> QAction | None:
        pressed = QKeySequence(event.keyCombination())
        alternatives = {Qt.Key.Key_Ampersand: Qt.Key.Key_7, Qt.Key.Key_Asterisk: Qt.Key.Key_8}
        other = alternatives.get(Qt.Key(event.key()))
        if other is not None:
            pressed_alt = QKeySequence(event.modifiers().value | other.value)
        else:
            pressed_alt = pressed
        for action in self.actions.values():
            for keys in action.property("keys") or []:
                if keys in (pressed, pressed_alt) and keys.toString() not in ("Tab", "Shift+Tab"):
                    return action
        return None


def _menu_button(bar: QToolBar, action: QAction) -> None:
    """A toolbar button that opens its menu at once and shows its word beside the icon."""
    button = bar.widgetForAction(action)
    if isinstance(button, QToolButton):
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
