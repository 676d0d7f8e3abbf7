"""The participant edition of a course: every file as trainees may see it.

Everything that reveals an answer is left out: correct flags, option and general feedback,
accepted fill-in and numerical answers (units stay: the answer box reads them), matching pairs
and the ordering order, scenario choice feedback, ending scores, feedback and texts, essay
rubrics and model answers, case model analyses and facilitation notes, lesson trainer blocks,
module trainer notes.

Nothing left may correlate with the key either: options, ordering items and matching
answers are stored in a uniformly random order (a shuffle that avoided the true order would
give the answer away whenever there are only two), option ids are renamed, and scenario
nodes are renamed and listed in random order, so ``end-good`` or "the first ending" says
nothing.
"""

from __future__ import annotations

import random
from typing import Any

from courseware import model as m
from courseware.format.writer import (
    _draw,
    _front_matter,
    _number,
    course_files,
    module_to_text,
    question_to_data,
    settings_to_data,
)
from courseware.markdown_blocks import strip_trainer_blocks
from courseware.yamlio import dump_yaml

_FEEDBACK_KEYS = ("feedback", "true_feedback", "false_feedback")
_KEY_ONLY_FIELDS = ("answer", "model_answer", "rubric", "scoring")


class Redactor:
    """Builds participant texts; ``rng`` shuffles matching and ordering items."""

    def __init__(self, rng: random.Random | None = None) -> None:
        self.rng = rng or random.SystemRandom()

    # -- whole course

    def participant_files(self, course: m.Course) -> dict[str, str]:
        """Course-relative path → participant text, for every file of the course."""
        files = course_files(course)
        for module in course.modules:
            files[f"{module.folder}/module.yaml"] = self.module_text(module)
            for item in module.items:
                files[item.path] = self.item_text(item)
        if course.introduction is not None:
            files[course.introduction.path] = self.item_text(course.introduction)
        if course.final_exam is not None:
            files[course.final_exam.path] = self.item_text(course.final_exam)
        return files

    def item_text(self, item: m.ModuleItem) -> str:
        if isinstance(item, m.Lesson):
            return _front_matter("lesson", item) + strip_trainer_blocks(item.body)
        if isinstance(item, m.CaseStudy):
            return self.case_text(item)
        return self.quiz_text(item)

    @staticmethod
    def module_text(module: m.Module) -> str:
        notes, module.trainer_notes = module.trainer_notes, ""
        try:
            return module_to_text(module)
        finally:
            module.trainer_notes = notes

    @staticmethod
    def case_text(case: m.CaseStudy) -> str:
        blocks = [f"::: {name}\n{case.sections[name].strip(chr(10))}\n:::\n"
                  for name in m.CASE_SECTIONS
                  if name in case.sections and name not in m.TRAINER_CASE_SECTIONS]
        return _front_matter("case_study", case) + "\n".join(blocks)

    # -- quizzes

    def quiz_text(self, quiz: m.Quiz) -> str:
        data: dict[str, Any] = {"id": quiz.id, "title": quiz.title}
        if quiz.description:
            data["description"] = quiz.description
        data["settings"] = settings_to_data(quiz.settings)
        if quiz.draws:
            data["draws"] = [_draw(d) for d in quiz.draws]
        if quiz.feedback_bands:
            data["feedback_bands"] = [{"min_percent": _number(b.min_percent), "text": b.text}
                                      for b in quiz.feedback_bands]
        data["questions"] = [self.question_data(q) for q in quiz.questions]
        return dump_yaml(data)

    def question_data(self, question: m.Question) -> dict[str, Any]:
        data = question_to_data(question)
        for key in (*_FEEDBACK_KEYS, *_KEY_ONLY_FIELDS):
            data.pop(key, None)
        if "options" in data:
            data["options"] = self.options_data(data["options"])
        if isinstance(question, m.FillBlankQuestion):
            data["blanks"] = [{"accepted": []} for _ in question.blanks]
        elif isinstance(question, m.NumericalQuestion):
            data["answers"] = []
        elif isinstance(question, m.MatchingQuestion):
            data.update(self.matching_data(question))
        elif isinstance(question, m.OrderingQuestion):
            data["items"] = self.shuffled(list(question.items))
        elif isinstance(question, m.ScenarioQuestion):
            data.update(self.scenario_data(question))
        return data

    def options_data(self, options: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Options shuffled and renamed: neither their order nor their ids (authors often
        list the right one first) tell which one is correct."""
        texts = self.shuffled([option["text"] for option in options])
        return [{"id": f"p{index}", "text": text} for index, text in enumerate(texts, start=1)]

    def matching_data(self, question: m.MatchingQuestion) -> dict[str, Any]:
        """Left items in order, right items (with distractors) shuffled: no pair survives."""
        rights = [pair.right for pair in question.pairs] + list(question.distractors)
        rights = self.shuffled(rights)
        count = len(question.pairs)
        data: dict[str, Any] = {"pairs": [{"left": pair.left, "right": right} for pair, right
                                          in zip(question.pairs, rights[:count], strict=True)]}
        if rights[count:]:
            data["distractors"] = rights[count:]
        return data

    def shuffled(self, items: list[str]) -> list[str]:
        """A uniformly random order: every order as likely as any other, the true one too."""
        shuffled = list(items)
        self.rng.shuffle(shuffled)
        return shuffled

    def scenario_data(self, question: m.ScenarioQuestion) -> dict[str, Any]:
        """The dialogue with opaque node ids, in random order; endings keep no text."""
        nodes = list(question.nodes)
        self.rng.shuffle(nodes)
        renamed = {node.id: f"n{index}" for index, node in enumerate(nodes, start=1)}
        return {"start": renamed.get(question.start, question.start),
                "nodes": [self.scenario_node_data(node, renamed) for node in nodes]}

    @staticmethod
    def scenario_node_data(node: m.ScenarioNode, renamed: dict[str, str]) -> dict[str, Any]:
        if node.ending is not None:  # its text tells a good ending from a bad one
            return {"id": renamed[node.id], "text": "", "ending": {}}
        data: dict[str, Any] = {"id": renamed[node.id], "text": node.text}
        if node.choices:
            data["choices"] = [{"text": c.text, "next": renamed.get(c.next, "")}
                               for c in node.choices]
        return data
