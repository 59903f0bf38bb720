"""A figure of the body that the other side gives only in a deck of its own.

Thai desks write their own deck (``โปรย``, a bold line under the headline) from the
source's lead, and then leave the figure out of their lead: "McIntosh smashed one of
swimming's oldest world records" in the English lead is ``ทำลายหนึ่งในสถิติโลกที่
เก่าแก่ที่สุด`` in the Thai deck, the Thai lead going straight to the final. The deck's
figure is explained by the other body (``number_implied.headline_number``); this is the
other half: the body's figure is not lost either. It holds only when the figure is said
as often on the two sides counting that deck, this side's headline and decks do not
give it (they would be the deck's partner), and it stands in the lead (a deck is written
from the lead: a figure of a later paragraph said as often is another mention lost).

A headline's "one" in words works the same way the other round: "104,000 fans, two
nights, one city" over a body that says "at a single venue", where the Thai headline
keeps the other figures and the Thai body says ``ในสถานที่เดียว``: the count of one is
in both bodies, as the word for "single".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from .context import _str
from .number_pairs import Mention, _vague

if TYPE_CHECKING:  # the registry imports the steps
    from .number_unjoined import Unjoined


def _para(m: Mention) -> int | None:
    para = m.get("para_id")
    return None if para is None or pd.isna(para) else int(para)


LEAD_PARAS = 2
"""Paragraphs after its own headline a lead figure stands in (a byline may come first)."""


def deck_figure(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of a body number whose key the other side writes in its headline or
    deck only as often as needed to account for it; None otherwise."""
    key, para = _str(m["key"]), _para(m)
    far = "tgt" if u.side == "src" else "src"
    if key is None or para is None or _vague(m) or para in u.heads[u.side] or \
            para in u.summaries or para > max(u.heads[u.side], default=-1) + LEAD_PARAS:
        return None  # a deck is written from the lead, not from a later paragraph
    mine = [o for o in u.ms if _str(o["key"]) == key and not _vague(o)]
    theirs = [o for o in u.others if _str(o["key"]) == key and not _vague(o)]
    decks = [o for o in theirs if _para(o) in u.heads[far]]
    if not decks or len(mine) != len(theirs) or \
            any(_para(o) in u.heads[u.side] or _para(o) in u.summaries for o in mine):
        return None
    return f"given as {str(decks[0]['text'])!r} in the other side's deck only"


_EN_SINGLE_RE = re.compile(r"(?i)\b(?:a\s+single|one\s+single|a\s+sole)\b")
_TH_SINGLE_RE = re.compile(r"เดียว(?!กัน)")
""""single" in each language: English "a single venue", Thai ``ในสถานที่เดียว`` (not
``เดียวกัน`` "the same")."""


def headline_single(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of a headline's "one" in words whose own body and the other body both
    say "single" (``เดียว``); None otherwise."""
    para = _para(m)
    if u.side != "src" or para is None or para not in u.heads["src"] or \
            str(m["text"]).casefold() != "one" or _str(m["kind"]) != "cardinal":
        return None
    body = {side: " ".join(t for p, t in u.paras[side].items() if p not in u.heads[side])
            for side in ("src", "tgt")}
    own, far = _EN_SINGLE_RE.search(body["src"]), _TH_SINGLE_RE.search(body["tgt"])
    if own is None or far is None:
        return None
    return f"a headline's one, said as {own.group()!r} in the body on both sides"
