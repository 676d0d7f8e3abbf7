"""Asks what becomes of the choices that lead to a step being deleted."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from ui.dialog_buttons import ok_cancel_buttons
from ui.editors.scenario.edits import incoming
from ui.editors.scenario.labels import node_label, summary
from ui.i18n import tr


@dataclass(frozen=True)
class DeleteDecision:
    redirect: str | None  # the step the incoming choices lead to now; None: delete them


class DeleteDialog(QDialog):
    def __init__(self, parent: QWidget | None, question: m.ScenarioQuestion,
                 node: m.ScenarioNode) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("sb.delete_title"))
        self.setObjectName("scenario-delete-dialog")
        layout = QVBoxLayout(self)
        asked = QLabel(f"<b>{html.escape(tr('sb.delete_confirm'))}</b><br>"
                       f"{html.escape(node_label(question, node, 40))}")
        asked.setWordWrap(True)
        layout.addWidget(asked)
        links = incoming(question.nodes, node.id)
        others = [other for other in question.nodes if other.id != node.id]
        self.redirect_button = QRadioButton(tr("sb.delete_redirect"))
        self.drop_button = QRadioButton(tr("sb.delete_drop"))
        self.target = QComboBox()
        self.target.setAccessibleName(tr("sb.delete_redirect"))
        for other in others:
            self.target.addItem(node_label(question, other, 36), other.id)
        if links:
            lines = "".join(f"<br>• {html.escape(summary(n.choices[i].text, 30))}"
                            for n, i in links)
            text = QLabel(html.escape(tr("sb.delete_links", count=len(links))) + lines)
            text.setWordWrap(True)
            layout.addWidget(text)
            layout.addWidget(self.redirect_button)
            layout.addWidget(self.target)
            layout.addWidget(self.drop_button)
        (self.redirect_button if links and others else self.drop_button).setChecked(True)
        onward = next((c.next for c in node.choices if c.next != node.id), "")
        if self.target.findData(onward) >= 0:  # "skip this step": where it led
            self.target.setCurrentIndex(self.target.findData(onward))
        self.redirect_button.setEnabled(bool(others))
        self.target.setEnabled(bool(others))
        self.redirect_button.toggled.connect(self.target.setEnabled)
        if node.id == question.start and others:
            start = QLabel(tr("sb.delete_start") if links else tr("sb.delete_start_first"))
            start.setWordWrap(True)
            layout.addWidget(start)
        buttons = ok_cancel_buttons(self)
        layout.addWidget(buttons)

    def decision(self) -> DeleteDecision:
        if self.redirect_button.isChecked() and self.target.count():
            return DeleteDecision(self.target.currentData())
        return DeleteDecision(None)


def ask_delete(parent: QWidget | None, question: m.ScenarioQuestion,
               node: m.ScenarioNode) -> DeleteDecision | None:
    """The trainer's decision, or None when they cancel."""
    dialog = DeleteDialog(parent, question, node)
    return dialog.decision() if dialog.exec() == QDialog.DialogCode.Accepted else None
