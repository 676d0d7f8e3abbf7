"""The media helper: pictures copied into the course once, big photos scaled down, EXIF
orientation applied and location dropped, junk and decompression bombs refused."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

from courseware.i18n import set_language
from exporters.media_store import (
    EXIF_GPS,
    EXIF_ORIENTATION,
    MAX_PIXELS,
    ImageRefused,
    safe_stem,
    store_image,
)


@pytest.fixture
def course(tmp_path: Path) -> Path:
    root = tmp_path / "course"
    root.mkdir()
    return root


def picture(path: Path, size: tuple[int, int] = (120, 80), colour: object = (200, 30, 30),
            mode: str = "RGB", **save: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new(mode, size, colour).save(path, **save)  # type: ignore[arg-type]
    return path


def noise(path: Path, size: tuple[int, int], **save: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)).save(path, **save)  # type: ignore[arg-type]
    return path


def test_a_picture_is_copied_into_media_and_kept_byte_for_byte(course: Path,
                                                                tmp_path: Path) -> None:
    source = picture(tmp_path / "outside" / "信任 步骤.png")
    stored = store_image(course, source)
    assert stored.relative == "media/信任-步骤.png"
    assert stored.path.read_bytes() == source.read_bytes()  # small and upright: unchanged
    assert not stored.reused and not stored.downscaled


def test_the_same_picture_twice_is_stored_once(course: Path, tmp_path: Path) -> None:
    first = store_image(course, picture(tmp_path / "a" / "counter.png"))
    copy = tmp_path / "b" / "another-name.png"
    copy.parent.mkdir()
    copy.write_bytes(first.path.read_bytes())
    again = store_image(course, copy)
    pasted = store_image(course, first.path.read_bytes(), name="image.png")
    assert again.path == first.path == pasted.path
    assert again.reused and pasted.reused
    assert sorted(p.name for p in (course / "media").iterdir()) == ["counter.png"]


def test_a_different_picture_with_the_same_name_gets_a_new_name(course: Path,
                                                               tmp_path: Path) -> None:
    first = store_image(course, picture(tmp_path / "a" / "counter.png", colour=(0, 0, 255)))
    second = store_image(course, picture(tmp_path / "b" / "counter.png", colour=(0, 255, 0)))
    assert first.relative == "media/counter.png"
    assert second.relative == "media/counter-2.png"
    assert first.path.read_bytes() != second.path.read_bytes()


def test_a_large_photo_is_scaled_down_as_jpeg_never_up(course: Path, tmp_path: Path) -> None:
    big = store_image(course, noise(tmp_path / "in" / "photo.jpg", (3000, 2000), quality=90))
    assert big.downscaled and big.original_size == (3000, 2000)
    with Image.open(big.path) as image:
        assert image.format == "JPEG" and image.size == (1600, 1067)
    small = store_image(course, noise(tmp_path / "in" / "small.jpg", (300, 200), quality=90))
    with Image.open(small.path) as image:
        assert image.size == (300, 200)  # never scaled up


def test_a_heavy_file_of_modest_size_is_re_encoded_not_enlarged(course: Path,
                                                               tmp_path: Path) -> None:
    source = noise(tmp_path / "in" / "scan.png", (1000, 1000))  # PNG of noise: about 3 MB
    assert source.stat().st_size > 2 * 1024 * 1024
    stored = store_image(course, source)
    assert stored.relative == "media/scan.jpg"  # a photo-like picture becomes JPEG
    assert stored.path.stat().st_size < source.stat().st_size / 3
    with Image.open(stored.path) as image:
        assert image.size == (1000, 1000)


def test_a_big_screenshot_with_transparency_stays_png(course: Path, tmp_path: Path) -> None:
    source = picture(tmp_path / "in" / "screen.png", (2600, 1400), (10, 120, 200, 128), "RGBA")
    stored = store_image(course, source)
    with Image.open(stored.path) as image:
        assert image.format == "PNG" and image.mode == "RGBA" and image.size == (1600, 862)
        assert image.getpixel((5, 5))[3] == 128  # type: ignore[index]


def test_exif_orientation_is_applied_and_location_dropped(course: Path, tmp_path: Path) -> None:
    image = Image.new("RGB", (200, 100), (40, 90, 160))
    exif = image.getexif()
    exif[EXIF_ORIENTATION] = 6  # the camera was turned: show rotated 90°
    exif[EXIF_GPS] = {1: "N", 2: (31.0, 14.0, 0.0)}
    source = tmp_path / "in" / "IMG_2031.jpg"
    source.parent.mkdir()
    image.save(source, exif=exif.tobytes())
    with Image.open(source) as check:
        assert EXIF_GPS in check.getexif()  # the test picture does carry a location
    stored = store_image(course, source)
    with Image.open(stored.path) as result:
        assert result.size == (100, 200)  # upright
        saved = result.getexif()
        assert EXIF_GPS not in saved and saved.get(EXIF_ORIENTATION, 1) == 1


@pytest.mark.parametrize("language, words", [("zh", "不是可用的图片"), ("en", "not a picture")])
def test_junk_is_refused_with_a_clear_message(course: Path, tmp_path: Path, language: str,
                                              words: str) -> None:
    set_language(language)
    try:
        junk = tmp_path / "notes.png"
        junk.write_text("this is not a picture", encoding="utf-8")
        with pytest.raises(ImageRefused, match=words):
            store_image(course, junk)
        truncated = io.BytesIO()
        Image.new("RGB", (64, 64), "red").save(truncated, "PNG")
        with pytest.raises(ImageRefused):
            store_image(course, truncated.getvalue()[:60], name="cut.png")
    finally:
        set_language("en")
    assert not (course / "media").exists() or not any((course / "media").iterdir())


def test_a_decompression_bomb_is_refused(course: Path) -> None:
    side = int(MAX_PIXELS ** 0.5) + 100
    bomb = io.BytesIO()
    Image.new("1", (side, side)).save(bomb, "PNG")  # a few KB that decode to 60+ megapixels
    assert len(bomb.getvalue()) < 2_000_000
    with pytest.raises(ImageRefused, match="pixels"):
        store_image(course, bomb.getvalue(), name="bomb.png")


def test_other_formats_are_refused_or_converted(course: Path, tmp_path: Path) -> None:
    icon = picture(tmp_path / "in" / "app.ico", (32, 32), format="ICO")
    with pytest.raises(ImageRefused, match="ICO"):
        store_image(course, icon)
    bitmap = store_image(course, picture(tmp_path / "in" / "scan.bmp", (40, 30)))
    assert bitmap.relative == "media/scan.png"


def test_svg_is_checked_then_copied(course: Path, tmp_path: Path) -> None:
    svg = tmp_path / "logo.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>',
                   encoding="utf-8")
    assert store_image(course, svg).relative == "media/logo.svg"
    fake = tmp_path / "fake.svg"
    fake.write_text('<!DOCTYPE x [<!ENTITY a "aaa">]><svg>&a;</svg>', encoding="utf-8")
    with pytest.raises(ImageRefused):
        store_image(course, fake)


def test_a_picture_already_in_the_course_is_used_where_it_is(course: Path) -> None:
    inside = picture(course / "modules" / "m1" / "fig.png")
    stored = store_image(course, inside)
    assert stored.relative == "modules/m1/fig.png"
    assert not (course / "media").exists()


def test_a_media_folder_that_is_a_link_is_refused(course: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (course / "media").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(ImageRefused):
        store_image(course, picture(tmp_path / "in" / "a.png"))
    assert not any(elsewhere.iterdir())


def test_file_names_are_made_safe() -> None:
    assert safe_stem("../../etc/passwd") == "passwd"
    assert safe_stem("客户 照片 (1).JPG") == "客户-照片-1"
    assert safe_stem("...") == "image"
