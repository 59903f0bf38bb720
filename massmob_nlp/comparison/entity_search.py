"""Where the entity comparison looks for a name of one side in the other side's text:
the sentences of a mention's bead and the beads around it, searched stretch by
stretch for a world-table name, the Latin name, an acronym, a translation or a
transliteration."""

from __future__ import annotations

import re
import weakref
from functools import lru_cache
from typing import Any

import pandas as pd

from ..entities.world import world_ids
from .context import NUMBER_WINDOW, _Context, per_comparison

ONE_SIDED_MAX = 3
"""Most beads of one side alone crossed each way by :func:`_bead_windows`."""


def _bead_windows(ctx: _Context, s: dict[str, Any], *, side: str = "tgt") -> list[list[int]]:
    """Sentence ids of ``side`` searched for a mention of the other side: its
    sentence bead's, then those of its paragraph bead, then those of the
    ``NUMBER_WINDOW`` sentence beads either side (a sentence the aligner left
    unpaired) and of the beads of ``side`` alone between them (at most
    :data:`ONE_SIDED_MAX` each way: a subtitle the aligner left unpaired does not push
    the next beads out of reach)."""
    rows, alone = _bead_rows(ctx, side)
    bead, pbead, para = s["bead"], s["pbead"], ctx.sent_para
    own = [i for b, ids in rows if b == bead for i in ids]
    wider = [i for b, ids in rows if pbead >= 0 and para.get(b) == pbead for i in ids]
    reach = set()
    for step in (1, -1):
        b, crossed = s["bead"] + step, 0
        for _ in range(NUMBER_WINDOW + ONE_SIDED_MAX):
            if b not in alone:
                crossed += 1
                if crossed > NUMBER_WINDOW:
                    break
            reach.add(b)
            b += step
    near = [i for b, ids in rows if b in reach for i in ids]
    seen = set(own)
    wider = [i for i in sorted(set(wider)) if i not in seen]
    seen |= set(wider)
    return [ids for ids in (own, wider, [i for i in sorted(set(near)) if i not in seen])
            if ids]


def _bead_rows(ctx: _Context, side: str) -> tuple[list[tuple[int, list[int]]], set[int]]:
    """The sentence beads of a comparison as ``(bead id, sentence ids of side)`` in
    table order, and the beads ``side`` has alone (the other side's ids empty): read
    once per comparison (:func:`~.context.per_comparison`), not once per mention."""
    other = "src_ids" if side == "tgt" else "tgt_ids"

    def build(sent: pd.DataFrame) -> tuple[list[tuple[int, list[int]]], set[int]]:
        rows = [(int(b), [int(i) for i in ids])
                for b, ids in zip(sent["bead_id"], sent[f"{side}_ids"])]
        alone = {int(b) for b, ids in zip(sent["bead_id"], sent[other]) if not len(ids)}
        return rows, alone

    return per_comparison(ctx, "bead_rows:" + side, ctx.sent, build)


