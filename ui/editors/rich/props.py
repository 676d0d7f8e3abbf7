"""Custom QTextFormat properties that carry the Markdown spelling through the document.

The serialiser reads only these (never fonts or colours), so what a block looks like on screen
and what it means in Markdown cannot drift apart.
"""

from __future__ import annotations

from PySide6.QtGui import QTextFormat

_BASE = int(QTextFormat.Property.UserProperty)

# character formats
BOLD = _BASE + 1  # str: "**" or "__"
ITALIC = _BASE + 2  # str: "*" or "_"
CODE = _BASE + 3  # str: the backticks
RAW = _BASE + 4  # bool: inline HTML kept verbatim
BREAK = _BASE + 5  # str on a U+2028: "  " or "\\" (a hard line break); absent: soft break
LINK_TITLE = _BASE + 6  # str
IMAGE_SRC = _BASE + 7  # str: the image path as written in the Markdown
IMAGE_ALT = _BASE + 8  # str
IMAGE_TITLE = _BASE + 9  # str

# block, frame and list formats
GAP = _BASE + 20  # str: the blank lines before a block, "\n"-joined, when not canonical
KIND = _BASE + 21  # str on frames: "callout", "quote" or "source"
CALLOUT = _BASE + 22  # str: tip, note, warning, example, trainer, background …
FENCE_OPEN = _BASE + 23  # str: the exact opening line ("::: tip")
FENCE_CLOSE = _BASE + 24  # str: the exact closing line (":::")
INNER_TAIL = _BASE + 26  # str: blank lines before a fence's closing line
MARKER = _BASE + 27  # str on list formats: "-", "*", "+", "." or ")"
LOOSE = _BASE + 28  # bool on list formats: a blank line between items
TABLE_DELIM = _BASE + 29  # str on tables: the |---| line as written
SOURCE_LABEL = _BASE + 30  # str on source frames: why it is kept as source
NEWLINE = _BASE + 31  # str on the root frame: "\r\n" for a file written with Windows line ends

KIND_CALLOUT = "callout"
KIND_QUOTE = "quote"
KIND_SOURCE = "source"

LAZY = "lazy"  # BREAK value: the next line of a list item is not indented
LAZY_MARK = "\x00lazy\x00"  # in the writer's output only: "do not indent this line"
LINE_SEPARATOR = "\u2028"
OBJECT_CHAR = "\ufffc"
