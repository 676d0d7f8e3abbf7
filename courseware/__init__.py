"""Courseware Studio domain library: course model, format, validation, quiz engine, results.

Pure Python: nothing here imports Qt, ReportLab or Jinja2 (checked by import-linter).
"""

SCHEMA_VERSION = 1
