"""Draw the bundled course's figures and role-play cards into its media folder.

    python scripts/draw_course_figures.py [--out content/bank-service-trust/media]

Every figure is drawn here from words in the course (nothing traced from the sources), at
300 dpi for print, with the CJK font the app bundles, so the PNGs can be made again exactly.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable, Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "exporters" / "fonts" / "wqy-microhei.ttc"
DPI = 300
WIDTH = 1800  # logical width of every drawing; the PNG is SCALE times larger
SCALE = 1.25  # 2250 px across the handout's 17 cm text width: over 330 ppi in print
INK, MUTED, PAPER = "#1f2933", "#52606d", "#ffffff"
PALETTE = ["#1f5fa8", "#2a8c7f", "#c77c14", "#b23a48"]
LIGHT = ["#e3edf8", "#dff2ef", "#fbf0dc", "#f7e1e4"]


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), round(size * SCALE))


class ScaledDraw:
    """ImageDraw with logical coordinates: every position and width is multiplied by SCALE."""

    def __init__(self, image: Image.Image) -> None:
        self.draw = ImageDraw.Draw(image)

    @staticmethod
    def _points(values: Sequence[float] | Sequence[Sequence[float]]) -> list[float]:
        flat: list[float] = []
        for value in values:
            flat.extend(value if isinstance(value, Sequence) else [value])
        return [v * SCALE for v in flat]

    def textlength(self, text: str, font: ImageFont.FreeTypeFont) -> float:
        return self.draw.textlength(text, font=font) / SCALE

    def text(self, xy: tuple[float, float], text: str, font: ImageFont.FreeTypeFont,
             fill: str) -> None:
        self.draw.text((xy[0] * SCALE, xy[1] * SCALE), text, font=font, fill=fill)

    def rounded_rectangle(self, box: Sequence[float], radius: int, fill: str,
                          outline: str | None = None, width: int = 0) -> None:
        self.draw.rounded_rectangle(self._points(box), radius=round(radius * SCALE), fill=fill,
                                    outline=outline, width=round(width * SCALE))

    def rectangle(self, box: Sequence[float], fill: str) -> None:
        self.draw.rectangle(self._points(box), fill=fill)

    def ellipse(self, box: Sequence[float], fill: str, outline: str, width: int) -> None:
        self.draw.ellipse(self._points(box), fill=fill, outline=outline,
                          width=round(width * SCALE))

    def line(self, points: Sequence[float] | Sequence[Sequence[float]], fill: str,
             width: int) -> None:
        self.draw.line(self._points(points), fill=fill, width=round(width * SCALE))

    def polygon(self, points: Sequence[Sequence[float]], fill: str) -> None:
        flat = self._points(points)
        self.draw.polygon(list(zip(flat[::2], flat[1::2], strict=True)), fill=fill)


def wrap(draw: ScaledDraw, text: str, face: ImageFont.FreeTypeFont,
         width: int) -> list[str]:
    """Break CJK text by width; a line never starts with closing punctuation."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for char in paragraph:
            if draw.textlength(line + char, font=face) > width and line:
                if char in "，。、；：！？”）》":
                    line, char = line[:-1], line[-1] + char
                lines.append(line)
                line = ""
            line += char
        lines.append(line)
    return lines


def text_block(draw: ScaledDraw, box: tuple[int, int, int, int], text: str,
               size: int, fill: str = INK, align: str = "center") -> None:
    left, top, right, bottom = box
    face = font(size)
    lines = wrap(draw, text, face, right - left)
    height = len(lines) * int(size * 1.35)
    y = top + (bottom - top - height) // 2
    for line in lines:
        spare = right - left - draw.textlength(line, font=face)
        x = left if align == "left" else left + spare / 2
        draw.text((x, y), line, font=face, fill=fill)
        y += int(size * 1.35)


