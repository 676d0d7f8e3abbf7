"""Text measures the rules share: visible length, character n-grams, option letters.

Chinese is not segmented into words with a dictionary (jieba's last release is from 2020 and
loading its dictionary takes about a second, half the review's time budget; bank terms are
missing from it anyway). Character bigrams stand in for Chinese words (most are two
characters) and whole words for English, which is all the rules need: "does this word of the
stem recur in the key", "how much text do two questions share".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

_MARKUP = re.compile(r"</?[a-z]+[^>]*>")
_NOT_LETTERS = re.compile(r"[\W_]+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_LATIN_WORD = re.compile(r"[a-z][a-z'-]{3,}")
# characters that make a bigram grammatical rather than a content word
_FUNCTION_CHARS = set("的了是在和与或及这那一个不们时为有对将把被也就都而"
                      "之于以其所中上下能会要该应很更最")


def plain(text: str) -> str:
    """Lower case without Markdown/HTML markup, whitespace or punctuation."""
    return _NOT_LETTERS.sub("", _MARKUP.sub("", text.lower()))


def visible_length(text: str) -> int:
    """What a reader sees as the text's length: characters without spaces, markup and
    punctuation (a Chinese character and a Latin letter count alike)."""
    return len(plain(text))


def trigrams(text: str) -> frozenset[str]:
    letters = plain(text)
    return frozenset({letters[i:i + 3] for i in range(len(letters) - 2)})


@lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """Chinese content bigrams and English words of four letters or more."""
    lowered = unicodedata.normalize("NFKC", text).lower()
    words = set(_LATIN_WORD.findall(lowered))
    for run in _CJK.findall(lowered):
        words.update(a + b for a, b in pairwise(run)
                     if a not in _FUNCTION_CHARS and b not in _FUNCTION_CHARS)
    return frozenset(words)


def option_letter(index: int) -> str:
    return chr(ord("A") + index) if 0 <= index < 26 else str(index + 1)
