"""The layout inspector: walks a shown window's widget tree and reports what a user would see
as broken (see problems.Problem for the report's shape)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from ui.gallery import contrast, fitting, geometry, targets
from ui.gallery.problems import Problem, describe
from ui.gallery.text_content import english_words, literal_markdown, plain

MAX_CELLS = 300


@dataclass(frozen=True)
class Rules:
    """Which checks apply: trainee pages are stricter, Chinese screens are read for English."""

    trainee: bool = False
    chinese: bool = False
    targets: bool = True  # trainee pages: click targets at least 44 px (not trainers' dialogs)
    contrast: bool = False  # text against its background: trainee pages, and every dark screen
    allowed_words: frozenset[str] = field(default_factory=frozenset)


def inspect(window: QWidget, screen: str, rules: Rules) -> list[Problem]:
    found: dict[tuple[str, str, str], Problem] = {}
    for widget, kind, detail in _findings(window, rules):
        problem = Problem(screen, describe(widget), kind, detail)
        found.setdefault((problem.widget, kind, detail), problem)
    return list(found.values())


Finding = tuple[QWidget, str, str]


def _findings(window: QWidget, rules: Rules) -> Iterator[Finding]:
    too_big = geometry.outside_screen(window)
    if too_big:
        yield window, "outside_window", too_big
    if rules.chinese:
        yield from _english(window, [window.windowTitle()], rules)
    widgets = [window, *(w for w in window.findChildren(QWidget)
                         if w.isVisible() and not w.isWindow())]
    for widget in widgets:
        yield from _fit(widget, rules)
        yield from _place(widget, window, rules)
        texts = list(_texts(widget))
        for text in texts:
            for detail in literal_markdown(text):
                yield widget, "literal_markdown", detail
        if rules.chinese and not _is_content_view(widget):
            yield from _english(widget, texts, rules)


def _fit(widget: QWidget, rules: Rules) -> Iterator[Finding]:
    detail = None
    if isinstance(widget, QLabel):
        detail = fitting.label_overflow(widget)
    elif isinstance(widget, QAbstractButton) and not widget.objectName().startswith("qt_"):
        detail = fitting.button_overflow(widget)
    elif isinstance(widget, QComboBox):
        detail = fitting.combo_overflow(widget)
    elif isinstance(widget, QLineEdit):
        detail = fitting.placeholder_overflow(widget)
    if detail:
        yield widget, "clipped_text", detail
    if rules.trainee and isinstance(widget, QAbstractItemView):
        for cell in fitting.elided_cells(widget):
            yield widget, "elided_text", cell
    if rules.trainee and rules.targets:
        small = targets.small_target(widget)
        if small:
            yield widget, "small_target", small
    if rules.trainee or rules.contrast:
        faint = contrast.low_contrast(widget)
        if faint:
            yield widget, "low_contrast", faint


def _place(widget: QWidget, window: QWidget, rules: Rules) -> Iterator[Finding]:
    detail = geometry.outside_window(widget, window)
    if detail:
        yield widget, "outside_window", detail
    for first, second, common in geometry.overlapping_children(widget):
        yield first, "overlap", (f"overlaps {describe(second)} by "
                                 f"{common.width()}×{common.height()} px")
    if rules.trainee and isinstance(widget, QAbstractScrollArea):
        sideways = geometry.sideways(widget)
        if sideways:
            yield widget, "horizontal_scroll", sideways


def _texts(widget: QWidget) -> Iterator[str]:
    """What the widget shows as text (rich text as the reader sees it); editable fields are the
    user's own text and are left out."""
    if isinstance(widget, QLabel):
        yield plain(widget.text())
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QMenuBar):
        yield from (action.text().replace("&", "") for action in widget.actions())
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        yield widget.currentText()
    elif isinstance(widget, QTextEdit) and widget.isReadOnly():
        yield widget.toPlainText()
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) \
            and widget.model() is not None:
        yield from _view_texts(widget)


def _view_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    for column in range(fitting.column_count(view)):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            yield header
    for count, index in enumerate(fitting.visible_indexes(view)):
        if count >= MAX_CELLS:
            return
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(text, str):
            yield text


def _is_content_view(widget: QWidget) -> bool:
    """Read-only text browsers show the course's own text, not the interface."""
    return isinstance(widget, QTextEdit)


def _english(widget: QWidget, texts: list[str], rules: Rules) -> Iterator[Finding]:
    for text in texts:
        words = english_words(text, rules.allowed_words)
        if words:
            yield widget, "english_in_chinese", f'{" ".join(words[:6])} in "{text[:60]}"'
