"""The trainer console's tabs over a temporary SQLite store with a few attempts."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from courseware import model as m
from courseware.classroom.console_reading import course_readables
from courseware.classroom.console_session import ConsoleSession
from courseware.engine import AttemptService, JSONValue
from courseware.format import load_course
from courseware.results import ResultsStore, Trainee, open_store
from ui.gallery.course_copy import first_quiz
from ui.gallery.shooting import Gallery, settle

NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "欧阳明月"]
ESSAY = "先稳定客户情绪，复述客户的问题表示理解，再说明年费规则并给出可选的解决办法。"


def shoot_console(gallery: Gallery, course_folder: Path, work: Path) -> None:
    from ui.console.window import ConsoleWindow
    from ui.i18n import tr
    from ui.trainee.password_dialogs import SecretDialog

    course = load_course(course_folder).course
    assert course is not None
    with open_store(f"sqlite:///{work / 'console.db'}") as store:
        session = _class(course, store)
        window = ConsoleWindow(session)
        try:
            window.start()
            for index, name in enumerate(("console-class", "console-grading", "console-stats")):
                window.tabs.setCurrentIndex(index)
                if name == "console-stats":  # the quiz with answers, not the first in the list
                    window.stats.quiz.setCurrentIndex(
                        window.stats.quiz.findData(first_quiz(course).id))
                    window.stats.reload()
                gallery.window(name, window)
            dialog = SecretDialog(window, tr("console.passphrase.title"),
                                  tr("console.passphrase.prompt", title=course.title),
                                  lambda _text: "")
            gallery.dialog("console-passphrase", dialog)
            dialog.close()
            dialog.deleteLater()
        finally:
            window.close()
            window.deleteLater()
            settle()


def _class(course: m.Course, store: ResultsStore) -> ConsoleSession:
    """Seven trainees: all have read some lessons, five started the first quiz, three
    submitted; all essays but one graded."""
    quiz = first_quiz(course)
    rng = random.Random(7)
    trainees = [Trainee(name, f"E20{i:02d}", "营业部" if i % 2 else "信用卡中心")
                for i, name in enumerate(NAMES, start=1)]
    store.rosters.add_many(trainees)
    start = datetime.now(UTC) - timedelta(hours=1)
    readables = course_readables(course)
    service = AttemptService(course, store.attempts)
    for index, trainee in enumerate(trainees):
        for minute, item in enumerate(readables[:3 + index]):
            store.progress.mark_read(trainee.id, course.id, item.id,
                                     start + timedelta(minutes=minute))
        if index < 5:
            _take(service, quiz, trainee, finish=index < 3, rng=rng)
    session = ConsoleSession(course, store)
    for task in session.essays_to_grade()[:-1]:  # one left for the grading tab
        session.grade(task, [c.max_points for c in task.criteria], "要点齐全")
    return session


def _take(service: AttemptService, quiz: m.Quiz, trainee: Trainee, finish: bool,
          rng: random.Random) -> None:
    session = service.start(quiz, trainee.id, seed=rng.randrange(1000))
    questions = {q.id: q for q in service.course.all_questions()}
    attempt = session.attempt
    count = len(attempt.question_ids) if finish else 6
    for question_id in attempt.question_ids[:count]:
        value = _answer(questions[question_id], rng)
        if value is not None:
            session.answer(question_id, value)
    if finish:
        session.submit()
    else:
        session.go_to_page(count - 1)


def _answer(question: m.Question, rng: random.Random) -> JSONValue:
    right = rng.random() < 0.7
    if isinstance(question, m.SingleChoiceQuestion):
        ids = [o.id for o in question.options if o.correct == right] or [question.options[0].id]
        return ids[0]
    if isinstance(question, m.MultipleChoiceQuestion):
        chosen: list[JSONValue] = [o.id for o in question.options if o.correct == right]
        return chosen[:2] or [question.options[0].id]
    if isinstance(question, m.TrueFalseQuestion):
        return question.answer if right else not question.answer
    if isinstance(question, m.FillBlankQuestion):
        blanks: list[JSONValue] = [b.accepted[0] if right and b.accepted else "不清楚"
                                   for b in question.blanks]
        return blanks
    if isinstance(question, m.EssayQuestion):
        return ESSAY
    return None
