"""Signing offline results files so that any change is detected.

Key derivation: **scrypt** (RFC 7914) from the classroom session passphrase — the one the
trainer types when handing out the classroom package — with a random 16-byte salt per file and
N = 2**15, r = 8, p = 1, giving a 32-byte key (about 32 MiB of memory and a tenth of a second,
so guessing passphrases from a stolen file is slow). The passphrase is normalised to Unicode NFC
and encoded as UTF-8 first, so the same words typed on any PC give the same key.

Signature: **HMAC-SHA256** with that key over a context label and the exact bytes of the file's
content, compared in constant time. A key check value (HMAC of a fixed label) tells a wrong
passphrase apart from a changed file. Anyone who knows the passphrase can sign, so it proves
"made in this classroom session and unchanged", not who made it.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

SALT_BYTES = 16
KEY_BYTES = 32
DEFAULT_N = 2**15
DEFAULT_R = 8
DEFAULT_P = 1
MAX_N = 2**20  # refuse files that would make us spend unbounded memory
CONTENT_LABEL = b"courseware-results/v1 content\n"
KEY_CHECK_LABEL = b"courseware-results/v1 key check"


@dataclass(frozen=True)
class KdfParameters:
    salt: bytes
    n: int = DEFAULT_N
    r: int = DEFAULT_R
    p: int = DEFAULT_P

    @classmethod
    def fresh(cls) -> KdfParameters:
        return cls(os.urandom(SALT_BYTES))

    @property
    def reasonable(self) -> bool:
        power_of_two = self.n > 1 and self.n & (self.n - 1) == 0
        return (power_of_two and self.n <= MAX_N and 1 <= self.r <= 32 and 1 <= self.p <= 16
                and len(self.salt) >= SALT_BYTES)


def derive_key(passphrase: str, parameters: KdfParameters) -> bytes:
    if not parameters.reasonable:
        raise ValueError("unreasonable scrypt parameters")
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Scrypt(salt=parameters.salt, length=KEY_BYTES, n=parameters.n, r=parameters.r,
                 p=parameters.p)
    return kdf.derive(secret)


def sign(key: bytes, content: bytes) -> str:
    return hmac.new(key, CONTENT_LABEL + content, hashlib.sha256).hexdigest()


def signature_matches(key: bytes, content: bytes, signature: str) -> bool:
    return hmac.compare_digest(sign(key, content), signature)


def key_check(key: bytes) -> str:
    return hmac.new(key, KEY_CHECK_LABEL, hashlib.sha256).hexdigest()[:16]
