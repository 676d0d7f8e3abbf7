"""Building and opening a classroom package: the full course comes back only with the key."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from courseware import model as m
from courseware.classroom import (
    PackageLocked,
    PassphraseTooShort,
    WrongPassphrase,
    build_package,
    open_package,
)
from courseware.format import load_course
from courseware.i18n import set_language
from courseware.tasks import Cancelled
from tests.courseware.classroom.conftest import PASSPHRASE, SecretCourse


def test_unlocked_package_rebuilds_the_full_course(course_folder: SecretCourse,
                                                  package_file: Path) -> None:
    expected = load_course(course_folder.root)
    assert expected.course is not None
    with open_package(package_file, PASSPHRASE) as package:
        assert package.unlocked
        assert package.full == expected.course
        assert package.manifest.course_id == "sample"


def test_unlocked_package_gives_trainees_the_participant_course_only(
        package_file: Path) -> None:
    with open_package(package_file) as package:
        assert not package.unlocked and package.full is None
        with pytest.raises(PackageLocked):  # nothing authenticated, nothing read yet
            _ = package.participant
        package.unlock(PASSPHRASE)
        course = package.participant
        module = course.modules[0]
        lesson, case, quiz = module.items
        assert isinstance(lesson, m.Lesson) and isinstance(case, m.CaseStudy)
        assert isinstance(quiz, m.Quiz)
        assert module.trainer_notes == ""
        assert "正文" in lesson.body and "trainer" not in lesson.body
        assert set(case.sections) == {"background", "situation", "questions", "takeaways"}
        assert [q.id for q in quiz.questions] == [f"q{i}" for i in range(1, 9)]
        assert not any(o.correct for q in quiz.questions
                       if isinstance(q, m.SingleChoiceQuestion) for o in q.options)


def test_unlock_later_with_the_passphrase(package_file: Path) -> None:
    with open_package(package_file) as package:
        full = package.unlock(PASSPHRASE)
        assert package.unlocked
        quiz = full.modules[0].quizzes[0]
        q1 = quiz.questions[0]
        assert isinstance(q1, m.SingleChoiceQuestion) and q1.options[0].correct


def test_media_shown_to_trainees_is_packaged_trainer_only_media_is_not(
        package_file: Path) -> None:
    with open_package(package_file) as package:
        assert (package.content_root / "media" / "shown.png").is_file()
        assert not (package.content_root / "media" / "trainer-only.png").exists()


def test_closing_removes_the_private_folder(package_file: Path) -> None:
    package = open_package(package_file)
    root = package.content_root
    assert root.is_dir()
    package.close()
    assert not root.exists()


def test_wrong_passphrase_is_refused_in_the_users_language(package_file: Path) -> None:
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        open_package(package_file, "not the passphrase")
    set_language("zh")
    with open_package(package_file) as package, pytest.raises(WrongPassphrase, match="口令不正确"):
        package.unlock("not the passphrase")
    assert package.full is None


def test_short_passphrase_is_refused(course_folder: SecretCourse, tmp_path: Path) -> None:
    with pytest.raises(PassphraseTooShort):
        build_package(course_folder.course, course_folder.root, tmp_path / "x.cwpkg", "short")
    assert not (tmp_path / "x.cwpkg").exists()


def test_cancelled_build_leaves_nothing(course_folder: SecretCourse, tmp_path: Path) -> None:
    output = tmp_path / "x.cwpkg"
    with pytest.raises(Cancelled):
        build_package(course_folder.course, course_folder.root, output, PASSPHRASE,
                      progress=lambda done, total: done < 2)
    assert list(tmp_path.glob("*.cwpkg*")) == [] and list(tmp_path.glob(".x.cwpkg*")) == []


def test_bundled_course_round_trips(bundled_course: Path, tmp_path: Path) -> None:
    loaded = load_course(bundled_course)
    assert loaded.course is not None
    build_package(loaded.course, bundled_course, tmp_path / "b.cwpkg", PASSPHRASE)
    with open_package(tmp_path / "b.cwpkg", PASSPHRASE) as package:
        assert package.full == load_course(bundled_course).course


def test_package_names_only_its_own_members(package_file: Path) -> None:
    with zipfile.ZipFile(package_file) as archive:
        names = archive.namelist()
    assert {"manifest.json", "manifest.sig", "secrets.bin"} <= set(names)
    assert all(n.startswith("course/") for n in names
               if n not in ("manifest.json", "manifest.sig", "secrets.bin"))



def test_try_unlock_says_why_a_typed_passphrase_failed(package_file: Path) -> None:
    set_language("en")
    try:
        with open_package(package_file) as package:
            message = package.try_unlock("not the passphrase")
            assert message and "passphrase" in message.lower()
            assert not package.unlocked
            assert package.try_unlock(PASSPHRASE) == ""
            assert package.unlocked
    finally:
        set_language(None)
