"""One preview row per question read, and the short texts the preview table shows."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from courseware import model as m
from exporters.banks import BankEntry
from exporters.banks.importer import FileRead
from ui.dialog_buttons import ok_cancel_buttons
from ui.i18n import tr
from ui.labels import first_line, question_type_name

PROMPT_LIMIT = 60
_BLANK = re.compile(r"_{2,}")
ANSWER_LIMIT = 30


@dataclass
class ImportRow:
    """A question as read (``entry``), the file it came from (``read``) and the trainer's
    include/skip choice. Rows with an error are never imported."""

    read: FileRead
    entry: BankEntry
    include: bool = True

    @property
    def has_error(self) -> bool:
        return self.entry.has_error

    @property
    def importable(self) -> bool:
        return self.include and not self.has_error

    @property
    def has_warning(self) -> bool:
        return any(p.severity == "warning" for p in self.entry.problems)


@dataclass(frozen=True)
class Labels:
    """The interface words the preview repeats on every row, looked up once per fill
    (``tr`` consults the locale on each call: 2,000 rows would spend most of their time there)."""

    types: dict[str, str]
    true: str
    false: str
    separator: str
    kinds: dict[str, str]
    not_built: str

    @classmethod
    def now(cls) -> Labels:
        return cls(types={name: question_type_name(name) for name in m.QUESTION_TYPES},
                   true=tr("answer.true"), false=tr("answer.false"),
                   separator=tr("banks.letter_separator"),
                   kinds={kind: tr(f"banks.severity.{kind}") for kind in ("error", "warning")},
                   not_built=tr("banks.not_built"))


def rows_of(read: FileRead) -> list[ImportRow]:
    return [ImportRow(read, entry, include=not entry.has_error) for entry in read.result.entries]


def type_text(entry: BankEntry, labels: Labels) -> str:
    if entry.question is not None:
        return labels.types.get(entry.question.type_name, entry.question.type_name)
    # not built: the type the file stated (a tag or a section heading), if any
    stated = getattr(entry.raw, "type_hint", None) or getattr(entry.raw, "section_type", None)
    return labels.types.get(stated, "—") if stated else "—"


def prompt_text(entry: BankEntry) -> str:
    text = entry.question.prompt if entry.question is not None else entry.text
    # blanks stay visible (a plain ___ would be taken for Markdown emphasis and dropped)
    return first_line(_BLANK.sub("＿＿＿", text), PROMPT_LIMIT) or "—"


def problems_text(entry: BankEntry, labels: Labels | None = None) -> str:
    """Errors first, then warnings, one per line, in the interface language."""
    if not entry.problems and entry.question is not None:
        return ""
    labels = labels or Labels.now()
    ordered = sorted(entry.problems, key=lambda p: p.severity != "error")
    lines = [tr("banks.problem_line", kind=labels.kinds[p.severity], message=p.message)
             for p in ordered]
    if entry.question is None and not any(p.severity == "error" for p in entry.problems):
        lines.insert(0, labels.not_built)
    return "\n".join(lines)


def answer_text(question: m.Question | None, labels: Labels) -> str:
    """The right answer in a few characters: B, A、B、D, 对, 认同;认可 | 跟进, A→2 …"""
    if question is None:
        return "—"
    text = _answer(question, labels)
    return text if len(text) <= ANSWER_LIMIT else text[: ANSWER_LIMIT - 1] + "…"


def _answer(q: m.Question, labels: Labels) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if isinstance(q, m.SingleChoiceQuestion | m.MultipleChoiceQuestion):
        right = [letter for letter, o in zip(letters, q.options, strict=False) if o.correct]
        return labels.separator.join(right) or "—"  # A、B、D reads as letters
    if isinstance(q, m.TrueFalseQuestion):
        return labels.true if q.answer else labels.false
    if isinstance(q, m.FillBlankQuestion):
        return " | ".join(";".join(blank.accepted) for blank in q.blanks) or "—"
    if isinstance(q, m.OrderingQuestion):
        return " → ".join(first_line(item, 8) for item in q.items)
    if isinstance(q, m.MatchingQuestion):
        return "; ".join(f"{first_line(p.left, 6)}→{first_line(p.right, 6)}" for p in q.pairs)
    if isinstance(q, m.EssayQuestion):
        return first_line(q.model_answer, ANSWER_LIMIT) or "—"
    if isinstance(q, m.NumericalQuestion):
        return "; ".join(_number(a.value) + (f"±{_number(a.tolerance)}" if a.tolerance else "")
                         for a in q.answers) or "—"
    return "—"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def apply_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """应用修改 / 取消 at the foot of a dialog that fixes a read question."""
    return ok_cancel_buttons(dialog, tr("banks.fix.apply"), tr("button.cancel"))
