"""Moodle XML (read and write).

The writer keeps texts in Moodle's ``markdown`` format (the domain's prompts are Markdown, so
nothing is converted and a re-import gives the same text), wraps them in CDATA as Moodle does,
and embeds images from the course's media folder as ``@@PLUGINFILE@@`` files. Fill-in questions
with several blanks become Cloze (multianswer) questions; ordering uses Moodle 4.4's core
ordering type. Scenarios and rubrics have no counterpart and are reported per question.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from courseware import model as m
from courseware.engine.grading.numerical import number_text
from exporters.banks import BankFormat, BankProblem, BankReadResult, BankWriteResult
from exporters.banks.interop import cloze
from exporters.banks.interop.gift_syntax import grade_text
from exporters.banks.interop.moodle_xml_reader import read_moodle_xml_bytes
from exporters.banks.interop.reading import read_bytes
from exporters.banks.interop.writing import cannot_hold, loses

NAME = "Moodle XML"
_BLANK = re.compile(r"_{3,}")
_IMAGE = re.compile(r"(!\[[^\]]*\]\()(?:\.\./)*media/([^)\s]+)(\))")


def read_moodle_xml(path: Path) -> BankReadResult:
    data, problem = read_bytes(path)
    if problem is not None:
        return BankReadResult(problems=[problem])
    return read_moodle_xml_bytes(data, path.name)


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


class _Writer:
    def __init__(self, media: Path | None) -> None:
        self.media = media
        self.problems: list[BankProblem] = []
        self.missing: list[str] = []  # images of the question being written not found

    def text(self, tag: str, markdown: str, indent: str = "    ") -> str:
        """``<tag format="markdown"><text>…</text></tag>`` with its images as <file>s."""
        files: list[str] = []

        def embed(match: re.Match[str]) -> str:
            name = match.group(2)
            path = (self.media / name) if self.media else None
            if path is None or not path.is_file() or "/" in name:
                self.missing.append(name)
                return match.group(0)
            data = base64.b64encode(path.read_bytes()).decode("ascii")
            files.append(f'{indent}  <file name={quoteattr(name)} path="/" '
                         f'encoding="base64">{data}</file>\n')
            return f"{match.group(1)}@@PLUGINFILE@@/{name}{match.group(3)}"

        body = _IMAGE.sub(embed, markdown)
        return (f'{indent}<{tag} format="markdown">\n{indent}  <text>{_cdata(body)}</text>\n'
                + "".join(files) + f"{indent}</{tag}>\n")

    def answer(self, fraction: float, text: str, feedback: str, extra: str = "") -> str:
        return (f'    <answer fraction="{grade_text(fraction)}" format="markdown">\n'
                f"      <text>{_cdata(text)}</text>\n"
                + self.text("feedback", feedback, "      ") + extra + "    </answer>\n")

    def question(self, q: m.Question) -> str | None:
        self.missing = []
        body = self.body(q)
        if body is None:
            self.problems.append(cannot_hold(NAME, q))
            return None
        text = self._question_xml(q, *body)
        if self.missing:
            self.problems.append(loses(NAME, q, "banks.what.images"))
        return text

    def _question_xml(self, q: m.Question, kind: str, prompt: str, fields: str) -> str:
        return (f'  <question type="{kind}">\n'
                f"    <name>\n      <text>{escape(q.id)}</text>\n    </name>\n"
                + self.text("questiontext", prompt)
                + self.text("generalfeedback", q.feedback)
                + (f"    <defaultgrade>{number_text(q.points)}</defaultgrade>\n"
                   if kind != "cloze" else "")  # Cloze: the gaps' weights add up to it
                + f"    <idnumber>{escape(q.id)}</idnumber>\n"
                + fields + "  </question>\n")

    def body(self, q: m.Question) -> tuple[str, str, str] | None:
        if isinstance(q, m.SingleChoiceQuestion | m.MultipleChoiceQuestion):
            return "multichoice", q.prompt, self._choices(q)
        if isinstance(q, m.TrueFalseQuestion):
            return "truefalse", q.prompt, (
                self.answer(100 if q.answer else 0, "true", q.true_feedback)
                + self.answer(0 if q.answer else 100, "false", q.false_feedback))
        if isinstance(q, m.FillBlankQuestion):
            return self._fill(q)
        if isinstance(q, m.NumericalQuestion):
            return "numerical", q.prompt, self._numerical(q)
        if isinstance(q, m.MatchingQuestion):
            subs = [(p.left, p.right) for p in q.pairs] + [("", d) for d in q.distractors]
            return "matching", q.prompt, "    <shuffleanswers>true</shuffleanswers>\n" + "".join(
                self.text("subquestion", left).replace(
                    "    </subquestion>\n",
                    f"      <answer>\n        <text>{_cdata(right)}</text>\n      </answer>\n"
                    "    </subquestion>\n") for left, right in subs)
        if isinstance(q, m.OrderingQuestion):
            return "ordering", q.prompt, (
                "    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n"
                "    <gradingtype>ABSOLUTE_POSITION</gradingtype>\n" + "".join(
                    f'    <answer fraction="{n}" format="markdown">\n'
                    f"      <text>{_cdata(item)}</text>\n    </answer>\n"
                    for n, item in enumerate(q.items, start=1)))
        if isinstance(q, m.EssayQuestion):
            if q.rubric:
                self.problems.append(loses(NAME, q, "banks.what.rubric_criteria"))
            return "essay", q.prompt, ("    <responseformat>editor</responseformat>\n"
                                       + self.text("graderinfo", q.model_answer))
        return None

    def _choices(self, q: m.SingleChoiceQuestion | m.MultipleChoiceQuestion) -> str:
        single = isinstance(q, m.SingleChoiceQuestion)
        if isinstance(q, m.MultipleChoiceQuestion) and q.scoring is m.ChoiceScoring.ALL_OR_NOTHING:
            self.problems.append(loses(NAME, q, "banks.what.scoring"))
        right = sum(o.correct for o in q.options) or 1
        wrong = sum(not o.correct for o in q.options) or 1
        head = (f"    <single>{'true' if single else 'false'}</single>\n"
                "    <shuffleanswers>true</shuffleanswers>\n"
                "    <answernumbering>ABCD</answernumbering>\n")
        return head + "".join(
            self.answer((100 if single else 100 / right) if o.correct
                        else (0 if single else -100 / wrong), o.text, o.feedback)
            for o in q.options)

    def _fill(self, q: m.FillBlankQuestion) -> tuple[str, str, str]:
        if len(q.blanks) == 1:
            blank = q.blanks[0]
            return "shortanswer", q.prompt, (
                f"    <usecase>{int(blank.case_sensitive)}</usecase>\n"
                + "".join(self.answer(100, a, "") for a in blank.accepted))
        blanks = iter(q.blanks)
        share = float(q.points) / len(q.blanks) if q.blanks else 1.0
        weight = int(share) if share >= 1 and share.is_integer() else 1
        if weight * len(q.blanks) != q.points:
            self.problems.append(loses(NAME, q, "banks.what.points", points=number_text(q.points)))

        def gap(_match: re.Match[str]) -> str:
            blank = next(blanks, None)
            return (cloze.write_gap(blank.accepted, blank.case_sensitive, weight) if blank
                    else "___")
        return "cloze", _BLANK.sub(gap, q.prompt), ""

    def _numerical(self, q: m.NumericalQuestion) -> str:
        answers = "".join(self.answer(
            a.fraction, number_text(a.value), a.feedback,
            f"      <tolerance>{number_text(a.tolerance)}</tolerance>\n") for a in q.answers)
        if not q.units:
            return answers
        # unitgradingtype 0 + showunits 0: Moodle's "units are optional; a unit typed is used
        # to convert the response to the first unit" — what the domain's units mean
        units = "".join(f"      <unit>\n        <multiplier>{number_text(u.multiplier)}"
                        f"</multiplier>\n        <unit_name>{escape(u.unit)}</unit_name>\n"
                        "      </unit>\n" for u in q.units)
        return (answers + "    <unitgradingtype>0</unitgradingtype>\n"
                "    <showunits>0</showunits>\n    <unitsleft>0</unitsleft>\n"
                f"    <units>\n{units}    </units>\n")


def questions_to_moodle_xml(questions: Sequence[m.Question],
                            media: Path | None = None) -> tuple[str, list[BankProblem], int]:
    writer = _Writer(media)
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n']
    category: str | None = None
    written = 0
    for q in questions:
        block = writer.question(q)
        if block is None:
            continue
        if q.category != category:
            category = q.category
            path = "$course$/top" + (f"/{q.category}" if q.category else "")
            parts.append('  <question type="category">\n    <category>\n'
                         f"      <text>{escape(path)}</text>\n    </category>\n  </question>\n")
        parts.append(block)
        written += 1
    parts.append("</quiz>\n")
    return "".join(parts), writer.problems, written


def write_moodle_xml(questions: Sequence[m.Question], path: Path,
                     media: Path | None = None) -> BankWriteResult:
    text, problems, written = questions_to_moodle_xml(questions, media)
    path.write_text(text, encoding="utf-8")
    return BankWriteResult(written, problems)


def _sniff(head: bytes) -> bool:
    return b"<quiz" in head


FORMAT = BankFormat(name="moodle-xml", extensions=(".xml",), read=read_moodle_xml,
                    write=write_moodle_xml, sniff=_sniff)
