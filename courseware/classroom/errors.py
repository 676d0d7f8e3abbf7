"""Errors of the classroom package; each carries a message in the user's language."""

from __future__ import annotations

from courseware.i18n import tr


class PackageError(Exception):
    """A classroom package that cannot be used. ``str(error)`` is the translated message."""

    key = "classroom.corrupt"

    def __init__(self, **values: object) -> None:
        self.values = values
        super().__init__(tr(self.key, **values))


class PackageNotFound(PackageError):
    key = "classroom.not_found"


class NotAPackage(PackageError):
    key = "classroom.not_a_package"


class PackageCorrupt(PackageError):
    """A member is missing, extra or does not match its checksum."""

    key = "classroom.corrupt"


class PackageTampered(PackageError):
    """The manifest or the encrypted part fails authentication under the right passphrase."""

    key = "classroom.tampered"


class WrongPassphrase(PackageError):
    key = "classroom.wrong_passphrase"


class PackageLocked(PackageError):
    """The course was asked for before the package was unlocked (authenticated)."""

    key = "classroom.locked"


class WeakPassphrase(PackageError):
    """A passphrase refused for a new package; the reason is a ``passphrase.*`` key."""

    def __init__(self, reason_key: str) -> None:
        from courseware.passphrases import MIN_LENGTH

        self.key = reason_key
        super().__init__(minimum=MIN_LENGTH)
        self.reason_key = reason_key


class PassphraseTooShort(WeakPassphrase):
    """Empty or shorter than the minimum."""


class UnsafeMember(PackageError):
    key = "classroom.unsafe_member"

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(name=name, reason=tr(f"classroom.reason.{reason}"))
        self.reason = reason


class PackageTooLarge(PackageError):
    key = "classroom.too_large"


class NewerPackageFormat(PackageError):
    key = "classroom.newer_format"


class CourseNotPackageable(PackageError):
    key = "classroom.course_invalid"


def corrupt(detail_key: str, **values: object) -> PackageCorrupt:
    return PackageCorrupt(detail=tr(f"classroom.detail.{detail_key}", **values))
