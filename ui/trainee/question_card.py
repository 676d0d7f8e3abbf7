"""One question in trainee mode: the preview's card with trainee mode's look and its scenario
dialogue (one situation at a time, keys 1–9 choose)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QVBoxLayout

from ui.quiz_preview.question_card import QuestionCard
from ui.theme import colour
from ui.trainee.scenario_dialogue import ScenarioDialogue
from ui.trainee.strings import tr


class TraineeQuestionCard(QuestionCard):
    object_name_prefix = "question-"
    scenario_view = ScenarioDialogue

    def heading_html(self, number: int) -> str:
        return (f"<b>{escape(tr('preview.question_number', number=number))}</b>"
                f"　<span style='color:{colour('text.muted')}'>"
                f"{escape(tr(f'qtype.{self.question.type_name}'))}</span>")

    def polish(self, layout: QVBoxLayout) -> None:
        layout.setSpacing(12)
        layout.setContentsMargins(16, 12, 16, 12)
