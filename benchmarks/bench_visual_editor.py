"""visual_open_lesson_ms, visual_save_lesson_ms, visual_save_large_lesson_ms: the visual lesson
editor on the bundled course's longest lesson and on ten of it (issue #14). Opening builds the
Qt document from Markdown (each block built and checked on its own); saving writes it back,
which happens after every keystroke, so it must stay well under a frame (16 ms) for a lesson
of ordinary length on a classroom laptop."""

from __future__ import annotations

import os
from pathlib import Path

from benchmarks.timing import best_of

ROOT = Path(__file__).resolve().parents[1]


def run() -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication

    from courseware.format.course_reader import load_course
    from ui.editors.rich.to_document import markdown_to_document
    from ui.editors.rich.to_markdown import document_to_markdown

    app = QApplication.instance() or QApplication([])
    course = load_course(ROOT / "content" / "bank-service-trust", validate=False).course
    assert course is not None
    body = max((lesson.body for module in course.modules for lesson in module.lessons), key=len)
    document = QTextDocument()
    markdown_to_document(body, document)
    assert document_to_markdown(document) == body
    figures = {
        "visual_open_lesson_ms": 1000 * best_of(5, lambda: markdown_to_document(body, document)),
        "visual_save_lesson_ms": 1000 * best_of(5, lambda: document_to_markdown(document)),
        "visual_lesson_chars": float(len(body)),
    }
    large = "\n".join([body] * 10)  # a 30,000-character lesson: the keystroke cost grows linearly
    markdown_to_document(large, document)
    figures["visual_save_large_lesson_ms"] = 1000 * best_of(3, lambda: document_to_markdown(
        document))
    del app
    return figures
