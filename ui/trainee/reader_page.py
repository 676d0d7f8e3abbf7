"""Reading a lesson or case study: the participant edition rendered to HTML."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from courseware import model as m
from courseware.markdown_blocks import strip_trainer_blocks
from ui.trainee.strings import tr


def participant_html(item: m.Lesson | m.CaseStudy, content_root: Path, language: str) -> str:
    try:
        from exporters.html import Edition, render_item_html
    except ImportError:  # the HTML exporter is optional: fall back to plain Markdown
        return ""
    return render_item_html(item, edition=Edition.PARTICIPANT, course_root=content_root,
                            course_language=language)


def participant_markdown(item: m.Lesson | m.CaseStudy) -> str:
    if isinstance(item, m.Lesson):
        return f"# {item.title}\n\n{strip_trainer_blocks(item.body)}"
    sections = [item.sections[name] for name in m.CASE_SECTIONS
                if name in item.sections and name not in m.TRAINER_CASE_SECTIONS]
    return f"# {item.title}\n\n" + "\n\n".join(sections)


class ReaderPage(QWidget):
    back = Signal()

    def __init__(self, content_root: Path, language: str) -> None:
        super().__init__()
        self.setObjectName("reader-page")
        self.content_root = content_root
        self.language = language
        self.browser = QTextBrowser()
        self.browser.setObjectName("reader")
        self.browser.setOpenLinks(False)
        self.browser.setSearchPaths([str(content_root)])
        back = QPushButton(tr("trainee.back"))
        back.setShortcut("Esc")
        back.clicked.connect(self.back)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)

    def show_item(self, item: m.Lesson | m.CaseStudy) -> None:
        folder = (self.content_root / item.path).parent
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
        html = participant_html(item, self.content_root, self.language)
        if html:
            self.browser.setHtml(html)
        else:
            self.browser.setMarkdown(participant_markdown(item))
        self.browser.setFocus()
