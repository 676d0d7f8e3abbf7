"""PNGs embedded unchanged look exactly as ReportLab's decoded copy; others keep its path."""

from __future__ import annotations

import subprocess
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw
from pypdf import PdfReader
from reportlab.lib.pagesizes import A5
from reportlab.platypus import Image as ReportLabImage
from reportlab.platypus import SimpleDocTemplate

from exporters.pdf.flowables import scaled_image
from exporters.pdf.png_passthrough import PngImage, read_png


def drawing(mode: str) -> Image.Image:
    """A small picture with edges and colours, so a wrong predictor or palette shows."""
    picture = Image.new("RGB", (120, 80), "white")
    pen = ImageDraw.Draw(picture)
    pen.rectangle((10, 10, 60, 50), fill=(200, 30, 30))
    pen.ellipse((50, 20, 110, 70), fill=(20, 90, 200), outline=(0, 0, 0))
    pen.line((0, 79, 119, 0), fill=(10, 160, 40), width=3)
    if mode == "L":
        return picture.convert("L")
    if mode == "P":
        return picture.convert("P", palette=Image.Palette.ADAPTIVE, colors=16)
    if mode == "1":
        return picture.convert("1")
    return picture


def rendered(pdf: Path, out: Path) -> Image.Image:
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", str(pdf), str(out)],
                   check=True)
    with Image.open(f"{out}.png") as page:
        return page.convert("RGB")


def pdf_with(flowable: object, path: Path) -> Path:
    SimpleDocTemplate(str(path), pagesize=A5).build([flowable])
    return path


@pytest.mark.parametrize("mode", ["RGB", "L", "P", "1"])
def test_passthrough_renders_like_reportlabs_decoded_copy(tmp_path: Path, mode: str) -> None:
    source = tmp_path / f"figure-{mode}.png"
    drawing(mode).save(source)
    png = read_png(source)
    assert png is not None
    ours = rendered(pdf_with(PngImage(png, 240, 160), tmp_path / "ours.pdf"), tmp_path / "o")
    theirs = rendered(pdf_with(ReportLabImage(str(source), 240, 160), tmp_path / "rl.pdf"),
                      tmp_path / "r")
    assert ImageChops.difference(ours, theirs).getbbox() is None


def test_the_file_data_goes_in_unchanged_and_once(tmp_path: Path) -> None:
    source = tmp_path / "figure.png"
    drawing("RGB").save(source)
    png = read_png(source)
    assert png is not None
    path = tmp_path / "twice.pdf"
    SimpleDocTemplate(str(path), pagesize=A5).build(
        [PngImage(png, 120, 80), PngImage(png, 60, 40)])
    images = PdfReader(str(path)).pages[0].images
    assert len({image.name for image in images}) == 1  # one XObject, drawn twice
    with path.open("rb") as pdf:
        assert png.idat in pdf.read()


def with_chunk(source: Path, name: bytes, body: bytes) -> bytes:
    data = source.read_bytes()
    chunk = len(body).to_bytes(4, "big") + name + body
    chunk += zlib.crc32(name + body).to_bytes(4, "big")
    return data[:33] + chunk + data[33:]  # after the signature and IHDR


@pytest.mark.parametrize("case", ["alpha", "interlaced", "16-bit", "transparent colour",
                                  "damaged crc", "truncated", "junk", "empty"])
def test_pictures_that_need_decoding_are_left_to_reportlab(tmp_path: Path, case: str) -> None:
    source = tmp_path / "picture.png"
    if case == "alpha":
        drawing("RGB").convert("RGBA").save(source)
    elif case == "interlaced":
        drawing("RGB").save(source)  # Pillow writes no Adam7: mark the header as interlaced
        data = bytearray(source.read_bytes())
        data[28] = 1
        data[29:33] = zlib.crc32(bytes(data[12:29])).to_bytes(4, "big")
        source.write_bytes(bytes(data))
    elif case == "16-bit":
        drawing("L").convert("I;16").save(source)
    elif case == "transparent colour":
        drawing("RGB").save(source)
        source.write_bytes(with_chunk(source, b"tRNS", b"\x00\xff\x00\xff\x00\xff"))
    elif case == "damaged crc":
        drawing("RGB").save(source)
        data = bytearray(source.read_bytes())
        data[40] ^= 0xFF
        source.write_bytes(bytes(data))
    elif case == "truncated":
        drawing("RGB").save(source)
        source.write_bytes(source.read_bytes()[:-30])
    elif case == "junk":
        source.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\xff" * 200)
    else:
        source.write_bytes(b"")
    assert read_png(source) is None


def test_scaled_image_uses_the_passthrough_for_plain_pngs_only(tmp_path: Path) -> None:
    plain, alpha = tmp_path / "plain.png", tmp_path / "alpha.png"
    drawing("RGB").save(plain)
    drawing("RGB").convert("RGBA").save(alpha)
    assert isinstance(scaled_image(plain, 60, 60), PngImage)
    image = scaled_image(alpha, 60, 60)
    assert image is not None and not isinstance(image, PngImage)
    fitted = scaled_image(plain, 60, 60)
    assert fitted is not None
    assert fitted.wrap(500, 500) == pytest.approx((60, 40))  # 120×80 px fitted to 60 pt wide
