"""Move Python message catalogues into gettext .po files and keep Traditional Chinese in step.

    python scripts/migrate_catalogues.py          # convert, regenerate zh_TW, write
    python scripts/migrate_catalogues.py --check  # change nothing; exit 1 if work is left

Safe to run again and again (after merging branches that still add ``MESSAGES`` modules):

1. every ``courseware/catalog/<feature>.py`` (not ``__init__``) and
   ``ui/i18n/messages_<feature>.py`` is merged into ``<layer>/locale/{en,zh_CN}/<feature>.po``
   (new keys added, changed texts updated, keys only in the .po kept; a key moved to another
   feature leaves its old file), then the module is deleted. A module that an earlier run
   deleted and a branch brought back applies only the messages the branch changed (compared
   with the version git has from before that deletion);
2. every ``zh_TW/<feature>.po`` is made again from its ``zh_CN`` twin: OpenCC's Taiwan profile
   with phrases (s2twp), then the reviewed terms in :data:`TERMS`. An entry whose translator
   comment has a line starting with ``reviewed`` was checked by a person and is kept as it
   is; when its Simplified source changes it is kept but marked fuzzy for another look.

See docs/translating.md.
"""

from __future__ import annotations

import argparse
import ast
import runpy
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
SOURCE_COMMENT = "zh_CN: "
HEADER = "Courseware Studio's messages: see docs/translating.md"
HEADERS = {
    "en": ("English", "nplurals=2; plural=(n != 1);"),
    "zh_CN": ("Chinese (Simplified)", "nplurals=1; plural=0;"),
    "zh_TW": ("Chinese (Traditional)", "nplurals=1; plural=0;"),
}

# Reviewed terms: Simplified phrase → the Traditional phrase that trainers at banks in Taiwan,
# Hong Kong and Macau read, where OpenCC's s2twp gets it wrong or a term differs. A phrase is
# protected from OpenCC and written as given here. The second group only confirms what OpenCC
# already writes (kept so a change of OpenCC's dictionaries cannot undo a checked term).
# Check a new term with --terms, which lists every entry a term touches.
TERMS: tuple[tuple[str, str, str], ...] = (
    # (Simplified, reviewed Traditional, why)
    ("质量", "品質", "quality of questions/service; 質量 is physical mass"),
    ("查找", "尋找", "Find (Ctrl+F) in Taiwan's software; OpenCC writes 查詢 (a query)"),
    ("撤销", "復原", "Undo, as in Office; 撤銷 is to revoke"),
    ("端口", "連接埠", "a network port"),
    ("权限", "權限", "permission; OpenCC writes 許可權"),
    ("只读", "唯讀", "read-only; OpenCC writes 隻讀"),
    ("U 盘", "隨身碟", "USB stick"),
    ("U盘", "隨身碟", "USB stick"),
    ("高级", "進階", "Advanced (settings); 高階 is senior rank"),
    ("单击", "按一下", "click"),
    ("双击", "按兩下", "double-click"),
    ("反馈", "回饋", "feedback on answers; to report to the developers"),
    ("响应", "回應", "a server's response"),
    ("文本", "文字", "text (plain text, text block)"),
    ("账户", "帳戶", "account: 帳 in Taiwan's standard; OpenCC writes 賬"),
    ("账号", "帳號", "account: 帳 in Taiwan's standard; OpenCC writes 賬"),
    ("二维码", "QR 碼", "QR code, as banks in Taiwan and Hong Kong print it"),
    ("帮助(&H)", "說明(&H)", "the Help menu"),
    ("工具栏", "工具列", "toolbar"),
    ("身份", "身分", "identity: Taiwan's standard form"),
    ("加粗", "粗體", "bold (text format)"),
    # confirmed: OpenCC already writes these
    ("信息", "資訊", "information (IT department: 資訊部門)"),
    ("软件", "軟體", "software"),
    ("默认", "預設", "default"),
    ("视频", "影片", "video"),
    ("打印", "列印", "print"),
    ("导出", "匯出", "export"),
    ("导入", "匯入", "import"),
    ("服务器", "伺服器", "server"),
    ("数据库", "資料庫", "database"),
    ("网络", "網路", "network"),
    ("模块", "模組", "a course module"),
    ("文件夹", "資料夾", "folder"),
)


