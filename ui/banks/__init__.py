"""Question banks in the app: 文件 › 导入题目… (preview, fix, skip, one undo step),
导出题目… and 导出题目模板…. The readers and writers are :mod:`exporters.banks`; this package
only drives them."""
