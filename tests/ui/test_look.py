"""One coherent look (issue #15): icons on every action, light/dark themes, one form layout
rule, the undo history."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QAction, QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu, QVBoxLayout, QWidget

from courseware import model as m
from ui import theme
from ui.actions import ALL_SPECS
from ui.app_settings import AppSettings
from ui.editors.form import BoundForm, label_width
from ui.gallery.contrast import ratio
from ui.icons import available, icon
from ui.labels import first_line

R = QPalette.ColorRole


@pytest.fixture
def restore_theme(qapp: QApplication) -> Iterator[None]:
    """Tests switch the application's theme; the others get the palette they had back."""
    palette, sheet, style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    state = dict(theme._state)
    yield
    theme._state.update(state)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def _menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action
        if action.menu() is not None:
            yield from _menu_actions(action.menu())


# -- icons

def test_every_action_spec_names_a_bundled_icon() -> None:
    missing = [spec.name for spec in ALL_SPECS if not spec.icon or not available(spec.icon)]
    assert missing == []


def test_every_menu_and_toolbar_action_has_an_icon(workspace) -> None:  # type: ignore[no-untyped-def]
    window = workspace.window
    actions = [action for menu in window.menus.values() for action in _menu_actions(menu)]
    actions += [a for a in window.toolbar.actions() if not a.isSeparator()]
    assert len(actions) > 40
    without = [action.text() for action in actions if action.icon().isNull()]
    assert without == []


def test_every_tree_menu_action_has_an_icon(workspace) -> None:  # type: ignore[no-untyped-def]
    from ui.tree_menu import build_tree_menu

    course = workspace.document.course
    module = course.modules[0]
    quiz = next(item for item in module.items if isinstance(item, m.Quiz))
    window = workspace.window
    for obj in (course, module, module.items[0], quiz, quiz.questions[0]):
        assert workspace.select_object(obj)
        menu = build_tree_menu(window, workspace.current_node(), window.action,
                               window.question_menu, lambda _module: None)
        without = [a.text() for a in _menu_actions(menu) if a.icon().isNull()]
        assert without == [], obj
        menu.deleteLater()


@pytest.mark.parametrize("ratio_", [1.0, 1.25, 1.5, 2.0])
def test_icons_render_sharp_at_the_device_pixel_ratio(qapp: QApplication, ratio_: float) -> None:
    pixmap = icon("save").pixmap(QSize(20, 20), ratio_)
    assert pixmap.width() == round(20 * ratio_)
    assert pixmap.devicePixelRatio() == pytest.approx(ratio_)
    image = pixmap.toImage()
    opaque = sum(1 for x in range(image.width()) for y in range(image.height())
                 if image.pixelColor(x, y).alpha() > 200)
    assert opaque > 10 * ratio_ * ratio_  # drawn at this size, not an upscaled 20 px copy


def _drawn_colour(mode: QIcon.Mode) -> QColor:
    image = icon("square-check").pixmap(QSize(24, 24), 1.0, mode).toImage()
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                return colour
    raise AssertionError("nothing drawn")


def test_a_selected_icon_is_drawn_in_the_highlighted_text_colour(restore_theme: None) -> None:
    theme.apply_theme("light")
    palette = QApplication.palette()
    assert _drawn_colour(QIcon.Mode.Normal).name() == palette.color(R.WindowText).name()
    selected = _drawn_colour(QIcon.Mode.Selected)
    assert selected.name() == palette.color(R.HighlightedText).name()
    assert ratio(selected, palette.color(R.Highlight)) >= 4.5  # visible in the highlight


def test_icons_follow_the_theme(restore_theme: None) -> None:
    theme.apply_theme("light")
    light = _drawn_colour(QIcon.Mode.Normal)
    theme.apply_theme("dark")
    dark = _drawn_colour(QIcon.Mode.Normal)
    assert light.lightness() < 100 < dark.lightness()


def test_an_unknown_icon_name_fails_clearly() -> None:
    with pytest.raises(KeyError, match="no-such-icon"):
        icon("no-such-icon")


# -- themes

