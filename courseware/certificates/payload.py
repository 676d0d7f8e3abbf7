"""The canonical signed payload and the text form that goes into the QR code.

The payload is compact canonical JSON (sorted keys, no spaces, UTF-8, absent values left out).
The signed text is ``CWC1:<signature>:<payload>`` where the signature is the 86-character
unpadded base64url form of the 64-byte Ed25519 signature over the payload's UTF-8 bytes.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from courseware.certificates.record import CertificateRecord, format_number

PREFIX = "CWC1"
PAYLOAD_VERSION = 1
SIGNATURE_TEXT_LENGTH = 86  # base64url of 64 bytes, no padding


class PayloadError(ValueError):
    """The text is not a certificate payload (wrong form, missing or malformed fields)."""


@dataclass(frozen=True)
class SignedPayload:
    """A payload, its signature and the id of the key that made it."""

    payload: str
    signature: bytes
    key_id: str

    @property
    def text(self) -> str:
        return f"{PREFIX}:{b64encode(self.signature)}:{self.payload}"

    def record(self) -> CertificateRecord:
        return record_from_payload(self.payload)


def canonical_payload(record: CertificateRecord, key_id: str) -> str:
    return canonical_json(payload_fields(record, key_id))


def canonical_json(fields: dict[str, Any]) -> str:
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def payload_fields(record: CertificateRecord, key_id: str) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "v": PAYLOAD_VERSION,
        "no": record.number,
        "name": record.trainee_name,
        "tid": record.trainee_id,
        "cid": record.course_id,
        "course": record.course_title,
        "date": record.completed_on.isoformat(),
        "score": None if record.score_percent is None else format_number(record.score_percent),
        "grade": record.grade,
        "hours": format_number(record.hours),
        "issuer": record.issuer,
        "at": record.issued_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "rep": record.replaces,
        "key": key_id,
    }
    return {name: value for name, value in fields.items() if value not in (None, "")}


def parse_signed_text(text: str) -> SignedPayload:
    """Split ``CWC1:<signature>:<payload>``; the payload must be in canonical form."""
    text = text.strip()
    head = f"{PREFIX}:"
    sig_end = len(head) + SIGNATURE_TEXT_LENGTH
    if not text.startswith(head) or text[sig_end:sig_end + 1] != ":":
        raise PayloadError("not a certificate code")
    signature = b64decode(text[len(head):sig_end])
    payload = text[sig_end + 1:]
    fields = load_fields(payload)
    if canonical_json(fields) != payload:
        raise PayloadError("the payload is not in canonical form")
    return SignedPayload(payload, signature, str(fields.get("key", "")))


def load_fields(payload: str) -> dict[str, Any]:
    try:
        fields = json.loads(payload)
    except json.JSONDecodeError as error:
        raise PayloadError(f"unreadable payload: {error.msg}") from None
    except RecursionError:  # "[[[[…" in a pasted code: hostile, not a certificate
        raise PayloadError("unreadable payload: nested too deeply") from None
    if not isinstance(fields, dict) or fields.get("v") != PAYLOAD_VERSION:
        raise PayloadError("unknown payload version")
    return fields


def record_from_payload(payload: str) -> CertificateRecord:
    fields = load_fields(payload)
    try:
        return CertificateRecord(
            number=str(fields["no"]),
            trainee_name=str(fields["name"]),
            trainee_id=str(fields.get("tid", "")),
            course_id=str(fields["cid"]),
            course_title=str(fields.get("course", "")),
            completed_on=date.fromisoformat(fields["date"]),
            score_percent=None if "score" not in fields else float(fields["score"]),
            grade=fields.get("grade"),
            hours=float(fields.get("hours", 0)),
            issuer=str(fields.get("issuer", "")),
            issued_at=datetime.strptime(fields["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC),
            replaces=fields.get("rep"),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise PayloadError(f"malformed payload: {error}") from None


def b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def b64decode(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError):
        raise PayloadError("the signature is not base64url") from None
