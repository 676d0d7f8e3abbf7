"""The package manifest: what the package holds, the checksum of every member, KDF settings."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any

from courseware.classroom.errors import NewerPackageFormat, corrupt
from courseware.scrypt_params import PACKAGE_MIN_SALT_BYTES, ScryptParams

FORMAT_NAME = "courseware-classroom-package"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
SECRETS_NAME = "secrets.bin"
CONTENT_PREFIX = "course/"
MAX_MANIFEST_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class MemberDigest:
    sha256: str
    size: int


@dataclass
class Manifest:
    course_id: str
    course_title: str
    language: str
    created: str
    kdf: ScryptParams
    key_check: str
    members: dict[str, MemberDigest] = field(default_factory=dict)
    format_version: int = FORMAT_VERSION

    @property
    def content_members(self) -> list[str]:
        return sorted(name for name in self.members if name.startswith(CONTENT_PREFIX))

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "course": {"id": self.course_id, "title": self.course_title,
                       "language": self.language},
            "created": self.created,
            "kdf": {"name": "scrypt", "salt": base64.b64encode(self.kdf.salt).decode("ascii"),
                    "n": self.kdf.n, "r": self.kdf.r, "p": self.kdf.p},
            "key_check": self.key_check,
            "members": {name: {"sha256": d.sha256, "size": d.size}
                        for name, d in sorted(self.members.items())},
        }
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT_NAME:
                raise ValueError("format")
            version = int(data["format_version"])
            if version > FORMAT_VERSION:
                raise NewerPackageFormat(found=version)
            return cls._parse(data, version)
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError,
                RecursionError):
            raise corrupt("manifest") from None

    @classmethod
    def _parse(cls, data: dict[str, Any], version: int) -> Manifest:
        kdf = data["kdf"]
        if kdf["name"] != "scrypt":
            raise ValueError("kdf")
        params = ScryptParams(salt=base64.b64decode(kdf["salt"], validate=True),
                              n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"]))
        if not params.is_reasonable(PACKAGE_MIN_SALT_BYTES):
            raise ValueError("kdf parameters")
        members = {str(name): MemberDigest(str(d["sha256"]), int(d["size"]))
                   for name, d in data["members"].items()}
        course = data["course"]
        return cls(course_id=str(course["id"]), course_title=str(course["title"]),
                   language=str(course.get("language", "")), created=str(data["created"]),
                   kdf=params, key_check=str(data["key_check"]), members=members,
                   format_version=version)
