"""Default names for exported results files, safe on Windows and FAT32/exFAT USB sticks."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from courseware.results.results_file import SUFFIX

# what Windows forbids in a name, control characters and white space (awkward in scripts)
UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\s]+')
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
            *(f"LPT{n}" for n in range(1, 10))}
MAX_PART = 40


def safe_name_part(text: str) -> str:
    """``text`` as one piece of a file name: no forbidden characters, not too long."""
    cleaned = UNSAFE.sub("-", unicodedata.normalize("NFKC", text)).strip(" .-_")
    cleaned = cleaned[:MAX_PART].strip(" .-_")
    return f"_{cleaned}" if cleaned.upper() in RESERVED else cleaned


def results_file_name(class_name: str, host: str, day: date) -> str:
    """``CLASS_HOST_YYYY-MM-DD.cwresults``: ``bank-service-trust_PC07_2024-05-06.cwresults``."""
    parts = (safe_name_part(class_name) or "results", safe_name_part(host) or "pc",
             day.isoformat())
    return "_".join(parts) + SUFFIX
