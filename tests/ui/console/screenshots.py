"""Screenshots of the trainer console in Chinese and English for the documentation.

    python -m tests.ui.console.screenshots docs/screenshots

Writes console-{zh,en}.png (class view), console-grading-{zh,en}.png and
console-stats-{zh,en}.png. The course content stays Chinese in both.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from courseware import model as m
from courseware.classroom.console_reading import course_readables
from courseware.classroom.console_session import ConsoleSession
from courseware.engine import AttemptService, AttemptSession, JSONValue
from courseware.format import load_course
from courseware.i18n import set_language
from courseware.results import ResultsStore, Trainee, open_store
from ui.app import create_application
from ui.console.window import ConsoleWindow

ROOT = Path(__file__).resolve().parents[3]
SIZE = (1280, 760)
NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄婷", "周杰", "吴昊"]
ESSAY = "先稳定客户情绪，复述客户的问题表示理解，再说明年费规则并给出可选的解决办法。"


def answer_for(question: m.Question, shown: list[str], rng: random.Random,
               skill: float) -> JSONValue:
    right = rng.random() < skill
    if isinstance(question, m.SingleChoiceQuestion):
        good = [o.id for o in question.options if o.correct]
        return good[0] if right and good else rng.choice(shown)
    if isinstance(question, m.MultipleChoiceQuestion):
        good = [o.id for o in question.options if o.correct]
        return good if right else rng.sample(shown, k=max(1, len(shown) // 2))
    if isinstance(question, m.TrueFalseQuestion):
        return question.answer if right else not question.answer
    if isinstance(question, m.FillBlankQuestion):
        return [b.accepted[0] if right and b.accepted else "不清楚" for b in question.blanks]
    if isinstance(question, m.EssayQuestion):
        return ESSAY
    return None


def take(service: AttemptService, quiz: m.Quiz, trainee: Trainee, skill: float,
         finish: bool, rng: random.Random) -> AttemptSession:
    session = service.start(quiz, trainee.id, seed=rng.randrange(1000))
    questions = {q.id: q for q in service.course.all_questions()}
    attempt = session.attempt
    count = len(attempt.question_ids) if finish else rng.randrange(3, 12)
    for qid in attempt.question_ids[:count]:
        value = answer_for(questions[qid], attempt.option_orders.get(qid, []), rng, skill)
        if value is not None:
            session.answer(qid, value)
    if finish:
        session.submit()
    else:
        session.go_to_page(count - 1)
    return session


def settle(window: ConsoleWindow, limit_s: float = 10.0) -> None:
    """Let every pane's background query finish and its result show."""
    deadline = time.monotonic() + limit_s
    pollers = (window.class_view.poller, window.grading.poller, window.stats.poller)
    while time.monotonic() < deadline:
        QApplication.processEvents()
        idle = QThreadPool.globalInstance().activeThreadCount() == 0
        if idle and not any(p.running for p in pollers):
            break
        time.sleep(0.02)
    for _ in range(3):
        QApplication.processEvents()


def grab(window: ConsoleWindow, widget: QWidget, target: Path) -> None:
    settle(window)
    widget.grab().save(str(target))
    print(target)


def read_items(store: ResultsStore, course: m.Course, trainee: Trainee, first: int,
               count: int, start: datetime) -> None:
    """The trainee opens ``count`` lessons and case studies from the ``first``, a minute apart."""
    for minute, item in enumerate(course_readables(course)[first:first + count]):
        store.progress.mark_read(trainee.id, course.id, item.id,
                                 start + timedelta(minutes=minute))


def read_before_quiz(store: ResultsStore, course: m.Course, trainees: list[Trainee],
                     rng: random.Random) -> None:
    """Nine of them read module one (some not all of it) in the hour before the quiz."""
    start = datetime.now(UTC) - timedelta(hours=1)
    for trainee in trainees[:8]:
        read_items(store, course, trainee, 0, rng.randrange(5, 9), start)
    read_items(store, course, trainees[8], 0, 11, start)  # no quiz yet: on into module two


def read_after_quiz(store: ResultsStore, course: m.Course, trainees: list[Trainee]) -> None:
    """Two who submitted have gone on to module two's first lesson."""
    for trainee in (trainees[0], trainees[3]):
        read_items(store, course, trainee, 8, 1, datetime.now(UTC))


def fill_class(course: m.Course, store: ResultsStore) -> ConsoleSession:
    """Ten trainees: nine have read, eight started the first quiz, five of them submitted and
    two of those read on; two essays graded."""
    quiz = course.find_quiz("m1-quiz")
    assert quiz is not None
    rng = random.Random(7)
    trainees = [Trainee(name, f"E10{i:02d}", "营业部" if i % 2 else "信用卡中心")
                for i, name in enumerate(NAMES, start=1)]
    store.rosters.add_many(trainees)
    service = AttemptService(course, store.attempts)
    read_before_quiz(store, course, trainees, rng)
    for index, trainee in enumerate(trainees[:8]):
        take(service, quiz, trainee, 0.35 + 0.08 * index, index % 3 != 2, rng)
    read_after_quiz(store, course, trainees)
    session = ConsoleSession(course, store)
    for task in session.essays_to_grade()[:2]:
        session.grade(task, [c.max_points for c in task.criteria], "要点齐全")
    return session


def shoot(course: m.Course, language: str, out: Path) -> None:
    set_language(language)
    with open_store(f"sqlite:///{Path(tempfile.mkdtemp()) / 'r.db'}") as store:
        session = fill_class(course, store)
        window = ConsoleWindow(session)
        window.resize(*SIZE)
        window.show()
        window.start()
        grab(window, window, out / f"console-{language}.png")
        window.tabs.setCurrentIndex(1)
        grab(window, window, out / f"console-grading-{language}.png")
        for task in session.essays_to_grade()[1:]:
            session.grade(task, [c.max_points / 2 for c in task.criteria], "")
        window.tabs.setCurrentIndex(2)
        window.stats.quiz.setCurrentIndex(window.stats.quiz.findData("m1-quiz"))
        window.stats.reload()
        grab(window, window, out / f"console-stats-{language}.png")
        window.close()
        window.deleteLater()
        QApplication.processEvents()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    create_application(sys.argv[:1])
    course = load_course(ROOT / "content" / "bank-service-trust").course
    assert course is not None
    for language in ("zh", "en"):
        shoot(course, language, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
