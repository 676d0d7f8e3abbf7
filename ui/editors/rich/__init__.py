"""The visual (rich-text) editor for lessons and case-study sections.

The file on disk stays the documented Markdown: :mod:`.to_document` builds a QTextDocument
from it, :mod:`.to_markdown` writes the document back, byte for byte when nothing was edited.
"""
