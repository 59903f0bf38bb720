"""Stage 6, alignment: document pairing and paragraph/sentence alignment (``result``:
:func:`align`, :class:`Alignment`; ``dp``: the dynamic programme; ``features`` and
``weights``: what a bead's score is made of; ``encoder``: embeddings of runs of units
from the units' pooled sums; ``pairing``: which documents translate each other)."""

from .result import Alignment, Bead, align, pair_documents

__all__ = ["Alignment", "Bead", "align", "pair_documents"]
