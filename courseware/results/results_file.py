"""The offline results file (``.cwresults``): every attempt of a PC, signed against edits.

A UTF-8 JSON document::

    {"format": "courseware-results", "version": 1,
     "kdf": {"name": "scrypt", "salt": "<base64>", "n": 32768, "r": 8, "p": 1},
     "key_check": "<hex>", "signature": "<hex HMAC-SHA256>",
     "content": "<the payload, itself JSON, as one string>"}

The payload holds ``exported_at``, ``trainees`` (roster entries the attempts name) and
``attempts`` (the engine's ``Attempt.to_dict()`` plus ``passed``). The signature covers the
exact bytes of ``content`` (see :mod:`courseware.results.signing`).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from courseware.engine import Attempt
from courseware.fileio import atomic_write_bytes
from courseware.results.errors import BadResultsFile
from courseware.results.records import Trainee
from courseware.results.signing import (
    derive_key,
    key_check,
    sign,
    signature_matches,
)
from courseware.scrypt_params import RESULTS_MIN_SALT_BYTES, ScryptParams

FORMAT_NAME = "courseware-results"
FORMAT_VERSION = 1
SUFFIX = ".cwresults"
MAX_FILE_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class ResultsPayload:
    exported_at: datetime
    trainees: list[Trainee]
    attempts: list[Attempt]
    passed: dict[str, bool | None]  # attempt id → verdict recorded by the exporting store


def write_results_file(path: Path, payload: ResultsPayload, passphrase: str) -> None:
    content = json.dumps(payload_to_json(payload), ensure_ascii=False, sort_keys=True)
    parameters = ScryptParams.fresh()
    key = derive_key(passphrase, parameters)
    document = {
        "format": FORMAT_NAME, "version": FORMAT_VERSION,
        "kdf": {"name": "scrypt", "salt": base64.b64encode(parameters.salt).decode("ascii"),
                "n": parameters.n, "r": parameters.r, "p": parameters.p},
        "key_check": key_check(key),
        "signature": sign(key, content.encode("utf-8")),
        "content": content,
    }
    text = json.dumps(document, ensure_ascii=False, indent=1)
    atomic_write_bytes(path, text.encode("utf-8"))


def read_results_file(path: Path, passphrase: str) -> ResultsPayload:
    """The verified payload; raises BadResultsFile if corrupt, tampered with or wrongly keyed."""
    document = _load_document(path)
    content = _field(document, "content", str, path)
    parameters = _kdf_parameters(document, path)
    key = derive_key(passphrase, parameters)
    if not isinstance(document.get("key_check"), str) or \
            document["key_check"] != key_check(key):
        raise BadResultsFile("results_file.wrong_passphrase", file=path.name)
    signature = _field(document, "signature", str, path)
    if not signature_matches(key, content.encode("utf-8"), signature):
        raise BadResultsFile("results_file.tampered", file=path.name)
    try:
        return payload_from_json(json.loads(content))
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise BadResultsFile("results_file.corrupt", file=path.name) from error


def _load_document(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise BadResultsFile("results_file.corrupt", file=path.name)
        document = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as error:
        raise BadResultsFile("results_file.unreadable", file=path.name,
                             error=error.strerror or error) from error
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise BadResultsFile("results_file.corrupt", file=path.name) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise BadResultsFile("results_file.not_results", file=path.name)
    if document.get("version") != FORMAT_VERSION:
        raise BadResultsFile("results_file.version", file=path.name,
                             version=document.get("version"))
    return document


def _field(document: dict[str, Any], name: str, kind: type, path: Path) -> Any:
    value = document.get(name)
    if not isinstance(value, kind):
        raise BadResultsFile("results_file.corrupt", file=path.name)
    return value


def _kdf_parameters(document: dict[str, Any], path: Path) -> ScryptParams:
    kdf = _field(document, "kdf", dict, path)
    try:
        parameters = ScryptParams(salt=base64.b64decode(kdf["salt"], validate=True),
                                  n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"]))
    except (KeyError, TypeError, ValueError, binascii.Error) as error:
        raise BadResultsFile("results_file.corrupt", file=path.name) from error
    if kdf.get("name") != "scrypt" or not parameters.is_reasonable(RESULTS_MIN_SALT_BYTES):
        raise BadResultsFile("results_file.corrupt", file=path.name)
    return parameters


# ---------------------------------------------------------------- payload ↔ JSON


def payload_to_json(payload: ResultsPayload) -> dict[str, Any]:
    return {
        "exported_at": payload.exported_at.isoformat(),
        "trainees": [asdict(trainee) for trainee in payload.trainees],
        "attempts": [{**attempt.to_dict(), "passed": payload.passed.get(attempt.id)}
                     for attempt in payload.attempts],
    }


def payload_from_json(data: dict[str, Any]) -> ResultsPayload:
    attempts = [Attempt.from_dict(item) for item in data["attempts"]]
    passed = {str(item["id"]): _optional_bool(item.get("passed")) for item in data["attempts"]}
    trainees = [Trainee(name=str(t["name"]), employee_id=_optional_str(t.get("employee_id")),
                        department=str(t.get("department", "")), email=str(t.get("email", "")),
                        id=str(t["id"])) for t in data["trainees"]]
    exported_at = datetime.fromisoformat(str(data["exported_at"]))
    return ResultsPayload(exported_at.astimezone(UTC), trainees, attempts, passed)


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def _optional_bool(value: object) -> bool | None:
    return None if value is None else bool(value)
