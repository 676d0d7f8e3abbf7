"""Qt's own strings (the standard buttons of message boxes and dialog button boxes: 保存,
取消, 是 …) in the interface language, from the translations PySide6 ships."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from courseware.i18n import current_language

_installed: list[QTranslator] = []


def use_qt_translations(language: str | None = None) -> bool:
    """Installs Qt's catalogue for ``language`` (default: the current one) in place of any
    installed before; returns whether one was found (English needs none)."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    while _installed:
        app.removeTranslator(_installed.pop())
    if (language or current_language()) != "zh":
        return False
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase",
                           "_", folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
