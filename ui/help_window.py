"""The user guide, offline: the bundled docs/*.md rendered to HTML in a help window, opened
(F1) at the section for what the trainer is editing."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import markdown
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImageReader, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from courseware.i18n import current_language
from ui.i18n import tr

HOME = "user-guide.md"
PAGE_ROLE = Qt.ItemDataRole.UserRole
_IMAGE = re.compile(r'<img ([^>]*)src="([^"]+)"')
# the pages of the contents list, in reading order
PAGES = tuple(f"{stem}.md" for stem in (
    "user-guide", "user-guide-authoring", "engine", "results", "classroom", "handouts",
    "certificates", "format", "install"))


def docs_roots() -> list[Path]:
    """Candidate ``docs`` folders: source tree, PyInstaller app, installed wheel."""
    roots = [Path(__file__).resolve().parent.parent / "docs"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.insert(0, Path(frozen_root) / "docs")
    for prefix in dict.fromkeys((sys.prefix, sys.base_prefix)):  # setup.py data_files
        roots.append(Path(prefix) / "share" / "courseware-studio" / "docs")
    return roots


def docs_folder() -> Path | None:
    return next((root for root in docs_roots() if (root / HOME).is_file()), None)


def localised(folder: Path, page: str, language: str | None = None) -> Path:
    """The page in the interface language where the guide has it (``docs/zh/…`` for Chinese),
    else the English one."""
    if (language or current_language()).lower().startswith("zh"):
        translated = folder / "zh" / page
        if translated.is_file():
            return translated
    return folder / page


def topic_for(obj: object) -> tuple[str, str]:
    """The page and section that explain editing ``obj``."""
    guide = "user-guide-authoring.md"
    if isinstance(obj, m.ScenarioQuestion):
        return guide, "branching-scenarios"
    if isinstance(obj, m.Question | m.Quiz):
        return guide, "quizzes-and-questions"
    if isinstance(obj, m.Lesson):
        return guide, "lessons"
    if isinstance(obj, m.CaseStudy):
        return guide, "case-studies"
    if isinstance(obj, m.Course | m.Module):
        return guide, "create-a-course"
    return HOME, ""


# a line break inside a Chinese paragraph is no space (Markdown would make it one)
_CJK_BREAK = re.compile(r"(?<=[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff5e])\n"
                        r"(?=[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff5e])")


def render_page(path: Path) -> str:
    """One guide page as HTML; headings carry ids (``## Case studies`` → ``case-studies``)."""
    text = _CJK_BREAK.sub("", path.read_text(encoding="utf-8"))
    # attr_list: the Chinese pages give their headings the English pages' ids ({#lessons})
    body = markdown.Markdown(extensions=["tables", "fenced_code", "toc", "attr_list"]).convert(text)
    return f"<html><body>{body}</body></html>"


def page_title(path: Path) -> str:
    first = next((line for line in path.read_text(encoding="utf-8").splitlines()
                  if line.startswith("# ")), path.stem)
    return first.lstrip("# ").strip()


class HelpWindow(QDialog):
    """Non-modal: the trainer reads the guide beside the workspace."""

    def __init__(self, parent: QWidget | None, folder: Path) -> None:
        super().__init__(parent)
        self.setObjectName("help-window")
        self.setWindowTitle(tr("help.title"))
        self.setModal(False)
        self.folder = folder
        self.page = ""
        self.contents = QListWidget()
        self.contents.setObjectName("help-contents")
        self.contents.setAccessibleName(tr("help.contents"))
        for name in PAGES:
            if (folder / name).is_file():
                item = QListWidgetItem(tr(f"help.page.{name[:-3]}"))
                item.setToolTip(page_title(localised(folder, name)))
                item.setData(PAGE_ROLE, name)
                self.contents.addItem(item)
        self.contents.currentItemChanged.connect(self._page_chosen)
        self.browser = QTextBrowser()
        self.browser.setObjectName("help-browser")
        self.browser.setOpenLinks(False)
        self.browser.setSearchPaths([str(folder)])
        self.browser.anchorClicked.connect(self._link)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 700])
        row = QHBoxLayout()
        row.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        self.resize(960, 680)

    def show_topic(self, page: str, anchor: str = "") -> None:
        if not (self.folder / page).is_file():
            page, anchor = HOME, ""
        path = localised(self.folder, page)
        if page != self.page:
            self.page = page
            self.browser.setSearchPaths([str(path.parent), str(self.folder)])
            self.browser.setHtml(self._fit_images(render_page(path), path.parent))
            self._mark_current(page)
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)

    def _fit_images(self, html: str, base: Path) -> str:
        """Screenshots no wider than the reading pane (Qt's HTML knows no max-width)."""
        room = max(self.browser.viewport().width() - 32, 320)

        def sized(found: re.Match[str]) -> str:
            natural = QImageReader(str(base / found.group(2))).size().width()
            width = min(natural, room) if natural > 0 else room
            return f'<img width="{width}" {found.group(1)}src="{found.group(2)}"'

        return _IMAGE.sub(sized, html)

    def _mark_current(self, page: str) -> None:
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(PAGE_ROLE) == page:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)

    def _page_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.show_topic(item.data(PAGE_ROLE))

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        page = url.path().rsplit("/", 1)[-1] or self.page
        if page.endswith(".md"):
            self.show_topic(page, url.fragment())
        elif url.fragment():
            self.browser.scrollToAnchor(url.fragment())


def open_guide(near: QWidget, page: str, anchor: str = "") -> HelpWindow | None:
    """Show the guide at ``page#anchor`` beside ``near``'s main window (one help window per
    main window, reused); None when the guide is not installed (a message says so)."""
    folder = docs_folder()
    owner = near.window()
    above = owner.parentWidget()
    if isinstance(owner, QDialog) and above is not None:
        owner = above.window()  # the help outlives the dialog asking for it
    if folder is None:
        QMessageBox.information(near, tr("help.title"), tr("help.missing"))
        return None
    window = owner.findChild(HelpWindow)
    if window is None:
        window = HelpWindow(owner, folder)
    window.show()
    window.show_topic(page, anchor)
    window.raise_()
    window.activateWindow()
    return window


def add_help_key(dialog: QWidget, page: str, anchor: str) -> QShortcut:
    """F1 in a dialog: the guide's section about it."""
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), dialog)
    shortcut.activated.connect(lambda: open_guide(dialog, page, anchor))
    return shortcut
