"""Page furniture among the paragraphs of a news article: bylines, outlet names and
timestamps that sit between the headline and the lead.

A translation drops them or moves their facts into its lead; either way such a line
has no paragraph of its own on the other side, and the paragraph DP, which pays less
for a ``2-1`` bead than for a ``1-0``, merges it into the headline's or the lead's bead.
:func:`split_furniture` takes it back out as a null bead.

A paragraph is furniture when each of its lines, cut at the separators news sites
put between fields (``|``, ``/``, ``●``, a spaced dash), is made only of:

* a timestamp: dates, times, weekdays, zones and ``Published``/``Updated`` words
  (``October 10, 2025 | 12:34 am``, ``Published 10:48 PM, November 07, 2025``,
  ``28 November 2025 08:15 WIB``, ``Dec 21, 2025, 09:45 GMT+7``);
* a byline: ``By X``, ``Reporter: X``, ``Editor: X``, ``Translator: X``, maybe with a
  job after a comma (``By Katherine K. Chan, Reporter``);
* a name or an outlet: at most :data:`NAME_WORDS` capitalised words (``Jakarta
  Globe``, ``Yerica Lai and Nur Janti (The Jakarta Post)``, ``Delfin Dioquino``),
  a social-media handle (``@jiandradeINQ``).

The first paragraph (the headline) is never furniture, and neither is a line with a
sentence's full stop or a number that is not part of a date or time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dp import Bead

NAME_WORDS = 6
"""Most words of a name or outlet field (``Philippine Daily Inquirer``)."""
FURNITURE_CHARS = 240
"""Longest furniture paragraph (a byline, a desk and a timestamp on three lines)."""

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|"
           "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|" \
        "thur|thurs|fri|sat|sun"
_STAMP_WORDS = ("published|updated|posted|last|first|publication|date|on|at|am|pm|a\\.m|"
                "p\\.m|gmt|utc|wib|wita|wit|ict|pht|pst|bst|ist|jst|kst|est|edt|cet|cest|"
                "hrs|h")
_STAMP_TOKEN = re.compile(
    f"(?:{_MONTHS}|{_DAYS}|{_STAMP_WORDS})\\.?"
    "|\\d{1,4}(?:st|nd|rd|th)?"
    "|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:am|pm|a\\.m\\.|p\\.m\\.)?"
    "|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2}"
    "|(?:gmt|utc)?[+-]\\d{1,2}(?::?\\d{2})?"
    "|[,.:()]",
    re.IGNORECASE)
_FIELD_SEPARATORS = re.compile("\\s+[|/●•·–—-]\\s+|\\s*[|●•]\\s*")
_BYLINE_LABEL = re.compile(
    "^(?:by|written by|reported by|reporter|editor|translator|writer|text|photos?|"
    "compiled by)\\s*[:：]?\\s+", re.IGNORECASE)
_NAME_WORD = re.compile(
    "^(?:\\(?[A-Z\u00c0-\u024f\u1e00-\u1eff][\\w.'’&\u00c0-\u024f\u1e00-\u1eff-]*[),]?"
    "|\\(?(?:and|&|of|the|de|del|la|ng|bin|binti|van|von|da|dos)\\)?|@\\w+)$")
_JOB_WORDS = frozenset({"reporter", "correspondent", "editor", "writer", "staff",
                        "contributor", "columnist", "journalist", "photographer"})


def _is_stamp(field: str) -> bool:
    """A field made only of date and time words, with a digit."""
    if not any(c.isdigit() for c in field):
        return False
    rest = _STAMP_TOKEN.sub(" ", field)
    return not rest.strip()


def _is_name(field: str) -> bool:
    """A name, outlet or handle: at most :data:`NAME_WORDS` capitalised words."""
    words = field.replace(",", " , ").split()
    words = [w for w in words if w != ","]
    if not words or len(words) > NAME_WORDS or any(c.isdigit() for c in field):
        return False
    if field.strip().startswith("@"):
        return True
    return all(_NAME_WORD.match(w) or w.lower() in _JOB_WORDS for w in words) \
        and not field.rstrip().endswith((".", "!", "?"))


_BRACKETED = re.compile("^(.+?)\\s*\\(([^()]+)\\)$")


def _is_field(field: str) -> bool:
    field = field.strip().strip(",")
    if not field:
        return True
    bracketed = _BRACKETED.match(field)
    if bracketed is not None:  # Ana Cruz and Ben Lim (The Manila Times)
        return _is_field(bracketed.group(1)) and _is_field(bracketed.group(2))
    if _is_stamp(field):
        return True
    label = _BYLINE_LABEL.match(field)
    if label is not None:
        body = field[label.end():]
        return all(_is_name(part) for part in body.split(",") if part.strip())
    return _is_name(field)


def is_furniture(text: str) -> bool:
    """True when the paragraph ``text`` is only bylines, names, outlets and timestamps.

    Examples:
        >>> is_furniture("March 3, 2026 | 9:05 am")
        True
        >>> is_furniture("By Anna Reyes, Reporter")
        True
        >>> is_furniture("Manila Standard Today")
        True
        >>> is_furniture("The council met on March 3, 2026.")
        False
    """
    text = text.strip()
    if not text or len(text) > FURNITURE_CHARS:
        return False
    for line in text.splitlines():
        line = line.strip()
        if line and not all(_is_field(f) for f in _FIELD_SEPARATORS.split(line)):
            return False
    return True


CAPTION_CHARS = 300
"""Longest photo caption (a sentence and its credit)."""
_CAPTION_CREDIT = re.compile(
    "(?:\\(\\s*(?:[A-Z][\\w.&'’-]*\\s+){0,3}(?:File\\s+)?(?:Photo|Photograph|Image|Picture)s?"
    "\\s*(?:[:/]|by\\b)[^()]{1,60}\\)"
    "|\\((?:[^()]*/)?(?:Getty Images|AFP|Reuters|EPA(?:-EFE)?|Shutterstock|Bloomberg)\\)"
    "|(?:^|[.)]\\s+)(?:Photo|Photograph|Image|Picture)s?\\s*(?::|by\\b)\\s*[^.()]{1,60}"
    "|REUTERS/[A-Z][\\w .'’-]{1,40}"
    "|(?:^|[(\\s])(?:ภาพ|ที่มาภาพ|เครดิตภาพ)\\s*[:：][^()]{1,60}\\)?"
    ")\\.?\\s*$")


def is_caption(text: str) -> bool:
    """True when the paragraph ``text`` is a photo caption: one short line closed by
    a photo credit (``(AP Photo/Ann Lee)``, ``(Photo: Reuters)``, ``Photo: Ann Lee``,
    ``REUTERS/Ann Lee``, ``(Getty Images)``, ``(ภาพ: รอยเตอร์)``). A translation
    often drops the photo, and with it the caption.

    Examples:
        >>> is_caption("Divers search the river in Hue on May 3. (Photo: VNA)")
        True
        >>> is_caption("The mayor thanked the divers who searched the river on May 3.")
        False
    """
    text = text.strip()
    return 0 < len(text) <= CAPTION_CHARS and "\n" not in text \
        and _CAPTION_CREDIT.search(text) is not None


WEAK_SCORE = -2.0
"""A paragraph bead scored at most this (log-odds) is one the DP is unsure of (the
report's weak match)."""
LINE_WORDS = 12
"""Most words of a short line (a menu, a share bar, a desk code, a link title)."""
LINE_THAI_CHARS = 20
"""Most non-space characters of a short Thai line (Thai has no full stop, so a longer
line without one may be a sentence) ..."""
MENU_RUN = 12
"""...unless every run between spaces is shorter than this: a row of menu words."""
_LINE_END = re.compile("[.!?。][\"”’')]*$")
_THAI = re.compile("[\u0e00-\u0e7f]")
_LATIN = re.compile("[A-Za-z][A-Za-z0-9.&'-]*[A-Za-z0-9]")


def is_short_line(text: str) -> bool:
    """A paragraph that is one short line with no sentence's end: a menu or share bar,
    a desk code, a stamp, a link to another story (in Thai, which has no full stop:
    a word or a row of menu words).

    Examples:
        >>> is_short_line("bur-amc/sst"), is_short_line("เศรษฐกิจ กีฬา วิดีโอ")
        (True, True)
        >>> is_short_line("The council met on Monday.")
        False
    """
    text = text.strip()
    if not text or "\n" in text or _LINE_END.search(text):
        return False
    if _THAI.search(text):  # no full stop tells a Thai sentence: a word or a menu only
        return len(text.replace(" ", "")) <= LINE_THAI_CHARS \
            or max(len(w) for w in text.split()) < MENU_RUN
    return len(text.split()) <= LINE_WORDS


def split_clutter(beads: Sequence[Bead], s_texts: Sequence[str], t_texts: Sequence[str],
                  keys: tuple[Sequence[set[str]], Sequence[set[str]]] | None = None
                  ) -> list[Bead]:
    """``beads`` (paragraph beads, local unit indices) with each weak merged bead
    (:data:`WEAK_SCORE`, three units or more) that glues page clutter to something
    unrelated made null beads:
    one side only short lines (:func:`is_short_line`), and the two sides share no number
    key and no Latin-script word (``bur-amc/sst`` with three Thai links to other
    stories; ``Comments (311)`` with ``อ่าน 2,301 ครั้ง``). A number is never compared
    across such a bead. The headlines are paired afterwards
    (:mod:`massmob_nlp.alignment.headlines`)."""
    out: list[Bead] = []
    for bead in beads:
        if _clutter(bead, s_texts, t_texts, keys):
            out.extend(Bead((i,), (), "1-0", bead.score) for i in bead.src_ids)
            out.extend(Bead((), (j,), "0-1", bead.score) for j in bead.tgt_ids)
        else:
            out.append(bead)
    return out


def _clutter(bead: Bead, s_texts: Sequence[str], t_texts: Sequence[str],
             keys: tuple[Sequence[set[str]], Sequence[set[str]]] | None) -> bool:
    if not bead.src_ids or not bead.tgt_ids or bead.score > WEAK_SCORE \
            or len(bead.src_ids) + len(bead.tgt_ids) < 3 \
            or (bead.src_ids[0] == 0 and bead.tgt_ids[0] == 0):
        return False  # the first paragraphs of both sides: the two headlines
    src = [s_texts[i] for i in bead.src_ids]
    tgt = [t_texts[j] for j in bead.tgt_ids]
    if not (all(is_short_line(t) for t in src) or all(is_short_line(t) for t in tgt)):
        return False
    if keys is not None and set().union(*(keys[0][i] for i in bead.src_ids)) & \
            set().union(*(keys[1][j] for j in bead.tgt_ids)):
        return False
    words = [{w.lower() for w in _LATIN.findall(" ".join(side))} for side in (src, tgt)]
    return not words[0] & words[1]


def split_furniture(beads: Sequence[Bead], s_texts: Sequence[str], t_texts: Sequence[str],
                    keys: tuple[Sequence[set[str]], Sequence[set[str]]] | None = None
                    ) -> list[Bead]:
    """``beads`` (paragraph beads, local unit indices) with each furniture paragraph
    (:func:`is_furniture`) or photo caption (:func:`is_caption`, unless the other side
    is one too) at the edge of the many side of an ``n-1`` (``1-n``) bead
    taken out as a null bead next to it: the headline and ``October 10, 2025 | 12:34 am`` aligned
    with the Thai headline become a ``1-1`` and a ``1-0``. A furniture paragraph that
    shares a number key with the bead's other side (its date written in the Thai
    paragraph) stays. Unit 0 of a side (the headline) is never taken out."""
    out: list[Bead] = []
    for bead in beads:
        out.extend(_peel(bead, s_texts, t_texts, keys))
    return out


def _peel(bead: Bead, s_texts: Sequence[str], t_texts: Sequence[str],
          keys: tuple[Sequence[set[str]], Sequence[set[str]]] | None) -> list[Bead]:
    src, tgt = list(bead.src_ids), list(bead.tgt_ids)
    before: list[Bead] = []
    after: list[Bead] = []
    for side, units, texts, other in ((0, src, s_texts, tgt), (1, tgt, t_texts, src)):
        if len(other) != 1:
            continue  # an n-1 bead only: in an n-m bead a heading may have its own
        other_keys: set[str] = set()
        if keys is not None:
            for u in other:
                other_keys |= set(keys[1 - side][u])

        facing = [(t_texts if side == 0 else s_texts)[u] for u in other]
        captions = not any(is_caption(t) for t in facing)  # else the caption is paired

        def loose(u: int, side: int = side, texts: Sequence[str] = texts,
                  other_keys: set[str] = other_keys, captions: bool = captions) -> bool:
            own = set(keys[side][u]) if keys is not None else set()
            return u > 0 and (is_furniture(texts[u]) or (captions and is_caption(texts[u]))) \
                and not own & other_keys

        while len(units) > 1 and loose(units[0]):
            u = units.pop(0)
            before.append(Bead((u,), (), "1-0", bead.score) if side == 0
                          else Bead((), (u,), "0-1", bead.score))
        while len(units) > 1 and loose(units[-1]):
            u = units.pop()
            after.insert(0, Bead((u,), (), "1-0", bead.score) if side == 0
                         else Bead((), (u,), "0-1", bead.score))
    if not before and not after:
        return [bead]
    kept = Bead(tuple(src), tuple(tgt), f"{len(src)}-{len(tgt)}", bead.score)
    return [*before, kept, *after]
