"""Interface texts of pictures in question fields and of the alt-text dialog."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "media.insert": {"en": "Insert picture", "zh": "插入图片"},
    "media.insert_tip": {
        "en": "Insert picture (you can also paste or drag a picture onto the text)",
        "zh": "插入图片（也可以直接粘贴或把图片拖到文字框里）"},
    "media.choose": {"en": "Choose a picture", "zh": "选择图片"},
    "media.images_filter": {"en": "Pictures", "zh": "图片"},
    "media.refused_title": {"en": "Picture not inserted", "zh": "未能插入图片"},
    "media.edit_alt": {"en": "Description…", "zh": "说明…"},
    "media.edit_alt_tip": {"en": "Change the picture's description", "zh": "修改图片的替代文字"},
    "media.remove": {"en": "Remove picture", "zh": "移除图片"},
    "media.decorative_chip": {"en": "(decorative)", "zh": "（装饰性图片）"},
    "media.missing": {"en": "Picture missing", "zh": "图片缺失"},
    "media.strip": {"en": "Pictures in this text", "zh": "本段中的图片"},
    "media.format_tip": {
        "en": "Ctrl+B bold, Ctrl+I italic", "zh": "Ctrl+B 加粗，Ctrl+I 倾斜"},
    "alt.title": {"en": "Describe the picture", "zh": "图片说明"},
    "alt.label": {"en": "&Alternative text:", "zh": "替代文字/说明(&A)："},
    "alt.why": {
        "en": "Say in a few words what the picture shows. Screen readers read this aloud, and it "
              "is shown wherever the picture cannot be (a missing file, a text-only export).",
        "zh": "用一两句话写出图片的内容。读屏软件会朗读这段文字；"
              "图片无法显示时（文件缺失、纯文字导出）也会显示它。"},
    "alt.decorative": {
        "en": "&Decorative picture (needs no description)", "zh": "装饰性图片，无需说明(&D)"},
    "alt.needed": {
        "en": "Write a description, or tick “decorative picture”.",
        "zh": "请填写说明，或勾选“装饰性图片”。"},
    "alt.downscaled": {
        "en": "This photo was large: it is stored at {width}×{height} pixels "
              "(was {old_width}×{old_height}).",
        "zh": "这张照片较大，已缩小为 {width}×{height} 像素保存"
              "（原为 {old_width}×{old_height}）。"},
    "alt.reused": {
        "en": "The course already has this picture; it is used again, not copied.",
        "zh": "课程中已有这张图片，将直接使用，不再复制。"},
}
