"""Word's automatic numbering (numbering.xml): list counters and number formats as Word draws
them — decimal, letters, roman, 一二三 (chineseCounting), ①② (enclosed), （1）, full-width."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from exporters.banks.ooxml import wtag, wval


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


class Numbering:
    """Word's list counters: one per abstract numbering, levels below reset on a new item."""

    def __init__(self, root: etree._Element | None) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._nums: dict[str, str] = {}
        self._overrides: dict[str, dict[int, int]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()
        if root is None:
            return
        for abstract in root.iter(wtag("abstractNum")):
            levels = {}
            for lvl in abstract.iter(wtag("lvl")):
                index = int(wval(lvl, "ilvl") or 0)
                levels[index] = _Level(wval(lvl.find(wtag("numFmt"))) or "decimal",
                                       wval(lvl.find(wtag("lvlText"))) or "",
                                       int(wval(lvl.find(wtag("start"))) or 1))
            self._abstract[wval(abstract, "abstractNumId") or ""] = levels
        for num in root.iter(wtag("num")):
            num_id = wval(num, "numId") or ""
            self._nums[num_id] = wval(num.find(wtag("abstractNumId"))) or ""
            for override in num.iter(wtag("lvlOverride")):
                start = wval(override.find(wtag("startOverride")))
                if start is not None:
                    level = int(wval(override, "ilvl") or 0)
                    self._overrides.setdefault(num_id, {})[level] = int(start)

    def next(self, num_id: str, level: int) -> tuple[str, str]:
        abstract = self._nums.get(num_id)
        levels = self._abstract.get(abstract or "")
        if not levels or level not in levels:
            return "", ""
        counters = self._counters.setdefault(abstract or "", {})
        if num_id not in self._started:
            self._started.add(num_id)
            for lvl, start in self._overrides.get(num_id, {}).items():
                counters[lvl] = start - 1
        counters[level] = counters.get(level, levels[level].start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        spec = levels[level]
        if spec.fmt in ("bullet", "none"):
            return ("" if spec.fmt == "none" else "•"), spec.fmt
        text = spec.text
        for lvl in range(level + 1):
            value = counters.get(lvl, levels.get(lvl, _Level()).start)
            fmt = levels.get(lvl, _Level()).fmt
            text = text.replace(f"%{lvl + 1}", format_number(value, fmt))
        return text, spec.fmt


_CN_DIGITS = "零一二三四五六七八九"
_ENCLOSED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def format_number(value: int, fmt: str) -> str:
    if fmt in ("upperLetter", "lowerLetter"):
        letters = ""
        n = value
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(65 + rest) + letters
        return letters if fmt == "upperLetter" else letters.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt.startswith("chinese") or fmt in ("ideographDigital", "taiwaneseCounting",
                                            "taiwaneseCountingThousand"):
        return chinese_number(value)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= value <= 20:
        return _ENCLOSED[value - 1]
    if fmt == "decimalEnclosedParen":
        return f"({value})"
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(value))
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "ideographTraditional" and 1 <= value <= 10:
        return "甲乙丙丁戊己庚辛壬癸"[value - 1]
    return str(value)


def chinese_number(value: int) -> str:
    if value < 10:
        return _CN_DIGITS[value]
    if value < 100:
        tens, ones = divmod(value, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")
    if value < 1000:
        hundreds, rest = divmod(value, 100)
        tail = "" if rest == 0 else ("零" if rest < 10 else "") + (
            "一十" + (_CN_DIGITS[rest % 10] if rest % 10 else "") if 10 <= rest < 20
            else chinese_number(rest))
        return _CN_DIGITS[hundreds] + "百" + tail
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for number, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                            (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                            (4, "IV"), (1, "I")):
        while value >= number:
            out += letters
            value -= number
    return out
