"""Options shared by the PDF exports."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from exporters.pdf.fonts import FontChoice


class Edition(StrEnum):
    PARTICIPANT = "participant"
    TRAINER = "trainer"


class PaperSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"


@dataclass(frozen=True)
class PrintOptions:
    """Page and branding options common to handouts and quiz papers."""

    paper: PaperSize = PaperSize.A4
    duplex: bool = False
    organisation: str = ""
    logo: Path | None = None
    font: FontChoice = field(default_factory=FontChoice)
    date: datetime.date | None = None  # printed date; None → today

    @property
    def printed_date(self) -> datetime.date:
        return self.date or datetime.date.today()
