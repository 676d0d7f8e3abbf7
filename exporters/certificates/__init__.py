"""Certificate PDFs (ReportLab): A4 landscape, "formal" and "modern" designs, QR code and
short code, signed texts in the PDF metadata; one PDF, or a folder/.zip of one per trainee."""

from exporters.certificates.design import Design
from exporters.certificates.export import issue_certificates
from exporters.certificates.fonts import FontChain, MissingGlyphsError, default_chain
from exporters.certificates.formal import FormalDesign
from exporters.certificates.modern import ModernDesign
from exporters.certificates.output import Layout, OutputExistsError, write_output
from exporters.certificates.view import Branding, CertificateText, label_language

DESIGNS: dict[str, Design] = {"formal": FormalDesign(), "modern": ModernDesign()}

__all__ = [
    "DESIGNS",
    "Branding",
    "CertificateText",
    "Design",
    "FontChain",
    "Layout",
    "MissingGlyphsError",
    "OutputExistsError",
    "default_chain",
    "issue_certificates",
    "label_language",
    "write_output",
]
