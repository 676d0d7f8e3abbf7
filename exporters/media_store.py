"""Pictures brought into a course: copied into its ``media/`` folder, de-duplicated by content,
very large photos scaled down, EXIF orientation applied and location data dropped, and
anything that is not a picture (or is a decompression bomb) refused with a clear message.

It lives in ``exporters`` (not ``courseware``) because it reads and writes a foreign format
through Pillow; it imports no Qt, so the command line and tests use it as the editor does.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
import unicodedata
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from courseware.fileio import FileTooLarge, NotRegularFile, atomic_write_bytes, read_regular_file
from courseware.i18n import tr

MEDIA_FOLDER = "media"
MAX_FILE_BYTES = 50 * 1024 * 1024  # a picture file bigger than this is not read at all
MAX_PIXELS = 60_000_000  # about 9500 × 6300: past it Pillow's bomb check refuses the file
DOWNSCALE_ABOVE_SIDE = 2000  # a picture whose longest side is larger is scaled down …
DOWNSCALE_ABOVE_BYTES = 2 * 1024 * 1024  # … as is one whose file is larger than this
TARGET_SIDE = 1600  # … to this longest side (never up)
JPEG_QUALITY = 85
KEPT_FORMATS = {"PNG": ".png", "JPEG": ".jpg", "GIF": ".gif", "WEBP": ".webp"}
CONVERTED_FORMATS = {"BMP", "TIFF"}  # read, then stored as PNG
EXIF_ORIENTATION = 0x0112
EXIF_GPS = 0x8825
PHOTO_COLOURS = 4096  # more distinct colours than this without transparency: a photo (JPEG)


class ImageRefused(OSError):
    """The file cannot be used as a picture; ``str()`` is the message for the user."""


@dataclass(frozen=True)
class StoredImage:
    path: Path  # the file in the course
    relative: str  # its course-relative path, with forward slashes
    reused: bool  # an identical picture was there already
    downscaled: bool
    size: tuple[int, int]  # pixels as stored (0, 0 for SVG)
    original_size: tuple[int, int]


@dataclass(frozen=True)
class _Prepared:
    data: bytes
    suffix: str
    downscaled: bool
    size: tuple[int, int]
    original_size: tuple[int, int]


def store_image(course_root: Path, source: Path | bytes, *, name: str = "") -> StoredImage:
    """Put the picture ``source`` (a file, or bytes from the clipboard) into the course.

    A file already inside the course is used where it is. ``name`` is the file name to start
    from for bytes (default ``image.png``). Raises :class:`ImageRefused`."""
    root = course_root.resolve()
    if isinstance(source, Path):
        inside = _inside_course(root, source)
        if inside is not None:
            return inside
        name = name or source.name
        data = _read(source)
    else:
        data = bytes(source)
        if len(data) > MAX_FILE_BYTES:
            raise ImageRefused(tr("media.too_large", name=name or "image",
                                  limit=MAX_FILE_BYTES // (1024 * 1024)))
    prepared = prepare_image(data, name or "image.png")
    return _save(root, prepared, name or "image.png")


def _inside_course(root: Path, source: Path) -> StoredImage | None:
    try:
        resolved = source.resolve()
    except OSError as error:
        raise ImageRefused(tr("media.unreadable", name=source.name, reason=error)) from error
    if root not in resolved.parents:
        return None
    prepare_image(_read(resolved), resolved.name)  # still a picture, not junk
    relative = resolved.relative_to(root).as_posix()
    return StoredImage(resolved, relative, True, False, (0, 0), (0, 0))


def _read(path: Path) -> bytes:
    try:
        return read_regular_file(path, MAX_FILE_BYTES)
    except FileTooLarge as error:
        raise ImageRefused(tr("media.too_large", name=path.name,
                              limit=MAX_FILE_BYTES // (1024 * 1024))) from error
    except (NotRegularFile, IsADirectoryError) as error:
        raise ImageRefused(tr("media.not_image", name=path.name)) from error
    except OSError as error:
        raise ImageRefused(tr("media.unreadable", name=path.name,
                              reason=error.strerror or error)) from error


# -- checking and preparing the bytes


def prepare_image(data: bytes, name: str) -> _Prepared:
    """The bytes to store: unchanged when the picture is fine as it is, re-encoded when it must
    be turned upright, lose its location or get smaller."""
    if _looks_like_svg(data, name):
        return _Prepared(data, ".svg", False, (0, 0), (0, 0))
    image = _open(data, name)
    original = image.size
    kind = image.format or ""
    if kind not in KEPT_FORMATS and kind not in CONVERTED_FORMATS:
        raise ImageRefused(tr("media.unsupported", name=name, kind=kind or "?"))
    too_big = max(original) > DOWNSCALE_ABOVE_SIDE or len(data) > DOWNSCALE_ABOVE_BYTES
    _load(image, name, too_big)
    exif = image.getexif()
    turned = exif.get(EXIF_ORIENTATION, 1) not in (1, 0)
    located = EXIF_GPS in exif
    animated = getattr(image, "is_animated", False)
    if animated or not (turned or located or too_big or kind in CONVERTED_FORMATS):
        return _Prepared(data, KEPT_FORMATS.get(kind, ".png"), False, original, original)
    upright = ImageOps.exif_transpose(image)
    scaled = too_big and max(upright.size) > TARGET_SIDE
    if scaled:
        upright.thumbnail((TARGET_SIDE, TARGET_SIDE), Image.Resampling.LANCZOS)
    encoded, suffix = _encode(upright, kind, image.info.get("icc_profile"))
    return _Prepared(encoded, suffix, scaled, upright.size, original)


def _looks_like_svg(data: bytes, name: str) -> bool:
    if not name.lower().endswith(".svg"):
        return False
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        root = ElementTree.fromstring(data)
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as error:
        raise ImageRefused(tr("media.not_image", name=name)) from error
    if not str(root.tag).endswith("svg"):
        raise ImageRefused(tr("media.not_image", name=name))
    return True


def _open(data: bytes, name: str) -> Image.Image:
    """The picture, its header read; junk and bombs become :class:`ImageRefused`."""
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise ImageRefused(tr("media.bomb", name=name)) from error
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError,
                EOFError) as error:
            raise ImageRefused(tr("media.not_image", name=name)) from error
    if image.width * image.height > MAX_PIXELS:
        raise ImageRefused(tr("media.bomb", name=name))
    return image


def _load(image: Image.Image, name: str, too_big: bool) -> None:
    """Decode every pixel (a truncated file is refused here). A big JPEG is decoded at a
    reduced scale no smaller than the size it will be stored at: several times faster."""
    if too_big and image.format == "JPEG" and max(image.size) > TARGET_SIDE:
        ratio = TARGET_SIDE / max(image.size)
        image.draft("RGB", (math.ceil(image.width * ratio), math.ceil(image.height * ratio)))
    try:
        image.load()
    except (OSError, ValueError, SyntaxError, EOFError) as error:
        raise ImageRefused(tr("media.not_image", name=name)) from error


def _encode(image: Image.Image, kind: str, icc: bytes | None) -> tuple[bytes, str]:
    """JPEG (quality 85) for photos, PNG for screenshots, drawings and anything transparent;
    no EXIF is written (orientation is applied, location dropped)."""
    out = io.BytesIO()
    extra = {"icc_profile": icc} if icc else {}
    if _is_photo(image, kind):
        image.convert("RGB").save(out, "JPEG", quality=JPEG_QUALITY, optimize=True,
                                  progressive=True, **extra)
        return out.getvalue(), ".jpg"
    if image.mode not in ("RGB", "RGBA", "L", "LA", "P", "1"):
        image = image.convert("RGBA")
    image.save(out, "PNG", optimize=True, **extra)
    return out.getvalue(), ".png"


def _is_photo(image: Image.Image, kind: str) -> bool:
    if _has_alpha(image):
        return False
    if kind == "JPEG":
        return True
    sample = image.convert("RGB")
    sample.thumbnail((256, 256))
    return sample.getcolors(maxcolors=PHOTO_COLOURS) is None


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


# -- saving: one file per distinct picture


def _save(root: Path, prepared: _Prepared, name: str) -> StoredImage:
    media = root / MEDIA_FOLDER
    if media.is_symlink() or (media.exists() and not media.is_dir()):
        raise ImageRefused(tr("media.folder_unsafe", folder=MEDIA_FOLDER))
    media.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(prepared.data).digest()
    existing = find_same(media, prepared.data, digest)
    if existing is not None:
        return _stored(root, existing, True, prepared)
    target = free_name(media, safe_stem(name), prepared.suffix)
    try:
        atomic_write_bytes(target, prepared.data)
    except OSError as error:
        raise ImageRefused(tr("media.unwritable", name=target.name,
                              reason=error.strerror or error)) from error
    return _stored(root, target, False, prepared)


def _stored(root: Path, path: Path, reused: bool, prepared: _Prepared) -> StoredImage:
    return StoredImage(path, path.relative_to(root).as_posix(), reused, prepared.downscaled,
                       prepared.size, prepared.original_size)


def find_same(media: Path, data: bytes, digest: bytes) -> Path | None:
    """A regular file in ``media`` with exactly these bytes (sizes compared first)."""
    for candidate in sorted(media.iterdir()):
        try:
            if (candidate.is_symlink() or not candidate.is_file()
                    or candidate.stat().st_size != len(data)):
                continue
            if hashlib.sha256(candidate.read_bytes()).digest() == digest:
                return candidate
        except OSError:
            continue
    return None


_UNSAFE = re.compile(r"[^\w\-]+")


def safe_stem(name: str) -> str:
    """A file-name stem that works everywhere: letters (Chinese too), digits, - and _."""
    stem = unicodedata.normalize("NFC", Path(name).stem).strip()
    stem = _UNSAFE.sub("-", stem).strip("-_.")[:60]
    return stem or "image"


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    target = folder / f"{stem}{suffix}"
    number = 2
    while target.exists() or target.is_symlink():
        target = folder / f"{stem}-{number}{suffix}"
        number += 1
    return target
