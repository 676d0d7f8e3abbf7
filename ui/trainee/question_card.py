"""One question in trainee mode: number, prompt, the answer widget (one per type), the flag and,
when the quiz gives it at once, feedback."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout, QWidget

from courseware import model as m
from courseware.engine import JSONValue, QuestionReview, ScenarioPosition
from ui.quiz_preview.answer_widgets import AnswerWidget, answer_widget
from ui.quiz_preview.review_view import question_details_html
from ui.trainee.scenario_dialogue import ScenarioDialogue
from ui.trainee.strings import tr


class TraineeQuestionCard(QFrame):
    answered = Signal(str, object)  # question id, value
    flagged = Signal(str, bool)
    choice_made = Signal(str, int)  # scenario: question id, choice index

    def __init__(self, question: m.Question, number: int, order: list[str] | None) -> None:
        super().__init__()
        self.question = question
        self.setObjectName(f"question-{question.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = QLabel(f"<b>{escape(tr('preview.question_number', number=number))}</b>"
                         f"　<span style='color:#5a6270'>"
                         f"{escape(tr(f'qtype.{question.type_name}'))}</span>")
        prompt = QLabel(escape(question.prompt.strip()).replace("\n", "<br>"))
        prompt.setTextFormat(Qt.TextFormat.RichText)
        prompt.setWordWrap(True)
        prompt.setObjectName("prompt")
        self.flag = QCheckBox(tr("preview.flag"))
        self.flag.toggled.connect(lambda on: self.flagged.emit(question.id, on))
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(prompt)
        layout.addWidget(self._answer_area(question, order))
        layout.addWidget(self.feedback)
        layout.addWidget(self.flag)

    def _answer_area(self, question: m.Question, order: list[str] | None) -> QWidget:
        self.scenario: ScenarioDialogue | None = None
        self.answer: AnswerWidget | None = None
        if isinstance(question, m.ScenarioQuestion):
            self.scenario = ScenarioDialogue()
            self.scenario.choice_made.connect(lambda i: self.choice_made.emit(question.id, i))
            return self.scenario
        self.answer = answer_widget(question, order)
        self.answer.answered.connect(lambda value: self.answered.emit(question.id, value))
        return self.answer

    def show_answer(self, value: JSONValue, flagged: bool) -> None:
        if self.answer is not None:
            self.answer.blockSignals(True)
            self.answer.set_value(value)
            self.answer.blockSignals(False)
        self.flag.blockSignals(True)
        self.flag.setChecked(flagged)
        self.flag.blockSignals(False)

    def show_position(self, position: ScenarioPosition) -> None:
        if self.scenario is not None:
            self.scenario.show_position(position)

    def show_feedback(self, review: QuestionReview | None) -> None:
        """Immediate feedback, only when the quiz's settings give some for this question now."""
        html = question_details_html(review) if review is not None else ""
        self.feedback.setText(html)
        self.feedback.setVisible(bool(html))
        if review is not None and review.status is not None and self.answer is not None:
            self.answer.setEnabled(False)  # the engine locks an answer once feedback is shown
