"""Answer normalisation and type words of Chinese question banks (shared by every 题库 reader).

``ABD`` ``A,B,D`` ``A、B、D`` ``ＡＢＤ`` are the same letters; 对/错 正确/错误 是/否 √/× T/F are
true/false; fill-in answers split blanks by ``|`` and alternatives by ``;``/``；``.
"""

from __future__ import annotations

import re
import unicodedata

from courseware import model as m

# type words → domain type name; longer words first so 不定项选择 beats 选择
TYPE_WORDS: tuple[tuple[str, str], ...] = (
    ("不定项选择", m.MultipleChoiceQuestion.type_name),
    ("不定项", m.MultipleChoiceQuestion.type_name),
    ("单项选择", m.SingleChoiceQuestion.type_name),
    ("多项选择", m.MultipleChoiceQuestion.type_name),
    ("单选", m.SingleChoiceQuestion.type_name),
    ("多选", m.MultipleChoiceQuestion.type_name),
    ("判断", m.TrueFalseQuestion.type_name),
    ("是非", m.TrueFalseQuestion.type_name),
    ("填空", m.FillBlankQuestion.type_name),
    ("排序", m.OrderingQuestion.type_name),
    ("匹配", m.MatchingQuestion.type_name),
    ("连线", m.MatchingQuestion.type_name),
    ("配对", m.MatchingQuestion.type_name),
    ("简答", m.EssayQuestion.type_name),
    ("问答", m.EssayQuestion.type_name),
    ("论述", m.EssayQuestion.type_name),
    ("主观", m.EssayQuestion.type_name),
    ("案例分析", m.EssayQuestion.type_name),
    ("情景", m.ScenarioQuestion.type_name),
    ("single", m.SingleChoiceQuestion.type_name),
    ("multiple", m.MultipleChoiceQuestion.type_name),
    ("true_false", m.TrueFalseQuestion.type_name),
    ("fill", m.FillBlankQuestion.type_name),
    ("essay", m.EssayQuestion.type_name),
)

# the word a writer uses for each type (and the reader accepts back)
TYPE_LABELS: dict[str, str] = {
    m.SingleChoiceQuestion.type_name: "单选题",
    m.MultipleChoiceQuestion.type_name: "多选题",
    m.TrueFalseQuestion.type_name: "判断题",
    m.FillBlankQuestion.type_name: "填空题",
    m.OrderingQuestion.type_name: "排序题",
    m.MatchingQuestion.type_name: "匹配题",
    m.EssayQuestion.type_name: "简答题",
}

TRUE_WORDS = {"对", "正确", "是", "√", "✓", "✔", "T", "TRUE", "YES", "同意", "RIGHT", "○"}
FALSE_WORDS = {"错", "错误", "否", "×", "✗", "✘", "F", "FALSE", "NO", "不同意",
               "WRONG"}

LETTERS = "ABCDEFGHIJ"
_LETTER_ANSWER = re.compile(r"^[A-J](?:[\s,，、;；/|]*[A-J])*$")


def type_from_word(text: str) -> str | None:
    """The domain type named in a heading, tag or 题型 cell (``单项选择题`` → single_choice)."""
    folded = text.strip().lower()
    for word, type_name in TYPE_WORDS:
        if word in folded:
            return type_name
    return None


def half_width(text: str) -> str:
    """Full-width letters, digits and punctuation to half-width (NFKC keeps CJK as is)."""
    return unicodedata.normalize("NFKC", text)


def answer_letters(text: str) -> str | None:
    """``A、B、D`` / ``ＡＢＤ`` / ``a,b`` → ``ABD``; None when the answer is not only letters."""
    folded = half_width(text).strip().upper()
    if not folded or not _LETTER_ANSWER.match(folded):
        return None
    return "".join(ch for ch in folded if ch in LETTERS)


def true_false(text: str) -> bool | None:
    """对/错, 正确/错误, 是/否, √/×, T/F … → True/False; None when it is none of them."""
    folded = half_width(text).strip().strip("。.!！").upper()
    if folded in TRUE_WORDS:
        return True
    if folded in FALSE_WORDS:
        return False
    return None


def split_blanks(text: str) -> list[list[str]]:
    """``认同;认可|跟进`` → [[认同, 认可], [跟进]] (blanks by ``|``, alternatives by ``;``)."""
    blanks = []
    for part in re.split(r"[|｜]", text):
        accepted = [a.strip() for a in re.split(r"[;；]", part) if a.strip()]
        blanks.append(accepted)
    return blanks


def number_text(value: object) -> str:
    """A cell value as the text the trainer typed: ``1.0`` → ``1``, None → ``""``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value).strip()


def parse_points(text: str) -> float | None:
    match = re.search(r"\d+(?:\.\d+)?", half_width(text))
    return float(match.group()) if match else None
