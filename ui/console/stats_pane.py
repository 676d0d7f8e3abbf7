"""Item statistics per quiz: a table with flagged rows highlighted, and bar charts.

The figures are computed in the background (:class:`Poller`); a result for a quiz that is no
longer selected is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from courseware.classroom.console_stats import (
    DISCRIMINATION_LIMIT,
    MIN_ATTEMPTS,
    ItemFlag,
    ItemRow,
    OptionCount,
    QuizFigures,
)
from ui.console.bar_chart import Bar, BarChart
from ui.console.failure import failure_text
from ui.console.poller import Poller
from ui.console.stats_help import StatsHelpDialog
from ui.console.stats_table import FLAGGED_BACKGROUND, ItemTable, question_label
from ui.i18n import tr

__all__ = ["FLAGGED_BACKGROUND", "StatsPane"]


def option_label(option: OptionCount, with_upper: bool = False) -> str:
    label = option.label
    if label in ("true", "false"):
        label = tr(f"console.option.{label}")
    return tr("item_stats.upper", label=label, count=option.upper) if with_upper else label


def alpha_word(alpha: float) -> str:
    """Alpha in percent → reliable / acceptable / low."""
    if alpha >= 80:
        return tr("item_stats.alpha.good")
    return tr("item_stats.alpha.fair" if alpha >= 70 else "item_stats.alpha.low")


def whole_test_text(figures: QuizFigures) -> str:
    """Mean score and Cronbach's alpha (0 to 1, with a word), or why alpha is missing."""
    mean = "–" if figures.mean is None else f"{figures.mean:.0f}%"
    if figures.alpha is not None:
        alpha = f"{figures.alpha / 100:.2f}".replace("-", "−")
        return tr("item_stats.whole_test", mean=mean, alpha=alpha,
                  word=alpha_word(figures.alpha))
    return tr("console.stats.whole_test_note", mean=mean, note=figures.alpha_note or "")


def summary_text(figures: QuizFigures) -> str:
    key = "item_stats.summary" if figures.attempts >= MIN_ATTEMPTS else "item_stats.summary_small"
    return tr(key, count=figures.attempts, flagged=figures.flagged, needed=MIN_ATTEMPTS)


class StatsPane(QWidget):
    """``loaded`` fires after the figures of the selected quiz are shown (or failed)."""

    loaded = Signal()

    def __init__(self, quizzes: Sequence[m.Quiz], load: Callable[[str], QuizFigures],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ItemRow] = []
        self.shown_quiz = ""
        self.poller = Poller(load, self)
        self.poller.result.connect(self.show_rows)
        self.poller.failed.connect(self.show_failure)
        self.quiz = QComboBox()
        for quiz in quizzes:
            self.quiz.addItem(quiz.title or quiz.id, quiz.id)
        self.quiz.currentIndexChanged.connect(self.reload)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.whole_test = QLabel()
        self.whole_test.setObjectName("whole-test-figures")
        self.whole_test.setWordWrap(True)
        self.whole_test.setToolTip(tr("item_stats.tip.alpha"))
        self.help_button = QPushButton(tr("item_stats.help.button"))
        self.help_button.setObjectName("stats-help-button")
        self.help_button.clicked.connect(self.show_help)
        self.table = ItemTable()
        self.table.currentCellChanged.connect(lambda row, *_: self._show_options(row))
        self.facility_chart = BarChart(tr("item_stats.chart.facility"))
        self.discrimination_chart = BarChart(tr("item_stats.chart.discrimination"))
        self.discrimination_chart.value_format = "{:.2f}"
        self.options_chart = BarChart()
        self._lay_out()
        self.reload()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("console.stats.quiz")))
        top.addWidget(self.quiz)
        top.addWidget(self.summary, 1)
        top.addWidget(self.help_button)
        charts = QWidget()
        grid = QVBoxLayout(charts)
        pair = QHBoxLayout()
        pair.addWidget(self.facility_chart)
        pair.addWidget(self.discrimination_chart)
        grid.addLayout(pair)
        grid.addWidget(self.options_chart)
        grid.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setSizes([400, 300])  # the table (what to check) first, the charts below
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.whole_test)
        column.addWidget(splitter)

    def current_quiz(self) -> str:
        return str(self.quiz.currentData() or "")

    def reload(self) -> None:
        """Load the selected quiz's figures in the background; say so meanwhile."""
        quiz_id = self.current_quiz()
        if quiz_id != self.shown_quiz:
            self._show([])  # another quiz's figures must not stay on screen
        if not quiz_id:
            self.summary.setText(tr("console.stats.no_data"))
            return
        self.summary.setText(tr("console.stats.loading"))
        self.poller.request(quiz_id)

    def show_rows(self, figures: QuizFigures) -> None:
        self.shown_quiz = self.current_quiz()
        self._show(figures.rows)
        self.summary.setText(summary_text(figures) if self.rows else tr("console.stats.no_data"))
        self.whole_test.setText(whole_test_text(figures) if self.rows else "")
        self.loaded.emit()

    def show_help(self) -> StatsHelpDialog:
        dialog = StatsHelpDialog(self)
        dialog.setModal(False)
        dialog.show()
        return dialog

    def show_failure(self, error: object) -> None:
        self._show([])
        self.summary.setText(tr("console.stats.failed", reason=failure_text(error)))
        self.loaded.emit()

    def _show(self, rows: Sequence[ItemRow]) -> None:
        if not rows:
            self.whole_test.clear()
        self.rows = list(rows)
        self.table.show_rows(self.rows)
        self._fill_charts()
        if self.rows:
            self.table.selectRow(0)
        self._show_options(0 if self.rows else -1)

    def _fill_charts(self) -> None:
        labels = [question_label(i + 1, r) for i, r in enumerate(self.rows)]
        hard = {ItemFlag.TOO_HARD, ItemFlag.POSSIBLE_WRONG_KEY}
        weak = {ItemFlag.WEAK_DISCRIMINATION, ItemFlag.POSSIBLE_WRONG_KEY}
        self.facility_chart.set_bars(
            [Bar(label, r.facility, bool(hard & set(r.flags)))
             for label, r in zip(labels, self.rows, strict=True)])
        correlations = [None if r.discrimination is None else r.discrimination / 100
                        for r in self.rows]
        lowest = min((c for c in correlations if c is not None), default=0.0)
        self.discrimination_chart.set_bars(
            [Bar(label, c, bool(weak & set(r.flags)))
             for label, c, r in zip(labels, correlations, self.rows, strict=True)],
            minimum=min(0.0, lowest), maximum=1.0, threshold=DISCRIMINATION_LIMIT / 100)

    def _show_options(self, index: int) -> None:
        row = self.rows[index] if 0 <= index < len(self.rows) else None
        options = row.options if row else ()
        self.options_chart.setVisible(bool(options))
        if row is None or not options:
            return
        most = max((o.count for o in options), default=0)
        self.options_chart.set_bars(
            [Bar(option_label(o, row.verdict.suspect_option is not None), float(o.count),
                 flagged=o.option_id == row.verdict.suspect_option, good=o.correct)
             for o in options],
            maximum=float(max(most, 1)),
            title=tr("console.stats.chart.options", question=question_label(index + 1, row)))
