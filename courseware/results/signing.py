"""Signing offline results files so that any change is detected.

Key derivation: **scrypt** (RFC 7914) from the classroom session passphrase — the one the
trainer types when handing out the classroom package — with a random 16-byte salt per file and
the default cost of :mod:`courseware.scrypt_params` (N = 2**17, r = 8, p = 1: 128 MiB and about
half a second, so guessing passphrases from a stolen file is slow), giving a 32-byte key. The
passphrase is normalised to Unicode NFC and encoded as UTF-8 first, so the same words typed on
any PC give the same key.

Signature: **HMAC-SHA256** with that key over a context label and the exact bytes of the file's
content, compared in constant time. A key check value (HMAC of a fixed label) tells a wrong
passphrase apart from a changed file. Anyone who knows the passphrase can sign, so it proves
"made in this classroom session and unchanged", not who made it.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata

from courseware.scrypt_params import RESULTS_MIN_SALT_BYTES, ScryptParams

KEY_BYTES = 32
CONTENT_LABEL = b"courseware-results/v1 content\n"
KEY_CHECK_LABEL = b"courseware-results/v1 key check"


def derive_key(passphrase: str, parameters: ScryptParams) -> bytes:
    if not parameters.is_reasonable(RESULTS_MIN_SALT_BYTES):
        raise ValueError("unreasonable scrypt parameters")
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return parameters.derive(secret, KEY_BYTES)


def sign(key: bytes, content: bytes) -> str:
    return hmac.new(key, CONTENT_LABEL + content, hashlib.sha256).hexdigest()


def signature_matches(key: bytes, content: bytes, signature: str) -> bool:
    return hmac.compare_digest(sign(key, content), signature)


def key_check(key: bytes) -> str:
    return hmac.new(key, KEY_CHECK_LABEL, hashlib.sha256).hexdigest()[:16]
