"""One gallery run: shows each screen at the chosen size, saves its PNG, inspects it and keeps
the report."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QThreadPool
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from ui.gallery.inspector import Rules, inspect
from ui.gallery.problems import Problem


@dataclass(frozen=True)
class Setting:
    lang: str
    width: int
    height: int
    scale: float
    theme: str = "light"

    @property
    def size_text(self) -> str:
        return f"{self.width}x{self.height}"

    def logical_size(self) -> QSize:
        """The window's size in Qt's logical pixels (the screen's size / the scale factor)."""
        return QSize(round(self.width / self.scale), round(self.height / self.scale))


@dataclass
class Gallery:
    out: Path
    setting: Setting
    allowed_words: frozenset[str] = frozenset()
    screens: list[dict[str, object]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def window(self, name: str, widget: QWidget, trainee: bool = False) -> None:
        """A main window: resized so that it fills the (logical) screen, frame included."""
        widget.show()
        settle()
        frame = widget.frameGeometry().size() - widget.size()
        widget.resize(self.setting.logical_size() - frame)
        self.shoot(name, widget, trainee)

    def dialog(self, name: str, widget: QWidget, trainee: bool = False) -> None:
        """A dialog at its own size, made to fit the screen."""
        resized = widget.testAttribute(Qt.WidgetAttribute.WA_Resized)
        size = widget.size() if resized else widget.sizeHint()
        limit = self.setting.logical_size()
        widget.resize(min(size.width(), limit.width()), min(size.height(), limit.height()))
        self.shoot(name, widget, trainee, targets=False)  # dialogs are the trainer's

    def shoot(self, name: str, widget: QWidget, trainee: bool = False,
              targets: bool = True) -> None:
        if any(screen["name"] == name for screen in self.screens):
            raise ValueError(f"two screens named {name}")
        widget.show()
        settle()
        png = f"{name}.png"
        widget.grab().save(str(self.out / png))
        rules = Rules(trainee=trainee, chinese=self.setting.lang.startswith("zh"),
                      allowed_words=self.allowed_words, targets=targets,
                      contrast=trainee or self.setting.theme == "dark")
        self.problems.extend(inspect(widget, name, rules))
        self.screens.append({"name": name, "png": png, "size": self.setting.size_text,
                             "scale": self.setting.scale, "lang": self.setting.lang,
                             "theme": self.setting.theme})

    def write_report(self) -> Path:
        report = {"screens": self.screens,
                  "problems": [problem.as_dict() for problem in self.problems]}
        path = self.out / "report.json"
        path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n",
                        encoding="utf-8")
        return path


def settle(limit_s: float = 10.0) -> None:
    """Let layouts, word-wrapped heights, deferred deletes and background work finish."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if QThreadPool.globalInstance().activeThreadCount() == 0:
            break
        time.sleep(0.02)
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def scroll_to_end(page: QWidget) -> None:
    """Every visible scroll area on ``page`` scrolled to its end (a review's last questions)."""
    for area in page.findChildren(QAbstractScrollArea):
        if area.isVisible():
            area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    settle()
