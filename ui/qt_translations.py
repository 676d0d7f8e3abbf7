"""Qt's own strings (the standard buttons of message boxes and dialog button boxes: 保存,
取消, 是 …) in the interface language, from the translations PySide6 ships (qtbase_zh_CN.qm,
qtbase_zh_TW.qm)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from courseware.i18n import catalogue_language, interface_language

_installed: list[QTranslator] = []
QT_LOCALES = {
    "zh": QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedHanScript,
                  QLocale.Country.China),
    "zh-TW": QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalHanScript,
                     QLocale.Country.Taiwan),
}


def use_qt_translations(language: str | None = None) -> bool:
    """Installs Qt's catalogue for ``language`` (default: the current one) in place of any
    installed before; returns whether one was found (English needs none)."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    while _installed:
        app.removeTranslator(_installed.pop())
    locale = QT_LOCALES.get(catalogue_language(language or interface_language()))
    if locale is None:
        return False
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(locale, "qtbase", "_", folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
