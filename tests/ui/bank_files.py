"""Small question banks made by the tests: a Word file, an Excel file, a text file."""

from __future__ import annotations

from pathlib import Path

WORD_LINES = [
    "一、单项选择题",
    "1. 客户来电抱怨信用卡年费太高，客服代表首先应该怎么做？",
    "A. 直接解释年费政策",
    "B. 倾听并认同客户的感受",
    "C. 转给其他同事",
    "答案：B",
    "2. 建立信任最重要的是什么？",
    "A. 低价",
    "B. 持续可靠的服务",
    "二、判断题",
    "3. 同理心就是同意客户的所有要求。",
    "答案：错",
    "4. 积极回应需要先认同客户的情绪。",
    "答案：对",
    "知识点：积极回应、同理心",
]

TEXT = """一、单项选择题
1. 客户情绪激动时，第一步应该做什么？
A. 解释规定
B. 倾听
答案：B
2. 认同客户感受的说法是？
A. “我理解您的着急”
B. “这是规定”
答案：A
"""


def word_bank(path: Path) -> Path:
    """Four questions: two good, one without an answer (error), one with a note (warning)."""
    from docx import Document

    document = Document()
    for line in WORD_LINES:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def excel_bank(path: Path) -> Path:
    """A 单选题 sheet: two good rows and one whose answer names a missing option."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "单选题"
    sheet.append(["题干（必填）", "选项A", "选项B", "选项C", "正确答案", "解析"])
    sheet.append(["客户投诉时首先要做什么？", "争辩", "倾听", "挂断", "B", "先倾听。"])
    sheet.append(["信任的基础是什么？", "专业与诚信", "价格", "广告", "A", ""])
    sheet.append(["哪一项是积极回应？", "回避", "认同", "", "D", ""])
    workbook.save(str(path))
    return path
