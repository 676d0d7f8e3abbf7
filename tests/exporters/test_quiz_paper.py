"""Quiz papers and answer keys, read back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from courseware import model as m
from exporters.pdf.quiz_paper import QuizPaperOptions, UnknownQuizError, export_quiz_paper
from tests.conftest import BUNDLED_COURSE, REPO_ROOT
from tests.exporters.conftest import synthetic_course
from tests.exporters.pdfcheck import font_rows, pdf_text, squeezed


def all_types_quiz() -> m.Quiz:
    options = [m.Option("a", "甲选项", False, "甲的反馈"), m.Option("b", "乙选项 <b> & \"q\"",
                                                             True, "乙的反馈")]
    return m.Quiz(id="qz", title="综合测验", path="modules/m1/quiz.yaml", questions=[
        m.SingleChoiceQuestion(id="q1", prompt="单选题干？", options=options, feedback="单选解析"),
        m.MultipleChoiceQuestion(id="q2", prompt="多选题干？", options=options),
        m.TrueFalseQuestion(id="q3", prompt="判断题干。", answer=False, false_feedback="判断反馈"),
        m.FillBlankQuestion(id="q4", prompt="四个环节依次是倾听、___、回应和跟进。",
                            blanks=[m.Blank(["认同", "认可"])]),
        m.MatchingQuestion(id="q5", prompt="请配对。", pairs=[m.MatchPair("左一", "右一"),
                                                          m.MatchPair("左二", "右二")],
                           distractors=["干扰项"]),
        m.OrderingQuestion(id="q6", prompt="请排序。", items=["倾听", "认同", "回应", "跟进"]),
        m.EssayQuestion(id="q7", prompt="简答题干。", points=2,
                        rubric=[m.RubricCriterion("指出需求", 2)], model_answer="范文要点句。"),
        m.ScenarioQuestion(id="q8", prompt="情景题干。", start="n1", nodes=[
            m.ScenarioNode("n1", "客户说：“我很着急。”", choices=[
                m.ScenarioChoice("先安抚情绪", "good", "安抚的反馈"),
                m.ScenarioChoice("直接解释规定", "bad", "解释的反馈")]),
            m.ScenarioNode("good", "客户平静下来。", ending=m.ScenarioEnding(100, "好结局")),
            m.ScenarioNode("bad", "客户投诉。", ending=m.ScenarioEnding(0, "坏结局"))]),
    ])


@pytest.fixture()
def paper_and_key(tmp_path: Path) -> tuple[str, str]:
    course = synthetic_course(quiz=all_types_quiz())
    paper, key = export_quiz_paper(course, tmp_path, "qz", tmp_path / "paper.pdf",
                                   QuizPaperOptions(with_key=True))
    assert key == tmp_path / "paper-key.pdf"
    assert all(row["emb"] == "yes" for path in (paper, key) for row in font_rows(path))
    return pdf_text(paper), pdf_text(key)


def test_paper_shows_questions_and_answer_space(paper_and_key: tuple[str, str]) -> None:
    paper = squeezed(paper_and_key[0])
    for text in ("综合测验", "姓名", "工号", "日期", "单选题干", "A.甲选项", 'B.乙选项&"q"',
                 "对", "错", "(1)", "左一", "干扰项", "倾听", "简答题干", "客户说：“我很着急。”",
                 "先安抚情绪", "→转到环节2", "共8题"):
        assert text in paper, text
    for secret in ("单选解析", "乙的反馈", "认可", "范文要点句", "安抚的反馈", "好结局"):
        assert secret not in paper, secret


def test_key_shows_answers_points_and_feedback(paper_and_key: tuple[str, str]) -> None:
    key = squeezed(paper_and_key[1])
    for text in ("参考答案", "答案：B", "单选解析", "乙的反馈", "答案：错", "判断反馈",
                 "认同、认可", "正确顺序：倾听→认同→回应→跟进", "指出需求（2分）", "范文要点句",
                 "安抚的反馈", "好结局", "（2分）"):
        assert text in key, text


def test_drawn_exam_is_reproducible_per_seed(bundled_course: m.Course, tmp_path: Path) -> None:
    def paper(seed: int, name: str) -> str:
        [path] = export_quiz_paper(bundled_course, BUNDLED_COURSE, "final-exam", tmp_path / name,
                                   QuizPaperOptions(seed=seed))
        return pdf_text(path)

    first, again, other = paper(5, "a.pdf"), paper(5, "b.pdf"), paper(6, "c.pdf")
    assert first == again
    assert first != other
    assert "随机种子5" in squeezed(first)
    assert "共30题" in squeezed(first)


def test_every_bundled_quiz_prints(bundled_course: m.Course, tmp_path: Path) -> None:
    for quiz in bundled_course.all_quizzes():
        paper, key = export_quiz_paper(bundled_course, BUNDLED_COURSE, quiz.id,
                                       tmp_path / f"{quiz.id}.pdf",
                                       QuizPaperOptions(with_key=True))
        assert quiz.title in pdf_text(paper) and "参考答案" in pdf_text(key)


def test_unknown_quiz(tmp_path: Path) -> None:
    with pytest.raises(UnknownQuizError):
        export_quiz_paper(synthetic_course(), tmp_path, "nope", tmp_path / "x.pdf",
                          QuizPaperOptions())
    assert not (tmp_path / "x.pdf").exists()


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", "--lang", "en", *args], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=300)


def test_cli_exit_codes(tmp_path: Path) -> None:
    ok = run_cli("export", "quiz-paper", str(BUNDLED_COURSE), "--quiz", "m2-quiz", "-o",
                 str(tmp_path / "q.pdf"), "--with-key")
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "q.pdf").exists() and (tmp_path / "q-key.pdf").exists()
    handout = run_cli("export", "handout", str(BUNDLED_COURSE), "--module", "m5", "--edition",
                      "trainer", "--paper", "letter", "-o", str(tmp_path / "h.pdf"))
    assert handout.returncode == 0, handout.stderr
    bad_module = run_cli("export", "handout", str(BUNDLED_COURSE), "--module", "zz", "-o",
                         str(tmp_path / "z.pdf"))
    assert bad_module.returncode == 1 and "no module 'zz'" in bad_module.stderr
    assert "Traceback" not in bad_module.stderr
    bad_course = run_cli("export", "handout", str(tmp_path), "-o", str(tmp_path / "y.pdf"))
    assert bad_course.returncode == 1 and "course.yaml" in bad_course.stdout
    assert "Traceback" not in bad_course.stderr
    usage = run_cli("export", "quiz-paper", str(BUNDLED_COURSE), "-o", str(tmp_path / "u.pdf"))
    assert usage.returncode == 2
    assert not (tmp_path / "z.pdf").exists() and not (tmp_path / "y.pdf").exists()
