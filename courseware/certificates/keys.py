"""The organisation's Ed25519 key pair and the public keys of trusted issuers.

Layout of the key folder (default: ``<user data dir>/certificate-keys``)::

    signing-key.pem      this organisation's private key (PKCS#8 PEM, mode 0600)
    trusted/<id>.pem     public keys of other issuers, imported with ``keys import``

A key's id is the first 16 hex digits of SHA-256 over its raw 32-byte public key.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from courseware.fileio import read_regular_file

APP_NAME = "CoursewareStudio"
SIGNING_KEY_FILE = "signing-key.pem"
TRUSTED_FOLDER = "trusted"
MAX_KEY_FILE_BYTES = 64 * 1024  # a PEM public key is a few hundred bytes


class KeyFileError(ValueError):
    """A key file that cannot be used (not PEM, not Ed25519)."""


def default_key_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "certificate-keys"


def key_id(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def public_pem(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.PEM,
                                   serialization.PublicFormat.SubjectPublicKeyInfo)


class KeyRing:
    """This organisation's signing key (made on first use) and the keys it trusts."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_key_dir()
        self._signing_key: Ed25519PrivateKey | None = None
        self.created_new_key = False  # set when this ring made the signing key (tell the user)
        self.unusable: list[tuple[Path, str]] = []  # trusted files skipped by trusted_keys()

    @property
    def signing_key_path(self) -> Path:
        return self.folder / SIGNING_KEY_FILE

    @property
    def trusted_folder(self) -> Path:
        return self.folder / TRUSTED_FOLDER

    def signing_key(self) -> Ed25519PrivateKey:
        if self._signing_key is None:
            self._signing_key = self._load_or_create_signing_key()
        return self._signing_key

    def own_public_key(self) -> Ed25519PublicKey:
        return self.signing_key().public_key()

    def own_key_id(self) -> str:
        return key_id(self.own_public_key())

    def export_public(self, target: Path) -> str:
        """Write this organisation's public key as PEM; returns its key id."""
        target.write_bytes(public_pem(self.own_public_key()))
        return self.own_key_id()

    def import_public(self, source: Path) -> str:
        """Trust another issuer's public key (PEM file); returns its key id."""
        public_key = load_public_pem(source.read_bytes())
        identifier = key_id(public_key)
        self.trusted_folder.mkdir(parents=True, exist_ok=True)
        (self.trusted_folder / f"{identifier}.pem").write_bytes(public_pem(public_key))
        return identifier

    def trusted_keys(self) -> dict[str, Ed25519PublicKey]:
        """Every key whose certificates verify: imported ones and, if it exists, our own.

        A file in the trusted folder that is no key (a stray note, a damaged copy, a pipe) is
        skipped and listed in :attr:`unusable`, so one bad file cannot stop every check."""
        keys: dict[str, Ed25519PublicKey] = {}
        self.unusable = []
        for path in sorted(self.trusted_folder.glob("*.pem")):
            try:
                public_key = load_public_pem(read_regular_file(path, MAX_KEY_FILE_BYTES))
            except (KeyFileError, OSError) as error:
                self.unusable.append((path, str(error)))
                continue
            keys[key_id(public_key)] = public_key
        if self.signing_key_path.exists():
            keys[self.own_key_id()] = self.own_public_key()
        return keys

    def _load_or_create_signing_key(self) -> Ed25519PrivateKey:
        if self.signing_key_path.exists():
            loaded = serialization.load_pem_private_key(self.signing_key_path.read_bytes(), None)
            if not isinstance(loaded, Ed25519PrivateKey):
                raise KeyFileError(f"{self.signing_key_path}: not an Ed25519 private key")
            return loaded
        private_key = Ed25519PrivateKey.generate()
        write_private_key(self.signing_key_path, private_key)
        self.created_new_key = True
        return private_key


def write_private_key(path: Path, private_key: Ed25519PrivateKey) -> None:
    """Create the key file readable by its owner only (0600), never overwriting one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = private_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(pem)
        stream.flush()
        os.fsync(stream.fileno())


def load_public_pem(data: bytes) -> Ed25519PublicKey:
    try:
        loaded = serialization.load_pem_public_key(data)
    except (ValueError, UnsupportedAlgorithm):
        raise KeyFileError("not a PEM public key") from None
    if not isinstance(loaded, Ed25519PublicKey):
        raise KeyFileError("not an Ed25519 public key")
    return loaded
