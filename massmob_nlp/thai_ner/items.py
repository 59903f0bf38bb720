"""CRF items of a chunk built from cached per-token pieces: the same items, faster.

``crf_items(sentence_features(tokens, ...))`` builds one feature dict per token,
copies the word features of four window tokens and two neighbours into it key by key,
then converts every key again.  :class:`ItemBuilder` converts what depends on one
token only (its own features, what it contributes to a window or neighbour slot) once
per distinct ``(token, POS tag, dictionary tag)``, keeps it in a per-model cache, and
assembles each token's item from those pieces plus the few features that depend on
the position (bigrams, second neighbours, space flags), in the same key order, so
crfsuite gets exactly the attributes, values and order it got before
(``tests/thai_ner/test_thai_ner_speed.py`` compares the two on our paragraphs,
``benchmarks/thai_ner_eval.py --check-items`` on the ThaiNER corpus).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from .features import (
    _WINDOW,
    _WINDOW_KEYS,
    Features,
    _nearest_non_space,
    _word_features,
    match_entity_dict,
)

Item = dict[str, Any]
#: Distinct (token, POS, dictionary tag) pieces kept per model before the cache is reset.
MAX_CACHED_PIECES = 200_000
_PREV_KEYS = ("title", "gz", "unit", "month")
_NEXT_KEYS = ("gz", "unit", "month")
_OUTSIDE = {d: f"{d}w=" + ("<BOS>" if d < 0 else "<EOS>") for d in _WINDOW}


class Pieces(NamedTuple):
    """What one token contributes to the items of its chunk (crfsuite form)."""

    low: str
    is_space: bool
    own: Item
    window: dict[int, Item]
    prev: Item
    next: Item


def _crf_pairs(word: Features) -> dict[str, tuple[str, Any]]:
    """Each feature of ``word`` as :func:`crf_items` converts it (attribute, value),
    in order; the features it drops (False, None) left out."""
    out: dict[str, tuple[str, Any]] = {}
    for k, v in word.items():
        if v is True:
            out[k] = (k, 1.0)
        elif v is False or v is None:
            continue
        elif isinstance(v, float):
            out[k] = (k, v)
        else:
            out[k] = (k + "=" + str(v), 1.0)
    return out


def _slot(prefix: str, pairs: dict[str, tuple[str, Any]], keys: Sequence[str]) -> Item:
    """A word's ``keys`` (form and type first) under ``prefix``, as crfsuite
    attributes: ``crf_items`` of the prefixed features, whose conversion is the
    word's own (``pairs``: :func:`_crf_pairs`) with the prefix in front."""
    out: Item = {}
    for k in keys:
        got = pairs.get(k)
        if got is not None:
            out[prefix + got[0]] = got[1]
    return out


_WINDOW_SLOT = ("w", "t", *_WINDOW_KEYS)
_PREV_SLOT = ("w", "t", *_PREV_KEYS)
_NEXT_SLOT = ("w", "t", *_NEXT_KEYS)


def _pieces(tok: str, pos: str | None, ed: str, gazetteer: dict[str, str]) -> Pieces:
    word = _word_features(tok, pos, gazetteer)
    if ed:
        word["ed"] = ed
        word["edl"] = ed.split("|")[0]
    pairs = _crf_pairs(word)
    return Pieces(word["w"], word["t"] == "SPACE", dict(pairs.values()),
                  {d: _slot(str(d), pairs, _WINDOW_SLOT) for d in _WINDOW},
                  _slot("p", pairs, _PREV_SLOT), _slot("n", pairs, _NEXT_SLOT))


class ItemBuilder:
    """``crf_items(sentence_features(tokens, gazetteer, pos_tags, entity_dict))``,
    built from per-token pieces cached across calls (one builder per model)."""

    def __init__(self, gazetteer: dict[str, str] | None = None,
                 entity_dict: dict[str, str] | None = None) -> None:
        self.gazetteer = gazetteer or {}
        self.entity_dict = entity_dict or {}
        self._cache: dict[tuple[str, str | None, str], Pieces] = {}

    def _get(self, tok: str, pos: str | None, ed: str) -> Pieces:
        key = (tok, pos, ed)
        got = self._cache.get(key)
        if got is None:
            if len(self._cache) >= MAX_CACHED_PIECES:
                self._cache.clear()
            got = self._cache[key] = _pieces(tok, pos, ed, self.gazetteer)
        return got

    def items(self, tokens: Sequence[str], pos_tags: Sequence[str] | None = None
              ) -> list[Item]:
        """The crfsuite items of one chunk (see the class docstring)."""
        n = len(tokens)
        eds = match_entity_dict(tokens, self.entity_dict) if self.entity_dict else [""] * n
        pieces = [self._get(t, pos_tags[i] if pos_tags else None, eds[i])
                  for i, t in enumerate(tokens)]
        lows = [p.low for p in pieces]
        spaces = [p.is_space for p in pieces]
        types = ["SPACE" if sp else "" for sp in spaces]
        prev_ns = _nearest_non_space(types, range(n))
        next_ns = _nearest_non_space(types, range(n - 1, -1, -1))
        pairs = [lows[k] + "|" + lows[k + 1] for k in range(n - 1)]  # each bigram once
        out: list[Item] = []
        for i in range(n):  # keys in sentence_features order
            item: Item = {"bias": 1.0}
            item.update(pieces[i].own)
            for d in _WINDOW:
                j = i + d
                if 0 <= j < n:
                    item.update(pieces[j].window[d])
                else:
                    item[_OUTSIDE[d]] = 1.0
            if i > 0:
                item["-1w|w=" + pairs[i - 1]] = 1.0
            if i + 1 < n:
                item["w|+1w=" + pairs[i]] = 1.0
            if i > 1:
                item["-2w|-1w=" + pairs[i - 2]] = 1.0
            if i + 2 < n:
                item["+1w|+2w=" + pairs[i + 1]] = 1.0
            j = prev_ns[i]  # the nearest non-space neighbours and the ones after them
            if j < 0:
                item["pw=<BOS>"] = 1.0
            else:
                item.update(pieces[j].prev)
                if prev_ns[j] >= 0:
                    item["ppw=" + lows[prev_ns[j]]] = 1.0
            j = next_ns[i]
            if j < 0:
                item["nw=<EOS>"] = 1.0
            else:
                item.update(pieces[j].next)
                if next_ns[j] >= 0:
                    item["nnw=" + lows[next_ns[j]]] = 1.0
            if i > 0 and spaces[i - 1]:
                item["sp_before"] = 1.0
            if i + 1 < n and spaces[i + 1]:
                item["sp_after"] = 1.0
            out.append(item)
        return out
