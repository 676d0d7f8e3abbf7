"""Reading lessons and case studies: Markdown files with YAML front matter."""

from __future__ import annotations

from courseware import model as m
from courseware.format.fields import Fields, FileContext, report_duplicate_keys
from courseware.i18n import tr
from courseware.markdown_blocks import Segment, split_blocks, split_front_matter
from courseware.problems import ProblemList
from courseware.yamlio import YamlDocument, YamlSyntaxError, parse_yaml

LESSON_KEYS = ("type", "id", "title", "duration_minutes")
CALLOUT_KINDS = tuple(kind.value for kind in m.CalloutKind)


def read_markdown_item(
    path: str, text: str, problems: ProblemList
) -> m.Lesson | m.CaseStudy | None:
    split = split_front_matter(text)
    if split.front_matter is None:
        problems.add(path, 1, tr("frontmatter.missing"), tr("frontmatter.missing.hint"))
        return None
    try:
        document = parse_yaml(split.front_matter, line_offset=1)
    except YamlSyntaxError as error:
        problems.add(path, error.line, tr("yaml.syntax", detail=error.detail),
                     tr(error.hint_key))
        return None
    ctx = FileContext(path, document, problems)
    report_duplicate_keys(ctx)
    kind = document.data.get("type") if isinstance(document.data, dict) else None
    if kind == "case_study":
        return _read_case(ctx, split.body, split.body_line)
    if kind not in ("lesson", None):
        ctx.report(("type",), "md.bad_type", type=kind)
        return None
    if kind is None and isinstance(document.data, dict):
        ctx.report((), "key.missing", key="type")
    return _read_lesson(ctx, split.body, split.body_line)


def _body_line(body_line: int, segment: Segment) -> int:
    return body_line + segment.line - 1


def _read_lesson(ctx: FileContext, body: str, body_line: int) -> m.Lesson:
    f = Fields(ctx, ctx.document.data, (), LESSON_KEYS)
    for segment in split_blocks(body):
        _check_block(ctx, segment, body_line, CALLOUT_KINDS)
    return m.Lesson(id=f.identifier(), title=f.text("title", required=True),
                    duration_minutes=f.optional_number("duration_minutes"), body=body,
                    path=ctx.path, source=m.SourceRef(ctx.path, 1))


def _check_block(ctx: FileContext, segment: Segment, body_line: int,
                 allowed: tuple[str, ...]) -> bool:
    line = _body_line(body_line, segment)
    if not segment.kind:
        return True
    if not segment.closed:
        ctx.problems.add(ctx.path, line, tr("block.unclosed", kind=segment.kind),
                         tr("block.unclosed.hint"))
    if segment.kind not in allowed:
        ctx.problems.add(ctx.path, line, tr("block.unknown", kind=segment.kind),
                         tr("key.allowed", keys=", ".join(allowed)))
        return False
    return True


def _read_case(ctx: FileContext, body: str, body_line: int) -> m.CaseStudy:
    f = Fields(ctx, ctx.document.data, (), LESSON_KEYS)
    case = m.CaseStudy(id=f.identifier(), title=f.text("title", required=True),
                       duration_minutes=f.optional_number("duration_minutes"),
                       path=ctx.path, source=m.SourceRef(ctx.path, 1))
    for segment in split_blocks(body):
        line = _body_line(body_line, segment)
        if not segment.kind:
            if segment.text.strip():
                ctx.problems.add(ctx.path, line, tr("case.text_outside"),
                                 tr("case.text_outside.hint", sections=", ".join(m.CASE_SECTIONS)))
            continue
        if not _check_block(ctx, segment, body_line, m.CASE_SECTIONS):
            continue
        if segment.kind in case.sections:
            ctx.problems.add(ctx.path, line, tr("case.section_duplicate", section=segment.kind))
            continue
        case.sections[segment.kind] = segment.text.strip("\n")
    _check_case_sections(ctx, case)
    return case


def _check_case_sections(ctx: FileContext, case: m.CaseStudy) -> None:
    for section in m.REQUIRED_CASE_SECTIONS:
        if not case.sections.get(section, "").strip():
            ctx.problems.add(ctx.path, 1, tr("case.section_missing", section=section))
    if case.sections.get("questions", "").strip() and not case.discussion_questions:
        ctx.problems.add(ctx.path, 1, tr("case.no_questions"), tr("case.no_questions.hint"))


def empty_document() -> YamlDocument:
    return YamlDocument(data={})
