"""Errors that come from the user's files, disks or databases, said as messages.

The command line's last resort catches everything; before calling something an internal
error it asks :func:`user_message` whether the error is in fact the user's situation: a
folder that cannot be written, a full disk, a database that is damaged or not ours, input
nested too deeply to read, or not enough memory. The message never quotes SQL or its
parameters (they would print trainees' answers).
"""

from __future__ import annotations

import errno
from pathlib import Path

from courseware.i18n import tr

_REASONS = {
    errno.EACCES: "oserror.permission",
    errno.EPERM: "oserror.permission",
    errno.EROFS: "oserror.read_only",
    errno.ENOSPC: "oserror.disk_full",
    errno.EDQUOT: "oserror.disk_full",
    errno.ENOENT: "oserror.not_found",
    errno.ENAMETOOLONG: "oserror.name_too_long",
}


def user_message(error: BaseException) -> str | None:
    """The message for an error caused by the user's environment or input, else None."""
    if isinstance(error, OSError):
        return os_error_message(error)
    if isinstance(error, RecursionError):
        return tr("input.too_deep")
    if isinstance(error, MemoryError):
        return tr("input.out_of_memory")
    if type(error).__module__.startswith("sqlalchemy."):
        return database_message(error)
    return None


def os_error_message(error: OSError) -> str:
    """What went wrong with which file or folder (a temporary file is named by its folder)."""
    reason_key = _REASONS.get(error.errno or 0)
    reason = tr(reason_key) if reason_key else str(error.strerror or error)
    filename = error.filename
    if filename is None:
        return tr("oserror.no_path", reason=reason)
    path = Path(str(filename))
    if path.name.startswith(".") and path.suffix in (".tmp", ".part"):
        return tr("oserror.folder", path=path.parent, reason=reason)
    return tr("oserror.path", path=path, reason=reason)


def _is_nul_refusal(original: object) -> bool:
    """PostgreSQL stores no NUL character, in text (refused by the driver) or JSON (22P05)."""
    return getattr(original, "sqlstate", None) == "22P05" or "NUL (0x00)" in str(original)


def database_message(error: BaseException) -> str:
    """The database's own first line only: never the statement or its parameters."""
    original = getattr(error, "orig", None)
    if _is_nul_refusal(original):
        return tr("database.nul_character")
    detail = str(original if original is not None else type(error).__name__)
    first = detail.strip().splitlines()[0] if detail.strip() else type(error).__name__
    return tr("database.unusable", reason=first[:300])
