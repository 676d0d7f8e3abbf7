"""The attempt: what one trainee saw and answered in one sitting of a quiz, and how it was graded.

Plain dataclasses, JSON-serialisable with ``to_dict`` / ``from_dict``. The results store persists
them; answer values are opaque JSON for the store and follow this contract (question type → value):

=================  =====================================================================
single_choice      ``"optionid"``
multiple_choice    ``["a", "c"]``
true_false         ``true`` | ``false``
fill_blank         ``["text for blank 1", "text for blank 2", ...]``
numerical          ``"1,234.5 元"`` — the text as typed (read by ``grading.numerical``)
matching           ``{"left text": "right text", ...}``
ordering           ``["item", ...]`` in the trainee's order
essay              ``"text"``
scenario           ``[choice index at each node, ...]`` — the path taken from the start node
=================  =====================================================================

A value of ``None`` means "not answered" (an answer record may exist only to hold a flag).
Datetimes are timezone-aware and serialised as ISO 8601 strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeAlias

JSONValue: TypeAlias = "bool | int | float | str | list[JSONValue] | dict[str, JSONValue] | None"

CERTAINTY_LEVELS = (1, 2, 3)  # certainty-based marking: 1 = not sure, 2 = fairly sure, 3 = sure


class AttemptState(StrEnum):
    OPEN = "open"
    SUBMITTED = "submitted"  # by the trainee
    AUTO_SUBMITTED = "auto_submitted"  # the time limit ran out

    @property
    def finished(self) -> bool:
        return self is not AttemptState.OPEN


def _time_to_json(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _time_from_json(text: Any) -> datetime | None:
    if text is None:
        return None
    moment = datetime.fromisoformat(str(text))
    if moment.tzinfo is None:
        raise ValueError(f"timestamp without a time zone: {text!r}")
    return moment


def _required_time(text: Any) -> datetime:
    moment = _time_from_json(text)
    if moment is None:
        raise ValueError("missing timestamp")
    return moment


@dataclass
class AnswerRecord:
    """The trainee's current answer to one question (replaced, not appended, on every change)."""

    value: JSONValue = None
    certainty: int | None = None  # 1..3 when the quiz uses certainty-based marking
    flagged: bool = False
    answered_at: datetime | None = None

    @property
    def answered(self) -> bool:
        return self.value is not None and self.value not in ("", [], {})

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "certainty": self.certainty, "flagged": self.flagged,
                "answered_at": _time_to_json(self.answered_at)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AnswerRecord:
        return cls(value=data.get("value"), certainty=data.get("certainty"),
                   flagged=bool(data.get("flagged", False)),
                   answered_at=_time_from_json(data.get("answered_at")))


