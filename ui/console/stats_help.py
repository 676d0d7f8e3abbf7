"""What facility, discrimination and Cronbach's alpha mean, and what to do about a flag: a
help page a trainer opens from the statistics tab."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from courseware.classroom.console_stats import MIN_ATTEMPTS
from ui.i18n import tr


class StatsHelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stats-help")
        self.setWindowTitle(tr("item_stats.help.title"))
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(tr("item_stats.help.body", needed=MIN_ATTEMPTS))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            tr("item_stats.help.close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80,
                    self.fontMetrics().lineSpacing() * 30)
