"""Opening a classroom package: verify everything first, then extract and load the course.

No course file is parsed before the package is authenticated: the passphrase must check
out against the manifest's key check and its HMAC, and every member against the (now
authenticated) manifest's checksums. Until then the package is only extracted bytes.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from courseware import model as m
from courseware.classroom.archive import (
    ZIP_READ_ERRORS,
    iter_member_chunks,
    read_member,
    safe_target,
    verify_structure,
)
from courseware.classroom.builder import secrets_associated_data
from courseware.classroom.crypto import KEY_CHECK_LABEL, PackageKeys, sha256_hex, unseal
from courseware.classroom.errors import (
    NotAPackage,
    PackageError,
    PackageLocked,
    PackageNotFound,
    PackageTampered,
    WrongPassphrase,
    corrupt,
)
from courseware.classroom.manifest import (
    CONTENT_PREFIX,
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    SECRETS_NAME,
    SIGNATURE_NAME,
    Manifest,
)
from courseware.classroom.temp_folders import new_package_folder
from courseware.format.course_reader import CourseReader
from courseware.passphrases import clean_passphrase


@dataclass
class ClassroomPackage:
    """An opened package. Once unlocked, ``participant`` (never any answer) and ``full``
    hold the course; before, the package is authenticated by nothing and nothing is parsed.

    ``content_root`` is a private folder with the participant files and media (for showing
    lessons and images); nothing secret is ever written to disk.
    """

    path: Path
    manifest: Manifest
    package_id: str
    content_root: Path
    full: m.Course | None = None
    _participant: m.Course | None = field(default=None, repr=False)
    _manifest_bytes: bytes = field(default=b"", repr=False)
    _signature: str = field(default="", repr=False)
    _sealed: bytes = field(default=b"", repr=False)
    _owns_root: bool = field(default=True, repr=False)

    @property
    def unlocked(self) -> bool:
        return self.full is not None

    @property
    def participant(self) -> m.Course:
        """What trainees may read; only after :meth:`unlock` (it is not authenticated before)."""
        if self._participant is None:
            raise PackageLocked()
        return self._participant

    def unlock(self, passphrase: str) -> m.Course:
        """Check the passphrase, authenticate the package, then read the course."""
        return self._read_course(authenticate(self.manifest, self._manifest_bytes,
                                              self._signature, passphrase))

    def _read_course(self, keys: PackageKeys) -> m.Course:
        secrets = _decrypt_secrets(keys, self._sealed, self.manifest.course_id)
        self._participant = _load_course(self.content_root, {})
        self.full = _load_course(self.content_root, secrets)
        return self.full

    def try_unlock(self, passphrase: str) -> str:
        """Unlock with a typed passphrase: "" when it worked, else the message to show (a
        passphrase dialog's check)."""
        try:
            self.unlock(passphrase)
        except PackageError as error:
            return str(error)
        return ""

    def close(self) -> None:
        self.full = None
        if self._owns_root:
            shutil.rmtree(self.content_root, ignore_errors=True)

    def __enter__(self) -> ClassroomPackage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def authenticate(manifest: Manifest, manifest_bytes: bytes, signature: str,
                 passphrase: str) -> PackageKeys:
    """The package's keys, once the passphrase and the manifest's HMAC are right.

    The passphrase is cleaned as when the package was made; packages made before that rule
    may have kept surrounding spaces, so the text as typed is tried second. An empty
    passphrase is checked like any other (and so refused)."""
    keys = PackageKeys.derive(clean_passphrase(passphrase), manifest.kdf)
    if not keys.mac_matches(KEY_CHECK_LABEL, manifest.key_check):
        if clean_passphrase(passphrase) == passphrase:
            raise WrongPassphrase()
        keys = PackageKeys.derive(passphrase, manifest.kdf)
        if not keys.mac_matches(KEY_CHECK_LABEL, manifest.key_check):
            raise WrongPassphrase()
    if not keys.mac_matches(manifest_bytes, signature):
        raise PackageTampered()
    return keys


def open_package(path: Path | str, passphrase: str | None = None,
                 extract_to: Path | None = None) -> ClassroomPackage:
    """Open a package and check its structure and checksums; with the passphrase it is also
    authenticated and the course read (without, call :meth:`ClassroomPackage.unlock`).

    Raises a :class:`PackageError` (translated message) before anything is used when the file
    is missing, damaged, altered, unsafe or too large, or when the passphrase is wrong.
    """
    path = Path(path)
    if not path.is_file():
        raise PackageNotFound(path=path)
    try:
        archive = zipfile.ZipFile(path)
    except ZIP_READ_ERRORS:
        raise NotAPackage(path=path) from None
    with archive:
        return _open_archive(path, archive, passphrase, extract_to)


def _open_archive(path: Path, archive: zipfile.ZipFile, passphrase: str | None,
                  extract_to: Path | None) -> ClassroomPackage:
    members = verify_structure(path, archive)
    for required in (MANIFEST_NAME, SIGNATURE_NAME, SECRETS_NAME):
        if required not in members:
            raise corrupt("missing", name=required)
    if members[MANIFEST_NAME].file_size > MAX_MANIFEST_BYTES:
        raise corrupt("manifest")
    manifest_bytes = read_member(archive, members[MANIFEST_NAME])
    signature = read_member(archive, members[SIGNATURE_NAME]).decode("ascii", "replace").strip()
    manifest = Manifest.from_bytes(manifest_bytes)
    keys = (None if passphrase is None
            else authenticate(manifest, manifest_bytes, signature, passphrase))
    _check_member_set(manifest, members)
    root, owns_root = _target_folder(extract_to)
    try:
        sealed = _extract_verified(archive, members, manifest, root)
        package = ClassroomPackage(
            path=path, manifest=manifest, package_id=hashlib.sha256(manifest_bytes).hexdigest(),
            content_root=root, _manifest_bytes=manifest_bytes, _signature=signature,
            _sealed=sealed, _owns_root=owns_root)
        if keys is not None:
            package._read_course(keys)
        return package
    except BaseException:
        if owns_root:
            shutil.rmtree(root, ignore_errors=True)
        raise


def _check_member_set(manifest: Manifest, members: dict[str, zipfile.ZipInfo]) -> None:
    present = set(members) - {MANIFEST_NAME, SIGNATURE_NAME}
    for name in sorted(set(manifest.members) - present):
        raise corrupt("missing", name=name)
    for name in sorted(present - set(manifest.members)):
        raise corrupt("unexpected", name=name)


def _target_folder(extract_to: Path | None) -> tuple[Path, bool]:
    if extract_to is None:
        return new_package_folder(), True
    extract_to.mkdir(parents=True, exist_ok=True)
    if any(extract_to.iterdir()):
        raise FileExistsError(extract_to)
    return extract_to, False


def _extract_verified(archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo],
                      manifest: Manifest, root: Path) -> bytes:
    """Extract the clear members under ``root`` checking each checksum; returns the sealed
    secrets. Any mismatch raises (the caller removes the folder)."""
    sealed = b""
    for name, digest in sorted(manifest.members.items()):
        info = members[name]
        if name == SECRETS_NAME:
            sealed = read_member(archive, info)
            _check_digest(name, sha256_hex(sealed), len(sealed), digest.sha256, digest.size)
            continue
        if not name.startswith(CONTENT_PREFIX):
            raise corrupt("unexpected", name=name)
        target = safe_target(root, name[len(CONTENT_PREFIX):])
        _extract_member(archive, info, target, digest.sha256, digest.size)
    return sealed


