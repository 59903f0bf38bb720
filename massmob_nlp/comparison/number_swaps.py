"""Values swapped between the years, dates or names they belong to.

``2.7% in 2023 and 2.9% in 2024`` translated as ``2.9% ในปี 2566 และ 2.7% ในปี 2567``
keeps every value and every year, so a join on values sees nothing. What changed is
which year each value is attached to. A value is *attached* to a year or date when the
two sit in one clause with no other number between them, and each is the only one of
its sort the other reaches (:func:`_attachments`); a translator who reorders the
clauses keeps each value with its year, so only a cross-over of two joined values of
one kind is reported (:func:`_swapped`), and never a guess: a clause holding two values
or two years attaches nothing.

Names work the same way (:func:`_name_anchors`): ``Brazil 2.7%, Mexico 2.9%`` translated
as ``บราซิล 2.9% เม็กซิโก 2.7%``, the two names of each paragraph paired across the
languages by the name matcher of :mod:`massmob_nlp.entities`.
"""

from __future__ import annotations

import re

import pandas as pd

from .context import _Context, _mentions, _str
from .number_pairs import Mention, _num, _vague

ANCHOR_KINDS = frozenset({"year", "date"})
"""Kinds of number a value can be attached to."""
_VALUE_KINDS = frozenset({"cardinal", "percent", "money", "duration", "measure"})
"""Kinds of value whose swap between two years changes what the text says."""
CLAUSE_BREAK_RE = re.compile(
    r"[,;:()\[\]—–]|(?-i:(?<![A-Z])(?<!\bNo))(?<![\u0e01-\u0e4e])[.!?](?=\s)|"
    r"\b(?:and|but|while|whereas|compared|against|after|before|from|to|"
    r"versus|vs|then)\b|และ|ส่วน|ขณะ|แต่|จาก|เป็น|ก่อน|หลัง|เทียบ", re.IGNORECASE)
"""What ends a clause between a value and a year (English and Thai conjunctions and
prepositions of change: ``from … to``, ``จาก … เป็น``; a sentence end, which a bead of
two sentences holds: ``… to 3.3% from 3.2%. For 2027, …``, but not the point of an
initial, of ``No.`` or of a Thai abbreviation: ``1,035 กม. เปิดให้บริการในปี 2564``, Thai
ends no sentence with a full stop)."""


def _span(m: Mention) -> tuple[int, int] | None:
    a, b = m.get("start_char"), m.get("end_char")
    if type(a) is int and type(b) is int:  # the usual case, without pd.isna (hot)
        return a, b
    if a is None or b is None or pd.isna(a) or pd.isna(b):
        return None
    return int(a), int(b)


def _reach(a: Mention, b: Mention, between: list[Mention], text: str) -> bool:
    """``a`` and ``b`` sit in one clause with no other number between them."""
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None or a["bead"] != b["bead"]:
        return False
    lo, hi = (sa[1], sb[0]) if sa[0] < sb[0] else (sb[1], sa[0])
    if lo > hi or CLAUSE_BREAK_RE.search(text[lo:hi]):
        return False
    for m in between:
        sm = _span(m)
        if m is not a and m is not b and sm is not None and lo <= sm[0] < hi:
            return False
    return True


RESPECTIVELY_RE = re.compile(r"(?i)\brespectively\b|ตามลำดับ")
"""A list whose values go with the years by position, not by adjacency."""


def _year_anchors(mentions: list[Mention], skip: set[int]) -> list[tuple[Mention, str]]:
    """The years and dates a value can be attached to, with their key (none in the
    beads of ``skip``)."""
    return [(m, str(m["key"])) for m in mentions
            if _str(m["kind"]) in ANCHOR_KINDS and _str(m["key"]) and not _vague(m)
            and m["bead"] not in skip]


_RELATIVE_YEAR_RE = re.compile(
    r"(?i)(?<![0-9]\s)(?:\b(?P<this>this\s+year|the\s+current\s+year)\b|\b(?P<last>last\s+year|"
    r"the\s+previous\s+year|the\s+year\s+before)\b|\b(?P<next>next\s+year|the\s+coming\s+year)\b|"
    r"(?P<this_th>ปีนี้|năm\s+nay)|(?P<last_th>ปีที่แล้ว|ปีก่อน(?!หน้า)|năm\s+ngoái|năm\s+trước)|"
    r"(?P<next_th>ปีหน้า|ปีถัดไป|năm\s+tới|năm\s+sau))")
