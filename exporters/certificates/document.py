"""Writing certificates into one PDF: a page each, the signed texts in the metadata."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFString
from reportlab.pdfgen.canvas import Canvas

from courseware.certificates import IssuedCertificate
from courseware.certificates.pdf_metadata import PDF_METADATA_KEY
from courseware.fileio import temporary_beside as umask_temporary
from courseware.tasks import ProgressCallback, report
from exporters.certificates.design import PAGE_HEIGHT, PAGE_WIDTH, Design
from exporters.certificates.fonts import FontChain
from exporters.certificates.view import Branding, CertificateText, make_view
from exporters.pdf.synthetic_bold import SyntheticBoldCanvas


class CertificateInfo(PDFInfo):  # type: ignore[misc]
    """The document information dictionary plus our key with the signed texts."""

    certificates = ""

    def format(self, document: object) -> bytes:
        entries = {
            "Title": PDFString(self.title), "Author": PDFString(self.author),
            "Subject": PDFString(self.subject), "Keywords": PDFString(self.keywords),
            "Creator": PDFString(self.creator), "Producer": PDFString(self.producer),
            "CreationDate": PDFDate(ts=document._timeStamp),  # type: ignore[attr-defined]
            PDF_METADATA_KEY[1:]: PDFString(self.certificates),
        }
        formatted: bytes = PDFDictionary(entries).format(document)
        return formatted


def render_pdf(certificates: Sequence[IssuedCertificate], target: Path | BinaryIO,
               design: Design,
               chain: FontChain, text: CertificateText, branding: Branding,
               progress: ProgressCallback | None = None, offset: int = 0,
               total: int | None = None) -> None:
    """Write one PDF (a page per certificate) to ``target``; reports progress per page."""
    total = total or len(certificates)
    canvas = new_canvas(target, certificates, text, chain.primary)
    for index, certificate in enumerate(certificates):
        report(progress, offset + index, total)
        for value in (certificate.record.trainee_name, certificate.record.course_title,
                      certificate.record.issuer):
            chain.check(value)
        design.draw(canvas, make_view(certificate, text, branding), chain)
        canvas.showPage()
    with plain_flate_streams():
        canvas.save()


@contextmanager
def plain_flate_streams() -> Iterator[None]:
    """Compress page streams with Flate only while saving: ReportLab's default ASCII85 layer
    on top costs a third of a certificate's time in pure Python and makes files larger."""
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


def new_canvas(target: Path | BinaryIO, certificates: Sequence[IssuedCertificate],
               text: CertificateText, font: str) -> Canvas:
    # The initial font is ours: ReportLab would otherwise name Helvetica, which is not embedded.
    output = str(target) if isinstance(target, Path) else target
    canvas = SyntheticBoldCanvas(output, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1,
                                 initialFontName=font, initialFontSize=12)
    info = CertificateInfo()
    info.certificates = "\n".join(c.text for c in certificates)
    canvas._doc.info = info
    heading = text.heading or "Certificate"
    if len(certificates) == 1:
        record = certificates[0].record
        canvas.setTitle(f"{heading} — {record.trainee_name} — {record.course_title}")
    else:
        canvas.setTitle(heading)
    canvas.setAuthor(certificates[0].record.issuer if certificates else "")
    canvas.setSubject("Signed certificate; check with: courseware verify FILE")
    canvas.setCreator("Courseware Studio")
    return canvas


@contextmanager
def temporary_beside(target: Path, suffix: str = "") -> Iterator[Path]:
    """A temporary path next to ``target``; removed unless renamed onto ``target``."""
    descriptor, name = umask_temporary(target, suffix + ".part")
    os.close(descriptor)
    temporary = Path(name)
    try:
        yield temporary
    finally:
        temporary.unlink(missing_ok=True)