def _search_beads(text: str, name: str, stretches: list[tuple[int, int, int, list[int]]],
                  taken: list[tuple[int, int]], *, translate: bool = False,
                  exact: bool = False) -> dict[str, Any] | None:
    """The first free stretch of ``text`` inside ``stretches`` that writes ``name``:
    a world-table name, the Latin name itself (a whole word: the ``PTT`` of
    ``PTTEP`` is not ``PTT``), an acronym in Thai letter names, then (unless
    ``exact``) a translation or a transliteration."""
    from ..entities.thai_search import find_in_thai, spell_acronym
    from ..entities.translated import find_translation
    from ..entities.world import countries_of, find_thai, find_variants

    ids = world_ids(name)
    latin = _latin_re(name) if len(name) > 1 else None
    for a, b, para, edges in stretches:
        for start, end, entity_id in find_thai(text[a:b], ids,
                                               boundaries={e - a for e in edges}):
            if _free(taken, a + start, a + end):
                return _hit(text, (a + start, a + end), 1.0, entity_id, para)
        for m in latin.finditer(text, a, b) if latin is not None else ():
            if _free(taken, m.start(), m.end()):
                return _hit(text, m.span(), 1.0, None, para)
        for m in _longer_acronyms(name).finditer(text, a, b) if _SHORT_ACRONYM_RE.fullmatch(
                name) else ():  # UN refugee agency / UNHCR: the agency's own acronym
            if _free(taken, m.start(), m.end()):
                return _hit(text, m.span(), LONGER_ACRONYM_SCORE, None, para)
        for start, end, _ in find_variants(text[a:b], spell_acronym(name),
                                           boundaries={e - a for e in edges}):
            if _free(taken, a + start, a + end):
                return _hit(text, (a + start, a + end), 1.0, None, para)
        if exact:
            continue  # a world-table name, the Latin name, an acronym: no search
        found = find_translation(name, text, (a, b), edges, exclude=taken) \
            if translate else None
        if found is not None:
            return _hit(text, found[:2], found[2], None, para)
        found = find_in_thai(name, text, edges, exclude=taken)
        if found is not None and _free(taken, found[0], found[1]):
            return _hit(text, found[:2], found[2], None, para)
        for start, end, entity_id in find_thai(text[a:b], countries_of(ids),
                                               boundaries={e - a for e in edges}):
            if _free(taken, a + start, a + end):  # Seoul's ministry: กระทรวง...เกาหลีใต้
                return _hit(text, (a + start, a + end), CAPITAL_SCORE, entity_id, para)
    return None


CAPITAL_SCORE = 0.9
TICKER_SCORE = 0.9
"""Score of a company found as its stock ticker in Latin capitals (``KBANK`` for
``Kasikornbank``)."""


def _search_latin(text: str, name: str, stretches: list[tuple[int, int, int, list[int]]],
                  taken: list[tuple[int, int]]) -> dict[str, Any] | None:
    """The first free stretch inside ``stretches`` that writes ``name`` in Latin
    letters as it is, as a whole word."""
    if len(name) < 2 or not name.isascii():
        return None
    latin = _latin_re(name)
    for a, b, para, _ in stretches:
        for m in latin.finditer(text, a, b):
            if _free(taken, m.start(), m.end()):
                return _hit(text, m.span(), 1.0, None, para)
    return None


def _search_tickers(text: str, name: str,
                    stretches: list[tuple[int, int, int, list[int]]],
                    taken: list[tuple[int, int]]) -> dict[str, Any] | None:
    """The first free stock ticker of ``name`` (:func:`~massmob_nlp.entities.tickers.
    is_ticker`: ``KBANK`` for ``Kasikornbank``) inside ``stretches``."""
    from ..entities.tickers import find_tickers

    for a, b, para, _ in stretches:
        for start, end in find_tickers(text, a, b, name):
            if _free(taken, start, end):
                return _hit(text, (start, end), TICKER_SCORE, None, para)
    return None


LONGER_ACRONYM_SCORE = 0.9
"""Score of a short English acronym found as the start of a longer one (``UN`` in
``UNHCR``): a translation names the body by its own acronym where the English says
``the UN refugee agency``."""
_SHORT_ACRONYM_RE = re.compile(r"[A-Z]{2,4}")


@lru_cache(maxsize=1024)
def _longer_acronyms(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(name) + r"[A-Z]{1,4}(?![A-Za-z0-9])")


@lru_cache(maxsize=4096)
def _latin_re(name: str) -> re.Pattern[str]:
    """``name`` as a whole word: not inside a longer Latin word or number."""
    head = r"(?<![A-Za-z0-9])" if name[:1].isalnum() else ""
    tail = r"(?![A-Za-z0-9])" if name[-1:].isalnum() else ""
    return re.compile(head + re.escape(name) + tail)
