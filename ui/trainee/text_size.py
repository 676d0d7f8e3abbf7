"""The kiosk's text size (A− / A+), remembered for this PC in QSettings, and the style sheet
that applies it everywhere (a style sheet also reaches widgets with their own sheets)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton, QWidget

from ui.theme import themed

SIZES = (13, 15, 17, 19, 22)  # points
DEFAULT_SIZE = 15
KEY = "trainee/text_point_size"


def kiosk_style(points: int) -> str:
    """Large, clear type and targets of at least 44 px; the focus always visible."""
    clock = round(points * 4 / 3)
    return themed(f"""
QWidget {{ font-size: {points}pt; color: #1d2430; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: 22px; height: 22px; }}
QRadioButton, QCheckBox {{ min-height: 36px; padding: 2px 4px; border: 2px solid transparent;
    border-radius: 4px; }}
QRadioButton:focus, QCheckBox:focus, QComboBox:focus, QLineEdit:focus, QPlainTextEdit:focus,
QListWidget:focus, QTreeWidget:focus, QTextBrowser:focus {{ border: 3px solid #1a56c4; }}
QPushButton {{ padding: 6px 14px; min-height: 32px; }}
QPushButton:focus {{ border: 3px solid #1a56c4; border-radius: 4px; }}
QComboBox, QLineEdit {{ min-height: 38px; }}
QGroupBox#certainty QRadioButton {{ padding: 4px 28px 4px 0; }}
QLabel#quiz-clock {{ font-size: {clock}pt; font-weight: bold; }}
""")


class TextSize:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings
        try:
            stored = int(str(settings.value(KEY, DEFAULT_SIZE)))
        except ValueError:
            stored = DEFAULT_SIZE
        self.points = min(SIZES, key=lambda size: abs(size - stored))

    def step(self, direction: int) -> int:
        """One size smaller (-1) or larger (+1); saved for this PC. Returns the new size."""
        index = SIZES.index(self.points) + direction
        self.points = SIZES[max(0, min(index, len(SIZES) - 1))]
        self.settings.setValue(KEY, self.points)
        self.settings.sync()
        return self.points

    @property
    def smallest(self) -> bool:
        return self.points == SIZES[0]

    @property
    def largest(self) -> bool:
        return self.points == SIZES[-1]


def enter_clicks(widget: QWidget) -> None:
    """Enter (as well as Space) presses the focused button, as people expect on a kiosk."""
    for button in widget.findChildren(QPushButton):
        button.setAutoDefault(True)