"""A year named relative to the story's (this year, ปีนี้, năm nay; last, next): an
anchor like a year in digits, so "2.7% this year and 2.9% in 2025" has two."""


def _relative_years(mentions: list[Mention], text: str,
                    skip: set[int]) -> list[tuple[Mention, str]]:
    """Relative years as anchors, each in the sentence bead of the nearest mention."""
    placed = [(m, _span(m)) for m in mentions]
    out: list[tuple[Mention, str]] = []
    for hit in _RELATIVE_YEAR_RE.finditer(text):
        near = min(((abs(sp[0] - hit.start()), m) for m, sp in placed if sp is not None),
                   key=lambda x: x[0], default=None)
        if near is None or near[1]["bead"] in skip:
            continue
        which = (hit.lastgroup or "").removesuffix("_th")
        out.append(({"bead": near[1]["bead"], "pbead": near[1]["pbead"],
                     "start_char": hit.start(), "end_char": hit.end()}, f"relative_year:{which}"))
    return out


def _attachments(mentions: list[Mention], text: str,
                 anchors: list[tuple[Mention, str]]) -> dict[int, str]:
    """Index of each value → key of the one anchor (year, date or name) it is
    attached to."""
    values = [k for k, m in enumerate(mentions) if _is_value(m)]
    reach = {(v, a) for v in values for a, (anchor, _) in enumerate(anchors)
             if mentions[v]["bead"] == anchor["bead"]
             and _reach(mentions[v], anchor, mentions, text)}
    # a list written "name value name value" (Thai needs no comma: แมนเชสเตอร์ 98
    # ลีดส์ 112): a value right after an anchor belongs to it, not to the next one
    glued = {(v, a) for v, a in reach if _glued(anchors[a][0], mentions[v], text)}
    reach -= {(v, a) for v, a in reach if (v, a) not in glued
              and any(x[0] == v for x in glued)}
    out = {}
    for v, a in reach:
        if sum(1 for x in reach if x[0] == v) == 1 and sum(1 for x in reach if x[1] == a) == 1:
            out[v] = anchors[a][1]
    return out


_GLUE_RE = re.compile(r"\s{0,2}(?::\s?)?")


def _glued(anchor: Mention, value: Mention, text: str) -> bool:
    """``value`` follows ``anchor`` with only a space or a colon between them."""
    sa, sv = _span(anchor), _span(value)
    return sa is not None and sv is not None and sa[1] <= sv[0] and \
        _GLUE_RE.fullmatch(text[sa[1]:sv[0]]) is not None


NAME_LABELS = frozenset({"PERSON", "ORG", "LOC", "GPE", "NORP", "FAC", "EVENT"})
"""Entity labels a value can be attached to (a team, a country, a company)."""


def _name_anchors(ctx: _Context, src: list[Mention], tgt: list[Mention],
                  kept: dict[int, int], skip: set[int]
                  ) -> tuple[list[tuple[Mention, str]], list[tuple[Mention, str]]]:
    """The English names that have a joined value attached, two or more in one
    paragraph, and the same names found in the Thai sentence bead of each
    (:func:`~massmob_nlp.comparison.entities._found_in_text` in the first window
    only: a world-table name, a transliteration, even when the Thai recognizer missed
    it), keyed alike. Names that overlap a number (``Channel 4``) are left out."""
    from .entities import _found_in_text

    names = [_before_value(n, src) for n in _mentions(ctx.src.entities, ctx, "src")
             if _str(n.get("label")) in NAME_LABELS and n["bead"] not in skip
             and _span(n) is not None and str(n.get("text") or "")[:1].isupper()]
    names = [n for n in names
             if not any(_overlap(n, m) for m in src if m["bead"] == n["bead"])]
    extra = _capitalised_before(src, names, ctx.src.text, skip)
    if not _may_cross(src, tgt, kept, [*names, *extra], ctx.src.text):
        return [], []  # no two joined values can cross between names: no name search
    if extra:  # only a name the Thai writes too: not "Inflation was 2.7%"
        seen = _found_in_text(ctx, extra, [], levels=1)
        names += [n for n in extra if id(n) in seen]
    anchors = [(n, "name:" + str(n["text"]).casefold()) for n in names]
    att = _attachments(src, ctx.src.text, anchors)
    per_para: dict[int, set[str]] = {}
    for i, key in att.items():
        if i in kept:
            per_para.setdefault(int(src[i]["pbead"]), set()).add(key)
    wanted = [(n, key) for n, key in anchors if len(per_para.get(int(n["pbead"]), ())) >= 2
              and key in per_para[int(n["pbead"])]]
    if not wanted:
        return [], []
    found = _found_in_text(ctx, [n for n, _ in wanted], [], levels=1)
    spans = _bead_spans(ctx)
    out_t = []
    for n, key in wanted:
        hit = found.get(id(n))
        lo, hi = spans.get(int(n["bead"]), (0, -1))
        if hit is not None and lo <= int(hit["start_char"]) and int(hit["end_char"]) <= hi:
            out_t.append(({"bead": n["bead"], "start_char": hit["start_char"],
                           "end_char": hit["end_char"]}, key))
    return wanted, out_t


