"""The trainer console: live class view, essay grading, item statistics, results import and
certificates. Layout only: the queries and actions are in ``courseware.classroom.console_*``."""
