"""Child process for the crash-recovery test: open a course, edit, autosave, then wait to be
killed. Prints AUTOSAVED once a snapshot is on disk."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer

from ui.app import create_application, create_workspace
from ui.commands import SetValueCommand


def main() -> int:
    app = create_application(sys.argv[:1])
    workspace = create_workspace(Path(sys.argv[1]))
    workspace.window.show()
    lesson = workspace.document.course.modules[0].items[0]
    workspace.document.push(SetValueCommand(workspace.document, lesson, "title",
                                            sys.argv[2], "edit"))

    def check() -> None:
        if workspace.autosave() or workspace._snapshot_revision == workspace.document.revision:
            print("AUTOSAVED", flush=True)
            timer.stop()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(50)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
