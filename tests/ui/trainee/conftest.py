"""Trainee-mode fixtures: a small classroom package, a SQLite results store, a fake clock."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from courseware import model as m
from courseware.classroom import ClassroomPackage, build_package, open_package
from courseware.classroom.crypto import ScryptParams
from courseware.classroom.kiosk_password import hash_password
from courseware.engine import ManualClock
from courseware.format.writer import save_course
from courseware.results import ResultsStore, Trainee, open_store
from tests.courseware.course_builder import sample_course

PASSPHRASE = "classroom passphrase"
TRAINER_PASSWORD = "trainer-pw"
ZHANG = Trainee(name="张三", employee_id="E1001", department="营业部", id="t-zhang")


def classroom_course() -> m.Course:
    course = sample_course()
    quiz = course.modules[0].quizzes[0]
    quiz.settings.time_limit_minutes = 10
    quiz.settings.questions_per_page = 1
    quiz.feedback_bands = [m.FeedbackBand(80, "优秀，继续保持"), m.FeedbackBand(0, "请复习本模块")]
    return course


def cbm_course() -> m.Course:
    """The classroom course with certainty-based marking on its quiz."""
    course = classroom_course()
    course.modules[0].quizzes[0].settings.certainty_based_marking = True
    return course


def packaged(course: m.Course, folder: Path) -> ClassroomPackage:
    root = folder / "course"
    save_course(course, root)
    build_package(course, root, folder / "class.cwpkg", PASSPHRASE)
    return open_package(folder / "class.cwpkg", PASSPHRASE)


@pytest.fixture
def package(tmp_path: Path) -> Iterator[ClassroomPackage]:
    opened = packaged(classroom_course(), tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def cbm_package(tmp_path: Path) -> Iterator[ClassroomPackage]:
    opened = packaged(cbm_course(), tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ResultsStore]:
    with open_store(f"sqlite:///{tmp_path / 'results.db'}") as opened:
        opened.rosters.add(ZHANG)
        yield opened


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2024, 5, 6, 9, 0, tzinfo=UTC))


@pytest.fixture(scope="session")
def password_record() -> str:
    return hash_password(TRAINER_PASSWORD, ScryptParams(salt=b"fixed-salt-16byt", n=2**14))


def open_kiosk(package: ClassroomPackage, store: ResultsStore, clock: ManualClock,
               password_record: str):  # type: ignore[no-untyped-def]
    """A kiosk window on the package and store, shown (close it with :func:`close_kiosk`)."""
    from ui.trainee.classroom import Classroom
    from ui.trainee.kiosk import KioskWindow

    window = KioskWindow(Classroom(package, store, clock, passphrase=PASSPHRASE),
                         password_record)
    window.ask_password = lambda: TRAINER_PASSWORD
    window.show()
    return window


def close_kiosk(window) -> None:  # type: ignore[no-untyped-def]
    window._may_close = True
    window.close()
    window.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def kiosk(qtbot, package, store, clock, password_record):  # type: ignore[no-untyped-def]
    window = open_kiosk(package, store, clock, password_record)
    yield window
    close_kiosk(window)


@pytest.fixture
def cbm_kiosk(qtbot, cbm_package, store, clock, password_record):  # type: ignore[no-untyped-def]
    """Trainee mode on a package whose quiz uses certainty-based marking."""
    window = open_kiosk(cbm_package, store, clock, password_record)
    yield window
    close_kiosk(window)


@pytest.fixture
def kiosk_on_bundled_course(qtbot, tmp_path, store, clock,  # type: ignore[no-untyped-def]
                            password_record):
    """Trainee mode on the bundled course (its long scenarios), 1366×768."""
    from courseware.format import load_course

    root = Path(__file__).resolve().parents[3] / "content" / "bank-service-trust"
    course = load_course(root).course
    assert course is not None
    build_package(course, root, tmp_path / "bundled.cwpkg", PASSPHRASE)
    opened = open_package(tmp_path / "bundled.cwpkg", PASSPHRASE)
    window = open_kiosk(opened, store, clock, password_record)
    window.resize(1366, 768)
    yield window
    close_kiosk(window)
    opened.close()
