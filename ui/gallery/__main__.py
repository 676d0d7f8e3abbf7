"""python -m ui.gallery --out DIR [--lang zh|zh-TW|en] [--theme light|dark] [--size WxH]
[--scale S] [--only GROUP] [--docs]

Exit 0 when the inspector finds no problem, 1 when it finds any (listed in DIR/report.json),
2 for a usage error."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from courseware.i18n import set_language
from ui.gallery.environment import prepare_environment
from ui.i18n import tr

GROUPS = ("authoring", "trainee", "console")


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must be WIDTHxHEIGHT, not {text!r}") from None
    if width < 320 or height < 240:
        raise argparse.ArgumentTypeError("size must be at least 320x240")
    return width, height


def parse_scale(text: str) -> float:
    try:
        scale = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"scale must be a number, not {text!r}") from None
    if not 0.5 <= scale <= 4:
        raise argparse.ArgumentTypeError("scale must be between 0.5 and 4")
    return scale


def arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m ui.gallery",
                                     description="Render every screen and inspect its layout.")
    parser.add_argument("--out", type=Path, required=True, help="folder for PNGs and report.json")
    parser.add_argument("--lang", choices=("zh", "zh-TW", "en"), default="zh")
    parser.add_argument("--theme", choices=("light", "dark"), default="light",
                        help="the colour theme the screens are shown in")
    parser.add_argument("--size", type=parse_size, default=(1366, 768), help="screen, WxH")
    parser.add_argument("--scale", type=parse_scale, default=1.0,
                        help="display scaling, e.g. 1.5 for Windows' 150%%")
    parser.add_argument("--only", choices=GROUPS, action="append",
                        help="shoot only this group of screens (repeatable); all by default")
    parser.add_argument("--docs", action="store_true",
                        help="copy the documentation's screenshots to docs/screenshots")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(sys.argv[1:] if argv is None else argv)
    set_language(args.lang)
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "report.json").touch()
    except OSError as error:
        print(tr("gallery.out_unusable", folder=args.out, reason=error.strerror or error),
              file=sys.stderr)
        return 1
    with prepare_environment(args.size, args.scale) as work:
        from ui.gallery.run import run_gallery  # Qt only after the environment is set

        return run_gallery(args.out, args.lang, args.size, args.scale, args.docs, work,
                           groups=frozenset(args.only or GROUPS), theme=args.theme)


if __name__ == "__main__":
    sys.exit(main())
