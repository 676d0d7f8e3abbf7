"""The on-disk course format: reading (with problems) and canonical writing."""

from courseware.format.course_reader import LoadResult, load_course
from courseware.format.writer import save_course

__all__ = ["LoadResult", "load_course", "save_course"]
