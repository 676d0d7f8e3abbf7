"""The trainer's kiosk password: stored only as a salted scrypt hash, checked in constant time.

The record is one line of text, ``scrypt$N$r$p$salt$hash`` (salt and hash in base64), so it
can live in a settings file or next to the classroom database.
"""

from __future__ import annotations

import base64
import hmac
from pathlib import Path

from courseware.classroom.crypto import scrypt
from courseware.fileio import atomic_write_text
from courseware.i18n import tr
from courseware.scrypt_params import PACKAGE_MIN_SALT_BYTES, ScryptParams

MIN_PASSWORD_LENGTH = 6
HASH_BYTES = 32
_SCHEME = "scrypt"


class KioskPasswordError(ValueError):
    """A password that is too short or a damaged record (translated message)."""


def hash_password(password: str, params: ScryptParams | None = None) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise KioskPasswordError(tr("classroom.kiosk.password_too_short",
                                    minimum=MIN_PASSWORD_LENGTH))
    params = params or ScryptParams.fresh()
    digest = scrypt(password, params, HASH_BYTES)
    return "$".join([_SCHEME, str(params.n), str(params.r), str(params.p),
                     _b64(params.salt), _b64(digest)])


def parse_record(record: str) -> tuple[ScryptParams, bytes]:
    try:
        scheme, n, r, p, salt, digest = record.strip().split("$")
        params = ScryptParams(salt=base64.b64decode(salt, validate=True), n=int(n), r=int(r),
                              p=int(p))
        expected = base64.b64decode(digest, validate=True)
    except ValueError:
        raise KioskPasswordError(tr("classroom.kiosk.bad_record")) from None
    if scheme != _SCHEME or not params.is_reasonable(PACKAGE_MIN_SALT_BYTES) or len(expected) < 16:
        raise KioskPasswordError(tr("classroom.kiosk.bad_record"))
    return params, expected


def verify_password(password: str, record: str) -> bool:
    """True when ``password`` matches; the comparison takes the same time either way."""
    params, expected = parse_record(record)
    return hmac.compare_digest(scrypt(password, params, len(expected)), expected)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def default_password_file() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("CoursewareStudio", appauthor=False)) / "kiosk-password"


def load_password_record(path: Path | None = None) -> str | None:
    """The stored record, or None when no trainer password was set yet."""
    try:
        text = (path or default_password_file()).read_text(encoding="ascii").strip()
    except (FileNotFoundError, UnicodeDecodeError):
        return None
    return text or None


def save_password(password: str, path: Path | None = None) -> Path:
    target = path or default_password_file()
    atomic_write_text(target, hash_password(password) + "\n", private=True)
    return target