def _may_cross(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
               names: list[Mention], text: str) -> bool:
    """Whether two joined values could be found crossed between names
    (:func:`_crossed`) whatever the Thai search finds, a necessary condition read
    before any search: two kept pairs of one kind (:func:`_one_kind`), each in one
    paragraph bead on each side, each source value reaching (:func:`_reach`) a name
    of ``names`` in its sentence bead, the two names' keys different, and each target
    value in a sentence bead where the name of the other source value stands (a Thai
    anchor sits in the bead of its English name). ``names``: every name that may
    become an anchor; attaching to fewer names, or finding fewer in the Thai, only
    takes pairs away."""
    beads: dict[str, set[int]] = {}
    by_bead: dict[int, list[tuple[Mention, str]]] = {}
    for n in names:
        key = "name:" + str(n["text"]).casefold()
        beads.setdefault(key, set()).add(n["bead"])
        by_bead.setdefault(n["bead"], []).append((n, key))
    found: list[tuple[int, int, set[str]]] = []
    for i, j in kept.items():
        s, t = src[i], tgt[j]
        if s["bead"] not in by_bead or not any(t["bead"] in b for b in beads.values()) \
                or not _is_value(s) or not _is_value(t):
            continue
        keys = {key for n, key in by_bead[s["bead"]] if _reach(s, n, src, text)}
        if keys:
            found.append((i, j, keys))
    for i, j, ki in found:
        for k, l, kk in found:
            if i != k and src[i]["pbead"] == src[k]["pbead"] and \
                    tgt[j]["pbead"] == tgt[l]["pbead"] and \
                    _one_kind(src[i], src[k], tgt[j], tgt[l]) and \
                    any(y != z and tgt[l]["bead"] in beads[y] and tgt[j]["bead"] in beads[z]
                        for y in ki for z in kk):
                return True
    return False


def _is_value(m: Mention) -> bool:
    """A mention :func:`_attachments` may attach: a value of a kind whose swap
    matters, not vague, with a number."""
    return _str(m["kind"]) in _VALUE_KINDS and not _vague(m) and _num(m.get("value")) is not None


_TRAILING_VALUE_RE = re.compile(r"[\s,:]*$")


def _before_value(n: Mention, src: list[Mention]) -> Mention:
    """A name the English recognizer ran into the value after it (``Leeds 98``): the
    name alone, when the number it holds at its end is a value; else the name as it is
    (``Channel 4``, a name that holds a number, is then left out)."""
    span = _span(n)
    text = str(n.get("text") or "")
    for m in src:
        sm = _span(m)
        if span is None or sm is None or m["bead"] != n["bead"] or \
                _str(m["kind"]) not in _VALUE_KINDS or _vague(m):
            continue
        if span[0] < sm[0] and sm[1] == span[1]:
            head = _TRAILING_VALUE_RE.sub("", text[:sm[0] - span[0]])
            if head[:1].isupper():
                return {**n, "text": head, "end_char": span[0] + len(head)}
    return n


_CAPITALISED_RE = re.compile(r"(?:\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*)(?=[^A-Z.!?]*$)")
"""The last run of capitalised words before a value in its sentence (``Arsenal`` of
``Arsenal scored 41``), a name the English recognizer may miss."""
NAME_REACH = 40
"""Characters before a value searched for a capitalised name."""


