"""Labels printed inside rendered documents, in the course's language (not the UI's)."""

from __future__ import annotations

from courseware.i18n import catalogue_language
from exporters.traditional_labels import traditional_label

LABELS: dict[str, dict[str, str]] = {
    "tip": {"en": "Tip", "zh": "提示"},
    "note": {"en": "Note", "zh": "说明"},
    "warning": {"en": "Warning", "zh": "注意"},
    "example": {"en": "Example", "zh": "示例"},
    "trainer": {"en": "Trainer only", "zh": "讲师专用"},
    "background": {"en": "Background", "zh": "背景"},
    "situation": {"en": "Situation", "zh": "情境"},
    "questions": {"en": "Discussion questions", "zh": "讨论问题"},
    "analysis": {"en": "Model analysis (trainer only)", "zh": "参考分析（讲师专用）"},
    "facilitation": {"en": "Facilitation notes (trainer only)", "zh": "引导要点（讲师专用）"},
    "theory": {"en": "Theory", "zh": "相关理论"},
    "takeaways": {"en": "Key takeaways", "zh": "要点"},
    "minutes": {"en": "{n} min", "zh": "{n} 分钟"},
    "question": {"en": "Question {n}", "zh": "第 {n} 题"},
    "points": {"en": "{n} pt", "zh": "{n} 分"},
    "true": {"en": "True", "zh": "对"},
    "false": {"en": "False", "zh": "错"},
    "answer": {"en": "Answer", "zh": "答案"},
    "trainer_edition": {"en": "Trainer edition", "zh": "讲师版"},
}


def language_of(course_language: str) -> str:
    """'zh', 'zh-TW' (a Traditional Chinese course) or 'en'."""
    return catalogue_language(course_language)


def labels_for(course_language: str) -> dict[str, str]:
    language = language_of(course_language)
    if language == "zh-TW":
        return {key: traditional_label(f"html.{key}", entry["zh"])
                for key, entry in LABELS.items()}
    return {key: entry[language] for key, entry in LABELS.items()}