def card(draw: ScaledDraw, box: tuple[int, int, int, int], title: str, body: str,
         colour: int, number: str = "") -> None:
    left, top, right, bottom = box
    draw.rounded_rectangle(box, radius=28, fill=LIGHT[colour], outline=PALETTE[colour], width=5)
    draw.rounded_rectangle((left, top, right, top + 110), radius=28, fill=PALETTE[colour])
    draw.rectangle((left, top + 80, right, top + 110), fill=PALETTE[colour])
    heading = f"{number}  {title}" if number else title
    text_block(draw, (left + 20, top + 8, right - 20, top + 104), heading, 50, PAPER)
    text_block(draw, (left + 36, top + 130, right - 36, bottom - 24), body, 38, INK)


def arrow(draw: ScaledDraw, start: tuple[float, float], end: tuple[float, float],
          colour: str = MUTED, width: int = 10) -> None:
    draw.line((start, end), fill=colour, width=width)
    angle = math.atan2(end[1] - start[1], end[0] - start[0])
    head = [end, (end[0] - 40 * math.cos(angle - 0.45), end[1] - 40 * math.sin(angle - 0.45)),
            (end[0] - 40 * math.cos(angle + 0.45), end[1] - 40 * math.sin(angle + 0.45))]
    draw.polygon(head, fill=colour)


def canvas(height: int, title: str) -> tuple[Image.Image, ScaledDraw]:
    image = Image.new("RGB", (round(WIDTH * SCALE), round(height * SCALE)), PAPER)
    draw = ScaledDraw(image)
    text_block(draw, (40, 20, WIDTH - 40, 120), title, 60, INK)
    return image, draw


def steps_in_a_row(title: str, steps: Sequence[tuple[str, str]], caption: str) -> Image.Image:
    """Boxes left to right joined by arrows (a process)."""
    image, draw = canvas(900, title)
    count, gap = len(steps), 70
    box_width = (WIDTH - 80 - gap * (count - 1)) // count
    for index, (name, body) in enumerate(steps):
        left = 40 + index * (box_width + gap)
        card(draw, (left, 170, left + box_width, 760), name, body, index % 4, str(index + 1))
        if index < count - 1:
            arrow(draw, (left + box_width + 8, 465), (left + box_width + gap - 8, 465))
    text_block(draw, (40, 780, WIDTH - 40, 880), caption, 36, MUTED)
    return image


def four_quadrants(title: str, centre: str, parts: Sequence[tuple[str, str]],
                   caption: str) -> Image.Image:
    """Four cards around a central idea (dimensions or factors of one thing)."""
    image, draw = canvas(1140, title)
    half = (WIDTH - 120) // 2
    for index, (name, body) in enumerate(parts):
        column, row = index % 2, index // 2
        left = 40 + column * (half + 40)
        top = 170 + row * 430
        card(draw, (left, top, left + half, top + 400), name, body, index)
    draw.ellipse((WIDTH / 2 - 170, 470, WIDTH / 2 + 170, 700), fill=PAPER, outline=INK, width=6)
    text_block(draw, (int(WIDTH / 2 - 150), 480, int(WIDTH / 2 + 150), 690), centre, 44, INK)
    text_block(draw, (40, 1030, WIDTH - 40, 1130), caption, 36, MUTED)
    return image


def cycle(title: str, steps: Sequence[tuple[str, str]], centre: str,
          caption: str) -> Image.Image:
    """Steps on a circle, clockwise from the top, with arrows between them."""
    image, draw = canvas(1500, title)
    cx, cy, radius = WIDTH / 2, 790, 430
    positions = [(cx + radius * math.sin(2 * math.pi * i / len(steps)),
                  cy - radius * math.cos(2 * math.pi * i / len(steps)))
                 for i in range(len(steps))]
    for index, (x, y) in enumerate(positions):
        nx, ny = positions[(index + 1) % len(positions)]
        start = (x + (nx - x) * 0.33, y + (ny - y) * 0.33)
        end = (x + (nx - x) * 0.67, y + (ny - y) * 0.67)
        arrow(draw, start, end, PALETTE[index % 4], 12)
    for index, ((x, y), (name, body)) in enumerate(zip(positions, steps, strict=True)):
        card(draw, (int(x - 330), int(y - 150), int(x + 330), int(y + 170)), name, body, index,
             str(index + 1))
    text_block(draw, (int(cx - 170), int(cy - 80), int(cx + 170), int(cy + 80)), centre, 44, INK)
    text_block(draw, (40, 1390, WIDTH - 40, 1490), caption, 36, MUTED)
    return image


