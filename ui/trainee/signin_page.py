"""Sign-in: find one's name (a search box over names, pinyin, initials and employee ids;
names in pinyin order), click it once, then "Sign in" asks "Are you 李四?" and signs in.
An employee id typed in the search box signs that person in the same way (a class without a
roster admits anyone by employee id)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from courseware.classroom.signin import SignIn, SignInError
from courseware.results.records import Trainee
from ui.theme import themed
from ui.trainee.roster_search import RosterEntry, exact_employee, matches, sorted_entries
from ui.trainee.strings import tr

Confirm = Callable[[Trainee], bool]
ROW_HEIGHT = 48  # pixels: a comfortable click target
ROSTER_STYLE = (f"QListWidget#roster::item {{ min-height: {ROW_HEIGHT}px; padding: 0 12px; }}"
                "QListWidget#roster::item:selected { background:#1a56c4; color:#ffffff; }")


class SearchBox(QLineEdit):
    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class SignInPage(QWidget):
    signed_in = Signal(object)  # Trainee

    def __init__(self, course_title: str, sign_in: SignIn) -> None:
        super().__init__()
        self.setObjectName("signin-page")
        self.sign_in = sign_in
        self.confirm: Confirm = self._ask_confirm  # replaceable in tests
        self.entries: list[RosterEntry] = []
        title = QLabel(f"<h1>{escape(course_title)}</h1><h2>{tr('trainee.signin.title')}</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        hint = QLabel(tr("trainee.signin.hint"))
        hint.setWordWrap(True)
        self.search = SearchBox()
        self.search.setObjectName("roster-search")
        self.search.setPlaceholderText(tr("trainee.signin.search"))
        self.search.setAccessibleName(tr("trainee.signin.search"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(ROW_HEIGHT)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.submit)
        self.search.down.connect(self._down_to_list)
        self.employee_id = self.search  # the same box takes an employee id
        self.names = QListWidget()
        self.names.setObjectName("roster")
        self.names.setAccessibleName(tr("trainee.signin.pick_name"))
        self.names.setStyleSheet(ROSTER_STYLE)
        self.names.setWordWrap(True)
        self.names.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.names.itemActivated.connect(lambda _item: self.submit())  # Enter, double click
        self.button = QPushButton(tr("trainee.signin.button"))
        self.button.setObjectName("sign-in")
        self.button.setMinimumHeight(ROW_HEIGHT)
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.error = QLabel()
        self.error.setObjectName("signin-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(themed("color:#b3261e; font-weight:bold;"))
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(hint)
        column.addWidget(self.search)
        column.addWidget(self.names, 1)
        column.addWidget(self.error)
        column.addWidget(self.button)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(760)
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder, 4)
        outer.addStretch(1)
        self.setTabOrder(self.search, self.names)
        self.setTabOrder(self.names, self.button)

    def refresh(self) -> None:
        self.entries = sorted_entries(self.sign_in.names())
        self.error.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._filter("")
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        self.names.clear()
        for found in self.entries:
            if matches(found, text):
                self.names.addItem(self._item(found.trainee))
        if self.names.count() == 1 and text.strip():
            self.names.setCurrentRow(0)  # the only match is chosen already
        no_match = bool(text.strip()) and not self.names.count() and self.entries
        self.error.setText(tr("trainee.signin.none_found", text=text.strip())
                           if no_match else "")

    @staticmethod
    def _item(trainee: Trainee) -> QListWidgetItem:
        label = trainee.name if not trainee.department else \
            f"{trainee.name}（{trainee.department}）"
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, trainee.id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
        return item

    def _down_to_list(self) -> None:
        """↓ in the search box goes to the list (the usual combo-box habit)."""
        if self.names.count():
            self.names.setFocus()
            if self.names.currentRow() < 0:
                self.names.setCurrentRow(0)

    # -- signing in

    def selected(self) -> Trainee | None:
        item = self.names.currentItem()
        if item is None or not item.isSelected():
            return None
        return self.sign_in.choose(item.data(Qt.ItemDataRole.UserRole))

    def submit(self) -> None:
        """The person clicked in the list, else the employee id typed; confirmed first."""
        try:
            trainee = self._chosen()
        except SignInError as error:
            self.error.setText(str(error))
            return
        if trainee is None:
            self.error.setText(tr("trainee.signin.choose_first"))
            return
        if self.confirm(trainee):
            self.error.clear()
            self.signed_in.emit(trainee)

    def submit_id(self) -> None:
        """Sign in by the employee id in the box (kept for scripts and tests)."""
        self.names.clearSelection()
        self.names.setCurrentRow(-1)
        self.submit()

    def _chosen(self) -> Trainee | None:
        trainee = self.selected()
        if trainee is not None:
            return trainee
        typed = self.search.text()
        if not typed.strip():
            return None
        known = exact_employee(self.entries, typed)
        if known is not None:
            return known.trainee
        if self.names.count():
            return None  # names match what was typed: the trainee clicks theirs
        return self.sign_in.by_employee_id(typed)

    def _ask_confirm(self, trainee: Trainee) -> bool:
        box, yes = self.confirm_box(trainee)
        box.exec()
        return box.clickedButton() is yes

    def confirm_box(self, trainee: Trainee) -> tuple[QMessageBox, QAbstractButton]:
        """The "你是李四吗？" box and its "yes" button; the caller shows it."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("trainee.signin.confirm_title"),
                          tr("trainee.signin.confirm", name=trainee.name), parent=self)
        box.setObjectName("confirm-identity")
        if trainee.employee_id:
            box.setInformativeText(tr("trainee.signin.confirm_detail",
                                      id=trainee.employee_id))
        yes = box.addButton(tr("trainee.signin.yes"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(tr("trainee.signin.no"), QMessageBox.ButtonRole.NoRole)
        for button in (yes, no):  # wide enough for the label at any text size
            button.setMinimumHeight(ROW_HEIGHT)
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 56)
        box.setDefaultButton(yes)
        box.setEscapeButton(no)
        return box, yes
