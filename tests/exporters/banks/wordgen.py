"""Small .docx files written from WordprocessingML snippets, for reader tests.

Writing the XML by hand lets a test use exactly the features a 题库 relies on: automatic
numbering (numbering.xml), red runs, tables, content controls, text boxes and images.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (f'xmlns:w="{W_NS}" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
              'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
              'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
              'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
              'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
              'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
              'xmlns:v="urn:schemas-microsoft-com:vml"')



def _png() -> bytes:
    """A valid 1×1 red PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


PNG = _png()


def run(text: str, color: str | None = None, highlight: str | None = None,
        bold: bool = False) -> str:
    props = ""
    if color:
        props += f'<w:color w:val="{color}"/>'
    if highlight:
        props += f'<w:highlight w:val="{highlight}"/>'
    if bold:
        props += "<w:b/>"
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    parts = text.split("\n")
    inner = '<w:br/>'.join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in parts)
    return f"<w:r>{rpr}{inner}</w:r>"


def para(*runs: str, num: tuple[int, int] | None = None, style: str | None = None) -> str:
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    content = "".join(r if r.startswith("<") else run(r) for r in runs)
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{content}</w:p>"


def table(rows: list[list[str]]) -> str:
    body = "".join("<w:tr>" + "".join(f"<w:tc>{para(cell)}</w:tc>" for cell in row) + "</w:tr>"
                   for row in rows)
    return f"<w:tbl>{body}</w:tbl>"


def content_control(*paragraphs: str) -> str:
    return f"<w:sdt><w:sdtPr/><w:sdtContent>{''.join(paragraphs)}</w:sdtContent></w:sdt>"


def text_box(*paragraphs: str) -> str:
    """A run holding a text box, with the VML fallback Word writes (which must be ignored)."""
    inner = "".join(paragraphs)
    return ("<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
            "<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>" + inner +
            "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
            "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
            + inner + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>")


def image(rel_id: str = "rIdImg1") -> str:
    return (f'<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill>'
            f'<a:blip r:embed="{rel_id}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>'
            f'</wp:inline></w:drawing></w:r>')


def numbering(levels: dict[int, list[tuple[str, str]]]) -> str:
    """abstractNumId → [(numFmt, lvlText) per level]; numId = abstractNumId + 1."""
    abstracts, nums = "", ""
    for abstract_id, specs in levels.items():
        lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                       f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in
                       enumerate(specs))
        abstracts += f'<w:abstractNum w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'
        nums += (f'<w:num w:numId="{abstract_id + 1}"><w:abstractNumId w:val="{abstract_id}"/>'
                 f'</w:num>')
    return f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {NAMESPACES}>{abstracts}{nums}' \
           f'</w:numbering>'


STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles {NAMESPACES}>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
          '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
          '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style></w:styles>')


def write_docx(path: Path, body: str, numbering_xml: str | None = None,
               media: bool = False, document_prefix: str = "") -> Path:
    rels = ""
    if numbering_xml:
        rels += ('<Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/'
                 'officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
    if media:
        rels += ('<Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/'
                 'officeDocument/2006/relationships/image" Target="media/image1.png"/>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml",
                         '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Default Extension="xml" ContentType='
                         '"application/xml"/><Override PartName="/word/document.xml" '
                         'ContentType="application/vnd.openxmlformats-officedocument.'
                         'wordprocessingml.document.main+xml"/></Types>')
        archive.writestr("word/document.xml",
                         f'<?xml version="1.0" encoding="UTF-8"?>{document_prefix}'
                         f'<w:document {NAMESPACES}><w:body>{body}</w:body></w:document>')
        archive.writestr("word/_rels/document.xml.rels",
                         '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                         f'openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
        archive.writestr("word/styles.xml", STYLES)
        if numbering_xml:
            archive.writestr("word/numbering.xml", numbering_xml)
        if media:
            archive.writestr("word/media/image1.png", PNG)
    return path