def test_switching_the_theme_changes_the_palette(restore_theme: None) -> None:
    assert theme.apply_theme("dark") == "dark"
    dark_window = QApplication.palette().color(R.Window)
    assert dark_window.lightness() < 60
    assert theme.colour("text.error") == theme.ROLES["text.error"][1]
    assert theme.apply_theme("light") == "light"
    assert QApplication.palette().color(R.Window).lightness() > 200
    style = QApplication.style()
    assert isinstance(style, theme.ThemeStyle) and style.baseStyle().name().lower() == "fusion"


def test_option_circles_and_boxes_stay_visible_in_dark(qtbot, restore_theme: None) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton

    theme.apply_theme("dark")
    window = QApplication.palette().color(R.Window)
    elements = {QRadioButton: QStyle.SubElement.SE_RadioButtonIndicator,
                QCheckBox: QStyle.SubElement.SE_CheckBoxIndicator}
    for kind, element in elements.items():
        button = kind("A")
        qtbot.addWidget(button)
        button.resize(button.sizeHint())
        option = QStyleOptionButton()
        button.initStyleOption(option)
        box = button.style().subElementRect(element, option, button)
        image = button.grab().toImage()
        drawn = [image.pixelColor(x, y) for x in range(box.left(), box.right() + 1)
                 for y in range(box.top(), box.bottom() + 1)]
        assert max(ratio(colour, window) for colour in drawn) >= 3.0, kind.__name__


def test_system_follows_the_desktop_scheme(restore_theme: None) -> None:
    assert theme.apply_theme("system") == theme.system_scheme()


def test_the_theme_choice_persists() -> None:
    settings = AppSettings()
    assert settings.theme == "system"
    settings.theme = "dark"
    settings.sync()
    assert AppSettings(QSettings(settings.qsettings.fileName(),
                                 QSettings.Format.IniFormat)).theme == "dark"
    settings.theme = "purple"
    assert settings.theme == "system"


def test_settings_dialog_switches_the_theme_live(workspace, qtbot,  # type: ignore[no-untyped-def]
                                                 restore_theme: None) -> None:
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(workspace.window, workspace.settings)
    dialog.theme_changed.connect(workspace.apply_theme)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    with qtbot.waitSignal(dialog.theme_changed):
        dialog.accept()
    assert workspace.settings.theme == "dark"
    assert QApplication.palette().color(R.Window).lightness() < 60
    assert workspace.window.editor_area.editor is not None  # the editor was rebuilt
    dialog.deleteLater()


PAIRS = ((R.WindowText, R.Window), (R.Text, R.Base), (R.ButtonText, R.Button),
         (R.HighlightedText, R.Highlight), (R.ToolTipText, R.ToolTipBase),
         (R.Text, R.AlternateBase), (R.Link, R.Base))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_key_roles_have_enough_contrast(scheme: str) -> None:
    palette = theme.palette(scheme)
    for text, background in PAIRS:
        found = ratio(palette.color(text), palette.color(background))
        assert found >= 4.5, (scheme, text, background, found)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_roles_are_readable_on_the_window_and_surfaces(scheme: str) -> None:
    """Dark: every text role on the window and every surface. Light keeps the colours the app
    had before themes (chosen pairwise where they are used): each on the window."""
    index = 0 if scheme == "light" else 1
    window = theme.palette(scheme).color(R.Window)
    surfaces = [QColor(colours[index]) for role, colours in theme.ROLES.items()
                if role.startswith(("surface", "dialogue")) and scheme == "dark"]
    for role, colours in theme.ROLES.items():
        if not role.startswith("text.") or role == "text.on_accent":
            continue
        for background in [window, *surfaces]:
            found = ratio(QColor(colours[index]), background)
            assert found >= 4.5, (scheme, role, background.name(), found)


def test_themed_translates_light_literals(restore_theme: None) -> None:
    sheet = "QLabel { background:#ffffff; color:#b3261e; border:1px solid #b9c0cc; }"
    theme.apply_theme("light")
    assert theme.themed(sheet) == sheet
    theme.apply_theme("dark")
    dark = theme.themed(sheet)
    assert "background:#1f2329" in dark and "#ff8a80" in dark and "#5b6472" in dark
    assert theme.themed("color:#ffffff;") == "color:#ffffff;"  # white text stays white


# -- the form layout rule

