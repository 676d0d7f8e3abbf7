"""Where certificates go: one PDF, a folder of PDFs or a .zip of PDFs — all or nothing.

Everything is written to a temporary path beside the target and renamed into place at the end,
so a cancelled or failed run leaves no partial output.
"""

from __future__ import annotations

import io
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from courseware.certificates import IssuedCertificate
from courseware.certificates.filenames import DEFAULT_PATTERN, check_pattern, file_name, unique
from courseware.tasks import ProgressCallback
from exporters.certificates.design import Design
from exporters.certificates.document import render_pdf, temporary_beside
from exporters.certificates.fonts import FontChain
from exporters.certificates.view import Branding, CertificateText


class OutputExistsError(FileExistsError):
    pass


@dataclass(frozen=True)
class Layout:
    """How to lay out the output: ``split`` makes one PDF per trainee (folder, or .zip by the
    target's suffix) named by ``pattern``."""

    design: Design
    chain: FontChain
    text: CertificateText
    branding: Branding = field(default_factory=Branding)
    split: bool = False
    pattern: str = DEFAULT_PATTERN


def write_output(certificates: Sequence[IssuedCertificate], target: Path, layout: Layout,
                 progress: ProgressCallback | None = None,
                 before_commit: Callable[[], None] = lambda: None) -> list[Path]:
    """Write everything, call ``before_commit`` (e.g. record in the registry), then move the
    output into place. Returns the files written."""
    if layout.split:
        check_pattern(layout.pattern)
    if not layout.split:
        return [_write_single(certificates, target, layout, progress, before_commit)]
    if target.suffix.lower() == ".zip":
        return [_write_zip(certificates, target, layout, progress, before_commit)]
    return _write_folder(certificates, target, layout, progress, before_commit)


def split_names(certificates: Sequence[IssuedCertificate], pattern: str) -> list[str]:
    return unique([file_name(pattern, c, i) for i, c in enumerate(certificates, start=1)])


def _render(certificates: Sequence[IssuedCertificate], target: Path | io.BytesIO,
            layout: Layout, progress: ProgressCallback | None, offset: int, total: int) -> None:
    render_pdf(certificates, target, layout.design, layout.chain, layout.text, layout.branding,
               progress, offset, total)


def _write_single(certificates: Sequence[IssuedCertificate], target: Path, layout: Layout,
                  progress: ProgressCallback | None, before_commit: Callable[[], None]) -> Path:
    with temporary_beside(target) as temporary:
        _render(certificates, temporary, layout, progress, 0, len(certificates))
        before_commit()
        temporary.replace(target)
    return target


def _write_zip(certificates: Sequence[IssuedCertificate], target: Path, layout: Layout,
               progress: ProgressCallback | None, before_commit: Callable[[], None]) -> Path:
    names = split_names(certificates, layout.pattern)
    with temporary_beside(target) as temporary:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_STORED) as archive:
            for index, (name, certificate) in enumerate(zip(names, certificates, strict=True)):
                buffer = io.BytesIO()
                _render([certificate], buffer, layout, progress, index, len(certificates))
                archive.writestr(name, buffer.getvalue())
        before_commit()
        temporary.replace(target)
    return target


def _write_folder(certificates: Sequence[IssuedCertificate], target: Path, layout: Layout,
                  progress: ProgressCallback | None,
                  before_commit: Callable[[], None]) -> list[Path]:
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise OutputExistsError(str(target))
    names = split_names(certificates, layout.pattern)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part",
                                      dir=target.parent))
    try:
        for index, (name, certificate) in enumerate(zip(names, certificates, strict=True)):
            _render([certificate], temporary / name, layout, progress, index, len(certificates))
        before_commit()
        if target.exists():
            target.rmdir()
        temporary.rename(target)
    finally:
        shutil.rmtree(temporary, ignore_errors=True)
    return [target / name for name in names]