def comparison(title: str, left: tuple[str, Sequence[str]], right: tuple[str, Sequence[str]],
               caption: str) -> Image.Image:
    """Two columns side by side: what to avoid and what to do."""
    image, draw = canvas(1160, title)
    half = (WIDTH - 120) // 2
    for index, (name, lines) in enumerate((left, right)):
        x = 40 + index * (half + 40)
        colour = 3 if index == 0 else 1
        card(draw, (x, 170, x + half, 1020), name, "", colour)
        y = 330
        for line in lines:
            text_block(draw, (x + 40, y, x + half - 40, y + 150), line, 38, INK, "left")
            y += 165
    text_block(draw, (40, 1040, WIDTH - 40, 1140), caption, 36, MUTED)
    return image


def role_cards(title: str, cards: Sequence[tuple[str, str, str]]) -> Image.Image:
    """Printable role-play cards, two by two, with cutting lines."""
    image, draw = canvas(1600, title)
    half = (WIDTH - 120) // 2
    for index, (name, situation, feeling) in enumerate(cards):
        column, row = index % 2, index // 2
        left, top = 40 + column * (half + 40), 170 + row * 710
        card(draw, (left, top, left + half, top + 670), name, "", index)
        text_block(draw, (left + 40, top + 130, left + half - 40, top + 440), situation, 40,
                   INK, "left")
        draw.line((left + 40, top + 450, left + half - 40, top + 450), fill=PALETTE[index], width=3)
        text_block(draw, (left + 40, top + 460, left + half - 40, top + 650), feeling, 38,
                   INK, "left")
    dashed(draw, (WIDTH / 2, 150), (WIDTH / 2, 1590))  # cutting lines between the cards
    dashed(draw, (20, 860), (WIDTH - 20, 860))
    return image


def dashed(draw: ScaledDraw, start: tuple[float, float], end: tuple[float, float],
           dash: int = 24) -> None:
    length = math.dist(start, end)
    for offset in range(0, int(length), dash * 2):
        a, b = offset / length, min(offset + dash, length) / length
        draw.line((start[0] + (end[0] - start[0]) * a, start[1] + (end[1] - start[1]) * a,
                   start[0] + (end[0] - start[0]) * b, start[1] + (end[1] - start[1]) * b),
                  fill=MUTED, width=3)


