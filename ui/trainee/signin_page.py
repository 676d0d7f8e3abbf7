"""Sign-in: pick one's name from the class roster or type an employee id."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from courseware.classroom.signin import SignIn, SignInError
from courseware.results.records import Trainee
from ui.trainee.strings import tr


class SignInPage(QWidget):
    signed_in = Signal(object)  # Trainee

    def __init__(self, course_title: str, sign_in: SignIn) -> None:
        super().__init__()
        self.setObjectName("signin-page")
        self.sign_in = sign_in
        title = QLabel(f"<h1>{escape(course_title)}</h1><h2>{tr('trainee.signin.title')}</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        self.names = QListWidget()
        self.names.setObjectName("roster")
        self.names.setAccessibleName(tr("trainee.signin.pick_name"))
        self.names.itemActivated.connect(self._chosen)
        self.employee_id = QLineEdit()
        self.employee_id.setObjectName("employee-id")
        self.employee_id.setPlaceholderText(tr("trainee.signin.id_placeholder"))
        self.employee_id.setAccessibleName(tr("trainee.signin.id_placeholder"))
        self.employee_id.returnPressed.connect(self.submit_id)
        button = QPushButton(tr("trainee.signin.button"))
        button.clicked.connect(self.submit_id)
        self.error = QLabel()
        self.error.setObjectName("signin-error")
        self.error.setStyleSheet("color:#c62828;")
        id_row = QHBoxLayout()
        id_row.addWidget(self.employee_id, 1)
        id_row.addWidget(button)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(QLabel(tr("trainee.signin.pick_name")))
        column.addWidget(self.names, 1)
        column.addWidget(QLabel(tr("trainee.signin.or_id")))
        column.addLayout(id_row)
        column.addWidget(self.error)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)

    def refresh(self) -> None:
        self.names.clear()
        self.error.clear()
        self.employee_id.clear()
        for trainee in self.sign_in.names():
            label = trainee.name if not trainee.department else \
                f"{trainee.name}（{trainee.department}）"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, trainee.id)
            self.names.addItem(item)
        (self.names if self.names.count() else self.employee_id).setFocus()

    def _chosen(self, item: QListWidgetItem) -> None:
        self._finish(lambda: self.sign_in.choose(item.data(Qt.ItemDataRole.UserRole)))

    def submit_id(self) -> None:
        self._finish(lambda: self.sign_in.by_employee_id(self.employee_id.text()))

    def _finish(self, action: object) -> None:
        try:
            trainee: Trainee = action()  # type: ignore[operator]
        except SignInError as error:
            self.error.setText(str(error))
            return
        self.error.clear()
        self.signed_in.emit(trainee)
