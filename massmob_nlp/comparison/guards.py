"""Guard rails of :func:`massmob_nlp.compare`: warn when the two texts cannot be a
source and its translation, instead of reporting every sentence as a problem.

* the source looks Thai and the translation does not: the arguments look swapped
  (``W060``);
* both texts are in the same language (``W061``);
* nearly all of a document is page furniture (``W063``): less than
  :data:`MIN_BODY_SHARE` of its characters are in paragraphs not flagged as
  boilerplate, as when a portal's page wrapper hid the article;
* the sentence alignment is too weak for a translation: less than
  :data:`MIN_ALIGNED_SHARE` of the source's characters sit in beads the aligner scores
  as more likely a translation than not (``W062``). Checked only when the alignment
  used sentence embeddings: on 30 PUD documents (4+ sentences) the share is 0.15-1.00
  (median 0.80) for true pairs and 0.00 for every mismatched English-Thai or
  English-English pair with embeddings; without them the length/anchor scores overlap
  (true median 0.35, mismatched up to 0.73), so no threshold separates them.

The language checks only use detected languages: passing ``src_lang=``/``tgt_lang=``
says the caller knows better.
"""

from __future__ import annotations

import warnings

import pandas as pd

from ..errors import Warnings
from ..tables import frame_column
from ..types import UND
from .context import _nonspace

TARGET_LANG = "th"
"""The language translations are expected in (the library checks English → Thai)."""
MIN_ALIGNED_SHARE = 0.1
"""W062 when a smaller share of source characters is in a bead with ``score > 0``."""
MIN_SOURCE_CHARS = 200
"""W062 and W063 are not issued for shorter texts."""
MIN_BODY_SHARE = 0.1
"""W063 when less than this share of a document's characters is article body."""


def check_languages(src_lang: str, tgt_lang: str, *, forced: bool,
                    stacklevel: int = 3) -> bool:
    """Warn (and return True) when the detected languages cannot be source and
    translation: swapped (W060) or the same (W061)."""
    if forced or UND in (src_lang, tgt_lang):
        return False
    if src_lang == TARGET_LANG and tgt_lang != TARGET_LANG:
        warnings.warn(Warnings.W060.format(src_lang=src_lang, tgt_lang=tgt_lang),
                      stacklevel=stacklevel)
        return True
    if src_lang == tgt_lang:
        warnings.warn(Warnings.W061.format(lang=src_lang), stacklevel=stacklevel)
        return True
    return False


def aligned_share(sent: pd.DataFrame) -> float:
    """Share of source characters (non-space) in sentence beads with ``score > 0``."""
    return _aligned_chars(sent)[0]


def _aligned_chars(sent: pd.DataFrame) -> tuple[float, int]:
    """:func:`aligned_share` and the source's non-space characters."""
    total = aligned = 0
    for text, kind, score in zip(frame_column(sent, "src_text"), frame_column(sent, "kind"),
                                 frame_column(sent, "score"), strict=True):
        n = _nonspace(str(text)) if isinstance(text, str) else 0
        total += n
        if str(kind) not in ("1-0", "0-1") and not pd.isna(score) and float(score) > 0:
            aligned += n
    return (aligned / total if total else 1.0), total


def check_alignment(sent: pd.DataFrame, *, embeddings: bool,
                    stacklevel: int = 3) -> float:
    """Warn (W062) when too little of the source aligns (only with ``embeddings``);
    returns the aligned share."""
    share, total = _aligned_chars(sent)
    if embeddings and total >= MIN_SOURCE_CHARS and share < MIN_ALIGNED_SHARE:
        warnings.warn(Warnings.W062.format(share=share, limit=MIN_ALIGNED_SHARE),
                      stacklevel=stacklevel)
    return share


def body_share(paragraphs: pd.DataFrame) -> float:
    """Share of a document's non-space characters in paragraphs not flagged as
    boilerplate (1.0 for an empty document)."""
    return _body_chars(paragraphs)[0]


def _body_chars(paragraphs: pd.DataFrame) -> tuple[float, int]:
    """:func:`body_share` and the document's non-space characters."""
    sizes = [_nonspace(str(t)) for t in frame_column(paragraphs, "text")]
    total = sum(sizes)
    body = sum(n for n, b in zip(sizes, frame_column(paragraphs, "is_boilerplate"),
                                 strict=True) if not b)
    return (body / total if total else 1.0), total


def check_body(paragraphs: pd.DataFrame, *, side: str, doc_id: str,
               stacklevel: int = 3) -> float:
    """Warn (W063) when nearly all of a document is page furniture; returns the share
    of article text."""
    share, total = _body_chars(paragraphs)
    if total >= MIN_SOURCE_CHARS and share < MIN_BODY_SHARE:
        flagged = int(paragraphs["is_boilerplate"].sum())
        warnings.warn(Warnings.W063.format(share=share, side=side, doc_id=doc_id,
                                           n=flagged, m=len(paragraphs)),
                      stacklevel=stacklevel)
    return share
