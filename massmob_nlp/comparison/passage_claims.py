"""A target number that its own sentence bead can claim: a moved passage's number that
lands beside a missing source number of the same kind and size is that sentence's
changed value, not evidence of a move (:mod:`massmob_nlp.comparison.passage_moves`)."""

from __future__ import annotations

from typing import Any, NamedTuple

import pandas as pd

from .context import _Context, per_comparison

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
    bead = _bead_at(ctx, offset)
    if bead is None:
        return False
    values = per_comparison(ctx, "missing_values", numbers, _missing_values).get((kind, bead), [])
    return any(value is None or pd.isna(v) or _near(float(v), value) for v in values)


def _bead_at(ctx: _Context, offset: int) -> int | None:
    """The sentence bead of the (first) target sentence holding ``offset``, if any."""
    spans = per_comparison(ctx, "tgt_sentence_spans", ctx.tgt.sentences, lambda s: [
        (a, b, sid) for a, b, sid in zip(s["start_char"], s["end_char"], s["sent_id"])
        if not pd.isna(a) and not pd.isna(b)])
    sid = next((sid for a, b, sid in spans if a <= offset < b), None)
    return None if sid is None else ctx.t_sent.get(int(sid))


def _missing_values(numbers: pd.DataFrame) -> dict[tuple[str, int], list[Any]]:
    """``src_value`` of the ``missing`` number rows by (kind, sentence bead)."""
    out: dict[tuple[str, int], list[Any]] = {}
    values = numbers["src_value"] if "src_value" in numbers else [None] * len(numbers)
    for status, kind, bead, v in zip(numbers["status"].astype(str),
                                     numbers["kind"].astype(str), numbers["bead_id"], values):
        if status == "missing" and not pd.isna(bead):
            out.setdefault((kind, int(bead)), []).append(v)
    return out


class NumberRow(NamedTuple):
    """What :func:`~.passage_moves._numbers_moved` reads of a number row."""

    at: Any
    """``src_start_char`` (-1: none)."""
    moved: bool
    """Whether its note says it was joined in another part of the article."""
    tgt_start: Any
    kind: str
    tgt_value: Any
    status: str
    key: Any
    src_value: Any
    key_str: str
    """``key`` as ``astype(str)`` writes it (a missing key too)."""
    src_start: Any
    src_para: Any
    tgt_para: Any


class NumberRows(NamedTuple):
    """A comparison's number rows as :func:`~.passage_moves._numbers_moved` reads them:
    every row, the ``added`` rows' (key, tgt_start_char, tgt_value), the first added
    offset of each key, and the ``mismatch`` rows' (tgt_value, tgt_start_char)."""

    rows: list[NumberRow]
    added: list[tuple[Any, Any, Any]]
    by_key: dict[str, int]
    mismatch: list[tuple[Any, Any]]


def number_rows(numbers: pd.DataFrame, moved_note: str) -> NumberRows:
    """:class:`NumberRows` of ``numbers`` (``moved_note``: the note of a moved number)."""
    status = numbers["status"].astype(str).tolist()
    moved = numbers["note"].fillna("").astype(str).str.contains(moved_note).tolist()
    def column(name: str) -> Any:
        return numbers[name] if name in numbers else [None] * len(numbers)

    rows = [NumberRow(*x) for x in zip(
        numbers["src_start_char"].fillna(-1), moved, numbers["tgt_start_char"],
        numbers["kind"].astype(str), numbers["tgt_value"], status, numbers["key"],
        numbers["src_value"], numbers["key"].astype(str).tolist(),
        numbers["src_start_char"], column("src_para_id"), column("tgt_para_id"))]
    added = [(r.key, r.tgt_start, r.tgt_value) for r in rows if r.status == "added"]
    by_key: dict[str, int] = {}
    for key, o, _ in added:
        if not pd.isna(key) and not pd.isna(o):
            by_key.setdefault(str(key), int(o))
    mismatch = [(r.tgt_value, r.tgt_start) for r in rows if r.status == "mismatch"]
    return NumberRows(rows, added, by_key, mismatch)


def _near(a: float, b: float) -> bool:
    """Whether ``a`` and ``b`` are within :data:`CHANGED_RATIO` of each other."""
    if a <= 0 or b <= 0:
        return True  # a zero or a fall: no size to compare
    return max(a, b) / min(a, b) <= CHANGED_RATIO
