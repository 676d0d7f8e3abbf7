"""A damaged, altered or hostile package is refused before anything is used."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from courseware.classroom import (
    NotAPackage,
    PackageCorrupt,
    PackageError,
    PackageNotFound,
    PackageTampered,
    PackageTooLarge,
    UnsafeMember,
    open_package,
)
from courseware.classroom import archive as archive_module
from courseware.classroom.archive import CANONICAL_TIME
from courseware.classroom.crypto import sha256_hex
from tests.courseware.classroom.conftest import PASSPHRASE

LESSON = "course/modules/01-m1/lessons/m1-l1.md"


def rewrite(source: Path, target: Path, changes: dict[str, bytes | None],
            extra: dict[str, bytes] | None = None) -> Path:
    """Copy a package, replacing (or with None dropping) members and adding others."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for info in original.infolist():
            data = changes.get(info.filename, original.read(info.filename))
            if data is not None:
                copy.writestr(canonical_info(info.filename), data)
        for name, data in (extra or {}).items():
            copy.writestr(canonical_info(name), data)
    return target


def canonical_info(name: str) -> zipfile.ZipInfo:
    """Member metadata as the builder writes it, so only the content differs."""
    info = zipfile.ZipInfo(name, date_time=CANONICAL_TIME)
    info.external_attr = 0o644 << 16
    return info


def read(package: Path, name: str) -> bytes:
    with zipfile.ZipFile(package) as archive:
        return archive.read(name)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PackageNotFound):
        open_package(tmp_path / "none.cwpkg")


def test_not_a_zip(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.cwpkg"
    bogus.write_bytes(b"hello, not a package")
    with pytest.raises(NotAPackage):
        open_package(bogus)


def test_one_corrupted_byte_is_refused(package_file: Path) -> None:
    data = bytearray(package_file.read_bytes())
    with zipfile.ZipFile(package_file) as archive:
        info = archive.getinfo(LESSON)
    data[info.header_offset + 30 + len(LESSON) + 5] ^= 0x01  # inside the member's data
    package_file.write_bytes(bytes(data))
    with pytest.raises(PackageError, match="damaged"):
        open_package(package_file)


def test_a_flipped_byte_anywhere_is_refused(package_file: Path, tmp_path: Path) -> None:
    original = package_file.read_bytes()
    accepted = []
    for offset in range(0, len(original), 31):
        data = bytearray(original)
        data[offset] ^= 0x40
        damaged = tmp_path / "damaged.cwpkg"
        damaged.write_bytes(bytes(data))
        try:
            open_package(damaged).close()
        except PackageError:
            continue
        accepted.append(offset)
    assert accepted == []


def test_a_flipped_signature_byte_is_refused_with_the_passphrase(package_file: Path,
                                                                 tmp_path: Path) -> None:
    signature = bytearray(read(package_file, "manifest.sig"))
    signature[3] = ord("0") if signature[3] != ord("0") else ord("1")
    altered = rewrite(package_file, tmp_path / "sig.cwpkg", {"manifest.sig": bytes(signature)})
    with pytest.raises(PackageTampered):
        open_package(altered, PASSPHRASE)


def test_altered_member_is_refused(package_file: Path, tmp_path: Path) -> None:
    changed = read(package_file, LESSON).replace("正文".encode(), "改过".encode())
    altered = rewrite(package_file, tmp_path / "altered.cwpkg", {LESSON: changed})
    with pytest.raises(PackageCorrupt, match="checksum"):
        open_package(altered)


def test_altered_member_with_recomputed_checksum_fails_authentication(
        package_file: Path, tmp_path: Path) -> None:
    changed = read(package_file, LESSON).replace("正文".encode(), "改过".encode())
    manifest = json.loads(read(package_file, "manifest.json"))
    manifest["members"][LESSON] = {"sha256": sha256_hex(changed), "size": len(changed)}
    forged = json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False).encode()
    altered = rewrite(package_file, tmp_path / "forged.cwpkg",
                      {LESSON: changed, "manifest.json": forged})
    with pytest.raises(PackageTampered, match="altered"):
        open_package(altered, PASSPHRASE)


def test_altered_secrets_fail_authentication(package_file: Path, tmp_path: Path) -> None:
    sealed = bytearray(read(package_file, "secrets.bin"))
    sealed[-1] ^= 1
    manifest = json.loads(read(package_file, "manifest.json"))
    manifest["members"]["secrets.bin"]["sha256"] = sha256_hex(bytes(sealed))
    altered = rewrite(package_file, tmp_path / "s.cwpkg", {
        "secrets.bin": bytes(sealed),
        "manifest.json": json.dumps(manifest, indent=1, sort_keys=True,
                                    ensure_ascii=False).encode()})
    with pytest.raises(PackageTampered):
        open_package(altered, PASSPHRASE)


def test_missing_and_extra_members_are_refused(package_file: Path, tmp_path: Path) -> None:
    without = rewrite(package_file, tmp_path / "a.cwpkg", {LESSON: None})
    with pytest.raises(PackageCorrupt, match="missing"):
        open_package(without)
    extra = rewrite(package_file, tmp_path / "b.cwpkg", {}, {"course/extra.md": b"x"})
    with pytest.raises(PackageCorrupt, match="unexpected"):
        open_package(extra)


@pytest.mark.parametrize("name", ["../evil.txt", "course/../../evil.txt", "/tmp/evil.txt",
                                  "C:/evil.txt", "course\\..\\evil.txt", "course/./x.md"])
def test_path_traversal_members_are_refused(package_file: Path, tmp_path: Path,
                                            name: str) -> None:
    hostile = tmp_path / "hostile.cwpkg"
    with zipfile.ZipFile(hostile, "w") as archive:
        archive.writestr("manifest.json", read(package_file, "manifest.json"))
        info = zipfile.ZipInfo("placeholder")
        info.filename = name  # ZipInfo would normalise the name; a hostile tool does not
        archive.writestr(info, b"owned")
    with pytest.raises(UnsafeMember):
        open_package(hostile, extract_to=tmp_path / "target")
    assert not (tmp_path / "evil.txt").exists()
    assert not any((tmp_path / "target").iterdir()) if (tmp_path / "target").exists() else True


def test_symlink_member_is_refused(package_file: Path, tmp_path: Path) -> None:
    hostile = tmp_path / "link.cwpkg"
    with zipfile.ZipFile(hostile, "w") as archive:
        info = zipfile.ZipInfo("course/link")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    with pytest.raises(UnsafeMember, match="symbolic link"):
        open_package(hostile)


def test_too_many_members_is_refused(package_file: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_module, "MAX_MEMBERS", 5)
    with pytest.raises(PackageTooLarge):
        open_package(package_file)


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.cwpkg"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("course/zeros.bin", b"\0" * (8 * 1024 * 1024))
    with pytest.raises(PackageTooLarge):
        open_package(bomb)


def test_failed_open_leaves_no_extracted_files(package_file: Path, tmp_path: Path) -> None:
    changed = read(package_file, "secrets.bin")[:-1]
    broken = rewrite(package_file, tmp_path / "c.cwpkg", {"secrets.bin": changed})
    target = tmp_path / "target"
    temp_before = set(os.listdir(os.environ.get("TMPDIR", "/tmp")))
    with pytest.raises(PackageCorrupt):
        open_package(broken)
    new = set(os.listdir(os.environ.get("TMPDIR", "/tmp"))) - temp_before
    assert not [n for n in new if n.startswith("cwpkg-")]
    assert not target.exists()
