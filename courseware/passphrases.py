"""Session passphrases: one cleaning rule for every way of giving one, and a strength check.

A passphrase may come from a prompt, a command-line option, a file or a dialog; surrounding
whitespace (a newline at the end of a file, a space pasted along, a full-width space) is
dropped the same way in each, so the same words always give the same key. The strength
check refuses what a guesser would try first: short ones and the commonest passwords.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

MIN_LENGTH = 10
_LIST = "common-passphrases.txt"


def clean_passphrase(text: str) -> str:
    """The passphrase without surrounding whitespace (a BOM included)."""
    return text.strip().lstrip("\ufeff").strip()


@cache
def common_passphrases() -> frozenset[str]:
    text = resources.files("courseware.data").joinpath(_LIST).read_text(encoding="utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def weakness(passphrase: str) -> str | None:
    """The message key saying why ``passphrase`` is too weak, or None when it will do."""
    cleaned = clean_passphrase(passphrase)
    if not cleaned:
        return "passphrase.empty"
    if len(cleaned) < MIN_LENGTH:
        return "passphrase.too_short"
    if cleaned.casefold() in common_passphrases() or len(set(cleaned)) == 1:
        return "passphrase.too_common"
    return None