@dataclass(frozen=True)
class Layer:
    """Where one layer's Python modules were and where its .po files live."""

    modules: Path
    pattern: str
    prefix: str
    locale: Path

    def python_modules(self) -> list[Path]:
        return sorted(p for p in self.modules.glob(self.pattern) if p.name != "__init__.py")

    def feature(self, module: Path) -> str:
        return module.stem.removeprefix(self.prefix)


LAYERS = (
    Layer(ROOT / "courseware" / "catalog", "*.py", "", ROOT / "courseware" / "locale"),
    Layer(ROOT / "ui" / "i18n", "messages_*.py", "messages_", ROOT / "ui" / "locale"),
)
# Printed labels stay in Python (Simplified and English); only their Traditional text is made
# here, into exporters/locale/zh_TW/<name>_labels.po with keys "<name>.<key>".
LABEL_SOURCES = {"pdf": ROOT / "exporters" / "pdf" / "labels.py",
                 "html": ROOT / "exporters" / "html" / "labels.py"}
LABEL_LOCALE = ROOT / "exporters" / "locale"


# ---------------------------------------------------------------- files


def new_po(locale: str) -> polib.POFile:
    po = polib.POFile(wrapwidth=100)
    po.header = HEADER
    name, plurals = HEADERS[locale]
    po.metadata = {
        "Project-Id-Version": "Courseware Studio",
        "Language": locale,
        "Language-Team": name,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": plurals,
    }
    return po


def open_po(path: Path, locale: str) -> polib.POFile:
    if not path.exists():
        return new_po(locale)
    po = polib.pofile(str(path), wrapwidth=100)
    po.metadata["Plural-Forms"] = HEADERS[locale][1]
    po.header = HEADER
    for entry in po:  # written by the first version of this script
        entry.flags = [f for f in entry.flags if f != "python-brace-format"]
    return po


def save_po(po: polib.POFile, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))


# ---------------------------------------------------------------- entries


def english_comment(entry: dict[str, str]) -> str:
    if "en_one" in entry:
        return f"one: {entry['en_one']}\nother: {entry['en']}"
    return entry["en"]


def set_flags(po_entry: polib.POEntry) -> None:
    """No python-brace-format flag: msgfmt and Poedit would compare the fields with the
    symbolic msgid and call every entry wrong (tests compare the languages instead)."""
    po_entry.flags = [f for f in po_entry.flags if f not in ("python-brace-format", "fuzzy")]


def fill(po_entry: polib.POEntry, locale: str, entry: dict[str, str]) -> None:
    """Write a Python catalogue entry ({"en", "zh"[, "en_one"]}) into an en or zh_CN entry."""
    plural = "en_one" in entry
    po_entry.msgid_plural = po_entry.msgid if plural else ""
    if locale == "en":
        forms = {0: entry["en_one"], 1: entry["en"]} if plural else {}
        texts = [entry["en"], entry.get("en_one", "")]
    else:
        forms = {0: entry["zh"]} if plural else {}
        texts = [entry["zh"]]
        po_entry.comment = english_comment(entry)
    po_entry.msgstr = "" if plural else texts[0]
    po_entry.msgstr_plural = forms
    set_flags(po_entry)


def base_messages(module: Path) -> dict[str, dict[str, str]]:
    """The module as an earlier run saw it before deleting it (from git), {} for a new one.

    A branch that edited one message of an old module brings back the whole module, with the
    old text of every message it did not touch; only what differs from this base is applied,
    so fixes made in the .po files since (plurals, wording) are not undone."""
    try:
        relative = module.relative_to(ROOT).as_posix()
        commit = subprocess.run(["git", "log", "-1", "--diff-filter=D", "--format=%H", "--",
                                 relative], cwd=ROOT, capture_output=True, text=True,
                                check=True).stdout.strip()
        if not commit:
            return {}
        source = subprocess.run(["git", "show", f"{commit}^:{relative}"], cwd=ROOT,
                                capture_output=True, text=True, check=True).stdout
    except (ValueError, OSError, subprocess.CalledProcessError):
        return {}
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / module.name
        copy.write_text(source, "utf-8")
        messages: dict[str, dict[str, str]] = runpy.run_path(str(copy)).get("MESSAGES", {})
    return messages