def _capitalised_before(src: list[Mention], names: list[Mention], text: str,
                        skip: set[int]) -> list[Mention]:
    """Names the English recognizer missed: the capitalised run just before a value
    (same sentence, not overlapping a recognised name). They only anchor a swap when
    :func:`~massmob_nlp.comparison.entities._found_in_text` finds them in the Thai of
    their bead."""
    out: list[Mention] = []
    for m in src:
        sm = _span(m)
        if sm is None or _str(m["kind"]) not in _VALUE_KINDS or _vague(m) or \
                m["bead"] in skip:
            continue
        lo = max(0, sm[0] - NAME_REACH)
        hit = _CAPITALISED_RE.search(text[lo:sm[0]])
        if hit is None:
            continue
        cand = {"text": hit.group(), "start_char": lo + hit.start(),
                "end_char": lo + hit.end(), "bead": m["bead"], "pbead": m["pbead"],
                "label": "ORG"}
        if not any(_overlap(cand, o) for o in [*names, *out, *src]):
            out.append(cand)
    return out


def _bead_spans(ctx: _Context) -> dict[int, tuple[int, int]]:
    """First and last character of the Thai side of each sentence bead."""
    sents = ctx.tgt.sentences
    at = {int(i): (int(a), int(b)) for i, a, b in zip(
        sents["sent_id"], sents["start_char"], sents["end_char"], strict=True)}
    out = {}
    for bead, ids in zip(ctx.sent["bead_id"], ctx.sent["tgt_ids"], strict=True):
        got = [at[int(i)] for i in ids if int(i) in at]
        if got:
            out[int(bead)] = (min(a for a, _ in got), max(b for _, b in got))
    return out


def _overlap(a: Mention, b: Mention) -> bool:
    sa, sb = _span(a), _span(b)
    return sa is not None and sb is not None and sa[0] < sb[1] and sb[0] < sa[1]


def _swapped(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
             src_text: str, tgt_text: str, bead_texts: dict[tuple[str, int], str],
             ctx: _Context | None = None) -> dict[int, int]:
    """Joined values of one kind that changed places between two years, dates or names:
    remove them from ``kept`` and return them paired as they now stand (source →
    target), each target value the one the translation gives for the source value's
    year or name. ``bead_texts``: the text of each side of each sentence bead;
    ``ctx``: the comparison, for the names of both sides (no name swaps when None)."""
    skip = {b for (_, b), t in bead_texts.items() if RESPECTIVELY_RE.search(t)}
    out = _crossed(src, tgt, kept,
                   _attachments(src, src_text, _year_anchors(src, skip)
                                + _relative_years(src, src_text, skip)),
                   _attachments(tgt, tgt_text, _year_anchors(tgt, skip)
                                + _relative_years(tgt, tgt_text, skip)))
    if ctx is not None:
        anchors_s, anchors_t = _name_anchors(ctx, src, tgt, kept, skip)
        if anchors_s and anchors_t:
            out.update(_crossed(src, tgt, kept, _attachments(src, src_text, anchors_s),
                                _attachments(tgt, tgt_text, anchors_t)))
    return out


def _crossed(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
             att_s: dict[int, str], att_t: dict[int, str]) -> dict[int, int]:
    """The joined values whose anchors crossed over (removed from ``kept``). Each of
    the two source values must be attached, to two different anchors: with one year in
    the sentence a value is attached to it by where the year stands, and Thai fronts a
    year adverbial (``… 20,000 tablets in 2023`` / ``ในปี 2566 … 5 ล้านเครื่อง และ …
    20,000 เครื่อง``), which moves no value to another year."""
    out: dict[int, int] = {}
    pairs = [(i, j) for i, j in kept.items() if i in att_s or j in att_t]
    for i, j in pairs:
        for k, l in pairs:
            if i in out or k in out or (i, j) >= (k, l) or not _one_kind(
                    src[i], src[k], tgt[j], tgt[l]):
                continue
            y, z = att_s.get(i), att_s.get(k)
            crossed = y != z and att_t.get(l) == y and att_t.get(j) == z and \
                y is not None and z is not None
            if crossed and src[i]["pbead"] == src[k]["pbead"] and \
                    tgt[j]["pbead"] == tgt[l]["pbead"]:
                out[i], out[k] = l, j
    for i in out:
        kept.pop(i, None)
    return out


def _one_kind(a: Mention, b: Mention, c: Mention, d: Mention) -> bool:
    """Four mentions of one kind and unit, the two source values different."""
    kinds = {_str(m["kind"]) for m in (a, b, c, d)}
    units = {(_str(m.get("unit")) or "").lower() for m in (a, b)}
    va, vb = _num(a.get("value")), _num(b.get("value"))
    return len(kinds) == 1 and len(units) == 1 and va is not None and va != vb
