"""Generated courses for benchmarks and scale tests."""

from __future__ import annotations

from pathlib import Path

from courseware import model as m
from courseware.format.writer import save_course


def _question(module: int, number: int) -> m.Question:
    qid = f"g{module}-q{number}"
    prompt = f"第 {module} 模块第 {number} 题：客户说“我想了解这项服务”，最恰当的回应是？"
    if number % 4 == 0:
        return m.FillBlankQuestion(id=qid, prompt=prompt + " ___", category=f"c{number % 7}",
                                   blanks=[m.Blank(accepted=["倾听", "聆听"])], feedback="说明")
    if number % 4 == 1:
        return m.TrueFalseQuestion(id=qid, prompt=prompt, answer=True, true_feedback="对",
                                   false_feedback="错", category=f"c{number % 7}")
    options = [m.Option(id=k, text=f"选项 {k}：先倾听，再认同客户的感受", correct=(k == "b"),
                        feedback=f"选项 {k} 的反馈说明") for k in "abcd"]
    return m.SingleChoiceQuestion(id=qid, prompt=prompt, options=options, feedback="通用反馈",
                                  category=f"c{number % 7}")


def generated_course(modules: int = 50, questions_per_module: int = 100) -> m.Course:
    course = m.Course(id="generated", title="生成的课程")
    for index in range(1, modules + 1):
        module = m.Module(id=f"g{index}", title=f"模块 {index}", objectives=["能够……"],
                          folder=f"modules/{index:03d}")
        module.items.append(m.Lesson(id=f"g{index}-l1", title=f"第 {index} 课",
                                     body="## 小节\n\n正文。\n" * 20))
        quiz = m.Quiz(id=f"g{index}-quiz", title=f"测验 {index}")
        quiz.questions = [_question(index, n) for n in range(1, questions_per_module + 1)]
        module.items.append(quiz)
        course.modules.append(module)
    return course


def write_generated_course(folder: Path, modules: int = 50,
                           questions_per_module: int = 100) -> Path:
    save_course(generated_course(modules, questions_per_module), folder)
    return folder