def merge_module(layer: Layer, module: Path) -> int:
    """Merge one Python module into the en and zh_CN .po files; returns its number of keys
    applied (those new or changed since the base, see :func:`base_messages`)."""
    messages: dict[str, dict[str, str]] = runpy.run_path(str(module))["MESSAGES"]
    base = base_messages(module)
    feature = layer.feature(module)
    applied = 0
    for locale in ("en", "zh_CN"):
        folder = layer.locale / locale
        target_path = folder / f"{feature}.po"
        files = {p: open_po(p, locale) for p in sorted(folder.glob("*.po"))}
        target = files.setdefault(target_path, new_po(locale))
        for key, entry in messages.items():
            if base.get(key) == entry and any(po.find(key) for po in files.values()):
                continue  # the branch did not touch it: keep the .po's text
            applied += locale == "en"
            for path, po in files.items():
                found = po.find(key)
                if found is not None and path != target_path:
                    po.remove(found)
            po_entry = target.find(key)
            if po_entry is None:
                po_entry = polib.POEntry(msgid=key)
                target.append(po_entry)
            fill(po_entry, locale, entry)
        for path, po in files.items():
            save_po(po, path)
    return applied


# ---------------------------------------------------------------- Traditional Chinese


class Converter:
    """OpenCC s2twp followed by the reviewed terms."""

    def __init__(self) -> None:
        import opencc

        self._opencc = opencc.OpenCC("s2twp")

    def __call__(self, text: str) -> str:
        for index, (simplified, _traditional, _why) in enumerate(TERMS):
            text = text.replace(simplified, _marker(index))
        converted: str = self._opencc.convert(text)
        for index, (_simplified, traditional, _why) in enumerate(TERMS):
            converted = converted.replace(_marker(index), traditional)
        return converted


def _marker(index: int) -> str:
    """Private-use characters: OpenCC passes them through untouched."""
    return f"\ue000{index:03d}\ue001"


def is_reviewed(po_entry: polib.POEntry) -> bool:
    return any(line.strip().lower().startswith("reviewed")
               for line in po_entry.tcomment.splitlines())


def source_of(po_entry: polib.POEntry) -> str:
    lines = po_entry.comment.splitlines()
    return "\n".join(line.removeprefix(SOURCE_COMMENT) for line in lines
                     if line.startswith(SOURCE_COMMENT))


def traditional_entry(simplified: polib.POEntry, old: polib.POEntry | None,
                      convert: Converter) -> polib.POEntry:
    source = simplified.msgstr_plural.get(0, "") if simplified.msgid_plural else simplified.msgstr
    comment = "\n".join(filter(None, [simplified.comment, SOURCE_COMMENT + source]))
    entry = polib.POEntry(msgid=simplified.msgid, msgid_plural=simplified.msgid_plural,
                          comment=comment, flags=[f for f in simplified.flags if f != "fuzzy"])
    if old is not None and is_reviewed(old):
        entry.tcomment, entry.msgstr, entry.msgstr_plural = (
            old.tcomment, old.msgstr, dict(old.msgstr_plural))
        if source_of(old) != source or "fuzzy" in old.flags:
            entry.flags.append("fuzzy")  # the Simplified text changed since the review
        return entry
    text = convert(source)
    if simplified.msgid_plural:
        entry.msgstr_plural = {0: text}
    else:
        entry.msgstr = text
    return entry


def traditional_file(simplified_path: Path, convert: Converter) -> polib.POFile:
    old_path = simplified_path.parent.parent / "zh_TW" / simplified_path.name
    return traditional_po(polib.pofile(str(simplified_path)), old_path, convert)


