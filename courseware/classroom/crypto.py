"""Key derivation (scrypt), authenticated encryption (AES-GCM) and manifest MACs."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from courseware.scrypt_params import ScryptParams

NONCE_BYTES = 12
KEY_CHECK_LABEL = b"courseware-classroom/key-check/v1"


def scrypt(secret: str, params: ScryptParams, length: int) -> bytes:
    """Key material from a passphrase or password, UTF-8 encoded as typed (no normalising:
    packages and password records made so far depend on it)."""
    return params.derive(secret.encode("utf-8"), length)


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
