"""import_docx_2000_s, import_xlsx_2000_s (issue 13): reading a generated 2,000-question 题库.

The bank mixes the types a trainer's bank holds (single and multiple choice, true/false,
fill-in, short answer), written by the project's own Word and Excel writers; the figure is the
best of three reads of the whole file into domain questions (parsing, answer normalisation,
type inference and the per-question validation included).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from courseware import model as m
from exporters.banks import BankReadResult
from exporters.banks.formats import docx, xlsx

QUESTIONS = 2000


def generated_bank(count: int = QUESTIONS) -> list[m.Question]:
    questions: list[m.Question] = []
    for n in range(count):
        kind = n % 5
        prompt = f"第{n + 1}题：客户来电询问信用卡分期手续费，客服代表最恰当的做法是？"
        if kind == 0:
            questions.append(m.SingleChoiceQuestion(
                id=f"q{n}", prompt=prompt, feedback="先认同，再说明费率和计算方式。",
                category="积极回应", options=[m.Option(c, f"选项{c}的内容", c == "b")
                                           for c in "abcd"]))
        elif kind == 1:
            questions.append(m.MultipleChoiceQuestion(
                id=f"q{n}", prompt=prompt, points=2,
                options=[m.Option(c, f"做法{c}", c in "ac") for c in "abcde"]))
        elif kind == 2:
            questions.append(m.TrueFalseQuestion(id=f"q{n}", prompt="同理心就是同意客户的要求。",
                                                 answer=False))
        elif kind == 3:
            questions.append(m.FillBlankQuestion(id=f"q{n}", prompt="积极回应的第一步是___。",
                                                 blanks=[m.Blank(["倾听", "聆听"])]))
        else:
            questions.append(m.EssayQuestion(
                id=f"q{n}", prompt="请写出回应话术。", points=5, model_answer="先认同情绪。",
                rubric=[m.RubricCriterion("与参考答案相符", 5)]))
    return questions


def _best_read(read: Callable[[Path], BankReadResult], path: Path) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        result = read(path)
        best = min(best, time.perf_counter() - started)
        if len(result.entries) != QUESTIONS or any(e.has_error for e in result.entries):
            raise RuntimeError(f"{path.name}: the generated bank did not read back whole")
    return round(best, 3)


def run() -> dict[str, float]:
    questions = generated_bank()
    with tempfile.TemporaryDirectory() as folder:
        word = Path(folder) / "bank.docx"
        excel = Path(folder) / "bank.xlsx"
        docx.write(questions, word, None)
        xlsx.write(questions, excel, None)
        return {"import_docx_2000_s": _best_read(docx.read, word),
                "import_xlsx_2000_s": _best_read(xlsx.read, excel)}
