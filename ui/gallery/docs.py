"""Which gallery screens the documentation shows, under the names the docs use."""

from __future__ import annotations

import shutil
from pathlib import Path

DOCS_FOLDER = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
# gallery screen -> docs name; "-zh"/"-en" is added to these
BOTH_LANGUAGES = {
    "editor-lesson": "authoring",
    "editor-lesson-source": "authoring-source",
    "editor-lesson-boxes": "authoring-boxes",
    "editor-case": "case-editor",
    "editor-quiz": "quiz-editor",
    "editor-single_choice": "question-editor",
    "editor-scenario-map": "scenario-editor",
    "preview-question": "preview-quiz",
    "preview-review": "preview-review",
    "dialog-export-quiz-paper": "export-quiz-paper",
    "dialog-export-certificates": "export-certificates",
    "console-class": "console",
    "console-grading": "console-grading",
    "console-stats": "console-stats",
    "authoring-search": "authoring-search",
    "authoring-problems": "authoring-problems",
    "dialog-settings-server": "dialog-settings-server",
    "help-window": "help",
    "dialog-export-done": "export-done",
    "dialog-import-questions": "import-questions",
    "editor-question-picture": "question-pictures",
    "dialog-image-alt-text": "image-alt-text",
}
# trainee mode is documented in Chinese only, as classrooms see it
CHINESE_ONLY = {
    "trainee-signin": "trainee-signin",
    "trainee-contents": "trainee-contents",
    "trainee-question-single_choice": "trainee-question",
    "trainee-scenario": "trainee-scenario",
    "trainee-results": "trainee-results",
    "trainee-trainer-menu": "trainee-trainer-menu",
    "trainee-certainty": "trainee-certainty",
    "preview-cbm": "preview-cbm-zh",
    "trainee-database": "trainee-database",
    "dialog-import-fix": "import-fix",
}


def copy_to_docs(out: Path, lang: str, target: Path = DOCS_FOLDER) -> list[Path]:
    """Copies the chosen PNGs of a gallery run in ``out`` to ``target``; returns them."""
    chosen = {name: f"{base}-{lang}.png" for name, base in BOTH_LANGUAGES.items()}
    if lang == "zh":
        chosen.update({name: f"{base}.png" for name, base in CHINESE_ONLY.items()})
    copied = []
    for name, file_name in sorted(chosen.items()):
        source = out / f"{name}.png"
        if source.is_file():
            copied.append(Path(shutil.copyfile(source, target / file_name)))
    return copied
