"""Grade scales read as a scale on one side and as a count on the other.

The readers give the top of a grade scale its own key, ``scale:N`` (``4.78 out of 10``,
``จากคะแนนเต็ม 10``, ``điểm 10``, ``thang điểm 30``; see :mod:`massmob_nlp.numbers.scales`)
and mark it vague: a reference that a translation may restate, add or leave out, joined
to the other side's scale by its key and never missing or added on its own. A reader
that does not know one phrasing of the scale (``28.95 จาก 30``: "28.95 of 30") reads its
N as a plain count instead; joined to nothing, that count would be reported added, or
taken by the change pass as the partner of the score beside it (29.85 → 30 instead of
29.85 → 28.95). :func:`_scales_as_counts` keeps such a count as the other side's scale.
"""

from __future__ import annotations

from .context import _str
from .number_pairs import Mention, _close, _num, _vague

SCALE_PREFIX = "scale:"


def _is_scale(m: Mention) -> bool:
    return (_str(m["key"]) or "").startswith(SCALE_PREFIX)


def _plain_count(m: Mention) -> bool:
    """A whole count with no unit, qualifier or upper end: what a reader makes of the
    N of a scale it did not recognise."""
    v = _num(m.get("value"))
    return (_str(m["kind"]) == "cardinal" and not _vague(m) and not _is_scale(m)
            and v is not None and v > 0 and v.is_integer()
            and _str(m.get("unit")) is None and _str(m.get("qualifier")) is None
            and _num(m.get("value_max")) is None)


def _scales_as_counts(src: list[Mention], tgt: list[Mention], joined: dict[int, int]
                      ) -> dict[int, int]:
    """Unjoined scales ``scale:N`` of one side paired with an unjoined plain count N of
    the other side, in the same sentence bead, else the same paragraph bead: the same
    scale, read as a count on one side. Source index → target index."""
    taken_s, taken_t = set(joined), set(joined.values())
    out: dict[int, int] = {}
    for scales, counts, forward in ((src, tgt, True), (tgt, src, False)):
        taken_a, taken_b = (taken_s, taken_t) if forward else (taken_t, taken_s)
        for a, m in enumerate(scales):
            if a in taken_a or not _is_scale(m):
                continue
            n = _num(m.get("value"))
            cands = [b for b, c in enumerate(counts) if b not in taken_b and _plain_count(c)
                     and _close(_num(c.get("value")), n)
                     and (c["bead"] == m["bead"]
                          or (c["pbead"] == m["pbead"] and int(m["pbead"]) >= 0))]
            if not cands:
                continue
            b = min(cands, key=lambda b: (counts[b]["bead"] != m["bead"], b))
            taken_a.add(a)
            taken_b.add(b)
            if forward:
                out[a] = b
            else:
                out[b] = a
    return out


def _changed_scales(src: list[Mention], tgt: list[Mention], joined: dict[int, int]
                    ) -> dict[int, int]:
    """The one unjoined scale on each side of a sentence bead, of different tops
    (``9.5 out of 10`` / ``9.5 คะแนนจากคะแนนเต็ม 20``): the scale changed, a problem
    though each scale alone is vague. Source index → target index."""
    used = set(joined.values())
    by_bead: dict[int, tuple[list[int], list[int]]] = {}
    for side, ms, taken in ((0, src, set(joined)), (1, tgt, used)):
        for k, m in enumerate(ms):
            if k not in taken and _is_scale(m):
                by_bead.setdefault(int(m["bead"]), ([], []))[side].append(k)
    return {ss[0]: ts[0] for ss, ts in by_bead.values()
            if len(ss) == 1 and len(ts) == 1
            and not _close(_num(src[ss[0]].get("value")), _num(tgt[ts[0]].get("value")))}
