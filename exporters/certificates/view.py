"""What a design prints: every string prepared (labels in the course's language) and the QR."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from courseware.catalog import all_messages
from courseware.certificates.record import CertificateRecord, format_number
from courseware.i18n import catalogue_language, pick_template
from exporters.certificates.qr import qr_matrix


class Printable(Protocol):
    """What a design prints of a certificate: an issued (signed) one, or an unsigned preview
    (:mod:`exporters.certificates.preview`) whose code and number are placeholders."""

    @property
    def record(self) -> CertificateRecord: ...

    @property
    def text(self) -> str:
        """What the QR code carries."""
        ...

    @property
    def code(self) -> str: ...

    @property
    def number(self) -> str: ...


@dataclass(frozen=True)
class Branding:
    """The organisation's look, all optional: name, logo and signature image (PNG/JPEG)."""

    organisation: str = ""
    logo: Path | None = None
    signature: Path | None = None
    signatory: str = ""


@dataclass(frozen=True)
class CertificateText:
    """Course-level wording: the heading (e.g. 结业证书) and the statement, if the course has
    them, and the language the labels are printed in ("zh", "zh-TW" or "en")."""

    language: str = "zh"
    heading: str = ""
    statement: str = ""


@dataclass(frozen=True)
class CertificateView:
    certificate: Printable
    text: CertificateText
    branding: Branding
    qr: list[list[bool]]

    def label(self, key: str, **values: object) -> str:
        return label(self.text.language, key, **values)

    @property
    def heading(self) -> str:
        return self.text.heading or self.label("cert.label.title")

    @property
    def organisation(self) -> str:
        return self.branding.organisation or self.certificate.record.issuer

    @property
    def completed_on(self) -> str:
        return format_date(self.certificate.record.completed_on, self.text.language)

    @property
    def hours(self) -> str:
        return self.label("cert.label.hours_value",
                          hours=format_number(self.certificate.record.hours))

    @property
    def details(self) -> list[tuple[str, str]]:
        """(label, value) pairs of the detail row; the result only when known."""
        record = self.certificate.record
        pairs = [(self.label("cert.label.date"), self.completed_on)]
        if record.result_text:
            pairs.append((self.label("cert.label.result"), record.result_text))
        if record.hours:
            pairs.append((self.label("cert.label.hours"), self.hours))
        return pairs


def make_view(certificate: Printable, text: CertificateText,
              branding: Branding) -> CertificateView:
    return CertificateView(certificate, text, branding, qr_matrix(certificate.text))


def label(language: str, key: str, **values: object) -> str:
    return pick_template(all_messages()[key], language).format(**values)


def label_language(course_language: str) -> str:
    """"zh", "zh-TW" (a Traditional Chinese course) or "en"."""
    return catalogue_language(course_language)


def format_date(day: date, language: str) -> str:
    if language.startswith("zh"):
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
