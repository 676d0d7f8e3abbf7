"""Where a match is, in the trainer's words: "模块一 › 第 2 课 › 标题"."""

from __future__ import annotations

from courseware.i18n import current_language
from courseware.search import Crumb, Place
from ui.i18n import tr

SEPARATOR = " › "
_DIGITS = "零一二三四五六七八九"


def chinese_number(number: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 25 → 二十五; plain digits from 100 on."""
    if not 0 < number < 100:
        return str(number)
    tens, ones = divmod(number, 10)
    if tens == 0:
        return _DIGITS[ones]
    head = "" if tens == 1 else _DIGITS[tens]
    return head + "十" + (_DIGITS[ones] if ones else "")


def crumb_label(crumb: Crumb) -> str:
    number: str | int = crumb.number
    if crumb.kind == "module" and current_language() == "zh":
        number = chinese_number(crumb.number)
    return tr(f"where.{crumb.kind}", number=number)


def item_label(place: Place) -> str:
    if not place.trail:
        return tr("where.course")
    return SEPARATOR.join(crumb_label(crumb) for crumb in place.trail)


def part_label(place: Place) -> str:
    part = tr(f"part.{place.part}")
    if place.row is None:
        return part
    return tr("where.row", part=part, number=place.row + 1)


def place_label(place: Place) -> str:
    return item_label(place) + SEPARATOR + part_label(place)