@dataclass
class EssayGrade:
    """A trainer's marking of an essay against its rubric (one entry per rubric criterion)."""

    criterion_points: list[float]
    comment: str = ""
    grader_id: str = ""
    graded_at: datetime | None = None

    @property
    def total(self) -> float:
        return sum(self.criterion_points)

    def to_dict(self) -> dict[str, Any]:
        return {"criterion_points": list(self.criterion_points), "comment": self.comment,
                "grader_id": self.grader_id, "graded_at": _time_to_json(self.graded_at)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EssayGrade:
        return cls(criterion_points=[float(p) for p in data.get("criterion_points", [])],
                   comment=str(data.get("comment", "")), grader_id=str(data.get("grader_id", "")),
                   graded_at=_time_from_json(data.get("graded_at")))


@dataclass
class QuestionResult:
    """The grade of one question in a submitted attempt.

    ``fraction`` is the raw correctness (0..1) before certainty-based marking; ``points`` is what
    counts towards the attempt (after CBM it can be negative). Both are None while an essay waits
    for the trainer.
    """

    question_id: str
    question_type: str
    max_points: float
    fraction: float | None
    points: float | None
    certainty: int | None = None
    essay: EssayGrade | None = None

    @property
    def pending(self) -> bool:
        return self.points is None

    def to_dict(self) -> dict[str, Any]:
        return {"question_id": self.question_id, "question_type": self.question_type,
                "max_points": self.max_points, "fraction": self.fraction, "points": self.points,
                "certainty": self.certainty,
                "essay": None if self.essay is None else self.essay.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QuestionResult:
        essay = data.get("essay")
        return cls(question_id=str(data["question_id"]),
                   question_type=str(data.get("question_type", "")),
                   max_points=float(data["max_points"]),
                   fraction=_optional_float(data.get("fraction")),
                   points=_optional_float(data.get("points")),
                   certainty=data.get("certainty"),
                   essay=None if essay is None else EssayGrade.from_dict(essay))


def _optional_float(value: Any) -> float | None:
    return None if value is None else float(value)


@dataclass
class Attempt:
    """One trainee's attempt at one quiz.

    ``question_ids`` is the presentation order (own questions and random draws, after the seeded
    shuffle); ``option_orders`` holds, per question, what was shown in which order: option ids for
    choice questions, right-hand texts (with distractors) for matching, the items as first shown
    for ordering. ``results`` is empty until the attempt is graded.
    """

    id: str
    quiz_id: str
    course_id: str
    trainee_id: str
    attempt_number: int
    seed: int
    started_at: datetime
    deadline: datetime | None = None  # None: no time limit
    question_ids: list[str] = field(default_factory=list)
    option_orders: dict[str, list[str]] = field(default_factory=dict)
    answers: dict[str, AnswerRecord] = field(default_factory=dict)
    position: int = 0  # the page being shown (pages of QuizSettings.questions_per_page)
    state: AttemptState = AttemptState.OPEN
    submitted_at: datetime | None = None
    results: dict[str, QuestionResult] = field(default_factory=dict)

    # ------------------------------------------------------------ derived figures

    @property
    def graded(self) -> bool:
        """Submitted, graded, and no result waits for the trainer. (A question deleted from
        the course since has no result after a regrade: it no longer counts.)"""
        return (self.state.finished and (bool(self.results) or not self.question_ids)
                and not any(r.pending for r in self.results.values()))

    @property
    def max_score(self) -> float:
        return sum(r.max_points for r in self.results.values())

    @property
    def raw_score(self) -> float | None:
        """Sum of the question points (negative is possible with CBM); None until fully graded."""
        if not self.graded:
            return None
        return sum(r.points or 0.0 for r in self.results.values())

    @property
    def score(self) -> float | None:
        """The attempt's grade in points: the raw score floored at 0; None until fully graded."""
        raw = self.raw_score
        return None if raw is None else max(0.0, raw)

    @property
    def percent(self) -> float | None:
        score = self.score
        if score is None:
            return None
        return 100.0 * score / self.max_score if self.max_score > 0 else 0.0

    def answer_value(self, question_id: str) -> JSONValue:
        record = self.answers.get(question_id)
        return None if record is None else record.value

    # ------------------------------------------------------------ JSON

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "quiz_id": self.quiz_id, "course_id": self.course_id,
            "trainee_id": self.trainee_id, "attempt_number": self.attempt_number,
            "seed": self.seed, "started_at": _time_to_json(self.started_at),
            "deadline": _time_to_json(self.deadline),
            "question_ids": list(self.question_ids),
            "option_orders": {k: list(v) for k, v in self.option_orders.items()},
            "answers": {k: v.to_dict() for k, v in self.answers.items()},
            "position": self.position, "state": self.state.value,
            "submitted_at": _time_to_json(self.submitted_at),
            "results": {k: v.to_dict() for k, v in self.results.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Attempt:
        return cls(
            id=str(data["id"]), quiz_id=str(data["quiz_id"]), course_id=str(data["course_id"]),
            trainee_id=str(data["trainee_id"]), attempt_number=int(data["attempt_number"]),
            seed=int(data["seed"]), started_at=_required_time(data["started_at"]),
            deadline=_time_from_json(data.get("deadline")),
            question_ids=[str(q) for q in data.get("question_ids", [])],
            option_orders={str(k): [str(x) for x in v]
                           for k, v in data.get("option_orders", {}).items()},
            answers={str(k): AnswerRecord.from_dict(v)
                     for k, v in data.get("answers", {}).items()},
            position=int(data.get("position", 0)),
            state=AttemptState(data.get("state", AttemptState.OPEN.value)),
            submitted_at=_time_from_json(data.get("submitted_at")),
            results={str(k): QuestionResult.from_dict(v)
                     for k, v in data.get("results", {}).items()},
        )
