"""Key derivation (scrypt), authenticated encryption (AES-GCM) and manifest MACs."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

NONCE_BYTES = 12
SALT_BYTES = 16
KEY_CHECK_LABEL = b"courseware-classroom/key-check/v1"
DEFAULT_SCRYPT_N = 2**15
DEFAULT_SCRYPT_R = 8
DEFAULT_SCRYPT_P = 1
MAX_SCRYPT_N = 2**20


@dataclass(frozen=True)
class ScryptParams:
    salt: bytes
    n: int = DEFAULT_SCRYPT_N
    r: int = DEFAULT_SCRYPT_R
    p: int = DEFAULT_SCRYPT_P

    @classmethod
    def fresh(cls) -> ScryptParams:
        return cls(salt=os.urandom(SALT_BYTES))

    def is_reasonable(self) -> bool:
        """Refuse parameters that would exhaust memory or time (a hostile file)."""
        power_of_two = self.n > 1 and self.n & (self.n - 1) == 0
        return (power_of_two and self.n <= MAX_SCRYPT_N and 1 <= self.r <= 32
                and 1 <= self.p <= 16 and len(self.salt) >= 8)


def scrypt(secret: str, params: ScryptParams, length: int) -> bytes:
    kdf = Scrypt(salt=params.salt, length=length, n=params.n, r=params.r, p=params.p)
    return kdf.derive(secret.encode("utf-8"))


@dataclass(frozen=True)
class PackageKeys:
    """The two keys derived from a session passphrase: one encrypts, one authenticates."""

    encryption: bytes
    authentication: bytes

    @classmethod
    def derive(cls, passphrase: str, params: ScryptParams) -> PackageKeys:
        material = scrypt(passphrase, params, 64)
        return cls(encryption=material[:32], authentication=material[32:])

    def key_check(self) -> str:
        """A public value that tells a wrong passphrase from an altered package."""
        return self.mac(KEY_CHECK_LABEL)

    def mac(self, data: bytes) -> str:
        return hmac.new(self.authentication, data, hashlib.sha256).hexdigest()

    def mac_matches(self, data: bytes, expected: str) -> bool:
        return hmac.compare_digest(self.mac(data), expected)


def seal(key: bytes, plaintext: bytes, associated: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, associated)


def unseal(key: bytes, sealed: bytes, associated: bytes) -> bytes | None:
    """The plaintext, or None when the data or its associated data was altered."""
    if len(sealed) < NONCE_BYTES + 16:
        return None
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], associated)
    except InvalidTag:
        return None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
