"""Messages of the media helper (pictures brought into a course: exporters.media_store)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "media.not_image": {
        "en": "“{name}” is not a picture this course can use (PNG, JPEG, GIF, WebP, SVG).",
        "zh": "“{name}”不是可用的图片（支持 PNG、JPEG、GIF、WebP、SVG）。"},
    "media.unsupported": {
        "en": "“{name}” is a {kind} picture; use PNG, JPEG, GIF, WebP or SVG instead.",
        "zh": "“{name}”是 {kind} 格式的图片，请改用 PNG、JPEG、GIF、WebP 或 SVG。"},
    "media.bomb": {
        "en": "“{name}” has far too many pixels to open safely; "
              "save a smaller copy and insert that.",
        "zh": "“{name}”的像素过多，无法安全打开；请另存一张较小的图片后再插入。"},
    "media.too_large": {
        "en": "“{name}” is larger than {limit} MB; save a smaller copy and insert that.",
        "zh": "“{name}”超过 {limit} MB，请另存一张较小的图片后再插入。"},
    "media.unreadable": {
        "en": "“{name}” cannot be read: {reason}",
        "zh": "无法读取“{name}”：{reason}"},
    "media.unwritable": {
        "en": "The picture could not be saved as “{name}”: {reason}",
        "zh": "无法将图片保存为“{name}”：{reason}"},
    "media.folder_unsafe": {
        "en": "The course's “{folder}” folder is a link or not a folder; "
              "pictures are only stored in a real folder inside the course.",
        "zh": "课程中的“{folder}”不是普通文件夹（可能是链接），"
              "图片只能保存在课程内的真实文件夹中。"},
}
