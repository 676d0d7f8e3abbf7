"""The modern design: a navy band on the left with the organisation and the QR code, and
left-aligned text with a teal accent on white."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from exporters.certificates.design import (
    GREY,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Colour,
    Pen,
    detail_columns,
    draw_image,
)
from exporters.certificates.fonts import FontChain
from exporters.certificates.qr import draw_qr
from exporters.certificates.text import Align, Box
from exporters.certificates.view import CertificateView

BAND: Colour = (0.09, 0.21, 0.38)
ACCENT: Colour = (0.0, 0.58, 0.58)
PALE: Colour = (0.80, 0.86, 0.93)
WHITE: Colour = (1.0, 1.0, 1.0)
INK_BLUE: Colour = (0.09, 0.21, 0.38)
BAND_WIDTH = 250
LEFT = 292
TEXT_WIDTH = PAGE_WIDTH - LEFT - 48


class ModernDesign:
    name = "modern"

    def draw(self, canvas: Canvas, view: CertificateView, chain: FontChain) -> None:
        pen = Pen(canvas, chain)
        draw_band(pen, view)
        draw_main(pen, view)
        draw_footer(pen, view)


def draw_band(pen: Pen, view: CertificateView) -> None:
    canvas = pen.canvas
    canvas.setFillColorRGB(*BAND)
    canvas.rect(0, 0, BAND_WIDTH, PAGE_HEIGHT, stroke=0, fill=1)
    canvas.setFillColorRGB(*ACCENT)
    canvas.rect(BAND_WIDTH, 0, 6, PAGE_HEIGHT, stroke=0, fill=1)
    organisation_y = PAGE_HEIGHT - 70
    if view.branding.logo is not None:
        canvas.setFillColorRGB(*WHITE)
        canvas.roundRect(30, PAGE_HEIGHT - 120, BAND_WIDTH - 60, 80, 6, stroke=0, fill=1)
        draw_image(canvas, view.branding.logo, 40, PAGE_HEIGHT - 112, BAND_WIDTH - 80, 64)
        organisation_y = PAGE_HEIGHT - 148
    pen.paragraph(view.organisation, Box(28, organisation_y, BAND_WIDTH - 56), 14, WHITE)
    canvas.setFillColorRGB(*WHITE)
    canvas.roundRect(40, 122, BAND_WIDTH - 80, BAND_WIDTH - 80, 6, stroke=0, fill=1)
    draw_qr(canvas, view.qr, 45, 127, BAND_WIDTH - 90)
    pen.line(view.label("cert.label.code"), Box(28, 96, BAND_WIDTH - 56), 9, PALE)
    pen.line(view.certificate.code, Box(28, 76, BAND_WIDTH - 56), 15, WHITE)


def draw_main(pen: Pen, view: CertificateView) -> None:
    record = view.certificate.record
    pen.line(view.heading, Box(LEFT, PAGE_HEIGHT - 100, TEXT_WIDTH), 30, INK_BLUE, Align.LEFT,
             char_space=4)
    pen.canvas.setFillColorRGB(*ACCENT)
    pen.canvas.rect(LEFT, PAGE_HEIGHT - 122, 64, 4, stroke=0, fill=1)
    pen.line(view.label("cert.label.presented"), Box(LEFT, 420, TEXT_WIDTH), 12, GREY,
             Align.LEFT)
    pen.line(record.trainee_name, Box(LEFT, 368, TEXT_WIDTH), 40, align=Align.LEFT,
             min_size=16)
    pen.line(view.label("cert.label.completed"), Box(LEFT, 328, TEXT_WIDTH), 12, GREY,
             Align.LEFT)
    pen.line(record.course_title, Box(LEFT, 298, TEXT_WIDTH), 21, INK_BLUE, Align.LEFT,
             min_size=11)
    if view.text.statement:
        pen.paragraph(view.text.statement, Box(LEFT, 274, TEXT_WIDTH), 10, align=Align.LEFT)


def draw_footer(pen: Pen, view: CertificateView) -> None:
    record = view.certificate.record
    detail_columns(pen, view.details, LEFT, TEXT_WIDTH, 226, 14, GREY, INK_BLUE, Align.LEFT)
    second_row = [(view.label("cert.label.number"), record.number),
                  (view.label("cert.label.issuer"), record.issuer)]
    detail_columns(pen, second_row, LEFT, TEXT_WIDTH, 164, 12, GREY, INK_BLUE, Align.LEFT)
    draw_image(pen.canvas, view.branding.signature, LEFT, 66, 150, 42, anchor="sw")
    pen.canvas.setStrokeColorRGB(*GREY)
    pen.canvas.setLineWidth(0.6)
    pen.canvas.line(LEFT, 62, LEFT + 180, 62)
    caption = view.branding.signatory or view.label("cert.label.signature")
    pen.line(caption, Box(LEFT, 48, 180), 9, GREY, Align.LEFT)
    if record.replaces:
        pen.line(view.label("cert.label.replaces", number=record.replaces),
                 Box(LEFT + 200, 48, TEXT_WIDTH - 200), 8, GREY, Align.RIGHT)