"""Score of a capital found as its country in the Thai of its bead
(:data:`~massmob_nlp.entities.world.CAPITAL_OF`): the translation named the
government by its country (not looked for in the whole text)."""


_GLUED_ABBREVIATION_RE = re.compile(r"(?<![ก-๙.])(?:[ก-ฮ]{1,3}\.)+(?=[ก-ฮเแโใไ])")
"""A Thai abbreviation written against the next word (พญ.แคลร์, พ.ต.อ.ประเสริฐ,
จ.เชียงใหม่): the word tokenizer may keep the two as one token, but a name starts
after the full stop."""
_QUOTE_RE = re.compile("[\"“”«»]")
"""A double quote mark, which the word tokenizer may glue to the Thai word beside it
(the tokens ``"หลี่`` and ``เหว่ย"`` of ``"หลี่ เหว่ย"``): a name starts after an
opening quote and ends before a closing one."""


class _Stretches:
    """The target sentences and word edges of a comparison, indexed once: called with
    sentence ids, gives ``(start, end, para_id, word edges)`` of each run of
    consecutive sentences inside one paragraph (the Thai sentence splitter may cut at
    the space inside a name, การ์ธ | เจนนิงส์, so a run is searched whole)."""

    def __init__(self, ctx: _Context) -> None:
        sents = ctx.tgt.sentences
        self.sents = {int(i): (int(a), int(b), int(p)) for i, a, b, p in zip(
            *(sents[c].tolist() for c in ("sent_id", "start_char", "end_char", "para_id")))}
        tokens = ctx.tgt.tokens  # the columns as lists: no frame filtered, no NA cell read
        self.edges: dict[int, set[int]] = {}  # by pandas
        for sid, a, b, space in zip(*(tokens[c].tolist() for c in (
                "sent_id", "start_char", "end_char", "is_space"))):
            if not space and (isinstance(sid, int) or not pd.isna(sid)):
                self.edges.setdefault(int(sid), set()).update((int(a), int(b)))
        text = ctx.tgt.text
        for sid, (a, b, _) in self.sents.items():  # พญ.|แคลร์: a title glued to a name
            self.edges.setdefault(sid, set()).update(
                m.end() for m in _GLUED_ABBREVIATION_RE.finditer(text, a, b))
            self.edges[sid].update(x for m in _QUOTE_RE.finditer(text, a, b)
                                   for x in m.span())

    @classmethod
    def of(cls, ctx: _Context) -> _Stretches:
        """The one index of ``ctx`` (built on the first call)."""
        made = _MADE.get(ctx)
        if made is None:
            made = _MADE[ctx] = cls(ctx)
        return made

    def __call__(self, sent_ids: list[int]) -> list[tuple[int, int, int, list[int]]]:
        runs: list[list[Any]] = []
        for sid in sorted(i for i in sent_ids if i in self.sents):
            start, end, para = self.sents[sid]
            if runs and runs[-1][3] == sid - 1 and runs[-1][2] == para:
                runs[-1][1], runs[-1][3] = end, sid
                runs[-1][4] |= self.edges.get(sid, set())
            else:
                runs.append([start, end, para, sid, set(self.edges.get(sid, set()))])
        return [(a, b, para, sorted(edges)) for a, b, para, _, edges in runs]


_MADE: weakref.WeakKeyDictionary[_Context, _Stretches] = weakref.WeakKeyDictionary()


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return not any(start < e and s < end for s, e in taken)


def _hit(text: str, span: tuple[int, int], score: float, entity_id: str | None,
         para_id: int) -> dict[str, Any]:
    start, end = span
    return {"text": text[start:end], "start_char": start, "end_char": end,
            "score": score, "entity_id": entity_id, "para_id": para_id}


def _covered(t: dict[str, Any], spans: list[tuple[int, int, int]]) -> bool:
    """Whether a target mention overlaps a stretch found by :func:`_found_in_text`."""
    return any(t["start_char"] < e and s < t["end_char"] for _, s, e in spans)
