"""Item statistics per quiz: a table with flagged rows highlighted, and bar charts."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from courseware.classroom.console_stats import (
    DISCRIMINATION_LIMIT,
    FACILITY_LIMIT,
    Concern,
    ItemRow,
    OptionCount,
)
from ui.console.bar_chart import Bar, BarChart
from ui.i18n import tr

FLAGGED_BACKGROUND = QColor("#fde2df")
HEADERS = ("console.stats.col.question", "console.stats.col.attempts",
           "console.stats.col.facility", "console.stats.col.discrimination",
           "console.stats.col.attention")
CONCERN_KEYS = {Concern.TOO_EASY: "console.stats.too_easy",
                Concern.LOW_DISCRIMINATION: "console.stats.low_discrimination"}


def figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


def concern_text(row: ItemRow) -> str:
    return "、".join(tr(CONCERN_KEYS[c]) for c in row.concerns)


def question_label(number: int, row: ItemRow) -> str:
    return f"{number}. " + " ".join(row.prompt.split())


def option_label(option: OptionCount) -> str:
    if option.label in ("true", "false"):
        return tr(f"console.option.{option.label}")
    return option.label


class StatsPane(QWidget):
    def __init__(self, quizzes: Sequence[m.Quiz], load: Callable[[str], list[ItemRow]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.load = load
        self.rows: list[ItemRow] = []
        self.quiz = QComboBox()
        for quiz in quizzes:
            self.quiz.addItem(quiz.title or quiz.id, quiz.id)
        self.quiz.currentIndexChanged.connect(self.reload)
        self.summary = QLabel()
        self.table = self._table()
        self.facility_chart = BarChart(tr("console.stats.chart.facility"))
        self.discrimination_chart = BarChart(tr("console.stats.chart.discrimination"))
        self.options_chart = BarChart()
        self.options_chart.value_format = "{:.0f}"
        self._lay_out()
        self.reload()

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, len(HEADERS))
        table.setHorizontalHeaderLabels([tr(key) for key in HEADERS])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.currentCellChanged.connect(lambda row, *_: self._show_options(row))
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("console.stats.quiz")))
        top.addWidget(self.quiz)
        top.addWidget(self.summary, 1)
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
        splitter.setSizes([260, 420])
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(splitter)

    def current_quiz(self) -> str:
        return str(self.quiz.currentData() or "")

    def reload(self) -> None:
        self.rows = self.load(self.current_quiz()) if self.current_quiz() else []
        self._fill_table()
        self._fill_charts()
        attempts = max((r.attempts for r in self.rows), default=0)
        flagged = sum(r.flagged for r in self.rows)
        self.summary.setText(tr("console.stats.summary", count=attempts, flagged=flagged)
                             if self.rows else tr("console.stats.no_data"))
        if self.rows:
            self.table.selectRow(0)
        self._show_options(0 if self.rows else -1)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            texts = (question_label(index + 1, row), str(row.attempts), figure(row.facility),
                     figure(row.discrimination), concern_text(row))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(row.prompt if column == 0 else text)
                if row.flagged:
                    item.setBackground(QBrush(FLAGGED_BACKGROUND))
                self.table.setItem(index, column, item)

    def _fill_charts(self) -> None:
        labels = [question_label(i + 1, r) for i, r in enumerate(self.rows)]
        self.facility_chart.set_bars(
            [Bar(label, r.facility, Concern.TOO_EASY in r.concerns)
             for label, r in zip(labels, self.rows, strict=True)], threshold=FACILITY_LIMIT)
        lowest = min((r.discrimination for r in self.rows if r.discrimination is not None),
                     default=0.0)
        self.discrimination_chart.set_bars(
            [Bar(label, r.discrimination, Concern.LOW_DISCRIMINATION in r.concerns)
             for label, r in zip(labels, self.rows, strict=True)],
            minimum=min(0.0, lowest), threshold=DISCRIMINATION_LIMIT)

    def _show_options(self, index: int) -> None:
        row = self.rows[index] if 0 <= index < len(self.rows) else None
        options = row.options if row else ()
        self.options_chart.setVisible(bool(options))
        if row is None or not options:
            return
        most = max((o.count for o in options), default=0)
        self.options_chart.set_bars(
            [Bar(option_label(o), float(o.count), good=o.correct) for o in options],
            maximum=float(max(most, 1)),
            title=tr("console.stats.chart.options", question=question_label(index + 1, row)))
