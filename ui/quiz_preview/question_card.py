"""One question on the preview page: number, prompt, the answer widget, certainty (quizzes with
certainty-based marking), flag, feedback."""

from __future__ import annotations

from html import escape
from typing import Protocol, runtime_checkable

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout, QWidget

from courseware import model as m
from courseware.engine import JSONValue, QuestionReview, ScenarioPosition
from ui.i18n import tr
from ui.quiz_preview.answer_widgets import (
    MIN_TARGET,
    AnswerWidget,
    ChoiceAnswer,
    answer_widget,
    plain_text,
)
from ui.quiz_preview.certainty import CertaintyPicker
from ui.quiz_preview.review_view import question_details_html
from ui.quiz_preview.rich_text import NO_MEDIA, MediaPlace, RichLabel, markdown_html
from ui.quiz_preview.scenario_play import ScenarioPlay
from ui.theme import themed


@runtime_checkable
class ScenarioView(Protocol):
    """What a card needs of its scenario widget (:class:`ScenarioPlay`, or trainee mode's)."""

    @property
    def choice_made(self) -> SignalInstance: ...  # the chosen choice's index

    def show_position(self, position: ScenarioPosition) -> None: ...

    def set_locked(self, locked: bool) -> None: ...


class QuestionCard(QFrame):
    """The preview's card; trainee mode subclasses it with its own look and scenario view."""

    answered = Signal(str, object)  # question id, value
    flagged = Signal(str, bool)
    choice_made = Signal(str, int)  # scenario: question id, choice index
    certainty_chosen = Signal(str, int)  # question id, certainty level (1–3)
    object_name_prefix = "preview-question-"
    scenario_view: type[QWidget] = ScenarioPlay  # a widget that is a ScenarioView

    def __init__(self, question: m.Question, number: int, order: list[str] | None,
                 certainty_based_marking: bool = False, place: MediaPlace = NO_MEDIA) -> None:
        super().__init__()
        self.question = question
        self.place = place
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"{self.object_name_prefix}{question.id}")
        heading = RichLabel(self.heading_html(number))
        heading.setObjectName("question-heading")
        self.prompt = RichLabel(markdown_html(question.prompt, place))
        self.prompt.setObjectName("prompt")
        self.prompt.setAccessibleName(plain_text(self.prompt.html()))
        self.feedback = RichLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.prompt)
        layout.addWidget(self._answer_area(question, order))
        if isinstance(self.answer, ChoiceAnswer):
            hint = QLabel(tr("preview.keys_hint", n=min(len(self.answer.values), 9)))
            hint.setObjectName("keys-hint")
            hint.setWordWrap(True)
            hint.setStyleSheet(themed("color:#4a5260;"))
            layout.addWidget(hint)
        self.certainty_picker = self._certainty_picker(certainty_based_marking)
        if self.certainty_picker is not None:
            layout.addWidget(self.certainty_picker)
        # made after the answer controls so that Tab goes answer → certainty → flag
        self.flag = QCheckBox(tr("preview.flag"))
        self.flag.setObjectName("flag")
        self.flag.setMinimumHeight(MIN_TARGET)
        self.flag.toggled.connect(lambda on: self.flagged.emit(question.id, on))
        layout.addWidget(self.feedback)
        layout.addWidget(self.flag)
        self.polish(layout)

    def heading_html(self, number: int) -> str:
        return (f"<b>{escape(tr('preview.question_number', number=number))}</b>"
                f"　{escape(tr(f'qtype.{self.question.type_name}'))}")

    def polish(self, layout: QVBoxLayout) -> None:
        """Hook for subclasses to adjust the finished layout."""

    def _answer_area(self, question: m.Question, order: list[str] | None) -> QWidget:
        if isinstance(question, m.ScenarioQuestion):
            view = self.scenario_view(self.place)  # type: ignore[call-arg, arg-type]
            if not isinstance(view, ScenarioView):
                raise TypeError(f"{type(view).__name__} cannot play a scenario")
            self.scenario: ScenarioView | None = view
            view.choice_made.connect(lambda i: self.choice_made.emit(question.id, i))
            self.answer: AnswerWidget | None = None
            return view
        self.scenario = None
        self.answer = answer_widget(question, order, self.place)
        self.answer.answered.connect(lambda value: self.answered.emit(question.id, value))
        return self.answer

    def _certainty_picker(self, certainty_based_marking: bool) -> CertaintyPicker | None:
        """Only where CBM applies: a CBM quiz's automatically graded questions."""
        if not (certainty_based_marking and self.question.auto_graded):
            return None
        picker = CertaintyPicker()
        picker.chosen.connect(lambda level: self.certainty_chosen.emit(self.question.id, level))
        return picker

    def certainty(self) -> int | None:
        """The level shown now (None: no control, or none chosen yet)."""
        return None if self.certainty_picker is None else self.certainty_picker.level()

    def show_certainty(self, level: int | None) -> None:
        if self.certainty_picker is not None:
            self.certainty_picker.set_level(level)

    def show_answer(self, value: JSONValue, flagged: bool, certainty: int | None = None) -> None:
        self.show_certainty(certainty)
        if self.answer is not None:
            self.answer.blockSignals(True)
            self.answer.set_value(value)
            self.answer.blockSignals(False)
        self.flag.blockSignals(True)
        self.flag.setChecked(flagged)
        self.flag.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys 1–9 (A–I) choose an option of a choice question from anywhere on the card."""
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if plain and isinstance(self.answer, ChoiceAnswer) and \
                self.answer.choose_by_key(event.key()):
            event.accept()
            return
        super().keyPressEvent(event)

    def show_position(self, position: ScenarioPosition) -> None:
        if self.scenario is not None:
            self.scenario.show_position(position)

    def show_feedback(self, review: QuestionReview | None) -> None:
        """Immediate feedback, when the settings give any for this question now."""
        html = question_details_html(review, self.place) if review is not None else ""
        self.feedback.set_html(html)
        self.feedback.setVisible(bool(html))
        locked = review is not None and review.status is not None
        if locked and self.answer is not None:
            self.answer.setEnabled(False)  # the engine locks an answer given feedback
        if locked and self.certainty_picker is not None:
            self.certainty_picker.setEnabled(False)  # … and the certainty given with it
