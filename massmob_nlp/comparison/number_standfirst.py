"""A standfirst that only one side prints, made of figures its own body gives.

News pages put a summary under the headline (a standfirst, a deck, a Thai ``โปรย``)
that repeats the story's main figures. Translators drop the source's one, write their
own, or fold it into the lead: "up 15 per cent" in an English standfirst the Thai leaves
out is still in the Thai lead; ``บาดเจ็บกว่า 140 คน`` in a Thai summary restates the
body's "at least 143 injured" as a round bound. When every number of such an unpaired
paragraph at the top repeats a number of its own side's body that is joined to the
other side (kept, or changed: the change is reported on the body's mention), the
summary loses or adds no figure.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .context import _Context, _str, column_list
from .number_approx import round_bound_of
from .number_implied import _label
from .number_pairs import Mention, _close, _num, _vague


def top_summaries(ctx: _Context, heads: dict[str, set[int]]) -> dict[str, set[int]]:
    """Paragraph ids, per side, of the paragraphs one side alone prints right after the
    headline (``heads``: each side's headline paragraph ids, the first of which opens
    the article), up to the first paired paragraph bead of the body, and the first
    paragraph of that bead when it joins two or more paragraphs of one side to one of
    the other (a summary folded into the lead); none when no headline was found."""
    out: dict[str, set[int]] = {"src": set(), "tgt": set()}
    if not heads["src"] and not heads["tgt"]:
        return out
    seen_head = False
    cols = ("bead_id", "src_ids", "tgt_ids", "src_text", "tgt_text")
    rows = [dict(zip(cols, r, strict=True)) for r in zip(*(column_list(ctx.para[c])
                                                           for c in cols), strict=True)]
    for row in sorted(rows, key=lambda r: int(r["bead_id"])):  # bead ids: unique
        ids = {side: [int(i) for i in (row[f"{side}_ids"] or ())] for side in ("src", "tgt")}
        if not seen_head:
            seen_head = bool(set(ids["src"]) & heads["src"] or set(ids["tgt"]) & heads["tgt"])
            continue
        if ids["src"] and ids["tgt"]:
            for side, far in (("src", "tgt"), ("tgt", "src")):
                if len(ids[side]) > 1 and len(ids[far]) == 1:
                    out[side].add(min(ids[side]))
            break  # the body begins
        side = "src" if ids["src"] else "tgt"
        if not _label(_str(row[f"{side}_text"]) or ""):
            out[side] |= set(ids[side])
    return out


def summary_restated(m: Mention, ms: list[Mention], open_: Iterable[int],
                     joined: set[int], summaries: set[int]) -> str | None:
    """The text of the body's mention that ``m`` restates, when ``m`` stands in one of
    the ``summaries`` paragraphs and every number of that paragraph still open (indices
    ``open_`` of ``ms``, its side's mentions) repeats a mention of its side outside the
    summaries that is ``joined`` to the other side; else None."""
    para = _para(m)
    if para is None or para not in summaries:
        return None
    said: str | None = None
    for k in open_:
        n = ms[k]
        if _para(n) != para or _vague(n):
            continue
        other = _restated_by(n, ms, joined, summaries)
        if other is None:
            return None
        if n is m:
            said = other
    return said


def _restated_by(n: Mention, ms: list[Mention], joined: set[int],
                 summaries: set[int]) -> str | None:
    """The text of a joined mention outside the summaries with the figure of ``n``: the
    same key or value and kind, or an exact figure ``n`` bounds loosely (``กว่า 140`` /
    143)."""
    for k in sorted(joined):
        o = ms[k]
        if _para(o) is None or _para(o) in summaries or _vague(o):
            continue
        key = _str(n["key"])
        same = key is not None and key == _str(o["key"])
        v = _num(n.get("value"))
        same = same or (v is not None and _str(n["kind"]) == _str(o["kind"])
                        and _str(n.get("unit")) == _str(o.get("unit"))
                        and _num(n.get("value_max")) is None
                        and _num(o.get("value_max")) is None and _close(v, _num(o.get("value"))))
        if same or round_bound_of(n, o):
            return str(o["text"])
    return None


def _para(m: Mention) -> int | None:
    para = m.get("para_id")
    return None if para is None or pd.isna(para) else int(para)


def folded_summary_twin(m: Mention, ms: list[Mention], partners: dict[int, int],
                        others: list[Mention], summaries: set[int]) -> str | None:
    """A figure of the lead that the summary above it gives too, where the translator
    folded the summary into the lead (one paragraph bead, 2-1): the other side writes
    the figure once, joined to the summary's mention ("Debt fell to 34.2% of GDP" over
    "debt stood at 34.2% of GDP at the end of 2025" / one Thai lead with ``ร้อยละ
    34.2``). ``partners`` maps this side's joined indices to ``others``. The summary
    mention's text, or None."""
    para, key = _para(m), _str(m["key"])
    if para is None or para in summaries or key is None or _vague(m):
        return None
    for k, p in partners.items():
        o = ms[k]
        if o is not m and _para(o) in summaries and _str(o["key"]) == key and \
                o["pbead"] == m["pbead"] and others[p]["pbead"] == m["pbead"]:
            return str(o["text"])
    return None
