"""Reading Moodle XML question banks into domain questions.

XML is parsed with defusedxml: a DTD, entity declarations or external references make the file
refused. Texts in ``html`` format are sanitised and turned into Markdown; ``@@PLUGINFILE@@``
images come with their bytes (``<file encoding="base64">``) and are returned in
``BankReadResult.media``. Question types map to the domain's; what has no counterpart is
reported per question.
"""

from __future__ import annotations

import base64
import binascii
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from courseware import model as m
from courseware.format.fields import ID_PATTERN
from courseware.i18n import tr
from exporters.banks import BankEntry, BankProblem, BankReadResult
from exporters.banks.interop import cloze
from exporters.banks.interop.gift_reader import GAP, category_name
from exporters.banks.interop.html_text import html_to_markdown, media_name

Element = ET.Element
_BLANK_MARK = "___"


class XmlQuestionError(ValueError):
    """A question that cannot come in (message in the user's language)."""


def parse_quiz(data: bytes) -> Element:
    """The <quiz> root; ValueError with a clear message for hostile or broken XML."""
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ValueError(tr("banks.xml.forbidden")) from None
    except ET.ParseError as error:
        raise ValueError(tr("banks.xml.invalid", error=str(error))) from None
    if root.tag == "question":  # a lone question, as Moodle's unit tests hold them
        quiz = ET.Element("quiz")
        quiz.append(root)
        return quiz
    if root.tag != "quiz":
        raise ValueError(tr("banks.xml.no_quiz"))
    return root


class _Reader:
    def __init__(self, name: str, lines: list[int]) -> None:
        self.name = name
        self.lines = lines
        self.result = BankReadResult()
        self.category = ""
        self.notes: list[str] = []

    # -- texts and files

    def text(self, element: Element | None, default_format: str = "moodle") -> str:
        """A text element's content as Markdown; its <file> children saved as media."""
        if element is None:
            return ""
        for file in element.findall("file"):
            self._file(file)
        raw = element.findtext("text") or ""
        text_format = element.get("format", default_format)
        if text_format == "html":
            return html_to_markdown(raw)
        return raw.replace("@@PLUGINFILE@@/", "media/").strip()

    def _file(self, file: Element) -> None:
        name = media_name(file.get("name", "image"))
        try:
            data = base64.b64decode((file.text or "").strip(), validate=False)
        except (binascii.Error, ValueError):
            return
        self.result.media.setdefault(name, data)

    # -- questions

    def read(self, root: Element) -> BankReadResult:
        number = 0
        for index, element in enumerate(root.findall("question"), start=1):
            kind = element.get("type", "")
            line = self.lines[index - 1] if index <= len(self.lines) else 0
            source = f"{self.name}:{line}" if line else f"{self.name}#{index}"
            if kind == "category":
                self._category(element)
                continue
            if kind == "description":
                self.result.problems.append(BankProblem(source, "warning",
                                                        tr("banks.gift.description")))
                continue
            number += 1
            self.notes = []
            entry = self._entry(element, kind, source, number)
            self.result.entries.append(entry)
        return self.result

    def _category(self, element: Element) -> None:
        path = element.findtext("category/text") or ""
        self.category = category_name(path)
        if self.category and self.category not in self.result.categories:
            self.result.categories.append(self.category)

    def _entry(self, element: Element, kind: str, source: str, number: int) -> BankEntry:
        builder = _BUILDERS.get(kind)
        if builder is None:
            problem = BankProblem(source, "error", tr("banks.xml.unsupported_type", type=kind))
            return BankEntry(source, None, [problem])
        try:
            question = builder(self, element)
            self._common(question, element, number)
        except XmlQuestionError as error:
            return BankEntry(source, None, [BankProblem(source, "error", str(error))])
        return BankEntry(source, question,
                         [BankProblem(source, "warning", note) for note in self.notes])

    def _common(self, q: m.Question, element: Element, number: int) -> None:
        prompt = self.text(element.find("questiontext"))
        image = self._legacy_image(element)
        q.prompt = q.prompt or (f"{prompt}\n\n{image}" if image else prompt)
        q.feedback = self.text(element.find("generalfeedback"))
        q.points = _number(element.findtext("defaultgrade"), "defaultgrade", 1) or 1
        q.category = self.category
        ident = (element.findtext("idnumber") or "").strip()
        name = (element.findtext("name/text") or "").strip()
        q.id = next((c for c in (ident, name) if c and ID_PATTERN.match(c)), f"q{number}")

    def _legacy_image(self, element: Element) -> str:
        """Moodle 1.x ``<image>`` + ``<image_base64>`` (appended to the prompt, as Moodle does)."""
        name, data = element.findtext("image"), element.findtext("image_base64")
        if not name or not data:
            return ""
        saved = media_name(name)
        try:
            self.result.media.setdefault(saved, base64.b64decode(data.strip()))
        except (binascii.Error, ValueError):
            return ""
        return f"![](media/{saved})"

    def answers(self, element: Element) -> list[tuple[float, str, str, Element]]:
        """(fraction percent, text, feedback, element) of every <answer>."""
        found = []
        for answer in element.findall("answer"):
            fraction = _number(answer.get("fraction"), "fraction", 0)
            text = self.text(answer, "moodle")
            found.append((fraction, text, self.text(answer.find("feedback")), answer))
        return found


def _number(text: str | None, tag: str, default: float) -> float:
    if text is None or not text.strip():
        return default
    try:
        return float(text)
    except ValueError:
        raise XmlQuestionError(tr("banks.xml.bad_number", text=text.strip(), tag=tag)) from None


def _flag(element: Element, tag: str, default: bool) -> bool:
    text = (element.findtext(tag) or "").strip().lower()
    return default if not text else text in ("1", "true", "yes")


