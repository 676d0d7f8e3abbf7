"""The patterns of the Chinese 题库 text conventions (numbers, tags, options, fields, keys).

Shared by the text parser, the table readers and the writers, which must agree on them.
"""

from __future__ import annotations

import re

_CN_NUM = "一二三四五六七八九十百"
QNUM = re.compile(r"^\s*(?:第\s*(\d+)\s*题\s*[:：.、．]?|[（(](\d+)[)）]|(\d+)\s*[.、．](?!\d))\s*")
SECTION = re.compile(rf"^\s*(?:[{_CN_NUM}]+\s*[、.．]|第[{_CN_NUM}\d]+(?:部分|节|章)\s*[:：、]?)"
                     r"\s*(.*)$")
TYPE_HEADING = re.compile(r"^[\u4e00-\u9fff]{2,8}题$")
TAG = r"[【\[［(（]\s*([^】\]］)）]{1,8}?)\s*[】\]］)）]"
TAG_START = re.compile(r"^\s*" + TAG + r"\s*")
TAG_END = re.compile(r"\s*" + TAG + r"\s*$")
SCORE_IN_STEM = re.compile(r"[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")
EACH_POINTS = re.compile(r"每[题小]?\s*(\d+(?:\.\d+)?)\s*分")
OPT_MARK = r"[（(]?([A-JＡ-Ｊ])\s*[.、．：:)）]"
OPTION = re.compile(r"^\s*" + OPT_MARK + r"\s*")
OPTION_SPLIT = re.compile(r"[ \t\u3000]+(?=[（(]?[A-JＡ-Ｊ]\s*[.、．：:)）])")
ANSWER = re.compile(r"^\s*(?:【\s*(?:正确|参考|标准)?答案\s*】|(?:正确|参考|标准)?答案\s*[:：]"
                    r"|正确选项\s*[:：])\s*(.*)$")
EXTRAS = re.compile(r"\s+(?:你的|考生|我的)(?:答案|选项)\s*[:：].*$|\s+得分\s*[:：].*$")
ANALYSIS = re.compile(r"^\s*(?:【\s*(?:答案)?解析\s*】|(?:答案|试题)?解析\s*[:：])\s*(.*)$")
POINTS = re.compile(r"^\s*(?:【\s*分值\s*】|(?:分值|分数)\s*[:：])\s*(.*)$")
DIFFICULTY = re.compile(r"^\s*(?:【\s*难度\s*】|难度\s*[:：])\s*(.*)$")
TAGS = re.compile(r"^\s*(?:【\s*(?:知识点|标签|章节|考点)\s*】"
                  r"|(?:知识点|标签|章节|考点|分类)\s*[:：])"
                  r"\s*(.*)$")
TYPE_FIELD = re.compile(r"^\s*(?:【\s*题型\s*】|题型\s*[:：])\s*(.*)$")
RIGHT_ITEM = re.compile(r"^\s*(?:(\d+)\s*[)）]|([①-⑩]))\s*(.*)$")
MARKED = re.compile(r"\s*[（(\[【]\s*正确答案\s*[)）\]】]\s*")
TF_PAIR = re.compile(r"^\s*(正确|对|是|√)\s*[/、|｜\s]?\s*(错误|错|否|×)\s*$")
INLINE_LETTERS = re.compile(r"[（(]\s*([A-JＡ-Ｊ](?:[\s,，、]*[A-JＡ-Ｊ])*)\s*[)）]")
INLINE_TF = re.compile(r"[（(]\s*([√×✓✗对错])\s*[)）]\s*$")
KEY_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．])?\s*(?:参考|标准)?答案"
                         r"(?:与解析|及解析|速查|汇总|表)?\s*[:：]?\s*$")
KEY_ENTRY = re.compile(r"(\d+)\s*(?:[-—–~～至]\s*(\d+))?\s*[.、．:：]?\s*"
                       r"([A-JＡ-Ｊ]+|[√×对错]|正确|错误)")