FIGURES: dict[str, Callable[[], Image.Image]] = {
    "fig-trust-four-steps.png": lambda: steps_in_a_row(
        "建立信任的四个步骤",
        [("透明沟通", "主动说明费用、风险和时限，不让客户事后才发现"),
         ("表现一致", "说到做到，约定的时间和承诺每次都兑现"),
         ("展现能力", "把复杂的事讲明白，把问题办成、办快"),
         ("情感联系", "记得客户的事，在关键时刻给予关心和支持")],
        "四步不是一次做完的流程，而是在每一次接触中反复积累。"),
    "fig-trust-factors.png": lambda: four_quadrants(
        "影响信任建立的四类因素", "客户的\n信任",
        [("个体差异", "性格、经历和文化背景不同，建立信任的快慢和方式也不同"),
         ("沟通方式", "沟通的方式和质量直接影响信任，积极的沟通让人更放心"),
         ("时间因素", "信任需要时间和多次互动来积累，急于求成适得其反"),
         ("社会环境", "社会的文化、规范和价值观，影响人们愿意信任谁、信任到什么程度")],
        "同样的服务，面对不同的客户、在不同的时间和环境里，效果可能不同。"),
    "fig-positive-response.png": lambda: cycle(
        "积极回应公式",
        [("倾听", "让客户把话说完，弄清事实、情绪和需要"),
         ("认同", "说出客户的感受和关注，让他知道被理解"),
         ("回应", "给出清晰、准确的信息和可行的办法"),
         ("跟进", "事后主动确认结果，让服务有始有终")],
        "每一次\n服务",
        "认同针对的是感受，不等于认错；跟进做完，下一次倾听就更容易。"),
    "fig-card-trust-factors.png": lambda: four_quadrants(
        "信用卡客户信任的四个关键因素", "持卡人\n信任",
        [("透明的信息沟通", "费用、利率、优惠和风险讲清楚，年化利率不回避"),
         ("优质的客户服务", "咨询及时、解答专业，投诉有回音、有结果"),
         ("诚信与合规", "不夸大、不隐瞒、不越权代办，守住客户信息安全"),
         ("个性化的客户体验", "依法合规使用数据，推荐与客户需要相符的产品")],
        "四个因素缺一不可：只讲个性化而不透明，客户会觉得被推销。"),
    "fig-four-numbers.png": lambda: steps_in_a_row(
        "讲清分期费用的“四个数”",
        [("每期多少", "每期要还的本金和费用"),
         ("一共多少", "全部期数的费用合计"),
         ("年化利率", "折算成年化水平，便于和其他借款比较"),
         ("什么时候收", "从哪一期开始收，每月哪天扣")],
        "客户能把四个数复述出来，才说明讲清楚了；具体数字以本行系统和产品条款为准。"),
    "fig-service-mindset.png": lambda: four_quadrants(
        "服务心法的四个维度", "以客户\n为中心",
        [("同理心", "站在客户的角度理解需求和情绪"),
         ("责任感", "主动解决问题，不推诿，跟进到底"),
         ("积极的心态", "保持耐心和稳定，用积极的情绪感染客户"),
         ("持续学习", "不断学习业务和工具，跟上客户需要的变化")],
        "四个维度相互支撑：有同理心才知道做什么，有责任感才会把它做完。"),
    "fig-empathy-vs-sympathy.png": lambda: comparison(
        "同理心不是同情",
        ("同情：停在感受上", ["“真是太倒霉了，我特别同情您。”", "“请您理解，我们也没办法。”",
                         "“我理解您的感受，但是这是规定。”", "“很多人都遇到过，不是大问题。”"]),
        ("同理心：理解并帮助", ["说出客户具体的处境和情绪", "把理解落实到下一步行动",
                           "给出可选的办法和明确的时间", "事后回访，确认问题真正解决"]),
        "判断标准：这句话说完，客户的事情有没有往前走一步。"),
    "fig-complaint-flow.png": lambda: steps_in_a_row(
        "用同理心处理投诉的三步",
        [("安抚情绪", "耐心听完，具体地表达理解和关心"),
         ("识别根源", "用开放式问题弄清真正的症结"),
         ("个性化方案", "按客户的需要提出办法，约定跟进")],
        "情绪没有得到回应，客户很难听进任何流程说明。"),
    "cards-empathy-role-play.png": lambda: role_cards(
        "角色扮演情境卡（模块五，沿线剪开，发给扮演客户的学员）",
        [("转账失败急付房租", "你是刚工作的年轻人，手机银行转账提示失败，房东催着今天交房租。",
          "情绪：着急、烦躁\n真正在意：今天能不能付出去"),
         ("不明扣费", "你发现账户每月被扣 2 元短信服务费，觉得被偷偷收了钱，一开口就说要销户。",
          "情绪：愤怒\n真正在意：扣费前没人说清楚"),
         ("年长客户听不清", "你 76 岁，卡因为密码输错被锁，说话慢，常常没听清对方的话。",
          "情绪：害怕、自责\n真正在意：钱安不安全、自己能不能办"),
         ("第三次来电", "你是小微企业主，货款没到账，前两次来电都被要求“再等等”。",
          "情绪：失望转愤怒\n真正在意：有人负责、能向供应商交代")]),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path,
                        default=ROOT / "content" / "bank-service-trust" / "media")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, draw in FIGURES.items():
        draw().save(args.out / name, dpi=(DPI, DPI), optimize=True)
        print(args.out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
