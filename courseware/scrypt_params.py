"""scrypt (RFC 7914) settings, shared by everything that derives a key from a passphrase.

Classroom packages, kiosk password records and signed results files each store the salt and
N, r, p beside their data; this one class holds them, derives keys and refuses settings read
from a hostile file. The formats differ only in the shortest salt they accept, so each use
passes its own minimum (the ``*_MIN_SALT_BYTES`` constants) to :meth:`is_reasonable`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Self

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

SALT_BYTES = 16  # every fresh salt
DEFAULT_N = 2**17  # 128 MiB; a classroom PC unlocks a package in well under a second
DEFAULT_R = 8
DEFAULT_P = 1
# Ceilings for settings read from a file, checked before deriving anything: a hostile file
# must not make a classroom PC spend gigabytes or minutes (2**17 × 8 × 128 B = 128 MiB).
MAX_N = 2**17
MAX_R = 8
MAX_P = 2
PACKAGE_MIN_SALT_BYTES = 8  # classroom packages and kiosk password records
RESULTS_MIN_SALT_BYTES = 16  # signed results files


@dataclass(frozen=True)
class ScryptParams:
    salt: bytes
    n: int = DEFAULT_N
    r: int = DEFAULT_R
    p: int = DEFAULT_P

    @classmethod
    def fresh(cls) -> Self:
        """Default cost with a new random salt."""
        return cls(salt=os.urandom(SALT_BYTES))

    def is_reasonable(self, min_salt_bytes: int) -> bool:
        """False for settings that would exhaust memory or time, or a salt too short."""
        return self.within_ceilings() and len(self.salt) >= min_salt_bytes

    def within_ceilings(self) -> bool:
        power_of_two = self.n > 1 and self.n & (self.n - 1) == 0
        return power_of_two and self.n <= MAX_N and 1 <= self.r <= MAX_R and 1 <= self.p <= MAX_P

    def derive(self, secret: bytes, length: int) -> bytes:
        """``length`` bytes of key material from ``secret`` (already encoded); settings above
        the ceilings are refused here too, whatever the caller checked."""
        if not self.within_ceilings():
            raise ValueError("unreasonable scrypt parameters")
        kdf = Scrypt(salt=self.salt, length=length, n=self.n, r=self.r, p=self.p)
        return kdf.derive(secret)
