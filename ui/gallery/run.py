"""A whole gallery run: authoring, trainee mode and the console on the prepared course."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QSettings, QtMsgType, qInstallMessageHandler

from courseware.format import load_course
from courseware.i18n import set_language
from ui.app import create_application
from ui.app_settings import AppSettings
from ui.gallery.authoring import shoot_authoring
from ui.gallery.console_screens import shoot_console
from ui.gallery.course_copy import prepared_course
from ui.gallery.docs import copy_to_docs
from ui.gallery.shooting import Gallery, Setting
from ui.gallery.text_content import course_words
from ui.gallery.trainee_screens import shoot_trainee
from ui.i18n import tr

QUIET = ("This plugin does not support propagateSizeHints()",)  # the offscreen platform's


def _quiet_messages(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's warnings on stderr as usual, less the offscreen platform's noise."""
    if message not in QUIET:
        print(message, file=sys.stderr)


def run_gallery(out: Path, lang: str, size: tuple[int, int], scale: float, docs: bool,
                work: Path, groups: frozenset[str] = frozenset(("authoring", "trainee", "console")),
                theme: str = "light") -> int:
    qInstallMessageHandler(_quiet_messages)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(work / "settings"))
    set_language(lang)
    AppSettings().theme = theme  # create_application applies it
    create_application(["courseware-gallery"])
    folder = prepared_course(work)
    course = load_course(folder).course
    assert course is not None
    gallery = Gallery(out, Setting(lang, size[0], size[1], scale, theme), course_words(course))
    if "authoring" in groups:
        shoot_authoring(gallery, folder)
    if "trainee" in groups:
        shoot_trainee(gallery, folder, work)
    if "console" in groups:
        shoot_console(gallery, folder, work)
    report = gallery.write_report()
    _summary(gallery, report)
    if docs and theme == "light":  # the documentation shows the light theme
        for path in copy_to_docs(out, lang):
            print(f"docs: {path}")
    return 1 if gallery.problems else 0


def _summary(gallery: Gallery, report: Path) -> None:
    kinds = Counter(problem.kind for problem in gallery.problems)
    listed = ", ".join(f"{kind}: {count}" for kind, count in sorted(kinds.items()))
    print(tr("gallery.summary", screens=len(gallery.screens), problems=len(gallery.problems),
             kinds=listed or tr("gallery.no_problems"), report=report))
    for problem in gallery.problems:
        print(f"  {problem.screen}: {problem.kind}: {problem.widget}: {problem.detail}")
