"""The settings' classroom connection: plain fields, the URL built from them, 测试连接."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from courseware.i18n import tr as domain_tr
from courseware.results.connection import ServerConnection, build_url, parse_url
from tests.courseware.results.results_testing import pg_base_url, pg_unavailable_reason


@pytest.fixture
def dialog(workspace, qtbot):  # type: ignore[no-untyped-def]
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(workspace.window, workspace.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_this_computer_alone_is_the_default_and_saves_no_url(dialog, workspace) -> None:  # type: ignore[no-untyped-def]
    box = dialog.connection
    assert box.local.isChecked()
    assert not box.server_fields.isEnabled()
    assert not box.url.isVisible()
    dialog.accept()
    assert workspace.settings.get("results_db_url") == ""


def test_typed_fields_build_the_url_that_is_saved(dialog, workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    box = dialog.connection
    box.server.click()  # (a synthesized mouse click can land on a popup left by another test)
    assert box.server_fields.isEnabled()
    qtbot.keyClicks(box.host, "192.168.1.20")
    qtbot.keyClicks(box.user, "teacher")
    qtbot.keyClicks(box.password, "p@ss")
    expected = build_url(ServerConnection("192.168.1.20", 5432, "courseware", "teacher", "p@ss"))
    assert box.url.text() == expected.replace("p%40ss", "***")  # no password in clear
    dialog.accept()
    assert workspace.settings.get("results_db_url") == expected


def test_a_saved_url_fills_the_fields_and_an_edited_url_refills_them(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.settings_dialog import SettingsDialog

    workspace.settings.set("results_db_url", "postgresql+psycopg://u:pw@srv:6000/train")
    dialog = SettingsDialog(workspace.window, workspace.settings)
    qtbot.addWidget(dialog)
    box = dialog.connection
    assert box.server.isChecked()
    assert (box.host.text(), box.port.value(), box.database.text(), box.user.text(),
            box.password.text()) == ("srv", 6000, "train", "u", "pw")
    box.show_url.setChecked(True)
    assert box.url.text() == "postgresql+psycopg://u:***@srv:6000/train"
    box.url.clear()
    qtbot.keyClicks(box.url, "postgresql://x:***@other:5555/db2")
    assert box.host.text() == "srv"  # not while typing
    qtbot.keyClick(box.url, Qt.Key.Key_Return)  # done typing: the fields are filled
    assert (box.host.text(), box.port.value(), box.database.text(), box.user.text(),
            box.password.text()) == ("other", 5555, "db2", "x", "pw")
    dialog.accept()
    assert workspace.settings.get("results_db_url") == "postgresql+psycopg://x:pw@other:5555/db2"


def test_a_url_the_fields_cannot_hold_stays_in_the_advanced_field(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.settings_dialog import SettingsDialog

    workspace.settings.set("results_db_url", "sqlite:////srv/share/results.db")
    dialog = SettingsDialog(workspace.window, workspace.settings)
    qtbot.addWidget(dialog)
    assert dialog.connection.show_url.isChecked()
    dialog.accept()
    assert workspace.settings.get("results_db_url") == "sqlite:////srv/share/results.db"


def test_missing_server_address_keeps_the_dialog_open(dialog, workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    workspace.apply_language("zh")
    box = dialog.connection
    box.server.setChecked(True)
    dialog.accept()
    assert dialog.isVisible()
    assert box.result.text() == "请填写服务器名称或地址。"
    assert workspace.settings.get("results_db_url") == ""


def test_test_connection_reports_a_refusal_in_plain_words(dialog, workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    workspace.apply_language("zh")
    box = dialog.connection
    box.server.setChecked(True)
    box.host.setText("127.0.0.1")
    box.port.setValue(1)
    box.url.setText(build_url(box.fields()))
    with qtbot.waitSignal(box.tested, timeout=10000) as blocker:
        qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
        assert not box.test_button.isEnabled()  # one test at a time, in the background
    assert blocker.args == ["该地址和端口上没有服务响应，请检查端口，并确认服务器已启动。"]
    assert box.test_button.isEnabled()


def test_test_connection_succeeds_against_the_test_server(dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    reason = pg_unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    server = parse_url(pg_base_url())
    assert server is not None
    box = dialog.connection
    box.server.setChecked(True)
    box.host.setText(server.host)
    box.port.setValue(server.port)
    box.database.setText(server.database)
    box.user.setText(server.user)
    qtbot.keyClicks(box.password, server.password)  # typing updates the URL
    with qtbot.waitSignal(box.tested, timeout=10000) as blocker:
        box.test_button.click()
    assert blocker.args == [domain_tr("connection.ok")]
