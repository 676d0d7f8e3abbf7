"""The unsigned certificate preview on the results page: drawn by the certificate exporter,
page 1 rendered with pdfium to a QImage (on a worker thread; the first one loads the fonts)."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QImage

from courseware import model as m


def preview_image(course: m.Course, trainee_name: str, completed_on: date,
                  score_percent: float | None, height_px: int) -> QImage:
    """The preview page as an image ``height_px`` pixels high (safe off the GUI thread)."""
    import pypdfium2 as pdfium

    from exporters.certificates.design import PAGE_HEIGHT
    from exporters.certificates.preview import preview_pdf

    data = preview_pdf(course, trainee_name, completed_on, score_percent)
    document = pdfium.PdfDocument(data)
    try:
        picture = document[0].render(scale=height_px / PAGE_HEIGHT).to_pil().convert("RGBA")
    finally:
        document.close()
    width, height = picture.size
    image = QImage(picture.tobytes("raw", "RGBA"), width, height, 4 * width,
                   QImage.Format.Format_RGBA8888)
    return image.copy()  # own the pixels: the bytes above are temporary
