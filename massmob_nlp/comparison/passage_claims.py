"""A target number that its own sentence bead can claim: a moved passage's number that
lands beside a missing source number of the same kind and size is that sentence's
changed value, not evidence of a move (:mod:`massmob_nlp.comparison.passage_moves`)."""

from __future__ import annotations

import pandas as pd

from .context import _Context

CHANGED_RATIO = 10.0
"""Most ratio between a changed value and the source value it stands for (``0.2`` /
``0.3``, ``87`` / ``78``, ``1,850`` / ``1,580``): a translator's slip or rounding keeps a
figure's size, so a target number ten times larger or smaller is another figure."""


def _claimed(ctx: _Context, numbers: pd.DataFrame, offset: int, kind: str,
             value: float | None = None) -> bool:
    """Whether the target number at ``offset`` (of ``value``, when known) sits in a
    sentence bead whose source holds a missing number of the same ``kind`` (and of a
    size within :data:`CHANGED_RATIO` of it): there it is that sentence's changed value
    (``0.2 percentage points`` / ``0.3 จุดเปอร์เซ็นต์``), not the number of a dropped
    sentence far away (``the economy shrank 0.3%``) moved in. A sentence moved into a
    paragraph whose own sentence the translator dropped brings numbers of another size
    (``2.4 million`` beside a dropped ``15 buses``): those are no changed values."""
    s = ctx.tgt.sentences
    hit = s[(s["start_char"] <= offset) & (s["end_char"] > offset)]
    if not len(hit):
        return False
    bead = ctx.t_sent.get(int(hit["sent_id"].iloc[0]))
    if bead is None:
        return False
    miss = numbers[(numbers["status"].astype(str) == "missing")
                   & (numbers["kind"].astype(str) == kind)]
    miss = miss[miss["bead_id"].notna()]
    miss = miss[miss["bead_id"].astype(int) == bead]
    values = miss["src_value"] if "src_value" in miss else pd.Series([None] * len(miss))
    return any(value is None or pd.isna(v) or _near(float(v), value) for v in values)


def _near(a: float, b: float) -> bool:
    """Whether ``a`` and ``b`` are within :data:`CHANGED_RATIO` of each other."""
    if a <= 0 or b <= 0:
        return True  # a zero or a fall: no size to compare
    return max(a, b) / min(a, b) <= CHANGED_RATIO
