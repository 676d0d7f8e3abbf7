"""Leaving trainee mode needs the trainer's password."""

from __future__ import annotations

from tests.ui.trainee.conftest import TRAINER_PASSWORD


def test_close_is_refused_without_the_password(kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk.ask_password = lambda: None
    kiosk.close()
    assert kiosk.isVisible()
    assert not kiosk.request_exit()
    kiosk.ask_password = lambda: "wrong password"
    assert not kiosk.request_exit()
    assert kiosk.isVisible()


def test_the_trainer_password_unlocks(kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk.ask_password = lambda: TRAINER_PASSWORD
    assert kiosk.request_exit()
    assert not kiosk.isVisible()


def test_kiosk_is_frameless_and_on_top(kiosk) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    flags = kiosk.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert kiosk.font().pointSize() >= 14
