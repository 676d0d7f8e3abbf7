"""An unsigned certificate preview: the page a trainee's certificate will print as, drawn by the
same design, with the verification code and number replaced by a placeholder and a large
diagonal "样张 · 仅供预览" / "PREVIEW" mark. Nothing is signed or recorded (trainee mode)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, datetime

from reportlab.pdfgen.canvas import Canvas

from courseware.certificates.record import CertificateRecord
from courseware.model import Course
from exporters.certificates.design import PAGE_HEIGHT, PAGE_WIDTH, Design, Pen
from exporters.certificates.document import plain_flate_streams
from exporters.certificates.fonts import FontChain, default_chain
from exporters.certificates.formal import FormalDesign
from exporters.certificates.text import Box
from exporters.certificates.view import (
    Branding,
    CertificateText,
    label,
    label_language,
    make_view,
)
from exporters.pdf.synthetic_bold import SyntheticBoldCanvas

MARK_RED = (0.80, 0.12, 0.12)
PLACEHOLDER_NUMBER = "—"


@dataclass(frozen=True)
class PreviewCertificate:
    """Printable like an issued certificate, but unsigned: placeholders, no payload."""

    record: CertificateRecord
    placeholder: str
    mark: str

    @property
    def text(self) -> str:
        return self.mark  # the QR code says it is a preview

    @property
    def code(self) -> str:
        return self.placeholder

    @property
    def number(self) -> str:
        return PLACEHOLDER_NUMBER


def preview_pdf(course: Course, trainee_name: str, completed_on: date,
                score_percent: float | None = None, trainee_id: str = "",
                design: Design | None = None, chain: FontChain | None = None) -> bytes:
    """One A4 page: the certificate ``course`` would give this trainee, marked as a preview.

    Raises :class:`~exporters.certificates.fonts.MissingGlyphsError` when no font has a
    character of the name (as issuing would).
    """
    chain = chain or default_chain()
    settings = course.certificate
    language = label_language(course.language)
    text = CertificateText(language, settings.title if settings else "",
                           settings.statement if settings else "")
    record = CertificateRecord(
        number=PLACEHOLDER_NUMBER, trainee_name=trainee_name.strip(), course_id=course.id,
        course_title=course.title, completed_on=completed_on,
        hours=settings.hours if settings else 0, issuer=settings.issuer if settings else "",
        issued_at=datetime(completed_on.year, completed_on.month, completed_on.day, tzinfo=UTC),
        trainee_id=trainee_id, score_percent=score_percent)
    for value in (record.trainee_name, record.course_title, record.issuer):
        chain.check(value)
    mark = label(language, "cert.label.preview_mark")
    certificate = PreviewCertificate(record, label(language, "cert.label.preview_code"), mark)
    output = io.BytesIO()
    canvas = SyntheticBoldCanvas(output, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1,
                                 initialFontName=chain.primary, initialFontSize=12)
    canvas.setTitle(f"{mark} — {record.trainee_name} — {record.course_title}")
    canvas.setSubject("Unsigned preview, not a certificate")
    canvas.setCreator("Courseware Studio")
    (design or FormalDesign()).draw(canvas, make_view(certificate, text, Branding()), chain)
    draw_preview_mark(canvas, chain, mark)
    canvas.showPage()
    with plain_flate_streams():
        canvas.save()
    return output.getvalue()


def draw_preview_mark(canvas: Canvas, chain: FontChain, mark: str) -> None:
    """The mark across the page, translucent so the certificate stays readable."""
    canvas.saveState()
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(28)
    canvas.setFillAlpha(0.22)
    Pen(canvas, chain).line(mark, Box(-360, -24, 720), 72, MARK_RED, min_size=36)
    canvas.restoreState()