def _letter(index: int) -> str:
    return chr(ord("a") + index) if index < 26 else f"o{index + 1}"


def _multichoice(r: _Reader, element: Element) -> m.Question:
    single = _flag(element, "single", True)
    options = [m.Option(_letter(i), text, fraction > 0, feedback)
               for i, (fraction, text, feedback, _e) in enumerate(r.answers(element))]
    if single:
        partial = [t for f, t, _fb, _e in r.answers(element) if 0 < f < 100]
        if partial:
            r.notes.append(tr("banks.gift.partial_answer", answer=partial[0], weight="<100"))
        return m.SingleChoiceQuestion(id="", options=options)
    return m.MultipleChoiceQuestion(id="", options=options)


def _truefalse(r: _Reader, element: Element) -> m.Question:
    q = m.TrueFalseQuestion(id="")
    for fraction, text, feedback, _e in r.answers(element):
        is_true = text.strip().lower() == "true"
        if is_true:
            q.true_feedback = feedback
        else:
            q.false_feedback = feedback
        if fraction >= 100:
            q.answer = is_true
    return q


def _accepted(r: _Reader, answers: list[tuple[float, str, str]]) -> list[str]:
    accepted = []
    for fraction, text, _feedback in answers:
        if text == "*":
            r.notes.append(tr("banks.gift.other_answer"))
        elif fraction >= 100:
            accepted.append(text)
        elif fraction > 0:
            r.notes.append(tr("banks.gift.partial_answer", answer=text, weight=f"{fraction:g}"))
            accepted.append(text)
    return accepted


def _shortanswer(r: _Reader, element: Element) -> m.Question:
    answers = [(f, t, fb) for f, t, fb, _e in r.answers(element)]
    blank = m.Blank(_accepted(r, answers), case_sensitive=_flag(element, "usecase", False))
    prompt = r.text(element.find("questiontext"))
    if _BLANK_MARK not in prompt:
        prompt = f"{prompt} {GAP}"  # the domain's fill-in needs its gap in the prompt
    return m.FillBlankQuestion(id="", prompt=prompt, blanks=[blank])


def _numerical(r: _Reader, element: Element) -> m.Question:
    q = m.NumericalQuestion(id="")
    for fraction, text, feedback, answer in r.answers(element):
        if text.strip() == "*":
            r.notes.append(tr("banks.gift.other_answer"))
            continue
        value = _number(text, "answer", 0)
        tolerance = abs(_number(answer.findtext("tolerance"), "tolerance", 0))
        q.answers.append(m.NumericalAnswer(value, tolerance, max(0.0, fraction), feedback))
    for unit in element.findall("units/unit"):
        q.units.append(m.NumericalUnit((unit.findtext("unit_name") or "").strip(),
                                       _number(unit.findtext("multiplier"), "multiplier", 1)))
    return q


def _match(r: _Reader, element: Element) -> m.Question:
    q = m.MatchingQuestion(id="")
    for sub in element.findall("subquestion"):
        left = r.text(sub)
        right = (sub.findtext("answer/text") or "").strip()
        if left:
            q.pairs.append(m.MatchPair(left, right))
        else:
            q.distractors.append(right)
    return q


def _ordering(r: _Reader, element: Element) -> m.Question:
    items = sorted(((f, t) for f, t, _fb, _e in r.answers(element)), key=lambda ft: ft[0])
    return m.OrderingQuestion(id="", items=[text for _f, text in items])


def _essay(r: _Reader, element: Element) -> m.Question:
    return m.EssayQuestion(id="", model_answer=r.text(element.find("graderinfo")))


def _cloze(r: _Reader, element: Element) -> m.Question:
    text_element = element.find("questiontext")
    raw = (text_element.findtext("text") if text_element is not None else "") or ""
    found = cloze.gaps(raw)
    if not found:
        raise XmlQuestionError(tr("banks.xml.cloze_no_gaps"))
    if not all(gap.short for gap in found):
        raise XmlQuestionError(tr("banks.xml.cloze_mixed"))
    counter = iter(range(len(found)))
    marked = cloze.EMBEDDED.sub(lambda _m: f"CLOZEGAP{next(counter)}X", raw)
    holder = ET.Element("questiontext", {"format": text_element.get("format", "html")
                                         if text_element is not None else "html"})
    ET.SubElement(holder, "text").text = marked
    if text_element is not None:
        holder.extend(text_element.findall("file"))
    prompt = r.text(holder)
    for index in range(len(found)):
        prompt = prompt.replace(f"CLOZEGAP{index}X", _BLANK_MARK)
    blanks = [m.Blank(_accepted(r, gap.answers), gap.case_sensitive) for gap in found]
    points = float(sum(gap.weight for gap in found))
    if element.find("defaultgrade") is None:  # Moodle writes none for Cloze: the weights count
        ET.SubElement(element, "defaultgrade").text = str(points)
    return m.FillBlankQuestion(id="", prompt=prompt, blanks=blanks)


_BUILDERS: dict[str, Callable[[_Reader, Element], m.Question]] = {
    "multichoice": _multichoice,
    "truefalse": _truefalse,
    "shortanswer": _shortanswer,
    "numerical": _numerical,
    "match": _match,
    "matching": _match,  # Moodle 1.9 exports
    "ordering": _ordering,
    "essay": _essay,
    "multianswer": _cloze,
    "cloze": _cloze,
}


def read_moodle_xml_bytes(data: bytes, name: str) -> BankReadResult:
    try:
        root = parse_quiz(data)
    except ValueError as error:
        return BankReadResult(problems=[BankProblem(name, "error", str(error))])
    lines = [data.count(b"\n", 0, match.start()) + 1
             for match in re.finditer(rb"<question\b", data)]
    return _Reader(name, lines).read(root)
