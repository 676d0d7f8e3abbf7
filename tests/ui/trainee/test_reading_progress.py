"""Reading progress is kept in the results store: it survives sign-out and a restart."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from courseware.results import open_store
from tests.ui.trainee.conftest import ZHANG
from tests.ui.trainee.helpers import sign_in


def module_progress_text(kiosk) -> str:  # type: ignore[no-untyped-def]
    return kiosk.home_page.tree.topLevelItem(0).text(1)


def test_opening_a_lesson_is_recorded_in_the_store(kiosk, store, clock) -> None:  # type: ignore[no-untyped-def]
    sign_in(kiosk)
    kiosk.home_page.open_item("m1-l1")
    kiosk.reader_page.back.emit()
    kiosk.home_page.open_item("m1-l1")  # again: recorded once
    (record,) = store.progress.records("sample")
    assert (record.trainee_id, record.item_id) == (ZHANG.id, "m1-l1")
    assert record.first_read_at == clock.now()
    assert store.progress.read_by_trainee("sample") == {ZHANG.id: {"m1-l1"}}


def test_progress_survives_sign_out_and_sign_in(kiosk) -> None:  # type: ignore[no-untyped-def]
    sign_in(kiosk)
    kiosk.home_page.open_item("m1-l1")
    kiosk.reader_page.back.emit()
    assert module_progress_text(kiosk) == "1 of 3 done"
    kiosk.sign_out()
    assert kiosk.classroom.read_items == set()
    sign_in(kiosk)
    assert module_progress_text(kiosk) == "1 of 3 done"


def test_progress_survives_a_restart(qtbot, package, store, password_record) -> None:  # type: ignore[no-untyped-def]
    from ui.trainee.app import build_kiosk

    store.progress.mark_read(ZHANG.id, package.manifest.course_id, "m1-l1")
    url = store.engine.url.render_as_string(hide_password=False)
    with open_store(url) as reopened:
        window = build_kiosk(package, reopened, password_record)
        try:
            sign_in(window)
            assert module_progress_text(window) == "1 of 3 done"
            assert window.home_page.tree.topLevelItem(0).child(0).text(1).endswith("done")
        finally:
            window._may_close = True
            window.close()
            window.deleteLater()
            QApplication.processEvents()
