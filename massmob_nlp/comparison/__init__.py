"""Stage 7, comparison: what the translation kept (``result``: :func:`compare`,
:class:`Comparison`; ``context``: beads and their neighbourhoods; ``numbers``,
``entities``, ``passages``: the three checks; ``report``: HTML and plots;
``versions``: :func:`compare_versions`, one source against several translations, and
:func:`find_versions`, which documents of a folder are versions of which original)."""

from .report import comparison_html, plot_alignment, plot_numbers, summary_html
from .result import ENTITY_STATUSES, NUMBER_STATUSES, PROBLEMS, Comparison, compare
from .versions import VersionComparison, compare_versions, find_versions

__all__ = ["ENTITY_STATUSES", "NUMBER_STATUSES", "PROBLEMS", "Comparison",
           "VersionComparison", "compare", "compare_versions", "comparison_html",
           "find_versions", "plot_alignment", "plot_numbers", "summary_html"]
