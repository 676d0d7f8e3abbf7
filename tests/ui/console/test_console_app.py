"""Starting the console from a classroom package: the passphrase dialog, retry, cancel, and a
damaged package (``run_console`` as ``courseware console PACKAGE`` runs it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from courseware import model as m
from courseware.classroom import build_package
from courseware.format.writer import save_course
from tests.courseware.course_builder import sample_course
from tests.ui.console.trainer_at_dialogs import TrainerAtDialogs
from ui.console.app import run_console
from ui.console.window import ConsoleWindow

PASSPHRASE = "课堂口令 console"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    course = sample_course()
    save_course(course, tmp_path / "course")
    build_package(course, tmp_path / "course", tmp_path / "class.cwpkg", PASSPHRASE)
    return tmp_path / "class.cwpkg"


def start(package: Path, tmp_path: Path, trainer: TrainerAtDialogs,
          passphrase: str | None = None) -> int:
    trainer.start()
    code = run_console(package, f"sqlite:///{tmp_path / 'console.db'}", ["courseware"],
                       passphrase)
    assert "gave_up" not in trainer.seen, f"a dialog never came: {trainer.seen}"
    return code


def no_console_window() -> bool:
    QApplication.processEvents()
    return not any(isinstance(w, ConsoleWindow) and w.isVisible()
                   for w in QApplication.topLevelWidgets())


def assert_full_course(course: m.Course) -> None:
    """The answer keys are there (the trainee's copy has none)."""
    quiz = course.find_quiz("m1-quiz")
    assert quiz is not None
    q1, _q2, q3 = quiz.questions[:3]
    assert isinstance(q1, m.SingleChoiceQuestion) and q1.options[0].correct
    assert isinstance(q3, m.FillBlankQuestion) and q3.blanks[0].accepted == ["认同"]


def test_the_right_passphrase_opens_the_console_on_the_full_course(
        package: Path, tmp_path: Path) -> None:
    trainer = TrainerAtDialogs().type_passphrase(PASSPHRASE).close_console()
    assert start(package, tmp_path, trainer) == 0
    assert trainer.seen["dialog_title"] == "Open the classroom package"
    assert trainer.seen["title"] == f"Trainer console — {trainer.seen['course'].title}"
    assert_full_course(trainer.seen["course"])


def test_a_wrong_passphrase_is_said_in_the_dialog_and_can_be_retried(
        package: Path, tmp_path: Path) -> None:
    trainer = (TrainerAtDialogs().type_passphrase("not it", record_as="after_wrong")
               .type_passphrase(PASSPHRASE).close_console())
    assert start(package, tmp_path, trainer) == 0
    assert trainer.seen["after_wrong"] == ("wrong passphrase for this classroom package", True)
    assert_full_course(trainer.seen["course"])


def test_cancelling_the_dialog_exits_with_1_and_no_window(package: Path,
                                                          tmp_path: Path) -> None:
    trainer = TrainerAtDialogs().cancel()
    assert start(package, tmp_path, trainer) == 1
    assert no_console_window()
    assert not (tmp_path / "console.db").exists()  # nothing was opened


def test_a_damaged_package_is_refused_with_a_message(package: Path, tmp_path: Path) -> None:
    data = bytearray(package.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(64)
    package.write_bytes(bytes(data))
    trainer = TrainerAtDialogs().read_message()
    assert start(package, tmp_path, trainer) == 1
    assert trainer.seen["message"].startswith(f"Cannot open {package}: ")
    assert "the classroom package is damaged" in trainer.seen["message"]
    assert no_console_window()


def test_a_wrong_passphrase_file_is_refused_with_a_message(package: Path,
                                                           tmp_path: Path) -> None:
    trainer = TrainerAtDialogs().read_message()
    assert start(package, tmp_path, trainer, passphrase="from a file, wrong") == 1
    assert trainer.seen["message"] == (f"Cannot open {package}: "
                                       "wrong passphrase for this classroom package")
    assert no_console_window()
