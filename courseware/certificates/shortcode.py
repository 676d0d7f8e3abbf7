"""The short human-readable code printed under the QR code, e.g. ``7K3M-Q9TX-2RBD``.

It is the first 60 bits of SHA-256 over the signed text, in Crockford's base32 (no I, L, O, U:
nothing to misread). Typing is forgiving: case, spaces, dashes and I/L/O for 1/1/0 are accepted.
"""

from __future__ import annotations

import hashlib
import re

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 12
GROUP = 4
_TYPO_FIXES = str.maketrans({"I": "1", "L": "1", "O": "0"})
_SHAPE = re.compile(rf"^[{ALPHABET}]{{{CODE_LENGTH}}}$")


def short_code(signed_text: str) -> str:
    digest = int.from_bytes(hashlib.sha256(signed_text.encode("utf-8")).digest()[:8], "big")
    bits = digest >> (64 - 5 * CODE_LENGTH)
    chars = [ALPHABET[(bits >> (5 * i)) & 31] for i in reversed(range(CODE_LENGTH))]
    return group("".join(chars))


def group(code: str) -> str:
    return "-".join(code[i:i + GROUP] for i in range(0, len(code), GROUP))


def normalise_code(typed: str) -> str | None:
    """The grouped code for what a person typed, or None when it cannot be a short code."""
    compact = re.sub(r"[\s\-]", "", typed).upper().translate(_TYPO_FIXES)
    return group(compact) if _SHAPE.match(compact) else None
