"""Certainty-based marking (CBM) as Moodle defines it (``question_cbm::adjust_fraction``).

The trainee states how sure they are (1 not sure, 2 fairly sure, 3 sure). A right answer earns
+1/+2/+3 marks, a wrong one 0/−2/−6; a partly right answer (fraction f > 0) earns
``right[c] × f``. Marks are scaled to the question's points by dividing by 3, so the most a
question gives (right and sure) is its points and the least (wrong and sure) is −2 × points.
No stated certainty counts as 1 (Moodle's default).
"""

from __future__ import annotations

RIGHT_MARK = {1: 1.0, 2: 2.0, 3: 3.0}
WRONG_MARK = {1: 0.0, 2: -2.0, 3: -6.0}
MAX_MARK = 3.0
DEFAULT_CERTAINTY = 1
_TOLERANCE = 1e-7  # Moodle's question_utils::MARK_TOLERANCE


def cbm_fraction(fraction: float, certainty: int | None) -> float:
    """The fraction of the question's points earned under CBM (between −2 and 1)."""
    level = certainty if certainty in RIGHT_MARK else DEFAULT_CERTAINTY
    assert level is not None
    mark = WRONG_MARK[level] if fraction <= _TOLERANCE else RIGHT_MARK[level] * fraction
    return mark / MAX_MARK
