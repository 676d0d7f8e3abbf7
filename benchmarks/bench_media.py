"""media_photo_import_s, media_duplicate_import_s: inserting a 12-megapixel phone photo into a
question (checked, turned upright, scaled to 1600 px, stored as JPEG) and inserting it again
(found by content among 200 pictures already in media/, nothing written). Issue #14: inserting
a picture should feel immediate, well under a second."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PIL import Image

from benchmarks.timing import best_of
from exporters.media_store import store_image


def _photo(path: Path) -> Path:
    noise = Image.frombytes("RGB", (400, 300), os.urandom(400 * 300 * 3))
    noise.resize((4000, 3000)).save(path, quality=92)  # 12 MP, a few MB, like a phone's
    return path


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        photo = _photo(work / "photo.jpg")
        media = work / "course" / "media"
        media.mkdir(parents=True)
        for number in range(200):
            Image.new("RGB", (64, 48), (number, 80, 160)).save(media / f"p{number}.png")
        fresh = 0

        def first() -> None:
            nonlocal fresh
            fresh += 1
            store_image(work / f"course-{fresh}", photo)

        once = best_of(3, first)
        store_image(work / "course", photo)
        again = best_of(3, lambda: store_image(work / "course", photo))
        return {"media_photo_import_s": round(once, 3),
                "media_duplicate_import_s": round(again, 4),
                "media_photo_bytes": float(photo.stat().st_size)}
