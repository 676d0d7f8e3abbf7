"""The OK / Cancel row at the foot of a dialog, wired and labelled in one call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox

OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel


def ok_cancel_buttons(dialog: QDialog, ok_text: str | None = None,
                      cancel_text: str | None = None,
                      on_ok: Callable[[], object] | None = None) -> QDialogButtonBox:
    """OK runs ``on_ok`` (by default it accepts the dialog), Cancel rejects it; a text left
    out keeps Qt's own (translated) label."""
    buttons = QDialogButtonBox(OK | CANCEL)
    if ok_text is not None:
        buttons.button(OK).setText(ok_text)
    if cancel_text is not None:
        buttons.button(CANCEL).setText(cancel_text)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
