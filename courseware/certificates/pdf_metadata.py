"""Where a certificate PDF keeps its signed texts: a custom key of the document information
dictionary, one signed text per line (a batch PDF holds one per page)."""

from __future__ import annotations

from pathlib import Path

PDF_METADATA_KEY = "/CoursewareCertificates"


class UnreadablePdfError(ValueError):
    pass


def read_pdf_payloads(path: Path) -> list[str]:
    from pypdf import PdfReader  # only needed when a PDF is checked
    from pypdf.errors import PdfReadError

    try:
        metadata = PdfReader(path).metadata
    except OSError as error:
        raise UnreadablePdfError(error.strerror or str(error)) from None
    except (PdfReadError, ValueError) as error:
        raise UnreadablePdfError(str(error)) from None
    value = metadata.get(PDF_METADATA_KEY) if metadata is not None else None
    return [line for line in str(value or "").splitlines() if line.strip()]