def traditional_po(simplified: polib.POFile, old_path: Path, convert: Converter) -> polib.POFile:
    old = open_po(old_path, "zh_TW")
    po = new_po("zh_TW")
    for entry in simplified:
        if not entry.obsolete:
            po.append(traditional_entry(entry, old.find(entry.msgid), convert))
    return po


def regenerate_traditional(layer: Layer, convert: Converter, write: bool) -> list[Path]:
    """Make every zh_TW file again; returns those whose content changed."""
    changed = []
    for path in sorted((layer.locale / "zh_CN").glob("*.po")):
        target = layer.locale / "zh_TW" / path.name
        po = traditional_file(path, convert)
        if not target.exists() or target.read_text("utf-8") != str(po):
            changed.append(target)
            if write:
                save_po(po, target)
    for stale in sorted((layer.locale / "zh_TW").glob("*.po")):
        if not (layer.locale / "zh_CN" / stale.name).exists():
            changed.append(stale)
            if write:
                stale.unlink()
    return changed


def read_labels(source: Path) -> dict[str, dict[str, str]]:
    """The ``LABELS = {…}`` literal of a labels module, read without importing it."""
    for node in ast.parse(source.read_text("utf-8")).body:
        target = node.target if isinstance(node, ast.AnnAssign) else (
            node.targets[0] if isinstance(node, ast.Assign) else None)
        if isinstance(target, ast.Name) and target.id == "LABELS" and node.value is not None:
            labels: dict[str, dict[str, str]] = ast.literal_eval(node.value)
            return labels
    raise ValueError(f"{source}: no LABELS = {{…}}")


def regenerate_labels(convert: Converter, write: bool) -> list[Path]:
    """Make exporters/locale/zh_TW/<name>_labels.po again; returns those that changed."""
    changed = []
    for name, source in LABEL_SOURCES.items():
        simplified = new_po("zh_CN")
        for key, entry in read_labels(source).items():
            simplified.append(polib.POEntry(msgid=f"{name}.{key}", msgstr=entry["zh"],
                                            comment=entry["en"]))
        target = LABEL_LOCALE / "zh_TW" / f"{name}_labels.po"
        po = traditional_po(simplified, target, convert)
        if not target.exists() or target.read_text("utf-8") != str(po):
            changed.append(target)
            if write:
                save_po(po, target)
    return changed


def stale_files(convert: Converter) -> list[Path]:
    """Traditional files not in step with their Simplified source and the terms."""
    return ([p for layer in LAYERS for p in regenerate_traditional(layer, convert, False)]
            + regenerate_labels(convert, False))


# ---------------------------------------------------------------- command


def term_report() -> None:
    """Every entry each reviewed term applies to (to check a term before adding it)."""
    for layer in LAYERS:
        for path in sorted((layer.locale / "zh_CN").glob("*.po")):
            for entry in polib.pofile(str(path)):
                text = entry.msgstr or entry.msgstr_plural.get(0, "")
                for simplified, traditional, _why in TERMS:
                    if simplified in text:
                        print(f"{simplified}→{traditional}  {entry.msgid}: {text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a module is left or zh_TW is stale")
    parser.add_argument("--terms", action="store_true", help="list where the terms apply")
    args = parser.parse_args(argv)
    if args.terms:
        term_report()
        return 0
    convert = Converter()
    left = [m for layer in LAYERS for m in layer.python_modules()]
    if args.check:
        stale = stale_files(convert)
        for path in left + stale:
            print(f"needs migrating: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if left or stale else 0
    for layer in LAYERS:
        for module in layer.python_modules():
            count = merge_module(layer, module)
            module.unlink()
            print(f"{module.relative_to(ROOT)}: {count} new or changed messages → "
                  f"{layer.locale.relative_to(ROOT)}/*/{layer.feature(module)}.po")
        for path in regenerate_traditional(layer, convert, True):
            print(f"{path.relative_to(ROOT)}: Traditional Chinese regenerated")
    for path in regenerate_labels(convert, True):
        print(f"{path.relative_to(ROOT)}: Traditional Chinese regenerated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
