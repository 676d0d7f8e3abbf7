"""File names for one-PDF-per-trainee output, from a pattern such as ``{name}-{course}.pdf``.

Names come from people, so they are made safe on every system: path separators, ``..``,
control and format characters, characters Windows forbids and its reserved device names
(CON, NUL, COM1 …) are replaced; Chinese and other scripts are kept; length is capped.
"""

from __future__ import annotations

import re
import string
import unicodedata

from courseware.certificates.signing import IssuedCertificate

PATTERN_FIELDS = ("name", "course", "course_id", "number", "trainee_id", "date", "code", "index")
DEFAULT_PATTERN = "{name}-{course}.pdf"
MAX_NAME_BYTES = 200
FORBIDDEN = re.compile(r'[\\/:*?"<>|]')
RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)


class PatternError(ValueError):
    pass


def check_pattern(pattern: str) -> None:
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    except ValueError as error:
        raise PatternError(str(error)) from None
    unknown = fields - set(PATTERN_FIELDS)
    if unknown or not fields:
        raise PatternError(", ".join(sorted(unknown)) or "no field")


def pattern_values(certificate: IssuedCertificate, index: int) -> dict[str, str]:
    record = certificate.record
    return {"name": record.trainee_name, "course": record.course_title,
            "course_id": record.course_id, "number": record.number,
            "trainee_id": record.trainee_id, "date": record.completed_on.isoformat(),
            "code": certificate.code, "index": f"{index:04d}"}


def file_name(pattern: str, certificate: IssuedCertificate, index: int) -> str:
    values = {k: sanitise(v, fallback="") for k, v in pattern_values(certificate, index).items()}
    name = sanitise(pattern.format(**values))
    return name if name.lower().endswith(".pdf") else f"{name}.pdf"


def sanitise(name: str, fallback: str = "certificate") -> str:
    cleaned = "".join("_" if unsafe_char(c) else c for c in unicodedata.normalize("NFC", name))
    cleaned = FORBIDDEN.sub("_", cleaned)
    cleaned = re.sub(r"\.{2,}", ".", re.sub(r"\s+", " ", cleaned)).strip(" .")
    if RESERVED.match(cleaned):
        cleaned = f"_{cleaned}"
    return truncate_utf8(cleaned, MAX_NAME_BYTES).strip(" .") or fallback


def unsafe_char(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")


def truncate_utf8(name: str, limit: int) -> str:
    if len(name.encode("utf-8")) <= limit:
        return name
    stem, dot, extension = name.rpartition(".")
    if not dot or len(extension) > 8:
        stem, extension = name, ""
    tail = f".{extension}" if extension else ""
    budget = limit - len(tail.encode("utf-8"))
    while len(stem.encode("utf-8")) > budget:
        stem = stem[:-1]
    return stem + tail


def unique(names: list[str]) -> list[str]:
    """Keep names distinct (case-insensitively, as on Windows): 'a.pdf', 'a (2).pdf' …"""
    seen: set[str] = set()
    result = []
    for name in names:
        stem, dot, extension = name.rpartition(".")
        candidate, count = name, 1
        while candidate.lower() in seen:
            count += 1
            candidate = f"{stem} ({count}){dot}{extension}"
        seen.add(candidate.lower())
        result.append(candidate)
    return result
