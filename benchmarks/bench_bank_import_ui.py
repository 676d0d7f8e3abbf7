"""import_preview_2000_s, import_apply_2000_s (issue 13, the import dialog): how long the
interface is busy with a generated 2,000-question Word bank.

Reading the file runs on the thread pool (``import_docx_2000_s`` measures it); the figures here
are the GUI thread's share: ``import_preview_2000_s`` fills the preview (2,000 rows, their texts,
the summary) and paints the table; ``import_apply_2000_s`` adds them to a new quiz of a copy of
the bundled course open in the authoring window (ids, one undo step, the tree reacting; the
live check runs later, on a timer). Best of three, each after the window has settled.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run() -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_question_banks import QUESTIONS, generated_bank
    from exporters.banks.formats import docx
    from exporters.banks.importer import read_files

    app = QApplication.instance() or QApplication(["bench"])
    with tempfile.TemporaryDirectory() as folder:
        bank = Path(folder) / "bank.docx"
        docx.write(generated_bank(), bank, None)
        reads = read_files([bank], "auto")
        if len(reads[0].result.entries) != QUESTIONS:
            raise RuntimeError("the generated bank did not read back whole")
        preview, apply = [], []
        for attempt in range(3):
            course = Path(folder) / f"course{attempt}"
            shutil.copytree(ROOT / "content" / "bank-service-trust", course)
            preview_s, apply_s = _one(course, reads)
            preview.append(preview_s)
            apply.append(apply_s)
    del app
    return {"import_preview_2000_s": round(min(preview), 3),
            "import_apply_2000_s": round(min(apply), 3)}


def _one(course: Path, reads: list) -> tuple[float, float]:  # type: ignore[type-arg]
    import copy

    from PySide6.QtWidgets import QApplication

    from ui.app import create_workspace
    from ui.app_settings import AppSettings
    from ui.banks.import_dialog import ImportQuestionsDialog

    workspace = create_workspace(course, AppSettings())
    assert workspace.document is not None
    dialog = ImportQuestionsDialog(workspace.window, workspace.document, workspace.settings)
    dialog.show()
    _settle()  # the window's own start-up work (the first live check) is not the dialog's
    started = time.perf_counter()
    dialog._files_read(copy.deepcopy(reads))
    dialog.table.viewport().grab()
    QApplication.processEvents()
    preview_s = time.perf_counter() - started
    _settle()
    started = time.perf_counter()
    dialog.import_now()
    QApplication.processEvents()
    apply_s = time.perf_counter() - started
    workspace.document.undo_stack.setClean()
    dialog.deleteLater()
    workspace.window.close()
    workspace.window.deleteLater()
    workspace.deleteLater()
    QApplication.processEvents()
    return preview_s, apply_s


def _settle(seconds: float = 1.0) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or QThreadPool.globalInstance().activeThreadCount():
        QApplication.processEvents()
        time.sleep(0.01)
