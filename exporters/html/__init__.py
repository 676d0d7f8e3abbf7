"""HTML rendering of lessons, case studies and quizzes (Jinja2, autoescape on).

Used by the authoring preview and any HTML export. Never imports Qt.
"""

from exporters.html.documents import (
    Edition,
    render_case_html,
    render_item_html,
    render_lesson_html,
    render_quiz_html,
)
from exporters.html.markdown_render import markdown_to_html

__all__ = [
    "Edition",
    "markdown_to_html",
    "render_case_html",
    "render_item_html",
    "render_lesson_html",
    "render_quiz_html",
]
