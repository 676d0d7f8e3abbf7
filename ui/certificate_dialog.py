"""The certificates export dialog: who (a roster file or names typed in), which design, one PDF
or one per trainee; issuing, recording and printing run in the background.

Every certificate issued here is signed and recorded in the results store (the default database
of the settings), like ``courseware export certificates``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from courseware.tasks import ProgressCallback
from ui.app_settings import AppSettings
from ui.document import CourseDocument
from ui.export_dialogs import ExportDialog, exporter_available
from ui.i18n import tr

DESIGN_NAMES = ("formal", "modern")
DEFAULT_PATTERN = "{name}-{course}.pdf"


# file name patterns offered for one PDF per trainee, with the example each label shows
NAMINGS = (
    ("name_course", DEFAULT_PATTERN, "{name}-{course}.pdf"),
    ("id_name", "{trainee_id}-{name}.pdf", "A01-{name}.pdf"),
    ("number_name", "{number}-{name}.pdf", "CW-20250314-7K3MQ9-{name}.pdf"),
    ("name", "{name}.pdf", "{name}.pdf"),
)


def naming_combo(course: m.Course) -> QComboBox:
    combo = QComboBox()
    sample = tr("certs.sample_name")
    for key, pattern, example in NAMINGS:
        shown = example.format(name=sample, course=course.title or course.id)
        combo.addItem(tr(f"certs.naming.{key}", example=shown), pattern)
    return combo


class CertificateExportDialog(ExportDialog):
    file_filter = "PDF (*.pdf);;ZIP (*.zip)"

    def __init__(self, parent: QWidget, document: CourseDocument,
                 settings: AppSettings) -> None:
        super().__init__(parent, document, settings, "certs.title",
                         f"{document.course.id}-certificates.pdf")
        self.job: CertificateJob | None = None
        self._people_rows()
        self.design = QComboBox()
        for name in DESIGN_NAMES:
            self.design.addItem(tr(f"certs.design.{name}"), name)
        self._add_row("certs.design", self.design)
        self.remember("design", self.design)
        self.completed = QDateEdit(QDate.currentDate())
        self.completed.setCalendarPopup(True)
        self.completed.setDisplayFormat("yyyy-MM-dd")
        self._add_row("certs.date", self.completed)
        self._output_rows()

    # -- layout

    def _people_rows(self) -> None:
        self.from_roster = QRadioButton(tr("certs.from_roster"))
        self.from_names = QRadioButton(tr("certs.from_names"))
        group = QButtonGroup(self)
        group.addButton(self.from_roster)
        group.addButton(self.from_names)
        self.from_names.setChecked(True)
        self.roster = QLineEdit()
        self.roster.setPlaceholderText(tr("certs.roster_hint"))
        browse = QPushButton(tr("export.browse"))
        browse.clicked.connect(self._browse_roster)
        roster_row = QHBoxLayout()
        roster_row.addWidget(self.from_roster)
        roster_row.addWidget(self.roster, 1)
        roster_row.addWidget(browse)
        self.names = QPlainTextEdit()
        self.names.setPlaceholderText(tr("certs.names_hint"))
        self.names.setTabChangesFocus(True)
        self.names.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.names.setAccessibleName(tr("certs.from_names"))
        self.roster.setAccessibleName(tr("certs.from_roster"))
        column = QVBoxLayout()
        column.addLayout(roster_row)
        column.addWidget(self.from_names)
        column.addWidget(self.names)
        self.roster.textEdited.connect(lambda _t: self.from_roster.setChecked(True))
        self.names.textChanged.connect(lambda: self.from_names.setChecked(True))
        self.form.addRow(tr("certs.people"), column)

    def _output_rows(self) -> None:
        self.single = QRadioButton(tr("certs.single"))
        self.split = QRadioButton(tr("certs.split"))
        group = QButtonGroup(self)
        group.addButton(self.single)
        group.addButton(self.split)
        self.single.setChecked(True)
        self.pattern = naming_combo(self.document.course)
        row = QHBoxLayout()
        row.addWidget(self.single)
        row.addWidget(self.split)
        row.addStretch(1)
        self.form.addRow(tr("certs.output_kind"), row)
        self._add_row("certs.pattern", self.pattern)
        self.split.toggled.connect(self._split_toggled)
        self._split_toggled(False)
        self.remember("split", self.split)
        self.remember("pattern", self.pattern)

    def _split_toggled(self, split: bool) -> None:
        self.pattern.setEnabled(split)
        text = self.output.text()
        if split and text.lower().endswith(".pdf"):
            self.output.setText(text[:-4])  # a folder (or name it .zip)
        elif not split and not text.lower().endswith(".pdf"):
            self.output.setText(text.removesuffix(".zip") + ".pdf")

    def _browse_roster(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("certs.from_roster"), self.roster.text(),
                                              tr("certs.roster_filter"))
        if name:
            self.roster.setText(name)
            self.from_roster.setChecked(True)

    # -- the work

    def typed_names(self) -> list[str]:
        return [line.strip() for line in self.names.toPlainText().splitlines() if line.strip()]

    def make_work(self, output: Path) -> Callable[[ProgressCallback], Any] | None:
        if not exporter_available("exporters.certificates"):
            self.status.setText(tr("export.unavailable"))
            return None
        roster = Path(self.roster.text()).expanduser() if self.from_roster.isChecked() else None
        names = [] if roster else self.typed_names()
        if roster is None and not names:
            self.status.setText(tr("certs.nobody"))
            return None
        job = CertificateJob(copy.deepcopy(self.document.course), roster, names,
                             _python_date(self.completed.date()), self._layout_values())
        self.job = job
        return lambda progress: job.run(output, progress)

    def _done(self, result: object) -> None:
        super()._done(result)
        if self.job is not None and self.job.new_key_folder is not None:  # the first issue
            self.status.setText(self.status.text() + "\n\n"
                                + tr("keys.created_notice", path=self.job.new_key_folder))

    def _layout_values(self) -> dict[str, Any]:
        get = self.settings.get
        return {"design": self.design.currentData(), "split": self.split.isChecked(),
                "pattern": self.pattern.currentData() or DEFAULT_PATTERN,
                "organisation": get("organisation"), "logo": get("logo"),
                "signature": get("signature"), "db_url": get("results_db_url") or None}


class CertificateJob:
    """Runs on the worker thread: read the people, sign, record, print (all domain calls)."""

    def __init__(self, course: m.Course, roster: Path | None, names: list[str],
                 completed_on: date, values: dict[str, Any]) -> None:
        self.course, self.roster, self.names = course, roster, names
        self.completed_on, self.values = completed_on, values
        self.new_key_folder: Path | None = None  # set when this job made the signing key

    def run(self, output: Path, progress: ProgressCallback) -> Path:
        from courseware.certificates import CertificateIssuer
        from courseware.certificates.batch import drafts_from_roster
        from courseware.certificates.services import key_ring, store_registry
        from exporters.certificates import issue_certificates

        drafts = drafts_from_roster(self.course, self._entries(), self.completed_on,
                                    organisation=self.values["organisation"])
        with store_registry(self.values["db_url"]) as registry:
            keys = key_ring()
            issuer = CertificateIssuer(keys, registry)
            issue_certificates(issuer, drafts, output, self._layout(), progress)
        if keys.created_new_key:
            self.new_key_folder = keys.folder
        return output

    def _entries(self) -> list[Any]:
        from courseware.certificates.roster import RosterEntry, read_roster

        if self.roster is not None:
            return read_roster(self.roster)
        return [RosterEntry(name) for name in self.names]

    def _layout(self) -> Any:
        from exporters.certificates import (
            DESIGNS,
            Branding,
            CertificateText,
            Layout,
            default_chain,
            label_language,
        )

        values, settings = self.values, self.course.certificate
        text = CertificateText(label_language(self.course.language),
                               settings.title if settings else "",
                               settings.statement if settings else "")
        branding = Branding(values["organisation"], _image(values["logo"]),
                            _image(values["signature"]))
        return Layout(DESIGNS[values["design"]], default_chain(), text, branding,
                      values["split"], values["pattern"])


def _python_date(day: QDate) -> date:
    """The picked day as a ``date`` (QDate.toPython() is typed ``object``)."""
    return date(day.year(), day.month(), day.day())


def _image(path: str) -> Path | None:
    return Path(path) if path and Path(path).is_file() else None
