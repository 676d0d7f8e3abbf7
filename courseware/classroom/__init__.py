"""Classroom delivery: the classroom package, the kiosk password and trainee sign-in."""

from courseware.classroom.builder import PackageSummary, build_package, check_passphrase
from courseware.classroom.errors import (
    NotAPackage,
    PackageCorrupt,
    PackageError,
    PackageLocked,
    PackageNotFound,
    PackageTampered,
    PackageTooLarge,
    PassphraseTooShort,
    UnsafeMember,
    WrongPassphrase,
)
from courseware.classroom.reader import ClassroomPackage, open_package

__all__ = [
    "ClassroomPackage",
    "NotAPackage",
    "PackageCorrupt",
    "PackageError",
    "PackageLocked",
    "PackageNotFound",
    "PackageSummary",
    "PackageTampered",
    "PackageTooLarge",
    "PassphraseTooShort",
    "UnsafeMember",
    "WrongPassphrase",
    "build_package",
    "check_passphrase",
    "open_package",
]
