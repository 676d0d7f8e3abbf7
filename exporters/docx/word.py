"""Word building blocks python-docx has no call for: East Asian fonts, fields (PAGE, NUMPAGES,
TOC), shading and borders, repeated header rows, restarted numbering, mirrored margins."""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.styles.style import BaseStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

# Word rejects a file whose elements are out of the schema's order: each element is inserted
# before the first of the elements that must follow it.
_P_AFTER_SHD = ("w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
                "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
                "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_P_AFTER_BDR = ("w:shd", *_P_AFTER_SHD)
_TC_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
                 "w:hideMark", "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge",
                 "w:tcPrChange")
_TC_AFTER_BORDERS = ("w:shd", *_TC_AFTER_SHD)
_R_AFTER_SHD = ("w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
                "w:eastAsianLayout", "w:specVanish", "w:oMath")
_R_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_SETTINGS_AFTER_UPDATE = ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat",
                          "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema",
                          "w:themeFontLang", "w:clrSchemeMapping",
                          "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures",
                          "w:forceUpgrade", "w:captions", "w:readModeInkLockDown",
                          "w:smartTagType", "w:shapeDefaults", "w:doNotEmbedSmartTags",
                          "w:decimalSymbol", "w:listSeparator")
_SETTINGS_AFTER_MIRROR = ("w:alignBordersAndEdges", "w:bordersDoNotSurroundHeader",
                          "w:bordersDoNotSurroundFooter", "w:gutterAtTop", "w:hideSpellingErrors",
                          "w:hideGrammaticalErrors", "w:activeWritingStyle", "w:proofState",
                          "w:formsDesign", "w:attachedTemplate", "w:linkStyles",
                          "w:stylePaneFormatFilter", "w:stylePaneSortMethod", "w:documentType",
                          "w:mailMerge", "w:revisionView", "w:trackRevisions",
                          "w:doNotTrackMoves", "w:doNotTrackFormatting", "w:documentProtection",
                          "w:autoFormatOverride", "w:styleLockTheme", "w:styleLockQFSet",
                          "w:defaultTabStop", "w:autoHyphenation", "w:consecutiveHyphenLimit",
                          "w:hyphenationZone", "w:doNotHyphenateCaps", "w:showEnvelope",
                          "w:summaryLength", "w:clickAndTypeStyle", "w:defaultTableStyle",
                          "w:evenAndOddHeaders", "w:bookFoldRevPrinting", "w:bookFoldPrinting",
                          "w:bookFoldPrintingSheets", "w:drawingGridHorizontalSpacing",
                          "w:drawingGridVerticalSpacing", "w:displayHorizontalDrawingGridEvery",
                          "w:displayVerticalDrawingGridEvery",
                          "w:doNotUseMarginsForDrawingGridOrigin",
                          "w:drawingGridHorizontalOrigin", "w:drawingGridVerticalOrigin",
                          "w:doNotShadeFormData", "w:noPunctuationKerning",
                          "w:characterSpacingControl", "w:printTwoOnOne",
                          "w:strictFirstAndLastChars", "w:noLineBreaksAfter",
                          "w:noLineBreaksBefore", "w:savePreviewPicture",
                          "w:doNotValidateAgainstSchema", "w:saveInvalidXml",
                          "w:ignoreMixedContent", "w:alwaysShowPlaceholderText",
                          "w:doNotDemarcateInvalidXml", "w:saveXmlDataOnly",
                          "w:useXSLTWhenSaving", "w:saveThroughXslt", "w:showXMLTags",
                          "w:alwaysMergeEmptyNamespace", "w:updateFields",
                          *_SETTINGS_AFTER_UPDATE)


def hex_colour(colour: Any) -> str:
    """'1F4E79' from a ReportLab colour or a '#1F4E79' string."""
    if isinstance(colour, str):
        return colour.lstrip("#").upper()
    return colour.hexval()[2:].upper()  # type: ignore[no-any-return]


def rgb(colour: Any) -> RGBColor:
    return RGBColor.from_string(hex_colour(colour))


def set_fonts(element: Any, latin: str, east_asian: str, language: str = "zh-CN") -> None:
    """Name the fonts of a style's or run's rPr: Latin and East Asian (w:eastAsia), replacing
    theme fonts, and mark the East Asian language so that Word and WPS pick CJK settings."""
    r_pr = element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for attribute, name in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", east_asian),
                            ("w:cs", latin)):
        fonts.set(qn(attribute), name)
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.insert_element_before(lang, *_R_AFTER_LANG)
    lang.set(qn("w:eastAsia"), language)


def style_fonts(style: BaseStyle, latin: str, east_asian: str) -> None:
    set_fonts(style.element, latin, east_asian)


def default_fonts(document: Document, latin: str, east_asian: str) -> None:
    """The document defaults (docDefaults rPrDefault) use the course's fonts too."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        return
    r_pr_default = defaults.find(qn("w:rPrDefault"))
    if r_pr_default is None:
        return
    r_pr = r_pr_default.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = OxmlElement("w:rPr")
        r_pr_default.append(r_pr)

    class _Holder:
        def get_or_add_rPr(self) -> Any:
            return r_pr

    set_fonts(_Holder(), latin, east_asian)


def add_field(paragraph: Paragraph, instruction: str, shown: str = "") -> Run:
    """A field (PAGE, NUMPAGES …) with ``shown`` as its last computed result."""
    def char(kind: str) -> Run:
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)
        return run

    first = char("begin")
    code = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    code._r.append(text)
    char("separate")
    paragraph.add_run(shown)
    char("end")
    return first


def begin_complex_field(paragraph: Paragraph, instruction: str) -> None:
    """The start of a field whose result spans several paragraphs (a TOC)."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None)):
        run = paragraph.add_run()
        if kind is not None:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
            if kind == "begin":
                element.set(qn("w:dirty"), "true")  # Word recomputes it when opened
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        run._r.append(element)