def _extract_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path,
                    expected_sha: str, expected_size: int) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    hasher = hashlib.sha256()
    size = 0
    with open(target, "xb") as handle:
        for chunk in iter_member_chunks(archive, info):
            hasher.update(chunk)
            size += len(chunk)
            handle.write(chunk)
    _check_digest(info.filename, hasher.hexdigest(), size, expected_sha, expected_size)


def _check_digest(name: str, sha: str, size: int, expected_sha: str, expected_size: int) -> None:
    if sha != expected_sha or size != expected_size:
        raise corrupt("checksum", name=name)


def _decrypt_secrets(keys: PackageKeys, sealed: bytes, course_id: str) -> dict[str, str]:
    plain = unseal(keys.encryption, sealed, secrets_associated_data(course_id))
    if plain is None:
        raise PackageTampered()
    try:
        files = json.loads(plain.decode("utf-8"))["files"]
        return {str(path): str(text) for path, text in files.items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        raise PackageTampered() from None


class _OverlayReader(CourseReader):
    """Reads course files from disk, except those given in memory (the decrypted ones)."""

    def __init__(self, root: Path, overlay: dict[str, str]) -> None:
        super().__init__(root)
        self.overlay = overlay

    def read_text(self, relative: str, referrer: str = "", line: int = 0) -> str | None:
        if relative in self.overlay:
            return self.overlay[relative]
        return super().read_text(relative, referrer, line)


def _load_course(root: Path, overlay: dict[str, str]) -> m.Course:
    course = _OverlayReader(root, overlay).load()
    if course is None:
        raise corrupt("course")
    return course


__all__ = ["ClassroomPackage", "PackageError", "open_package"]
