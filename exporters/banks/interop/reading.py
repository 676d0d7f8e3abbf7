"""What readers share: a bounded read of a text file, with a clear message when it fails."""

from __future__ import annotations

from pathlib import Path

from courseware.i18n import tr
from exporters.banks import BankProblem

MAX_BANK_BYTES = 20 * 1024 * 1024  # larger files are refused before being read


def read_bytes(path: Path) -> tuple[bytes, BankProblem | None]:
    size = path.stat().st_size
    if size > MAX_BANK_BYTES:
        return b"", BankProblem(path.name, "error", tr(
            "banks.file.too_large", name=path.name, size=f"{size / 1048576:.0f}",
            limit=MAX_BANK_BYTES // 1048576))
    return path.read_bytes(), None


def read_text_file(path: Path) -> tuple[str, BankProblem | None]:
    data, problem = read_bytes(path)
    if problem is not None:
        return "", problem
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return "", BankProblem(path.name, "error", tr("banks.file.not_text", name=path.name))