def end_complex_field(paragraph: Paragraph) -> None:
    run = paragraph.add_run()
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), "end")
    run._r.append(element)


def update_fields_on_open(document: Document) -> None:
    """Ask Word/WPS to refresh fields (the table of contents' page numbers) on opening."""
    settings = document.settings.element
    element = OxmlElement("w:updateFields")
    element.set(qn("w:val"), "true")
    settings.insert_element_before(element, *_SETTINGS_AFTER_UPDATE)


def mirror_margins(document: Document) -> None:
    """Two-sided printing: inside and outside margins instead of left and right."""
    settings = document.settings.element
    element = OxmlElement("w:mirrorMargins")
    settings.insert_element_before(element, *_SETTINGS_AFTER_MIRROR)


def shade(target: _Cell | Paragraph, fill: Any) -> None:
    """A background colour for a table cell or a paragraph."""
    successors: tuple[str, ...]
    if isinstance(target, _Cell):
        element, successors = target._tc.get_or_add_tcPr(), _TC_AFTER_SHD
    else:
        element, successors = target._p.get_or_add_pPr(), _P_AFTER_SHD
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), hex_colour(fill))
    element.insert_element_before(shading, *successors)


def cell_borders(cell: _Cell, **sides: tuple[str, float, Any]) -> None:
    """Borders of a cell: side=(style, width in points, colour); style 'nil' for none."""
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        style, width, colour = sides.get(side, ("nil", 0, "FFFFFF"))
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), style)
        element.set(qn("w:sz"), str(int(width * 8)))
        element.set(qn("w:space"), "0")
        element.set(qn("w:color"), hex_colour(colour))
        borders.append(element)
    tc_pr.insert_element_before(borders, *_TC_AFTER_BORDERS)


def bottom_rule(paragraph: Paragraph, colour: Any, style: str = "single",
                width: float = 0.5) -> None:
    """A line under the paragraph (ruled writing lines, header rules)."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    # Paragraphs with equal borders form one bordered group: "between" rules each of them.
    for side in ("bottom", "between"):
        rule = OxmlElement(f"w:{side}")
        rule.set(qn("w:val"), style)
        rule.set(qn("w:sz"), str(int(width * 8)))
        rule.set(qn("w:space"), "1")
        rule.set(qn("w:color"), hex_colour(colour))
        borders.append(rule)
    p_pr.insert_element_before(borders, *_P_AFTER_BDR)


def box(paragraph: Paragraph, colour: Any, style: str = "dashed") -> None:
    """A border all round a paragraph (the missing-image placeholder)."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), style)
        element.set(qn("w:sz"), "6")
        element.set(qn("w:space"), "4")
        element.set(qn("w:color"), hex_colour(colour))
        borders.append(element)
    p_pr.insert_element_before(borders, *_P_AFTER_BDR)


def repeat_header_row(table: Table) -> None:
    """The first row repeats at the top of every page the table runs onto."""
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    tr_pr.append(element)


def keep_row_together(table: Table) -> None:
    for row in table.rows:
        element = OxmlElement("w:cantSplit")
        row._tr.get_or_add_trPr().append(element)


def restart_numbering(document: Document, paragraph: Paragraph, start: int = 1) -> int:
    """A new numbering instance of the paragraph's list style starting at ``start`` (so each
    Markdown ordered list counts from its own first number). Returns its numId."""
    style = paragraph.style
    num_pr = style.element.pPr.numPr if style is not None and style.element.pPr is not None \
        else None
    numbering = document.part.numbering_part.element
    if num_pr is None or num_pr.numId is None:
        return 0
    base = next(n for n in numbering.num_lst if n.numId == num_pr.numId.val)
    num = numbering.add_num(base.abstractNumId.val)
    override = num.add_lvlOverride(ilvl=0)
    override.add_startOverride(start)
    return int(num.numId)


def use_numbering(paragraph: Paragraph, num_id: int) -> None:
    if num_id:
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id


def page_break(paragraph: Paragraph) -> None:
    paragraph.add_run().add_break(WD_BREAK.PAGE)


def add_hyperlink(paragraph: Paragraph, url: str, text: str, colour: Any) -> None:
    """A clickable external link (python-docx has no call for one)."""
    part = paragraph.part
    r_id = part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    r_pr = OxmlElement("w:rPr")
    colour_element = OxmlElement("w:color")
    colour_element.set(qn("w:val"), hex_colour(colour))
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    r_pr.append(colour_element)
    r_pr.append(underline)
    run.append(r_pr)
    text_element = OxmlElement("w:t")
    text_element.set(qn("xml:space"), "preserve")
    text_element.text = text
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def points(value: float) -> Pt:
    return Pt(value)


def shade_run(run: Run, fill: Any) -> None:
    """A background colour behind a run (inline code)."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), hex_colour(fill))
    run._r.get_or_add_rPr().insert_element_before(shading, *_R_AFTER_SHD)
