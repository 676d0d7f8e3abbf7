"""Building a classroom package from a course: participant files in clear, keys sealed."""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from courseware import model as m
from courseware.classroom.archive import CANONICAL_TIME
from courseware.classroom.crypto import PackageKeys, seal, sha256_hex
from courseware.classroom.errors import PassphraseTooShort, WeakPassphrase
from courseware.classroom.manifest import (
    CONTENT_PREFIX,
    MANIFEST_NAME,
    SECRETS_NAME,
    SIGNATURE_NAME,
    Manifest,
    MemberDigest,
)
from courseware.classroom.redaction import Redactor
from courseware.fileio import resolve_inside, temporary_beside
from courseware.format.writer import course_files
from courseware.markdown_blocks import image_references
from courseware.passphrases import MIN_LENGTH, clean_passphrase, weakness
from courseware.scrypt_params import ScryptParams
from courseware.tasks import ProgressCallback, report

MIN_PASSPHRASE_LENGTH = MIN_LENGTH


@dataclass(frozen=True)
class PackageSummary:
    path: Path
    members: int
    size: int
    sealed_files: int


def check_passphrase(passphrase: str) -> None:
    """Refuse an empty, short or common passphrase (see courseware.passphrases)."""
    reason = weakness(passphrase)
    if reason in ("passphrase.empty", "passphrase.too_short"):
        raise PassphraseTooShort(reason)
    if reason is not None:
        raise WeakPassphrase(reason)


def secrets_associated_data(course_id: str) -> bytes:
    return f"courseware-classroom/secrets/v1:{course_id}".encode()


def build_package(course: m.Course, course_root: Path | str, output: Path | str,
                  passphrase: str, progress: ProgressCallback | None = None) -> PackageSummary:
    """Write ``output`` atomically. Raises WeakPassphrase or Cancelled (nothing written).

    The passphrase is used without surrounding whitespace, as every reader cleans it."""
    passphrase = clean_passphrase(passphrase)
    check_passphrase(passphrase)
    full = course_files(course)
    participant = Redactor().participant_files(course)
    secrets = {path: text for path, text in full.items() if participant.get(path) != text}
    media = collect_media(Path(course_root), participant)
    params = ScryptParams.fresh()
    keys = PackageKeys.derive(passphrase, params)
    sealed = seal(keys.encryption, _secrets_payload(secrets), secrets_associated_data(course.id))
    members: dict[str, bytes | Path] = {CONTENT_PREFIX + p: t.encode("utf-8")
                                        for p, t in participant.items()}
    members.update({CONTENT_PREFIX + p: source for p, source in media.items()})
    members[SECRETS_NAME] = sealed
    manifest = Manifest(course_id=course.id, course_title=course.title,
                        language=course.language, created=_now(), kdf=params,
                        key_check=keys.key_check())
    output = Path(output)
    _write_atomically(output, members, manifest, keys, progress)
    return PackageSummary(output, len(members) + 2, output.stat().st_size, len(secrets))


def _secrets_payload(secrets: dict[str, str]) -> bytes:
    return json.dumps({"files": secrets}, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def collect_media(root: Path, texts: dict[str, str]) -> dict[str, Path]:
    """Images the participant texts show (course-relative path → file); trainer-only ones
    are not referenced by participant texts and so stay out of the package."""
    media: dict[str, Path] = {}
    for path, text in texts.items():
        base = PurePosixPath(path).parent.as_posix()
        for reference, _line in image_references(text):
            resolved = resolve_inside(root, reference, "" if base == "." else base)
            if resolved is not None and resolved[0].is_file() and resolved[1] not in texts:
                media[resolved[1]] = resolved[0]
    return media


def _write_atomically(output: Path, members: dict[str, bytes | Path], manifest: Manifest,
                      keys: PackageKeys, progress: ProgressCallback | None) -> None:
    fd, temp_name = temporary_beside(output)
    os.close(fd)
    try:
        with zipfile.ZipFile(temp_name, "w", zipfile.ZIP_STORED) as archive:
            for done, (name, source) in enumerate(sorted(members.items()), start=1):
                data = source if isinstance(source, bytes) else source.read_bytes()
                manifest.members[name] = MemberDigest(sha256_hex(data), len(data))
                _add(archive, name, data)
                report(progress, done, len(members))
            manifest_bytes = manifest.to_bytes()
            _add(archive, MANIFEST_NAME, manifest_bytes)
            _add(archive, SIGNATURE_NAME, keys.mac(manifest_bytes).encode("ascii"))
        os.replace(temp_name, output)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=CANONICAL_TIME)
    info.compress_type = zipfile.ZIP_STORED  # every stored byte is covered by a checksum
    info.external_attr = 0o644 << 16
    archive.writestr(info, data)
