"""One module per question-bank format, each defining ``FORMAT`` (see :mod:`exporters.banks`)."""
