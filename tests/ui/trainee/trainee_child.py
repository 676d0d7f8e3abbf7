"""Child process for the crash test: a real trainee-mode process that signs in, answers the
first questions of a quiz (each committed at once) and then waits to be killed.

Prints ``ANSWERED <attempt id>`` once the answers are in the database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from courseware.classroom import open_package
from courseware.results import open_store
from tests.ui.trainee.helpers import answer_card, only_card, open_quiz, sign_in
from ui.app import create_application
from ui.trainee.app import build_kiosk


def main() -> int:
    package_path, passphrase, db_url, record_file, count = sys.argv[1:6]
    app = create_application(sys.argv[:1])
    package = open_package(Path(package_path), passphrase)
    store = open_store(db_url)
    window = build_kiosk(package, store, Path(record_file).read_text().strip())
    window.show()
    sign_in(window)
    page = open_quiz(window)
    for index in range(int(count)):
        page.go_to_page(index)
        answer_card(only_card(page))
    print(f"ANSWERED {page.controller.attempt_id}", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
