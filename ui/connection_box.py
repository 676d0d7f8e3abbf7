"""Where results are kept, in plain words: this computer alone, or the classroom server
(host, port, database, user, password, a 测试连接 button). The database URL is built from the
fields and kept as an advanced field; a URL typed there fills the fields back in."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from courseware.i18n import tr as domain_tr
from courseware.results.connection import (
    DEFAULT_DATABASE,
    DEFAULT_PORT,
    ServerConnection,
    build_url,
    parse_url,
    try_connection,
)
from courseware.results.probe import hidden_password
from ui.i18n import tr

MASK = "***"  # how SQLAlchemy hides a password in a URL
_IN_FLIGHT: set[_ProbeSignals] = set()  # kept alive until the GUI thread has the answer


class _ProbeSignals(QObject):
    done = Signal(str, str)  # url tested, "" or what went wrong


class _Probe(QRunnable):
    def __init__(self, url: str, signals: _ProbeSignals) -> None:
        super().__init__()
        self.url, self.signals = url, signals

    def run(self) -> None:
        self.signals.done.emit(self.url, try_connection(self.url) or "")


class ConnectionBox(QGroupBox):
    """Emits ``tested(message)`` when a connection test ends (for tests and the gallery)."""

    tested = Signal(str)

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("connection.title"), parent)
        self.setObjectName("connection-box")
        self.local = QRadioButton(tr("connection.local"))
        self.server = QRadioButton(tr("connection.server"))
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.local)
        self.mode.addButton(self.server)
        self.host, self.database = QLineEdit(), QLineEdit(DEFAULT_DATABASE)
        self.user, self.password = QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.host.setPlaceholderText(tr("connection.host_hint"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.test_button = QPushButton(tr("connection.test"))
        self.result = QLabel()
        self.result.setObjectName("connection-result")
        self.result.setWordWrap(True)
        self.show_url = QCheckBox(tr("connection.advanced"))
        self.url = QLineEdit()
        self.url.setObjectName("connection-url")
        self.url.setAccessibleName(tr("connection.url"))
        self.url.setPlaceholderText(tr("connection.url_hint"))
        self._layout()
        self._load(url)
        self._connect()

    def _layout(self) -> None:
        form = QFormLayout()
        self.server_fields = QWidget()
        form_host = QFormLayout(self.server_fields)
        form_host.setContentsMargins(24, 0, 0, 0)
        for key, widget in (("connection.host", self.host), ("connection.port", self.port),
                            ("connection.database", self.database),
                            ("connection.user", self.user),
                            ("connection.password", self.password)):
            label = QLabel(tr(key))
            label.setBuddy(widget)
            widget.setAccessibleName(tr(key))
            form_host.addRow(label, widget)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result, 1)
        form_host.addRow(test_row)
        column = QVBoxLayout(self)
        column.addWidget(self.local)
        column.addWidget(self.server)
        column.addWidget(self.server_fields)
        column.addLayout(form)
        column.addWidget(self.show_url)
        column.addWidget(self.url)

    def _load(self, url: str) -> None:
        parsed = parse_url(url)
        (self.server if url.strip() else self.local).setChecked(True)
        if parsed is not None:
            self._fill(parsed)
        self.url.setText(hidden_password(url.strip()) if parsed else url.strip())
        advanced = bool(url.strip()) and parsed is None  # a URL only the advanced field holds
        self.show_url.setChecked(advanced)
        self._update_enabled()

    def _connect(self) -> None:
        for edit in (self.host, self.database, self.user, self.password):
            edit.textEdited.connect(self._fields_edited)
        self.port.valueChanged.connect(self._fields_edited)
        self.url.textEdited.connect(self.result.clear)
        self.url.editingFinished.connect(self._url_set)
        self.mode.buttonToggled.connect(self._update_enabled)
        self.show_url.toggled.connect(self._update_enabled)
        self.test_button.clicked.connect(self.test_connection)

    def _fill(self, server: ServerConnection) -> None:
        self.host.setText(server.host)
        self.port.blockSignals(True)
        self.port.setValue(server.port)
        self.port.blockSignals(False)
        self.database.setText(server.database)
        self.user.setText(server.user)
        self.password.setText(server.password)

    def fields(self) -> ServerConnection:
        return ServerConnection(self.host.text().strip(), self.port.value(),
                                self.database.text().strip(), self.user.text().strip(),
                                self.password.text())

    def _fields_edited(self, *_args: object) -> None:
        url = build_url(self.fields()) if self.host.text().strip() else ""
        self.url.setText(hidden_password(url))  # the password shows only as dots above
        self.result.clear()

    def _url_set(self) -> None:
        """A URL typed in the advanced field fills the fields (once typing is done: half a
        URL would clear them)."""
        parsed = parse_url(self.url.text())
        if parsed is not None:
            if parsed.password == MASK:
                parsed = replace(parsed, password=self.password.text())
            self._fill(parsed)

    def _update_enabled(self, *_args: object) -> None:
        on_server = self.server.isChecked()
        self.server_fields.setEnabled(on_server)
        self.show_url.setVisible(on_server)
        self.url.setVisible(on_server and self.show_url.isChecked())

    def chosen_url(self) -> str:
        """"" for this computer alone, else the server's URL."""
        if not self.server.isChecked():
            return ""
        self._url_set()
        text = self.url.text().strip()
        # the fields hold what a parsable URL says, and the real password
        return build_url(self.fields()) if parse_url(text) is not None else text

    def problems(self) -> list[str]:
        """Why the choice cannot be saved (the advanced URL may stand for the fields)."""
        if not self.server.isChecked():
            return []
        self._url_set()
        if self.url.text().strip() and parse_url(self.url.text()) is None:
            return []
        return self.fields().problems()

    def test_connection(self) -> None:
        problems = self.problems()
        if problems:
            self._show_result("\n".join(problems))
            return
        if not self.server.isChecked():
            return
        self.test_button.setEnabled(False)
        self.result.setText(tr("connection.testing"))
        signals = _ProbeSignals()
        _IN_FLIGHT.add(signals)
        signals.done.connect(self._tested)
        QThreadPool.globalInstance().start(_Probe(self.chosen_url(), signals))

    def _tested(self, url: str, message: str) -> None:
        sender = self.sender()
        if isinstance(sender, _ProbeSignals):
            _IN_FLIGHT.discard(sender)
        self.test_button.setEnabled(True)
        if url != self.chosen_url():
            self.result.clear()  # the fields changed while testing: that answer is stale
            return
        self._show_result(message or domain_tr("connection.ok"))

    def _show_result(self, message: str) -> None:
        self.result.setText(message)
        self.tested.emit(message)
