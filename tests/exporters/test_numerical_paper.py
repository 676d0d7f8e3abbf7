"""Numerical questions on quiz papers: an answer line with the unit; the key lists the values."""

from __future__ import annotations

from pathlib import Path

from courseware import model as m
from exporters.pdf.quiz_paper import QuizPaperOptions, export_quiz_paper
from tests.exporters.conftest import synthetic_course
from tests.exporters.pdfcheck import pdf_text, squeezed


def test_numerical_paper_and_key(tmp_path: Path) -> None:
    question = m.NumericalQuestion(
        id="n1", prompt="分期年化利率约为多少？", points=2,
        answers=[m.NumericalAnswer(13, 0.2, 100, "按本金递减计算"),
                 m.NumericalAnswer(7.2, 0, 50, "名义费率")],
        units=[m.NumericalUnit("%")])
    quiz = m.Quiz(id="qz", title="计算题", path="modules/m1/quiz.yaml", questions=[question])
    paper, key = export_quiz_paper(synthetic_course(quiz=quiz), tmp_path, "qz",
                                   tmp_path / "paper.pdf", QuizPaperOptions(with_key=True))
    assert key is not None
    paper_text, key_text = squeezed(pdf_text(paper)), squeezed(pdf_text(key))
    assert "数值题" in paper_text and "答：____" in paper_text and "%" in paper_text
    for secret in ("13±0.2", "按本金递减计算", "7.2"):
        assert secret not in paper_text, secret
    for shown in ("13±0.2%", "7.2%(50%)", "按本金递减计算", "名义费率"):
        assert shown in key_text, shown


def test_html_quiz_shows_accepted_values_in_the_trainer_edition_only() -> None:
    from exporters.html.documents import Edition, render_quiz_html

    quiz = m.Quiz(id="qz", title="计算题", questions=[m.NumericalQuestion(
        id="n1", prompt="年化利率？", answers=[m.NumericalAnswer(13, 0.2)],
        units=[m.NumericalUnit("%")])])
    assert "13 ± 0.2 %" in render_quiz_html(quiz, edition=Edition.TRAINER)
    assert "13 ± 0.2" not in render_quiz_html(quiz, edition=Edition.PARTICIPANT)