def _field_x(editor: QWidget, window: QWidget) -> int:
    form = editor.findChildren(BoundForm)[0]
    field = next(w for w in form.fields.values() if isinstance(w, QLineEdit | QWidget)
                 and w.isVisible())
    return field.mapTo(window, field.rect().topLeft()).x()


def test_the_field_column_starts_at_one_x_in_every_editor(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    course = workspace.document.course
    module = course.modules[0]
    quiz = next(item for item in module.items if isinstance(item, m.Quiz))
    question = quiz.questions[0]
    objects = {"course": course, "module": module, "lesson": module.items[0],
               "case": module.case_studies[0], "quiz": quiz, "question": question}
    xs = {}
    for name, obj in objects.items():
        assert workspace.select_object(obj)
        QApplication.processEvents()
        editor = workspace.window.editor_area.editor
        xs[name] = _field_x(editor, workspace.window)
        labels = [form.layout_.labelForField(w) for form in editor.findChildren(BoundForm)
                  for w in form.fields.values()]
        widths = {label.width() for label in labels if label is not None and label.isVisible()}
        assert widths == {label_width(editor)}, name
    assert len(set(xs.values())) == 1, xs


# -- the undo history

def test_undo_history_lists_the_edits_by_name(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    workspace.apply_language("zh")
    course = workspace.document.course
    question = course.modules[0].items[0]
    for obj in (course, question):
        assert workspace.select_object(obj)
        form = workspace.window.editor_area.editor.findChildren(BoundForm)[0]
        title = form.fields["title"]
        assert isinstance(title, QLineEdit)
        title.setText(title.text() + "（新）")
        title.textEdited.emit(title.text())
    history = workspace.undo_history
    workspace.window.action("undo_history").trigger()
    assert history.dock.isVisible()
    steps = history.panel.steps()
    names = [first_line(obj.title.removesuffix("（新）"), 14) for obj in (course, question)]
    assert steps[1:] == [f"修改“{name}”的标题" for name in names]
    assert "…" in steps[1]  # a long title is cut short
    assert steps[0] == "打开或上次保存时"
    assert workspace.window.action("undo").toolTip().startswith(f"撤销：{steps[2]}")
    workspace.window.action("undo").trigger()
    assert workspace.window.action("redo").toolTip().startswith(f"重做：{steps[2]}")
    assert history.panel.view.currentIndex().row() == 1


# -- the gallery in dark

def test_the_gallery_takes_a_theme() -> None:
    from ui.gallery.__main__ import arguments

    assert arguments(["--out", "x"]).theme == "light"
    assert arguments(["--out", "x", "--theme", "dark"]).theme == "dark"
    with pytest.raises(SystemExit):
        arguments(["--out", "x", "--theme", "purple"])


def test_the_inspector_checks_contrast_on_every_dark_screen(qtbot, restore_theme: None) -> None:  # type: ignore[no-untyped-def]
    from ui.gallery.inspector import Rules, inspect

    theme.apply_theme("dark")
    window = QWidget()
    qtbot.addWidget(window)
    island = QLineEdit(window)  # not checked: only labels and buttons
    label = QLabel("白底上的浅色字", window)
    label.setStyleSheet("background:#ffffff;")  # a light island left by a literal
    layout = QVBoxLayout(window)
    layout.addWidget(island)
    layout.addWidget(label)
    window.show()
    kinds = {p.kind for p in inspect(window, "s", Rules(contrast=True))}
    assert "low_contrast" in kinds
    assert "low_contrast" not in {p.kind for p in inspect(window, "s", Rules())}


def test_steps_named_with_a_raw_field_key_get_the_fields_name(workspace) -> None:  # type: ignore[no-untyped-def]
    from ui.commands import SetValueCommand
    from ui.i18n import tr

    workspace.apply_language("zh")
    question = workspace.document.course.all_questions()[0]
    raw = tr("undo.edit_field", field="options")  # what the card list passes
    command = SetValueCommand(workspace.document, question, "options", list(question.options),
                              raw)
    assert command.text() == f"修改“{first_line(question.prompt, 14)}”的选项"
    scenario = SetValueCommand(workspace.document, question, "points", 2.0, "编辑分值")
    assert scenario.text() == "编辑分值"  # a name of its own is kept
