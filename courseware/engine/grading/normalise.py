"""Text normalisation for fill-in answers."""

from __future__ import annotations

import unicodedata


def normalise_answer(text: str, case_sensitive: bool = False) -> str:
    """Compare-ready form of a typed answer.

    NFKC turns full-width letters, digits, punctuation and the ideographic space into their
    half-width forms (``ＡＢＣ１２３！`` → ``ABC123!``); whitespace is trimmed and runs of it
    collapse to one space; case is folded unless the blank is case-sensitive.
    """
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    return text if case_sensitive else text.casefold()
