"""Where a finding is, in the trainer's words: 模块一 › 第1单元测验 › 题目3."""

from __future__ import annotations

from dataclasses import dataclass

from courseware.catalog import all_messages

ZH_NUMERALS = "零一二三四五六七八九十"
SEPARATOR = " › "


def chinese_number(number: int) -> str:
    """1 → 一, 12 → 十二, 25 → 二十五 (modules rarely pass 99; larger ones stay digits)."""
    if not 0 < number < 100:
        return str(number)
    tens, units = divmod(number, 10)
    text = ("" if tens == 1 else ZH_NUMERALS[tens]) + "十" if tens else ""
    return text + (ZH_NUMERALS[units] if units else "")


def localized(key: str, language: str, /, **values: object) -> str:
    """``key`` in "zh", "zh-TW" or "en" (Traditional falls back to Simplified)."""
    entry = all_messages()[key]
    if language == "zh-TW":
        return (entry.get("zh-TW") or entry["zh"]).format(**values)
    return (entry.get(language) or entry["en"]).format(**values)


@dataclass(frozen=True)
class Location:
    """``module`` is 1-based (0: the course level or the final exam); ``question`` 1-based in
    its quiz (0: the quiz itself)."""

    module: int = 0
    quiz: str = ""  # the quiz's title (its id when untitled)
    question: int = 0
    final_exam: bool = False
    quiz_id: str = ""
    question_id: str = ""

    def text(self, language: str) -> str:
        parts = []
        if self.module:
            number = chinese_number(self.module) if language.startswith("zh") else str(
                self.module)
            parts.append(localized("review.where.module", language, number=number))
        elif self.final_exam:
            parts.append(localized("review.where.final_exam", language))
        if self.quiz and not self.final_exam:
            parts.append(self.quiz)
        if self.question:
            parts.append(localized("review.where.question", language, number=self.question))
        return SEPARATOR.join(parts) or localized("review.where.course", language)

    def to_dict(self) -> dict[str, object]:
        return {"module": self.module, "final_exam": self.final_exam, "quiz_id": self.quiz_id,
                "question": self.question, "question_id": self.question_id,
                "zh": self.text("zh"), "en": self.text("en")}
