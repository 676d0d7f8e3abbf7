"""The formal design: cream paper, double gold-and-navy border, corner ornaments, centred
text, signature line and a seal area."""

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

NAVY: Colour = (0.11, 0.19, 0.36)
GOLD: Colour = (0.71, 0.56, 0.27)
SEAL_RED: Colour = (0.80, 0.30, 0.28)
PAPER: Colour = (1.0, 0.992, 0.965)
CENTRE = PAGE_WIDTH / 2


class FormalDesign:
    name = "formal"

    def draw(self, canvas: Canvas, view: CertificateView, chain: FontChain) -> None:
        pen = Pen(canvas, chain)
        draw_frame(canvas)
        draw_heading(pen, view)
        draw_body(pen, view)
        draw_verification(pen, view)
        draw_signature(pen, view)
        draw_seal(pen, view)


def draw_frame(canvas: Canvas) -> None:
    canvas.setFillColorRGB(*PAPER)
    canvas.rect(0, 0, PAGE_WIDTH, PAGE_HEIGHT, stroke=0, fill=1)
    canvas.setStrokeColorRGB(*GOLD)
    canvas.setLineWidth(4)
    canvas.rect(20, 20, PAGE_WIDTH - 40, PAGE_HEIGHT - 40)
    canvas.setStrokeColorRGB(*NAVY)
    canvas.setLineWidth(0.8)
    canvas.rect(30, 30, PAGE_WIDTH - 60, PAGE_HEIGHT - 60)
    for x, y in ((30, 30), (PAGE_WIDTH - 30, 30), (30, PAGE_HEIGHT - 30),
                 (PAGE_WIDTH - 30, PAGE_HEIGHT - 30)):
        draw_corner(canvas, x, y)


def draw_corner(canvas: Canvas, x: float, y: float) -> None:
    """A gold diamond on the corner with a small ring inside it."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.rotate(45)
    canvas.setFillColorRGB(*GOLD)
    canvas.rect(-9, -9, 18, 18, stroke=0, fill=1)
    canvas.restoreState()
    canvas.setFillColorRGB(*PAPER)
    canvas.circle(x, y, 4, stroke=0, fill=1)


def draw_ornament(canvas: Canvas, y: float, half_width: float) -> None:
    canvas.setStrokeColorRGB(*GOLD)
    canvas.setLineWidth(1)
    canvas.line(CENTRE - half_width, y, CENTRE - 10, y)
    canvas.line(CENTRE + 10, y, CENTRE + half_width, y)
    canvas.saveState()
    canvas.translate(CENTRE, y)
    canvas.rotate(45)
    canvas.setFillColorRGB(*GOLD)
    canvas.rect(-4, -4, 8, 8, stroke=0, fill=1)
    canvas.restoreState()


def draw_heading(pen: Pen, view: CertificateView) -> None:
    if view.branding.logo is not None:
        draw_image(pen.canvas, view.branding.logo, CENTRE - 90, 500, 180, 42)
        pen.line(view.organisation, Box(CENTRE - 300, 482, 600), 12, GREY)
    else:
        pen.line(view.organisation, Box(CENTRE - 300, 500, 600), 14, GREY)
    pen.line(view.heading, Box(CENTRE - 300, 428, 600), 40, NAVY, char_space=14)
    draw_ornament(pen.canvas, 410, 130)


def draw_body(pen: Pen, view: CertificateView) -> None:
    record = view.certificate.record
    pen.line(view.label("cert.label.presented"), Box(CENTRE - 300, 378, 600), 13, GREY)
    pen.line(record.trainee_name, Box(CENTRE - 260, 330, 520), 34, min_size=14)
    pen.canvas.setStrokeColorRGB(*GOLD)
    pen.canvas.setLineWidth(0.8)
    pen.canvas.line(CENTRE - 260, 318, CENTRE + 260, 318)
    pen.line(view.label("cert.label.completed"), Box(CENTRE - 300, 292, 600), 13, GREY)
    pen.line(record.course_title, Box(CENTRE - 320, 258, 640), 22, NAVY, min_size=11)
    if view.text.statement:
        pen.paragraph(view.text.statement, Box(CENTRE - 300, 234, 600), 10)
    detail_columns(pen, view.details, CENTRE - 270, 540, 196, 14, GREY, NAVY)


def draw_verification(pen: Pen, view: CertificateView) -> None:
    draw_qr(pen.canvas, view.qr, 52, 52, 96)
    left = Box(156, 126, 170)
    pen.line(view.label("cert.label.code"), left, 8, GREY, Align.LEFT)
    pen.line(view.certificate.code, Box(156, 110, 170), 12, NAVY, Align.LEFT)
    pen.line(view.label("cert.label.number"), Box(156, 90, 170), 8, GREY, Align.LEFT)
    pen.line(view.certificate.number, Box(156, 76, 170), 10, NAVY, Align.LEFT)
    replaces = view.certificate.record.replaces
    if replaces:
        pen.line(view.label("cert.label.replaces", number=replaces), Box(156, 60, 170), 7,
                 GREY, Align.LEFT)


def draw_signature(pen: Pen, view: CertificateView) -> None:
    draw_image(pen.canvas, view.branding.signature, CENTRE - 80, 92, 160, 44)
    pen.canvas.setStrokeColorRGB(*GREY)
    pen.canvas.setLineWidth(0.6)
    pen.canvas.line(CENTRE - 90, 88, CENTRE + 90, 88)
    caption = view.branding.signatory or view.label("cert.label.signature")
    pen.line(caption, Box(CENTRE - 90, 74, 180), 9, GREY)


def draw_seal(pen: Pen, view: CertificateView) -> None:
    x, y, radius = PAGE_WIDTH - 140, 120, 40
    canvas = pen.canvas
    canvas.setStrokeColorRGB(*SEAL_RED)
    canvas.setLineWidth(0.8)
    canvas.setDash(3, 3)
    canvas.circle(x, y, radius)
    canvas.setDash()
    pen.line(view.label("cert.label.seal"), Box(x - radius, y - 3, 2 * radius), 9, SEAL_RED)
    pen.line(view.certificate.record.issuer, Box(x - 110, y - radius - 18, 220), 11, NAVY)
    pen.line(view.completed_on, Box(x - 110, y - radius - 32, 220), 9, GREY)
