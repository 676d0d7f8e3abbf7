"""Reading a lesson or case study: the participant edition rendered to HTML (images no wider
than the page), with where-am-I and 上一课 / 返回目录 / 下一课."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from courseware.markdown_blocks import strip_trainer_blocks
from ui.quiz_preview.rich_text import confine_images, scale_images
from ui.theme import colour, themed
from ui.trainee.home_page import course_sequence, item_kind
from ui.trainee.strings import tr


def participant_html(item: m.Lesson | m.CaseStudy, content_root: Path, language: str) -> str:
    try:
        from exporters.html import Edition, render_item_html
    except ImportError:  # the HTML exporter is optional: fall back to plain Markdown
        return ""
    return themed(render_item_html(item, edition=Edition.PARTICIPANT, course_root=content_root,
                                   course_language=language))


def participant_markdown(item: m.Lesson | m.CaseStudy) -> str:
    if isinstance(item, m.Lesson):
        return f"# {item.title}\n\n{strip_trainer_blocks(item.body)}"
    sections = [item.sections[name] for name in m.CASE_SECTIONS
                if name in item.sections and name not in m.TRAINER_CASE_SECTIONS]
    return f"# {item.title}\n\n" + "\n\n".join(sections)


class ImageFittingBrowser(QTextBrowser):
    """A text browser whose images are never wider than its page (no sideways scrolling)."""

    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._html = ""
        self._fitted_to = -1

    def show_html(self, html: str) -> None:
        self._html = html
        self._fitted_to = -1
        self._fit()
        self.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = max(self.viewport().width() - 2 * round(self.document().documentMargin()) - 8,
                    80)
        if not self._html or width == self._fitted_to:
            return
        self._fitted_to = width
        scroll = self.verticalScrollBar().value()
        self.setHtml(scale_images(self._html, width) if "<img" in self._html else self._html)
        self.verticalScrollBar().setValue(scroll)


class ReaderPage(QWidget):
    back = Signal()
    open_requested = Signal(object)  # the previous or next item of the course

    def __init__(self, content_root: Path, language: str,
                 course: m.Course | None = None) -> None:
        super().__init__()
        self.setObjectName("reader-page")
        self.content_root = content_root
        self.language = language
        self.sequence = course_sequence(course) if course is not None else []
        self.modules = {item.id: module.title for module in (course.modules if course else [])
                        for item in module.items}
        self.item: m.ModuleItem | None = None
        self.browser = ImageFittingBrowser()
        self.browser.setObjectName("reader")
        self.browser.setOpenLinks(False)
        self.browser.setSearchPaths([str(content_root)])
        self.where = QLabel()
        self.where.setObjectName("reader-where")
        self.where.setWordWrap(True)
        self.where.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.previous_button = QPushButton(tr("trainee.reader.previous"))
        self.previous_button.setObjectName("reader-previous")
        self.previous_button.clicked.connect(lambda: self._step(-1))
        back = QPushButton(tr("trainee.back"))
        back.setObjectName("reader-back")
        back.setShortcut("Esc")
        back.clicked.connect(self.back)
        self.next_button = QPushButton(tr("trainee.reader.next"))
        self.next_button.setObjectName("reader-next")
        self.next_button.clicked.connect(lambda: self._step(1))
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for button in (self.previous_button, back, self.next_button):
            button.setMinimumHeight(48)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.where, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.next_label, 1)
        bottom.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.browser, self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)
        self.setTabOrder(self.next_button, back)

    def show_item(self, item: m.Lesson | m.CaseStudy) -> None:
        self.item = item
        folder = (self.content_root / item.path).parent
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
        html = participant_html(item, self.content_root, self.language)
        if html:
            self.browser.show_html(confine_images(html, self.content_root))
        else:
            self.browser.setMarkdown(participant_markdown(item))
        self._show_position()
        self.browser.setFocus()

    def _index(self) -> int:
        ids = [entry.id for entry in self.sequence]
        return ids.index(self.item.id) if self.item is not None and self.item.id in ids else -1

    def _show_position(self) -> None:
        index = self._index()
        total = len(self.sequence)
        module = self.modules.get(self.item.id, "") if self.item is not None else ""
        title = escape(self.item.title) if self.item is not None else ""
        where = tr("trainee.reader.position", module=module or tr("trainee.reader.course"),
                   n=index + 1, total=total) if index >= 0 else ""
        self.where.setText(f"<b>{title}</b><br><span style='color:{colour('text.hint')}'>"
                           f"{escape(where)}</span>")
        self.previous_button.setEnabled(index > 0)
        has_next = 0 <= index < total - 1
        self.next_button.setEnabled(has_next)
        if has_next:
            following = self.sequence[index + 1]
            self.next_label.setText(tr("trainee.reader.next_is",
                                       title=f"{item_kind(following)} · {following.title}"))
        else:
            self.next_label.setText(tr("trainee.reader.last"))
        self.next_button.setAccessibleName(self.next_label.text())

    def _step(self, step: int) -> None:
        index = self._index()
        if index >= 0 and 0 <= index + step < len(self.sequence):
            self.open_requested.emit(self.sequence[index + step])
