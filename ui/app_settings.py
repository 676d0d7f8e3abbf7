"""The user's preferences, kept in QSettings (typed accessors, one place for the keys)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "Courseware Studio"
APPLICATION = "Courseware Studio"
MAX_RECENT = 8
PAPER_SIZES = ("a4", "letter")
THEMES = ("system", "light", "dark")


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or QSettings(QSettings.Format.IniFormat,
                                               QSettings.Scope.UserScope, ORGANISATION,
                                               APPLICATION)

    def _text(self, key: str, default: str = "") -> str:
        value = self.qsettings.value(key, default)
        return str(value) if value is not None else default

    # -- interface

    @property
    def language(self) -> str:
        """'' follows the system locale; otherwise 'zh', 'zh-TW' or 'en'."""
        return self._text("ui/language")

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("ui/language", value)

    @property
    def theme(self) -> str:
        """'system' follows the desktop's colour scheme; otherwise 'light' or 'dark'."""
        value = self._text("ui/theme", "system")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.qsettings.setValue("ui/theme", value if value in THEMES else "system")

    # -- recent courses

    def recent_courses(self) -> list[Path]:
        value = self.qsettings.value("files/recent", [])
        # QSettings gives a single entry back as a plain string, several as a list
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(item) for item in items if item]

    def add_recent(self, folder: Path) -> None:
        folders = [folder.resolve()] + [f for f in self.recent_courses()
                                        if f.resolve() != folder.resolve()]
        self.qsettings.setValue("files/recent", [str(f) for f in folders[:MAX_RECENT]])

    @property
    def has_started_before(self) -> bool:
        return self.qsettings.value("files/started", "false") in ("true", True)

    def mark_started(self) -> None:
        self.qsettings.setValue("files/started", True)

    # -- exports and organisation

    def get(self, key: str) -> str:
        return self._text(f"export/{key}", DEFAULTS.get(key, ""))

    def set(self, key: str, value: str) -> None:
        self.qsettings.setValue(f"export/{key}", value)

    def sync(self) -> None:
        self.qsettings.sync()


DEFAULTS = {
    "font": "",  # empty: the bundled WenQuanYi Micro Hei
    "paper_size": "a4",
    "organisation": "",
    "logo": "",
    "signature": "",
    "results_db_url": "",  # empty: the embedded SQLite database in the user data folder
}
EXPORT_KEYS = tuple(DEFAULTS)
