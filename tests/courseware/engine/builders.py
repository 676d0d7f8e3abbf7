"""Small courses and quizzes for engine tests, built in code (no files)."""

from __future__ import annotations

from courseware import model as m


def choice(qid: str, correct: str = "a", ids: str = "abcd", points: float = 1,
           category: str = "") -> m.SingleChoiceQuestion:
    return m.SingleChoiceQuestion(
        id=qid, points=points, category=category,
        options=[m.Option(id=i, text=f"{qid}-{i}", correct=i == correct) for i in ids])


def essay(qid: str = "essay") -> m.EssayQuestion:
    return m.EssayQuestion(id=qid, points=3, rubric=[m.RubricCriterion("needs", 2),
                                                     m.RubricCriterion("tone", 1)])


def quiz(qid: str = "quiz", questions: list[m.Question] | None = None,
         **settings: object) -> m.Quiz:
    return m.Quiz(id=qid, title=qid, settings=m.QuizSettings(**settings),  # type: ignore[arg-type]
                  questions=questions if questions is not None
                  else [choice(f"{qid}-q{n}") for n in range(1, 5)])


def course_with(*quizzes: m.Quiz) -> m.Course:
    module = m.Module(id="m1", title="M1", items=list(quizzes))
    return m.Course(id="course", title="Course", modules=[module])
