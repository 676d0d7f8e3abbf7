"""The certainty-based marking control: how sure the trainee is of one answer (1–3).

Three radio buttons in a titled box: Tab reaches them, the arrow keys move between levels and
Space picks one. No mnemonics: with several questions on a page they would clash. The marks
each level risks are in the tooltips.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QHBoxLayout, QRadioButton

from courseware.engine import CERTAINTY_LEVELS
from ui.i18n import tr


class CertaintyPicker(QGroupBox):
    chosen = Signal(int)  # the level picked by the trainee (not by set_level)

    def __init__(self) -> None:
        super().__init__(tr("preview.certainty.title"))
        self.setObjectName("certainty")
        self.setToolTip(tr("preview.certainty.hint"))
        self.group = QButtonGroup(self)
        row = QHBoxLayout(self)
        for level in CERTAINTY_LEVELS:
            button = QRadioButton(f"{level} {tr(f'preview.certainty.{level}')}")
            button.setToolTip(tr(f"preview.certainty.marks.{level}"))
            self.group.addButton(button, level)
            row.addWidget(button)
        row.addStretch(1)
        self.group.idClicked.connect(self.chosen.emit)

    def level(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked in CERTAINTY_LEVELS else None

    def set_level(self, level: int | None) -> None:
        """Show a recorded level (None: none chosen yet) without emitting ``chosen``."""
        self.group.setExclusive(False)  # lets every button be cleared
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == level)
        self.group.setExclusive(True)

    def button(self, level: int) -> QRadioButton:
        found = self.group.button(level)
        assert isinstance(found, QRadioButton)
        return found
