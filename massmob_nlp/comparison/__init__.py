"""Stage 7, comparison: what the translation kept (``result``: :func:`compare`,
:class:`Comparison`; ``context``: beads and their neighbourhoods; ``numbers``,
``entities``, ``passages``: the three checks; ``report``: HTML and plots)."""

from .report import comparison_html, plot_alignment, plot_numbers, summary_html
from .result import ENTITY_STATUSES, NUMBER_STATUSES, PROBLEMS, Comparison, compare

__all__ = ["ENTITY_STATUSES", "NUMBER_STATUSES", "PROBLEMS", "Comparison", "compare",
           "comparison_html", "plot_alignment", "plot_numbers", "summary_html"]
