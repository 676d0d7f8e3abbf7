"""The course model: plain dataclasses, no I/O. Field order is the canonical key order on disk."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar


@dataclass(frozen=True)
class SourceRef:
    """Where an object was read from, for problem messages; ignored by equality."""

    path: str = ""
    line: int = 0


class GradingMethod(StrEnum):
    HIGHEST = "highest"
    AVERAGE = "average"
    FIRST = "first"
    LAST = "last"


class Navigation(StrEnum):
    FREE = "free"
    SEQUENTIAL = "sequential"


class Timing(StrEnum):
    """When feedback or the right answers are shown to the trainee."""

    IMMEDIATE = "immediate"
    AFTER_SUBMIT = "after_submit"
    AFTER_CLOSE = "after_close"
    NEVER = "never"


class ChoiceScoring(StrEnum):
    PARTIAL = "partial"
    ALL_OR_NOTHING = "all_or_nothing"


# ---------------------------------------------------------------- questions


@dataclass
class Question:
    type_name: ClassVar[str] = ""
    id: str
    prompt: str = ""
    points: float = 1
    feedback: str = ""
    category: str = ""
    source: SourceRef = field(default_factory=SourceRef, compare=False, repr=False)

    @property
    def auto_graded(self) -> bool:
        return True


@dataclass
class Option:
    id: str
    text: str = ""
    correct: bool = False
    feedback: str = ""


@dataclass
class SingleChoiceQuestion(Question):
    type_name: ClassVar[str] = "single_choice"
    options: list[Option] = field(default_factory=list)


@dataclass
class MultipleChoiceQuestion(Question):
    type_name: ClassVar[str] = "multiple_choice"
    options: list[Option] = field(default_factory=list)
    scoring: ChoiceScoring | None = None  # None: the quiz setting applies


@dataclass
class TrueFalseQuestion(Question):
    type_name: ClassVar[str] = "true_false"
    answer: bool = True
    true_feedback: str = ""
    false_feedback: str = ""


@dataclass
class Blank:
    accepted: list[str] = field(default_factory=list)
    case_sensitive: bool = False


@dataclass
class FillBlankQuestion(Question):
    type_name: ClassVar[str] = "fill_blank"
    blanks: list[Blank] = field(default_factory=list)


@dataclass
class MatchPair:
    left: str
    right: str


@dataclass
class MatchingQuestion(Question):
    type_name: ClassVar[str] = "matching"
    pairs: list[MatchPair] = field(default_factory=list)
    distractors: list[str] = field(default_factory=list)


@dataclass
class OrderingQuestion(Question):
    type_name: ClassVar[str] = "ordering"
    items: list[str] = field(default_factory=list)


@dataclass
class RubricCriterion:
    criterion: str
    points: float = 1


@dataclass
class EssayQuestion(Question):
    type_name: ClassVar[str] = "essay"
    rubric: list[RubricCriterion] = field(default_factory=list)
    model_answer: str = ""

    @property
    def auto_graded(self) -> bool:
        return False


@dataclass
class NumericalAnswer:
    """An accepted value: a response within ``value ± tolerance`` earns ``fraction`` percent."""

    value: float
    tolerance: float = 0
    fraction: float = 100
    feedback: str = ""


@dataclass
class NumericalUnit:
    """A unit the response may carry; the value in it is divided by ``multiplier`` (Moodle)."""

    unit: str
    multiplier: float = 1


@dataclass
class NumericalQuestion(Question):
    type_name: ClassVar[str] = "numerical"
    answers: list[NumericalAnswer] = field(default_factory=list)
    units: list[NumericalUnit] = field(default_factory=list)  # the first is the base unit


@dataclass
class ScenarioChoice:
    text: str
    next: str
    feedback: str = ""


@dataclass
class ScenarioEnding:
    score_percent: float = 0
    feedback: str = ""


@dataclass
class ScenarioNode:
    id: str
    text: str = ""
    choices: list[ScenarioChoice] = field(default_factory=list)
    ending: ScenarioEnding | None = None
    source: SourceRef = field(default_factory=SourceRef, compare=False, repr=False)


@dataclass
class ScenarioQuestion(Question):
    type_name: ClassVar[str] = "scenario"
    start: str = ""
    nodes: list[ScenarioNode] = field(default_factory=list)

    def node(self, node_id: str) -> ScenarioNode | None:
        return next((n for n in self.nodes if n.id == node_id), None)


QUESTION_TYPES: dict[str, type[Question]] = {
    cls.type_name: cls
    for cls in (
        SingleChoiceQuestion,
        MultipleChoiceQuestion,
        TrueFalseQuestion,
        FillBlankQuestion,
        MatchingQuestion,
        OrderingQuestion,
        EssayQuestion,
        ScenarioQuestion,
        NumericalQuestion,  # last: the editor's Ctrl+Alt+N shortcuts follow this order
    )
}

# ---------------------------------------------------------------- quizzes


@dataclass
class QuizSettings:
    pass_percent: float = 80
    time_limit_minutes: float = 0
    attempts_allowed: int = 0
    grading_method: GradingMethod = GradingMethod.HIGHEST
    shuffle_questions: bool = False
    shuffle_options: bool = False
    navigation: Navigation = Navigation.FREE
    questions_per_page: int = 1
    feedback_timing: Timing = Timing.AFTER_SUBMIT
    answers_timing: Timing = Timing.AFTER_SUBMIT
    multiple_choice_scoring: ChoiceScoring = ChoiceScoring.PARTIAL
    certainty_based_marking: bool = False


@dataclass
class Draw:
    count: int
    from_quiz: str = ""
    category: str = ""
    types: list[str] = field(default_factory=list)
    source: SourceRef = field(default_factory=SourceRef, compare=False, repr=False)


@dataclass
class FeedbackBand:
    min_percent: float
    text: str = ""


@dataclass
class Quiz:
    id: str
    title: str = ""
    description: str = ""
    settings: QuizSettings = field(default_factory=QuizSettings)
    draws: list[Draw] = field(default_factory=list)
    feedback_bands: list[FeedbackBand] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    path: str = ""  # course-relative file path
    source: SourceRef = field(default_factory=SourceRef, compare=False, repr=False)

    @property
    def is_pool(self) -> bool:
        """A draw names the quiz itself: its questions are a bank drawn from per attempt, not
        all asked (an exam bank that trainees have not seen)."""
        return any(draw.from_quiz == self.id for draw in self.draws)

    def fixed_questions(self) -> list[Question]:
        """The questions every attempt holds before the draws."""
        return [] if self.is_pool else list(self.questions)

    def band_for(self, percent: float) -> FeedbackBand | None:
        eligible = [b for b in self.feedback_bands if percent >= b.min_percent]
        return max(eligible, key=lambda b: b.min_percent, default=None)


# ---------------------------------------------------------------- lessons and cases


class CalloutKind(StrEnum):
    TIP = "tip"
    NOTE = "note"
    WARNING = "warning"
    EXAMPLE = "example"
    TRAINER = "trainer"


@dataclass
class Lesson:
    id: str
    title: str = ""
    duration_minutes: float | None = None
    body: str = ""
    path: str = ""
    source: SourceRef = field(default_factory=SourceRef, compare=False, repr=False)


CASE_SECTIONS = (
    "background",
    "situation",
    "questions",
    "analysis",
    "facilitation",
    "theory",
    "takeaways",
)
REQUIRED_CASE_SECTIONS = ("background", "situation", "questions", "takeaways")
TRAINER_CASE_SECTIONS = ("analysis", "facilitation")


@dataclass
class CaseStudy:
    id: str
    title: str = ""
    duration_minutes: float | None = None
    sections: dict[str, str] = field(default_factory=dict)  # CASE_SECTIONS key → Markdown
    path: str = ""
    source: SourceRef = field(default_factory=SourceRef, compare=False, repr=False)

    @property
    def discussion_questions(self) -> list[str]:
        from courseware.markdown_blocks import list_items

        return list_items(self.sections.get("questions", ""))


ModuleItem = Lesson | CaseStudy | Quiz

# ---------------------------------------------------------------- modules and course


@dataclass
class GlossaryEntry:
    term: str
    definition: str = ""


@dataclass
class Module:
    id: str
    title: str = ""
    summary: str = ""
    duration_minutes: float | None = None
    objectives: list[str] = field(default_factory=list)
    items: list[ModuleItem] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    trainer_notes: str = ""
    folder: str = ""  # course-relative folder path
    source: SourceRef = field(default_factory=SourceRef, compare=False, repr=False)

    @property
    def lessons(self) -> list[Lesson]:
        return [item for item in self.items if isinstance(item, Lesson)]

    @property
    def case_studies(self) -> list[CaseStudy]:
        return [item for item in self.items if isinstance(item, CaseStudy)]

    @property
    def quizzes(self) -> list[Quiz]:
        return [item for item in self.items if isinstance(item, Quiz)]


@dataclass
class CertificateSettings:
    title: str = ""
    hours: float = 0
    issuer: str = ""
    statement: str = ""


@dataclass
class Course:
    id: str
    title: str = ""
    subtitle: str = ""
    language: str = "zh-CN"
    version: str = ""
    authors: list[str] = field(default_factory=list)
    description: str = ""
    introduction: Lesson | None = None
    modules: list[Module] = field(default_factory=list)
    final_exam: Quiz | None = None
    certificate: CertificateSettings | None = None
    # item-review thresholds overriding the defaults (courseware.review.settings), by name
    review: dict[str, float] = field(default_factory=dict)
    schema_version: int = 1
    source: SourceRef = field(default_factory=SourceRef, compare=False, repr=False)

    def all_quizzes(self) -> list[Quiz]:
        quizzes = [quiz for module in self.modules for quiz in module.quizzes]
        if self.final_exam is not None:
            quizzes.append(self.final_exam)
        return quizzes

    def all_questions(self) -> list[Question]:
        return [question for quiz in self.all_quizzes() for question in quiz.questions]

    def find_quiz(self, quiz_id: str) -> Quiz | None:
        return next((q for q in self.all_quizzes() if q.id == quiz_id), None)

    def all_lessons(self) -> list[Lesson]:
        lessons = [self.introduction] if self.introduction else []
        return lessons + [lesson for module in self.modules for lesson in module.lessons]

    def all_case_studies(self) -> list[CaseStudy]:
        return [case for module in self.modules for case in module.case_studies]
